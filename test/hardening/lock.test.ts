// Finding 4 of issue 13: two processes on one FACTDESK_DB each kept the whole store in memory
// and wrote it back whole, so the first one's reports, a dispute resolution and audit entries
// vanished while both editors were told "Resolved". Now the store is locked at open: a second
// process refuses to start, naming the holder; a lock left by a killed process is recovered;
// and the store file is readable by its owner only.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Store, StoreError } from "../../src/store/store.ts";
import { runCli } from "../helpers/cli.ts";
import { BUNDLED } from "../helpers/store.ts";

let dir: string;
let file: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-lock-"));
  file = path.join(dir, "live.json");
});
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Another Factdesk process holding the store; resolves once it has it. */
async function holder(): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "hold-store-child.ts"), file],
    { cwd: path.resolve(import.meta.dirname, "..", "..") },
  );
  children.push(child);
  let out = "";
  child.stdout.on("data", (c) => {
    out += c;
  });
  await vi.waitFor(() => expect(out).toContain("holding"), { timeout: 15_000, interval: 50 });
  return child;
}

const swap = () => runCli(["swap", "may-24"], { env: { FACTDESK_DB: file } });

describe("one process per store file", () => {
  it("a second process refuses to start, naming the holder, and the file is not touched", async () => {
    const child = await holder();
    const before = readFileSync(file, "utf8");
    const r = await swap();
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `factdesk: ${file}: in use by process ${child.pid} on ${hostname()}`,
    );
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  }, 30_000);

  it("a lock left by a killed process is recovered at once", async () => {
    const child = await holder();
    const gone = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await gone;
    const r = await swap();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Second wave of the 1,000-for-1,000 exchange");
  }, 30_000);

  it("within one process too: a store is opened once until it is closed", async () => {
    const first = await Store.open({ file, bundled: BUNDLED });
    const err = await Store.open({ file, bundled: BUNDLED }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain(`in use by process ${process.pid}`);
    await first.store.close();
    const again = await Store.open({ file, bundled: BUNDLED });
    await again.store.close();
  });

  it("a closed store refuses writes rather than overwrite whoever opens it next", async () => {
    const { store } = await Store.open({ file, bundled: BUNDLED });
    await store.close();
    await expect(store.update(() => 1)).rejects.toThrow(/closed/);
  });
});

describe("the store file", () => {
  it("is created readable and writable by its owner only, and stays so after writes", async () => {
    const { store } = await Store.open({ file, bundled: BUNDLED });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await store.update((d) => {
      d.reports.push({
        id: "rep-1",
        by: "U1",
        at: "2026-11-30T10:00:00.000Z",
        answer: "a",
        note: "n",
        status: "open",
      });
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await store.close();
  });
});
