// Store faults through the door people use: `factdesk swap may-24` (main() with FACTDESK_DB)
// on a store file that is broken, missing, in the wrong place or read-only. Each is refused in
// one line naming the file, exit status 1, and the file is left exactly as it was; a missing
// store is created from the bundled one. Never a crash, never a silently emptied store.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readStoreFiles, Store, StoreError } from "../../src/store/store.ts";
import { type CliRun, runCli } from "../helpers/cli.ts";
import { BUNDLED, bundledData } from "../helpers/store.ts";

let dir: string;
const lockedDirs: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-faults-"));
});
afterEach(() => {
  for (const d of lockedDirs.splice(0)) unlock(d);
  rmSync(dir, { recursive: true, force: true });
});

/** `factdesk swap may-24` (or argv) on the store file `db`. */
const run = (db: string, argv = ["swap", "may-24"]) => runCli(argv, { env: { FACTDESK_DB: db } });

/** Refused: exit 1, nothing on stdout, one line on stderr naming the file. */
function expectRefused(r: CliRun, file: string, why: RegExp) {
  expect(r.status).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain(`factdesk: ${file}`);
  expect(r.stderr).toMatch(why);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const bundledText = () => readFileSync(BUNDLED, "utf8");
const liveFile = (name = "live.json") => path.join(dir, name);

/**
 * A folder nothing can be written into. As root, permissions do not stop writes, so the folder
 * is made immutable (chattr +i, which stops root too); otherwise it is made read-only. Returns
 * false where neither works, and the tests that need it are skipped.
 */
const root = process.getuid?.() === 0;
function lock(d: string): boolean {
  try {
    if (root) execFileSync("chattr", ["+i", d], { stdio: "ignore" });
    else chmodSync(d, 0o555);
    lockedDirs.push(d);
    return true;
  } catch {
    return false;
  }
}
function unlock(d: string): void {
  try {
    if (root) execFileSync("chattr", ["-i", d], { stdio: "ignore" });
    else chmodSync(d, 0o755);
  } catch {
    // nothing locked
  }
}
const canLock = (() => {
  const probe = mkdtempSync(path.join(tmpdir(), "factdesk-lock-probe-"));
  try {
    if (!lock(probe)) return false;
    try {
      writeFileSync(path.join(probe, "x"), "x");
      return false; // the lock does not stop writes here
    } catch {
      return true;
    } finally {
      unlock(probe);
      lockedDirs.splice(lockedDirs.indexOf(probe), 1);
    }
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

describe("a broken store file is refused in one line naming it, and left as it was", () => {
  const pretty = bundledText();
  const edits: [string, string, RegExp][] = [
    ["truncated mid-write", pretty.slice(0, Math.floor(pretty.length / 2)), /not valid JSON/],
    ["cut to nothing", "", /not valid JSON/],
    [
      "a trailing comma typed by hand",
      pretty.replace(/("facts": \[)/, "$1,"),
      /not valid JSON \(Unexpected token ','/,
    ],
    [
      "curly quotes from a word processor",
      pretty.replace('"schemaVersion"', "“schemaVersion”"),
      /not valid JSON .*\(line 2, column 3\)/,
    ],
    [
      "a comment",
      pretty.replace("{", "{ // edited by hand\n"),
      /not valid JSON .*\(line 1, column 3\)/,
    ],
    ["an empty object", "{}", /schemaVersion is missing/],
    ["null", "null", /schemaVersion is missing/],
    ["binary junk", "\u00ff\u00fe\u0000\u0001", /not valid JSON/],
    [
      "a figure typed as words",
      pretty.replace(/"n": \d+/, '"n": "three hundred"'),
      /invalid at facts\.\d+\.value/,
    ],
    [
      "a fact left without its quote",
      JSON.stringify({
        ...bundledData(),
        facts: bundledData().facts.map((f, i) => (i === 2 ? { ...f, quote: undefined } : f)),
      }),
      /invalid at facts\.2\.quote/,
    ],
    [
      "a newer release's schema",
      pretty.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'),
      /schemaVersion 99 is newer/,
    ],
  ];

  it.each(edits)("%s", async (_, text, why) => {
    const file = liveFile();
    writeFileSync(file, text);
    const r = await run(file);
    expectRefused(r, file, why);
    expect(readFileSync(file, "utf8")).toBe(text);
    // No temp file or backup left beside it.
    expect(readdirSync(dir)).toEqual(["live.json"]);
  });

  it("every command refuses it the same way, the bot's start included", async () => {
    const file = liveFile();
    writeFileSync(file, "{");
    for (const argv of [["totals"], ["sources"], ["disputes"], ["ask", "may 24"], ["start"]]) {
      expectRefused(await run(file, argv), file, /not valid JSON/);
    }
    expect(readFileSync(file, "utf8")).toBe("{");
  });
});

describe("a store file that is not where it should be", () => {
  it("missing: created from the bundled store, and the answer given", async () => {
    const file = path.join(dir, "new", "folder", "live.json");
    const r = await run(file);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Second wave of the 1,000-for-1,000 exchange");
    const created = JSON.parse(readFileSync(file, "utf8"));
    expect(created.facts).toHaveLength(bundledData().facts.length);
    expect(created.sources).toHaveLength(bundledData().sources.length);
  });

  it("a folder in place of the file: refused, the folder untouched", async () => {
    const file = liveFile();
    mkdirSync(file);
    expectRefused(await run(file), file, /cannot read it \(EISDIR/);
    expect(readdirSync(file)).toEqual([]);
  });

  it("a file in place of its folder: refused", async () => {
    const blocker = path.join(dir, "not-a-folder");
    writeFileSync(blocker, "x");
    const file = path.join(blocker, "live.json");
    expectRefused(await run(file), file, /cannot create its folder/);
    expect(readFileSync(blocker, "utf8")).toBe("x");
  });

  it("a byte-order mark saved by an editor is not a broken file", async () => {
    const file = liveFile();
    writeFileSync(file, `\ufeff${bundledText()}`);
    const r = await run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Second wave of the 1,000-for-1,000 exchange");
  });
});

describe.skipIf(!canLock)("a store in a folder that cannot be written to", () => {
  it("answers from a current store: reading needs no write", async () => {
    const file = liveFile();
    writeFileSync(file, bundledText());
    expect(lock(dir)).toBe(true);
    const r = await run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Second wave of the 1,000-for-1,000 exchange");
    expect(readFileSync(file, "utf8")).toBe(bundledText());
  });

  it("missing, and cannot be created: refused, saying the folder must be writable", async () => {
    const folder = path.join(dir, "locked");
    mkdirSync(folder);
    expect(lock(folder)).toBe(true);
    const file = path.join(folder, "live.json");
    expectRefused(
      await run(file),
      file,
      /cannot create it \(E(PERM|ACCES|ROFS)\b.*a folder this process can write to/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it("needing the bundled store's new facts merged in: refused, the file unchanged", async () => {
    const file = liveFile();
    const older = bundledData();
    older.facts.pop();
    const text = JSON.stringify(older, null, 2);
    writeFileSync(file, text);
    expect(lock(dir)).toBe(true);
    expectRefused(await run(file), file, /cannot write it/);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("a running store: the write is refused with the file's name, memory and file stay as they were, and writing resumes once it can", async () => {
    const file = liveFile();
    const { store } = await Store.open({ file, bundled: BUNDLED });
    const onDisk = readFileSync(file, "utf8");
    const audit = store.data.audit.length;
    expect(lock(dir)).toBe(true);
    const refused = await store
      .update((d) => {
        d.audit.push({
          at: "2026-11-22T10:00:00.000Z",
          by: "U1",
          action: "test",
          target: "x",
          before: null,
          after: 1,
        });
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreError);
    // An audit entry goes to the store's journal, which the message names.
    expect((refused as Error).message).toContain(`${file}.journal.jsonl: cannot write it`);
    expect(store.data.audit).toHaveLength(audit);
    expect(readFileSync(file, "utf8")).toBe(onDisk);

    unlock(dir);
    await store.update((d) => d.audit.length);
    expect((await readStoreFiles(file)).audit).toHaveLength(audit);
    // No temp file left; the store's lock (issue 13) is there while it is open, and goes with it.
    expect(readdirSync(dir).sort()).toEqual([
      "live.json",
      "live.json.lock",
      "live.json.lock-holder",
    ]);
    await store.close();
    expect(readdirSync(dir)).toEqual(["live.json"]);
  });
});
