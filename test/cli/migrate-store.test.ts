// `factdesk migrate-store`: a live file into PostgreSQL and back, through main(), as an editor
// moving a newsroom's store would run it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDesk } from "../../src/app/desk.ts";
import { readStoreFiles } from "../../src/store/store.ts";
import { runCli } from "../helpers/cli.ts";
import { createDatabase, type TestDatabase, testPostgres } from "../helpers/postgres.ts";

const server = testPostgres();
let dir: string;
let live: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-move-"));
  live = path.join(dir, "live.json");
  // A store that has been used: a resolution, a report, a fact-check run.
  const desk = await openDesk({ file: live });
  await desk.newsroom({ tz: "UTC" }).resolve({
    disputeId: "date:exchange-2025-05-06",
    choice: { kind: "both-stand" },
    note: "both printed",
    by: "U_ANNA",
  });
  await desk.newsroom({ tz: "UTC" }).report({ by: "U_R", answer: "swap", note: "typo" });
  await desk.recordFactcheck(desk.factcheck("On May 24 each side freed 307 prisoners."), "U_W");
  await desk.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A file store as it is on disk: the file with its journal.
const read = (file: string) => readStoreFiles(file);
const run = (argv: string[]) => runCli(argv, { env: {} });

describe("migrate-store between files", () => {
  it("copies a store to a new file, row for row", async () => {
    const copy = path.join(dir, "copy", "store.json");
    const r = await run(["migrate-store", "--from", live, "--to", copy]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Moved 5 sources, \d+ claimants, \d+ events, \d+ facts, 1 resolutions/,
    );
    expect(await read(copy)).toEqual(await read(live));
  });

  it("never overwrites a store that is there already", async () => {
    const other = path.join(dir, "other.json");
    writeFileSync(other, "{}");
    const r = await run(["migrate-store", "--from", live, "--to", other]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already exists; migrate into a new file/);
    expect(readFileSync(other, "utf8")).toBe("{}");
  });
});

describe.skipIf(!server)("migrate-store through PostgreSQL", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createDatabase(server as string, "move");
  });
  afterEach(async () => {
    await database.drop();
  });

  it("moves a live file into an empty database and exports it back unchanged", async () => {
    const there = await run(["migrate-store", "--from", live, "--to", database.url]);
    expect(there.stderr).toBe("");
    expect(there.status).toBe(0);
    const desk = await openDesk({ file: database.url });
    try {
      expect(desk.report.created).toBe(false);
      expect(desk.store.data.resolutions.map((r) => r.by)).toEqual(["U_ANNA"]);
      expect(desk.store.data.factchecks.map((r) => r.by)).toEqual(["U_W"]);
    } finally {
      await desk.close();
    }
    const back = path.join(dir, "back.json");
    const again = await run(["--json", "migrate-store", "--from", database.url, "--to", back]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ resolutions: 1, reports: 1, factchecks: 1 });
    expect(await read(back)).toEqual(await read(live));
  });

  it("refuses a database that already holds a store, and leaves it as it was", async () => {
    expect((await run(["migrate-store", "--from", live, "--to", database.url])).status).toBe(0);
    const r = await run(["migrate-store", "--from", live, "--to", database.url]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already holds a Factdesk store/);
  });
});
