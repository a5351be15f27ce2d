/**
 * What only the shared database does: several instances on one store, in one process here (the
 * test with separate processes and a SIGKILL is postgres-processes.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import { resolveDispute } from "../../src/app/editorial.ts";
import { StoreError } from "../../src/store/errors.ts";
import { SCHEMA_VERSION } from "../../src/store/schema.ts";
import { createDatabase, sql, type TestDatabase, testPostgres } from "../helpers/postgres.ts";
import { bundledData } from "../helpers/store.ts";
import { open } from "./adapters.ts";

const server = testPostgres();

describe.skipIf(!server)("PostgreSQL: several instances on one database", () => {
  let database: TestDatabase;
  let a: OpenedDesk;
  let b: OpenedDesk;

  beforeAll(async () => {
    database = await createDatabase(server as string, "pair");
    // Both at once on an empty database: one migrates and seeds, the other waits for it.
    [a, b] = await Promise.all([
      openDesk({ file: database.url }),
      openDesk({ file: database.url }),
    ]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it("two instances starting together on an empty database seed it once", async () => {
    expect([a.report.created, b.report.created].sort()).toEqual([false, true]);
    const [row] = await sql<{ n: string }>(database.url, "SELECT count(*) AS n FROM facts");
    expect(Number(row?.n)).toBe(bundledData().facts.length);
    expect(b.store.data.facts.length).toBe(a.store.data.facts.length);
  });

  it("a resolution made on one shows in the other's answers within a second", async () => {
    const id = "date:exchange-2025-05-06";
    expect(b.disputes().disputes.find((d) => d.id === id)?.resolution).toBeNull();
    const made = Date.now();
    const r = await resolveDispute(a.store, a.knowledge, {
      disputeId: id,
      choice: { kind: "both-stand" },
      note: "both dates are printed",
      by: "U_ANNA",
      now: new Date().toISOString(),
    });
    expect(r.ok).toBe(true);
    await vi.waitFor(
      () => expect(b.disputes().disputes.find((d) => d.id === id)?.resolution?.by).toBe("U_ANNA"),
      { timeout: 1_000, interval: 10 },
    );
    expect(Date.now() - made).toBeLessThan(1_000);
  });

  it("two editors settling one dispute on two instances at once resolve it once; the second is told who was first", async () => {
    const id = b.disputes().disputes.find((d) => d.resolution === null)?.id as string;
    const settle = (desk: OpenedDesk, by: string) =>
      resolveDispute(desk.store, desk.knowledge, {
        disputeId: id,
        choice: { kind: "both-stand" },
        note: null,
        by,
        now: new Date().toISOString(),
      });
    const results = await Promise.all([settle(a, "U_ANNA"), settle(b, "U_BORIS")]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([
      {
        ok: false,
        reason: "already-resolved",
        resolution: expect.objectContaining({ by: won[0]?.ok ? won[0].resolution.by : "?" }),
      },
    ]);
    const rows = await sql(database.url, "SELECT 1 FROM resolutions WHERE dispute_id = $1", [id]);
    expect(rows).toHaveLength(1);
  });

  it("a Slack request delivered to both instances is claimed by one", async () => {
    const at = new Date();
    const claims = await Promise.all([
      a.store.claim("event:T1:EvBoth", at),
      b.store.claim("event:T1:EvBoth", at),
    ]);
    expect(claims.sort()).toEqual([false, true]);
  });

  it("writes from both interleave without losing any", async () => {
    const runs = (desk: OpenedDesk, by: string) =>
      Array.from({ length: 15 }, () =>
        desk.recordFactcheck(desk.factcheck("On May 24, 2025, each side freed 307 prisoners."), by),
      );
    const before = a.store.data.factchecks.length;
    await Promise.all([...runs(a, "U_A"), ...runs(b, "U_B")]);
    await a.store.sync();
    await b.store.sync();
    expect(a.store.data.factchecks.length).toBe(before + 30);
    expect(b.store.data.factchecks.map((r) => r.by)).toEqual(
      a.store.data.factchecks.map((r) => r.by),
    );
  });

  it("a change that edits a row in place is refused, since only replaced rows are written", async () => {
    await expect(
      a.store.update((d) => {
        (d.facts[0] as { status: string }).status = "rejected";
      }),
    ).rejects.toThrow(/read only|read-only/);
    expect(a.store.data.facts[0]?.status).not.toBe("rejected");
  });
});

describe.skipIf(!server)("PostgreSQL: rows are checked on load", () => {
  it("refuses a row the schema rejects, naming the table and the row", async () => {
    const database = await createDatabase(server as string, "bad");
    try {
      await (await open(database.url)).store.close();
      const id = bundledData().facts[3]?.id as string;
      await sql(
        database.url,
        `UPDATE facts SET doc = jsonb_set(doc, '{quote,start}', '"twelve"') WHERE key = $1`,
        [id],
      );
      const err = await open(database.url).catch((e) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err.message).toContain(`facts row "${id}"`);
      expect(err.message).toContain("quote.start");
      expect(err.message).not.toMatch(/password/);
    } finally {
      await database.drop();
    }
  });

  it("brings a store an older release wrote up to this release's schema, once", async () => {
    const database = await createDatabase(server as string, "old");
    try {
      await (await open(database.url)).store.close();
      await sql(database.url, "UPDATE store_meta SET schema_version = 1");
      const { store, report } = await open(database.url);
      await store.close();
      expect(report.migratedFrom).toBe(1);
      const [meta] = await sql<{ schema_version: number }>(
        database.url,
        "SELECT schema_version FROM store_meta",
      );
      expect(meta?.schema_version).toBe(SCHEMA_VERSION);
      const again = await open(database.url);
      await again.store.close();
      expect(again.report.migratedFrom).toBeNull();
      expect(again.store.data.facts.length).toBe(bundledData().facts.length);
    } finally {
      await database.drop();
    }
  });

  it("says which server it cannot reach, in one line, without the password", async () => {
    const err = await open("postgres://factdesk:s3cret@127.0.0.1:1/nowhere").catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toMatch(/^postgres:\/\/factdesk:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot/);
    expect(err.message).not.toContain("s3cret");
    expect(err.message).not.toContain("\n");
  });
});
