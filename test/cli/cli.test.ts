// The terminal doors for fact-checking and ingestion, through main() with captured streams.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { readStoreFiles } from "../../src/store/store.ts";
import { runCli } from "../helpers/cli.ts";

let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-cli-"));
  db = path.join(dir, "live.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `factdesk <argv>` on this test's own store. */
const run = (argv: string[], stdin = "") => runCli(argv, { env: { FACTDESK_DB: db }, stdin });

const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const DRAFT =
  "On May 23, each side released 390 prisoners. The following day, each side freed 370 more.\n" +
  "On May 23, Russia received 270 servicemen. Russian forces fired some 250 artillery shells.";

describe("factdesk check", () => {
  it("prints the summary and the contradictions first, each with quote, source and correction; exit 1", async () => {
    const r = await run(["check", file("draft.txt", DRAFT), "--date", "2025-05-26"]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    // Days stated as claims are checked too: the one beside the wrong figure is right.
    expect(lines[0]).toBe(
      "Fact-check: 6 claims in 30 words: 1 contradicted, 1 disputed, 3 supported, 1 unverified",
    );
    expect(r.stdout).toContain("✓ SUPPORTED: “The following day” — the day — Second wave");
    const contradicted = r.stdout.indexOf("✗ CONTRADICTED");
    expect(contradicted).toBeGreaterThan(0);
    expect(contradicted).toBeLessThan(r.stdout.indexOf("! DISPUTED"));
    expect(r.stdout.indexOf("! DISPUTED")).toBeLessThan(r.stdout.indexOf("✓ SUPPORTED"));
    expect(r.stdout).toContain("Correction: The following day, each side freed 307 more.");
    expect(r.stdout).toContain("“Russia and Ukraine swapped 307 of their prisoners on May 24”");
    expect(r.stdout).toContain("— The Epoch Times · May 24, 2025");
    expect(r.stderr).toBe("");
  });

  it("--json prints one object per claim; exit 0 when nothing is contradicted; reads stdin with -", async () => {
    const r = await run(
      ["check", "-", "--json", "--date", "2025-05-26"],
      "Each side released 307 prisoners on May 24, 2025. Some 250 shells fell.",
    );
    expect(r.status).toBe(0);
    const claims = JSON.parse(r.stdout) as ClaimCheck[];
    // The figure, the day it is dated (a claim too), and the shells (not tracked).
    expect(claims.map((c) => [c.kind ?? "figure", c.verdict])).toEqual([
      ["figure", "supported"],
      ["day", "supported"],
      ["figure", "unverified"],
    ]);
    expect(claims[0]?.reading).toMatchObject({ side: { value: "each side", from: "Each side" } });
    expect(claims[0]).toMatchObject({
      sentence: "Each side released 307 prisoners on May 24, 2025.",
      claim: "307 prisoners",
      verdict: "supported",
      read: "307",
      store: "307",
    });
    expect(claims[0]?.citations[0]?.quote).toContain("307");
  });

  it("--date anchors weekdays; without it a weekday fixes no day and nothing is marked wrong", async () => {
    const draft = file("friday.txt", "On Friday, each side released 390 prisoners.");
    const r = await run(["check", draft, "--json", "--date", "2025-05-24"]);
    const dated = (JSON.parse(r.stdout) as ClaimCheck[]).find((c) => c.kind !== "day");
    expect(dated).toMatchObject({ verdict: "supported", date: "2025-05-23" });
    const r2 = await run(["check", draft, "--json"]);
    expect(r2.status).toBe(0);
    const undated = (JSON.parse(r2.stdout) as ClaimCheck[]).find((c) => c.kind !== "day");
    expect(undated?.date).toBeNull();
    expect(undated?.verdict).not.toBe("contradicted");
  });

  it("without --date, a day with no year takes the archive's year and says so", async () => {
    const draft = file("may24.txt", "On May 24, Russia and Ukraine each released 390 prisoners.");
    const r = await run(["check", draft, "--json"]);
    expect(r.status).toBe(1);
    const c = (JSON.parse(r.stdout) as ClaimCheck[]).find((x) => x.kind !== "day");
    expect(c).toMatchObject({ verdict: "contradicted", date: "2025-05-24", right: "307" });
    expect(c?.reading?.event.note).toMatch(/year taken from the store/);
    expect(c?.correction).toBeNull();
  });

  it("records each run in the store for the digest", async () => {
    await run(["check", file("draft.txt", DRAFT), "--date", "2025-05-26", "--by", "U123"]);
    // Runs are kept in the store's journal, beside the file.
    const stored = await readStoreFiles(db);
    expect(JSON.parse(readFileSync(db, "utf8")).factchecks).toHaveLength(0);
    expect(stored.factchecks).toHaveLength(1);
    expect(stored.factchecks[0]).toMatchObject({
      by: "U123",
      claims: 6,
      verdicts: { supported: 3, contradicted: 1, disputed: 1, unverified: 1 },
      wrong: ["370"],
    });
  });

  it("bad usage exits 2 with one friendly line and no stack trace", async () => {
    for (const argv of [
      ["check", path.join(dir, "missing.txt")],
      ["check", dir],
      ["check", "-", "--date", "2025-02-30"],
      ["check", "-", "--date", "yesterday"],
    ]) {
      const r = await run(argv);
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^factdesk: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
    const missing = await run(["check"]);
    expect(missing.status).toBe(2);
  });

  it("an empty draft has nothing to check and exits 0", async () => {
    const r = await run(["check", "-"], "");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("No checkable figures found.");
  });
});

const SOURCE =
  "Ukraine and Russia completed the 1,000-for-1,000 exchange on Sunday. " +
  "On May 25, each side released 303 prisoners, and Kyiv said 310 Ukrainian servicemen had come home. " +
  "Since the invasion, more than 5,000 Ukrainians have been freed, officials said. " +
  "On June 10, each side freed 84 prisoners.";

describe("factdesk ingest", () => {
  const ingest = (extra: string[] = []) =>
    run([
      "ingest",
      file("source.txt", SOURCE),
      "--outlet",
      "Kyiv Daily",
      "--published",
      "2025-05-26",
      "--url",
      "https://example.com/last-wave",
      "--title",
      "The last wave",
      ...extra,
    ]);

  it("adds the source and its unreviewed facts in one write, and prints what it found", async () => {
    const r = await ingest();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Added source kyiv-daily-2025-05-26-[a-f0-9]{8} \(unreviewed\): Kyiv Daily, May 26, 2025/,
    );
    expect(r.stdout).toContain("Proposed facts (unreviewed until an editor approves them): 4");
    expect(r.stdout).toContain(
      "• 303 — prisoners released by each side — Third wave of the 1,000-for-1,000 exchange: agrees with the store",
    );
    expect(r.stdout).toContain("Found but not stored: 1");
    expect(r.stdout).toContain("“84 prisoners”");
    expect(r.stdout).toContain("New disputes: ");
    expect(r.stdout).toContain("Kyiv Daily gives more than 5,000");
    const stored = JSON.parse(readFileSync(db, "utf8"));
    const source = stored.sources.at(-1);
    expect(source).toMatchObject({
      outlet: "Kyiv Daily",
      status: "unreviewed",
      addedBy: "cli",
      text: SOURCE,
    });
    const facts = stored.facts.filter((f: { sourceId: string }) => f.sourceId === source.id);
    expect(facts).toHaveLength(4);
    for (const f of facts) {
      expect(f.status).toBe("unreviewed");
      expect(SOURCE.slice(f.quote.start, f.quote.end)).toBe(f.quote.text);
    }
  });

  it("unreviewed facts show as (unreviewed) in replies", async () => {
    await ingest();
    const r = await run(["swap", "may-25"]);
    expect(r.status).toBe(0);
    const line = r.stdout
      .split("\n")
      .findIndex((l) => l.includes("each side released 303 prisoners, and Kyiv said"));
    expect(line).toBeGreaterThan(0);
    expect(r.stdout.split("\n")[line + 1]).toMatch(
      /Kyiv Daily · May 26, 2025 · https:\/\/example\.com\/last-wave \(unreviewed\)$/,
    );
  });

  it("refuses a file already ingested (same sha256) with exit 2, adding nothing", async () => {
    await ingest();
    const before = readFileSync(db, "utf8");
    const r = await ingest();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^factdesk: .*already in the store/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(db, "utf8")).toBe(before);
  });

  it("refuses bad usage with exit 2", async () => {
    const f = file("s.txt", SOURCE);
    for (const argv of [
      ["ingest", f, "--published", "2025-05-26"],
      ["ingest", f, "--outlet", "X"],
      ["ingest", f, "--outlet", "X", "--published", "May 26"],
      ["ingest", f, "--outlet", "X", "--published", "2025-05-26", "--url", "not a url"],
      ["ingest", path.join(dir, "nope.txt"), "--outlet", "X", "--published", "2025-05-26"],
      ["ingest", file("empty.txt", "  \n"), "--outlet", "X", "--published", "2025-05-26"],
    ]) {
      const r = await run(argv);
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toMatch(/^factdesk: [^\n]+\n$/);
    }
  });

  it("--json prints the source (without its text), the facts and the new disputes", async () => {
    const r = await ingest(["--json"]);
    const out = JSON.parse(r.stdout);
    expect(out.source.text).toBeUndefined();
    expect(out.source.status).toBe("unreviewed");
    expect(out.facts).toHaveLength(4);
    expect(out.skipped).toHaveLength(1);
    expect(out.newDisputes.length).toBeGreaterThan(0);
  });
});

describe("existing commands still work", () => {
  it("swap, totals, disputes, sources", async () => {
    for (const argv of [
      ["swap", "may-24"],
      ["/swap", "may-24"],
      ["totals"],
      ["disputes"],
      ["sources"],
    ]) {
      const r = await run(argv);
      expect(r.status, argv.join(" ")).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });
});

describe("echoing what was typed", () => {
  it("shortens it to 200 characters on one line, as Slack does", async () => {
    const typed = `${"zzz ".repeat(1000)}\n  qqq`;
    const r = await run(["swap", typed]);
    expect(r.status).toBe(0);
    const echoed = r.stdout.match(/\(you asked: “([^”]*)”\)/)?.[1];
    expect(echoed).toBeDefined();
    expect(echoed?.length).toBeLessThanOrEqual(200);
    expect(echoed).toMatch(/^zzz zzz .*…$/);
    expect(echoed).not.toContain("\n");
    expect(r.stdout.length).toBeLessThan(typed.length);
  });

  it("echoes a short query whole", async () => {
    const r = await run(["swap", "next   tuesday"]);
    expect(r.stdout).toContain("(you asked: “next tuesday”)");
  });
});

describe("digest and audit", () => {
  it("digest --dry-run prints today's digest; without it, a friendly refusal", async () => {
    const dry = await run(["digest", "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Factdesk daily digest — /);
    expect(dry.stdout).toMatch(/Open disputes \(7\)/);
    const posting = await run(["digest"]);
    expect(posting.status).toBe(2);
    expect(posting.stderr).toMatch(/use --dry-run/);
  });

  it("audit prints who changed what, before and after", async () => {
    expect((await run(["audit"])).stdout).toMatch(/audit log is empty/);
    const { openDesk } = await import("../../src/app/desk.ts");
    const { resolveDispute } = await import("../../src/app/editorial.ts");
    const desk = await openDesk({ file: db });
    const r = await resolveDispute(desk.store, desk.knowledge, {
      disputeId: "date:exchange-2025-05-06",
      choice: { kind: "trust", side: 0 },
      note: "Ministry statement was May 6",
      by: "U_EDITOR",
      now: "2026-11-22T10:00:00.000Z",
    });
    expect(r.ok).toBe(true);
    await desk.close();
    const audit = await run(["audit"]);
    expect(audit.stdout).toMatch(
      /2026-11-22T10:00:00.000Z {2}U_EDITOR {2}resolve {2}date:exchange-2025-05-06/,
    );
    expect(audit.stdout).toMatch(/after: .*Ministry statement was May 6/);
    const json = JSON.parse((await run(["--json", "audit", "--limit", "1"])).stdout);
    expect(json).toHaveLength(1);
    expect(json[0].by).toBe("U_EDITOR");
  });
});
