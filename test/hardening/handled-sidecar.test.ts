// Replay claims are written before every ack. Kept in the store, each claim rewrote the whole
// store file: about 46 MB per Slack request with a 100,000-fact archive. They are kept in a
// sidecar beside the store (`<store>.handled.json`) instead: owner-only, durable, covered by
// the store's lock, pruned to the ten-minute window, read at open, and a bad one stops
// start-up naming it. A store written by the release that kept claims in it has them moved.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handledFileOf, KEEP_HANDLED_MS } from "../../src/store/handled.ts";
import { Store, StoreError } from "../../src/store/store.ts";
import { runCli } from "../helpers/cli.ts";
import { BUNDLED, bundledData } from "../helpers/store.ts";

let dir: string;
let file: string;
let sidecar: string;
const opened: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-handled-"));
  file = path.join(dir, "live.json");
  sidecar = handledFileOf(file);
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<Store> {
  const { store } = await Store.open({ file, bundled: BUNDLED });
  opened.push(store);
  return store;
}

async function reopen(store: Store): Promise<Store> {
  await store.close();
  return open();
}

const onDisk = () =>
  (JSON.parse(readFileSync(sidecar, "utf8")) as { handled: { key: string; at: string }[] }).handled;
const fingerprint = (f: string) => {
  const s = statSync(f);
  return { ino: s.ino, mtimeMs: s.mtimeMs, size: s.size };
};
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe("the sidecar", () => {
  it("is <store file>.handled.json, owner-only, and holds each claim once it resolves", async () => {
    const store = await open();
    expect(store.handledFile).toBe(sidecar);
    expect(existsSync(sidecar)).toBe(false); // nothing claimed yet, nothing written
    expect(await store.claim("event:T1:Ev1")).toBe(true);
    expect(onDisk().map((h) => h.key)).toEqual(["event:T1:Ev1"]);
    if (process.platform !== "win32") expect(statSync(sidecar).mode & 0o777).toBe(0o600);
    expect(await store.claim("event:T1:Ev1")).toBe(false);
  });

  it("survives a restart: a replay after it is still refused", async () => {
    let store = await open();
    expect(await store.claim("command:T1:trigger-1")).toBe(true);
    store = await reopen(store);
    expect(store.handled.map((h) => h.key)).toEqual(["command:T1:trigger-1"]);
    expect(await store.claim("command:T1:trigger-1")).toBe(false);
    expect(await store.claim("command:T1:trigger-2")).toBe(true);
    store = await reopen(store);
    expect(await store.claim("command:T1:trigger-2")).toBe(false);
  });

  it("a claim does not rewrite the store file", async () => {
    const store = await open();
    const before = fingerprint(file);
    const text = readFileSync(file, "utf8");
    for (let i = 0; i < 20; i++) expect(await store.claim(`event:T1:Ev${i}`)).toBe(true);
    await store.close();
    expect(fingerprint(file)).toEqual(before);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(onDisk()).toHaveLength(20);
  });

  it("is pruned to the ten-minute window on every write", async () => {
    const store = await open();
    const t0 = new Date("2026-11-30T10:00:00.000Z");
    const later = (ms: number) => new Date(t0.getTime() + ms);
    expect(await store.claim("event:T1:old", t0)).toBe(true);
    expect(await store.claim("event:T1:mid", later(KEEP_HANDLED_MS / 2))).toBe(true);
    expect(await store.claim("event:T1:new", later(KEEP_HANDLED_MS + 1))).toBe(true);
    expect(onDisk().map((h) => h.key)).toEqual(["event:T1:mid", "event:T1:new"]);
    // Past the window a request can no longer be replayed (its signature has expired).
    expect(await store.claim("event:T1:old", later(KEEP_HANDLED_MS + 2))).toBe(true);
  });

  it("claims made at once are decided in order, each once, and all reach the disk", async () => {
    const store = await open();
    const keys = Array.from({ length: 60 }, (_, i) => `event:T1:Ev${i % 12}`);
    const fresh = await Promise.all(keys.map((k) => store.claim(k)));
    expect(fresh.filter(Boolean)).toHaveLength(12);
    expect(fresh.slice(0, 12).every(Boolean)).toBe(true);
    expect(new Set(onDisk().map((h) => h.key)).size).toBe(12);
  });

  it("refuses claims once the store is closed (another process may hold the lock now)", async () => {
    const store = await open();
    await store.close();
    await expect(store.claim("event:T1:late")).rejects.toThrow(/the store is closed/);
    expect(existsSync(sidecar)).toBe(false);
  });
});

describe("a bad sidecar stops start-up, naming it, and nothing is written", () => {
  const bad: [string, string, RegExp][] = [
    ["cut to nothing", "", /not valid JSON/],
    ["truncated", '{"handled":[{"key":"event:T1:Ev1","at":"2026-11-', /not valid JSON/],
    ["not an object of claims", "[]", /invalid at \(top level\)/],
    [
      "a claim without a time",
      '{"handled":[{"key":"event:T1:Ev1","at":"yesterday"}]}',
      /invalid at handled\.0\.at/,
    ],
  ];

  it.each(bad)("%s", async (_, text, why) => {
    await (await open()).close();
    writeFileSync(sidecar, text);
    const storeText = readFileSync(file, "utf8");
    const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message.startsWith(`${sidecar}: `)).toBe(true);
    expect((err as Error).message).toMatch(why);
    expect(readFileSync(sidecar, "utf8")).toBe(text);
    expect(readFileSync(file, "utf8")).toBe(storeText);
    // The lock was let go: once the sidecar is put right, the store opens.
    rmSync(sidecar);
    await open();
  });

  it("the command line and the bot's start refuse it in one line naming the sidecar", async () => {
    await (await open()).close();
    writeFileSync(sidecar, "{");
    for (const argv of [["swap", "may-24"], ["start"]]) {
      const r = await runCli(argv, { env: { FACTDESK_DB: file } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`factdesk: ${sidecar}: not valid JSON`);
    }
  });

  it("with an old store to migrate, the store file is left as it was", async () => {
    const old = { ...bundledData(), handled: [{ key: "event:T1:Ev1", at: minutesAgo(1) }] };
    const text = JSON.stringify(old);
    writeFileSync(file, text);
    writeFileSync(sidecar, "{");
    await expect(Store.open({ file, bundled: BUNDLED })).rejects.toThrow(sidecar);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(readFileSync(sidecar, "utf8")).toBe("{");
  });

  it("a bad store file is still reported first, and neither file is touched", async () => {
    writeFileSync(file, "{");
    writeFileSync(sidecar, "{");
    await expect(Store.open({ file, bundled: BUNDLED })).rejects.toThrow(`${file}: not valid JSON`);
    expect(readdirSync(dir).sort()).toEqual(["live.json", "live.json.handled.json"]);
    expect(readFileSync(file, "utf8")).toBe("{");
  });
});

describe("a store that kept its claims in itself (issue 13's release)", () => {
  const recent = { key: "view:T1:V1:1764500000", at: minutesAgo(2) };
  const aged = { key: "event:T1:EvOld", at: minutesAgo(30) };

  it("has them moved to the sidecar at open, none lost, and the store file rewritten without them", async () => {
    writeFileSync(file, JSON.stringify({ ...bundledData(), handled: [recent, aged] }));
    const { store, report } = await Store.open({ file, bundled: BUNDLED });
    opened.push(store);
    expect(report.handledMoved).toBe(2);
    expect(onDisk()).toEqual([recent, aged]);
    expect(statSync(sidecar).mode & 0o777).toBe(0o600);
    expect("handled" in JSON.parse(readFileSync(file, "utf8"))).toBe(false);
    expect(store.data.handled).toBeUndefined();
    // A replay of the request claimed before the upgrade is still refused.
    expect(await store.claim(recent.key)).toBe(false);
    // The next write prunes what has aged out of the window.
    expect(await store.claim("event:T1:Ev2")).toBe(true);
    expect(onDisk().map((h) => h.key)).toEqual([recent.key, "event:T1:Ev2"]);
  });

  it("a crash between the sidecar's write and the store's leaves both, and the next open merges them", async () => {
    const other = { key: "event:T1:Ev9", at: minutesAgo(1) };
    writeFileSync(file, JSON.stringify({ ...bundledData(), handled: [recent, aged] }));
    writeFileSync(sidecar, JSON.stringify({ handled: [recent, other] }));
    const { store, report } = await Store.open({ file, bundled: BUNDLED });
    opened.push(store);
    expect(report.handledMoved).toBe(1);
    expect(onDisk()).toEqual([recent, other, aged]);
    expect("handled" in JSON.parse(readFileSync(file, "utf8"))).toBe(false);
    const store2 = await reopen(store);
    expect(store2.handled).toEqual([recent, other, aged]);
  });

  it("a store without claims is opened without writing either file", async () => {
    await (await open()).close();
    const before = fingerprint(file);
    await open();
    expect(fingerprint(file)).toEqual(before);
    expect(existsSync(sidecar)).toBe(false);
  });
});
