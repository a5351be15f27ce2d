// The journal is compacted by age: fact-check runs, closed problem reports and digests older
// than the retention (FACTDESK_JOURNAL_DAYS, default 90 days) are dropped at start and daily;
// the audit log is never dropped, nor an open report, nor a channel's latest digest. The
// compacted journal is written beside the live one, fsynced and renamed over it, never edited
// in place, so a crash at any moment leaves the old journal or the new one.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DurableTextFile } from "../../src/store/durable-file.ts";
import {
  type ActivityRows,
  compactActivity,
  JOURNAL_DAYS,
  journalDaysFrom,
  journalFileOf,
  parseJournalText,
} from "../../src/store/journal.ts";
import type { AuditEntry, Digest, FactcheckRun, Report } from "../../src/store/schema.ts";
import { readStoreFiles, Store, StoreError } from "../../src/store/store.ts";
import { runCli } from "../helpers/cli.ts";
import { BUNDLED } from "../helpers/store.ts";

let dir: string;
let file: string;
let journal: string;
const opened: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-compaction-"));
  file = path.join(dir, "live.json");
  journal = journalFileOf(file);
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function open(journalDays?: number) {
  const opening = await Store.open({ file, bundled: BUNDLED, journalDays });
  opened.push(opening.store);
  return opening;
}

const NOW = new Date();
/** An ISO time `days` days before NOW. */
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
const entry = (days: number, target = String(days)): AuditEntry => ({
  at: ago(days),
  by: "U_ED",
  action: "resolve",
  target,
  before: null,
  after: days,
});

/** Activity of every age, as a journal a year old holds it. */
function yearOfActivity(): ActivityRows {
  return {
    factchecks: [run(400), run(120), run(91), run(89), run(1)],
    reports: [
      report("rep-1", 300, "closed"),
      report("rep-2", 200, "open"),
      report("rep-3", 10, "closed"),
    ],
    digests: [digest("C1", 365), digest("C1", 100), digest("C1", 5), digest("C2", 200)],
    audit: [entry(500), entry(100), entry(1)],
  };
}

describe("what compaction keeps", () => {
  it("runs, closed reports and digests within the retention; every open report, each channel's latest digest and the whole audit log", () => {
    const rows = yearOfActivity();
    const kept = compactActivity(rows, NOW, 90);
    expect(kept.factchecks).toEqual([run(89), run(1)]);
    expect(kept.reports.map((r) => r.id)).toEqual(["rep-2", "rep-3"]);
    expect(kept.digests).toEqual([digest("C1", 5), digest("C2", 200)]);
    expect(kept.audit).toBe(rows.audit);
    // A longer retention keeps more; nothing to drop gives the lists back as they were.
    expect(compactActivity(rows, NOW, 365).factchecks).toHaveLength(4);
    const none = compactActivity(kept, NOW, 90);
    for (const c of ["factchecks", "reports", "digests", "audit"] as const)
      expect(none[c]).toBe(kept[c]);
  });

  it("a row exactly at the cut-off stays; times with an offset are compared as instants", () => {
    const cut = new Date(NOW.getTime() - 90 * 86_400_000);
    const at = (iso: string): FactcheckRun => ({ ...run(0), at: iso });
    const rows = {
      ...yearOfActivity(),
      factchecks: [
        at(cut.toISOString()),
        at(new Date(cut.getTime() - 1).toISOString()),
        // One hour before the cut-off, written with a +02:00 offset (looks later as text).
        at(`${new Date(cut.getTime() - 3_600_000 + 7_200_000).toISOString().slice(0, 19)}+02:00`),
      ],
    };
    expect(compactActivity(rows, NOW, 90).factchecks).toEqual([rows.factchecks[0]]);
  });

  it("FACTDESK_JOURNAL_DAYS: unset is 90 days; a whole number of days at least 1, or a one-line refusal", () => {
    expect(JOURNAL_DAYS).toBe(90);
    expect(journalDaysFrom(undefined)).toBe(90);
    expect(journalDaysFrom(" ")).toBe(90);
    expect(journalDaysFrom("365")).toBe(365);
    for (const bad of ["0", "-5", "1.5", "ninety", "1e3", "99999999999999999999"]) {
      expect(() => journalDaysFrom(bad), bad).toThrow(StoreError);
      expect(() => journalDaysFrom(bad), bad).toThrow(
        /^FACTDESK_JOURNAL_DAYS must be a whole number of days/,
      );
    }
  });
});

describe("compacting the journal of an open store", () => {
  async function storeWithAYear() {
    const { store } = await open();
    const rows = yearOfActivity();
    await store.update((d) => {
      for (const c of ["factchecks", "reports", "digests", "audit"] as const)
        (d[c] as unknown[]).push(...rows[c]);
    });
    return store;
  }

  it("drops old rows from memory and the journal, renaming a new journal over the old one", async () => {
    const store = await storeWithAYear();
    const storeText = readFileSync(file, "utf8");
    const inode = statSync(journal).ino;
    expect(await store.compactJournal(NOW)).toBe(3 + 1 + 2);
    expect(statSync(journal).ino).not.toBe(inode);
    expect(statSync(journal).mode & 0o777).toBe(0o600);
    const kept = compactActivity(yearOfActivity(), NOW, 90);
    expect(store.data.factchecks).toEqual(kept.factchecks);
    expect(store.data.reports).toEqual(kept.reports);
    expect(store.data.digests).toEqual(kept.digests);
    expect(store.data.audit).toEqual(yearOfActivity().audit);
    const onDisk = parseJournalText(readFileSync(journal, "utf8"), journal).rows;
    expect(onDisk).toEqual({ ...kept, audit: yearOfActivity().audit });
    // The store file is not touched, and no temporary file is left.
    expect(readFileSync(file, "utf8")).toBe(storeText);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // Appends go on after it.
    await store.update((d) => void d.factchecks.push(run(0, "U9")), ["factchecks"]);
    expect((await readStoreFiles(file)).factchecks.map((r) => r.by)).toEqual(["U1", "U1", "U9"]);
  });

  it("nothing old enough: nothing written", async () => {
    const { store } = await open();
    await store.update((d) => void d.factchecks.push(run(0)), ["factchecks"]);
    const text = readFileSync(journal, "utf8");
    const inode = statSync(journal).ino;
    const version = store.version;
    expect(await store.compactJournal(NOW)).toBe(0);
    expect(statSync(journal).ino).toBe(inode);
    expect(readFileSync(journal, "utf8")).toBe(text);
    expect(store.version).toBe(version);
  });

  it("runs at start with the retention given, and daily after", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const store = await storeWithAYear();
      await store.close();
      // A retention of ten years keeps everything here; the default of 90 days does not.
      const { store: keepAll, report: kept } = await open(3650);
      expect(kept.activityCompacted).toBe(0);
      await keepAll.close();
      const { store: again, report } = await open();
      expect(report.activityCompacted).toBe(6);
      expect(again.data.factchecks).toHaveLength(2);
      // A day later the daily compaction runs; with rows aged past the retention it drops them.
      const compact = vi.spyOn(again, "compactJournal");
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
      expect(compact).toHaveBeenCalledTimes(1);
      await again.close();
      // Closed, the timer is gone.
      await vi.advanceTimersByTimeAsync(48 * 60 * 60 * 1000);
      expect(compact).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a failed compaction at start is logged and leaves the journal whole; the store opens", async () => {
    const store = await storeWithAYear();
    await store.close();
    const text = readFileSync(journal, "utf8");
    const original = DurableTextFile.prototype.write;
    vi.spyOn(DurableTextFile.prototype, "write").mockImplementation(async function (
      this: InstanceType<typeof DurableTextFile>,
      out: string,
    ) {
      if (this.file === journal) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
      return original.call(this, out);
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { store: again, report } = await open();
    expect(report.activityCompacted).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${journal}: not compacted`));
    expect(readFileSync(journal, "utf8")).toBe(text);
    expect(again.data.factchecks).toHaveLength(5);
    vi.mocked(DurableTextFile.prototype.write).mockRestore();
    // The next compaction succeeds.
    expect(await again.compactJournal(NOW)).toBe(6);
  });

  it("a crash mid-compaction (the copy written, not yet renamed) leaves the old journal, read as it was", async () => {
    const store = await storeWithAYear();
    await store.close();
    const text = readFileSync(journal, "utf8");
    // What a kill before the rename leaves: a temporary sibling with the compacted copy.
    writeFileSync(path.join(dir, `.live.json.journal.jsonl.${process.pid}.0.tmp`), "{");
    expect((await readStoreFiles(file)).factchecks).toHaveLength(5);
    expect(readFileSync(journal, "utf8")).toBe(text);
  });

  it("the command line refuses a bad FACTDESK_JOURNAL_DAYS in one line", async () => {
    const r = await runCli(["swap", "may-24"], {
      env: { FACTDESK_DB: file, FACTDESK_JOURNAL_DAYS: "ninety" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("factdesk: FACTDESK_JOURNAL_DAYS must be a whole number of days");
  });
});

describe("compaction killed at random moments", () => {
  it("leaves a valid journal with every audit entry and every recent row, whatever the moment", async () => {
    // A journal big enough that its rewrite takes a while: 3,000 old runs, 3,000 recent ones,
    // 3,000 audit entries.
    const { store } = await open();
    const old = Array.from({ length: 3000 }, (_, i) => ({ ...run(400), by: `O${i}` }));
    const recent = Array.from({ length: 3000 }, (_, i) => ({
      ...run(0),
      at: new Date().toISOString(),
      by: `R${i}`,
    }));
    const audit = Array.from({ length: 3000 }, (_, i) => entry(400, `a${i}`));
    await store.update((d) => {
      d.factchecks.push(...old, ...recent);
      d.audit.push(...audit);
    });
    await store.close();
    const before = readFileSync(journal, "utf8");
    const child = path.join(import.meta.dirname, "compaction-child.ts");
    const outcomes = new Set<string>();
    for (let k = 0; k < 8; k++) {
      writeFileSync(journal, before);
      const proc = spawn(process.execPath, ["--import", "tsx", child, file, BUNDLED], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      // Killed once it says it is about to open (and compact), after a varying delay.
      await new Promise<void>((resolve) => {
        proc.stdout.once("data", () => {
          setTimeout(() => proc.kill("SIGKILL"), k * 40);
        });
        proc.on("exit", () => resolve());
      });
      const data = await readStoreFiles(file);
      expect(data.audit.filter((a) => a.by === "U_ED")).toHaveLength(3000);
      const by = new Set(data.factchecks.map((r) => r.by));
      for (const r of recent) expect(by.has(r.by)).toBe(true);
      const oldLeft = data.factchecks.filter((r) => r.by.startsWith("O")).length;
      expect([0, 3000]).toContain(oldLeft);
      outcomes.add(oldLeft === 0 ? "compacted" : "as it was");
      rmSync(`${file}.lock`, { recursive: true, force: true });
      rmSync(`${file}.lock-holder`, { force: true });
    }
    // Which of the two each kill left depends on the machine's speed; both are whole journals.
    expect([...outcomes].every((o) => o === "compacted" || o === "as it was")).toBe(true);
  }, 120_000);
});
