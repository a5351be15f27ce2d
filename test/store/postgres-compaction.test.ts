// PostgreSQL's activity tables are compacted by age as the file's journal is: fact-check runs,
// closed problem reports and digests older than the retention (FACTDESK_JOURNAL_DAYS) are
// deleted at open and daily, under the row lock writes take; the audit log, every open report
// and each channel's latest digest are kept. Another instance drops them from its memory when it
// next fetches: the reports and digests by their tombstones, the runs (no keys) by one tombstone
// naming the time before which they went.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PostgresStore } from "../../src/store/postgres/adapter.ts";
import type { AuditEntry, Digest, FactcheckRun, Report } from "../../src/store/schema.ts";
import { createDatabase, sql, type TestDatabase, testPostgres } from "../helpers/postgres.ts";
import { BUNDLED } from "../helpers/store.ts";

const server = testPostgres();

const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const run = (days: number, by = "U1"): FactcheckRun => ({
  at: ago(days),
  by,
  claims: 1,
  verdicts: { supported: 1 },
  wrong: [],
});
const report = (id: string, days: number, status: "open" | "closed"): Report => ({
  id,
  by: "U2",
  at: ago(days),
  answer: "swap",
  note: "n",
  status,
});
const digest = (channel: string, days: number): Digest => ({
  day: ago(days).slice(0, 10),
  channel,
  ts: `${days}.1`,
  postedAt: ago(days),
});
const entry = (days: number): AuditEntry => ({
  at: ago(days),
  by: "U_ED",
  action: "resolve",
  target: String(days),
  before: null,
  after: days,
});

async function openPg(url: string, journalDays?: number) {
  const { PostgresStore } = await import("../../src/store/postgres/adapter.ts");
  return PostgresStore.open({ url, bundled: BUNDLED, journalDays, log: () => {} });
}

const count = async (url: string, table: string) =>
  Number((await sql<{ n: string }>(url, `SELECT count(*) AS n FROM ${table}`))[0]?.n);

describe.skipIf(!server)("PostgreSQL: the activity tables compacted by age", () => {
  let database: TestDatabase;
  let a: PostgresStore;
  let b: PostgresStore;

  beforeAll(async () => {
    database = await createDatabase(server as string, "compact");
    a = (await openPg(database.url)).store;
    b = (await openPg(database.url)).store;
    // A year of activity, written as a live desk writes it (the rows older than 90 days are
    // what a store running for a year would hold before its daily compaction).
    await a.update(
      (d) => {
        d.factchecks.push(run(400), run(120), run(91), run(89), run(1));
        d.reports.push(
          report("rep-1", 300, "closed"),
          report("rep-2", 200, "open"),
          report("rep-3", 10, "closed"),
        );
        d.digests.push(digest("C1", 365), digest("C1", 100), digest("C1", 5), digest("C2", 200));
        d.audit.push(entry(500), entry(100), entry(1));
      },
      ["factchecks", "reports", "digests", "audit"],
    );
    await vi.waitFor(() => expect(b.data.factchecks).toHaveLength(5), { timeout: 2_000 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it("drops what the file's journal would, from the tables and from memory; nothing more", async () => {
    expect(await a.compactJournal(NOW)).toBe(3 + 1 + 2);
    const kept = {
      factchecks: [run(89), run(1)],
      reports: ["rep-2", "rep-3"],
      digests: [digest("C1", 5), digest("C2", 200)],
    };
    expect(a.data.factchecks).toEqual(kept.factchecks);
    expect(a.data.reports.map((r) => r.id)).toEqual(kept.reports);
    expect(a.data.digests).toEqual(kept.digests);
    expect(a.data.audit).toHaveLength(3);
    expect(await count(database.url, "runs")).toBe(2);
    expect(await count(database.url, "reports")).toBe(2);
    expect(await count(database.url, "digests")).toBe(2);
    expect(await count(database.url, "audit")).toBe(3);
    // The other instance drops them too, when it hears of the write.
    await vi.waitFor(
      () => {
        expect(b.data.factchecks).toEqual(kept.factchecks);
        expect(b.data.reports.map((r) => r.id)).toEqual(kept.reports);
        expect(b.data.digests).toEqual(kept.digests);
      },
      { timeout: 2_000 },
    );
    expect(b.data.audit).toHaveLength(3);
  });

  it("with nothing old enough, writes nothing", async () => {
    const [before] = await sql<{ rev: string }>(database.url, "SELECT rev FROM store_meta");
    expect(await a.compactJournal(NOW)).toBe(0);
    expect(await b.compactJournal(NOW)).toBe(0);
    const [after] = await sql<{ rev: string }>(database.url, "SELECT rev FROM store_meta");
    expect(after?.rev).toBe(before?.rev);
  });

  it("runs recorded after the compaction reach the other instance; a fresh open reads the same", async () => {
    await b.update((d) => void d.factchecks.push(run(0, "U_NEW")), ["factchecks"]);
    await vi.waitFor(() => expect(a.data.factchecks.map((r) => r.by)).toContain("U_NEW"), {
      timeout: 2_000,
    });
    const { store: c, report } = await openPg(database.url);
    try {
      expect(report.activityCompacted).toBe(0);
      expect(c.data.factchecks).toEqual(a.data.factchecks);
      expect(c.data.reports).toEqual(a.data.reports);
      expect(c.data.digests).toEqual(a.data.digests);
    } finally {
      await c.close();
    }
  });

  it("is done at open, with the retention it is given", async () => {
    // A shorter retention at the next open: the run and report of 89 and 10 days go.
    const { store: c, report } = await openPg(database.url, 7);
    try {
      expect(report.activityCompacted).toBe(2);
      expect(c.data.factchecks.map((r) => r.by)).toEqual(["U1", "U_NEW"]);
      expect(c.data.reports.map((r) => r.id)).toEqual(["rep-2"]);
      expect(c.data.digests).toEqual([digest("C1", 5), digest("C2", 200)]);
    } finally {
      await c.close();
    }
    await vi.waitFor(() => expect(a.data.reports.map((r) => r.id)).toEqual(["rep-2"]), {
      timeout: 2_000,
    });
    expect(a.data.factchecks).toHaveLength(2);
  });
});
