// Replay claims are written before every ack. Kept in the store, each claim rewrote the whole
// store file: about 46 MB per Slack request with a 100,000-fact archive. They are kept in a
// sidecar beside the store (`<store>.handled.json`) instead: owner-only, durable, covered by
// the store's lock, read at open, and a bad one stops start-up naming it. A store written by
// the release that kept claims in it has them moved. The sidecar is a log, one claim a line:
// a claim appends its line (a rewrite of every claim of the last ten minutes cost ~7 ms an
// ack under load), and the file is compacted to the ten-minute window when it holds twice the
// live claims, and at open. A last line without its newline (an append cut short) is dropped.
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
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  COMPACT_MIN_LINES,
  COMPACT_RATIO,
  handledFileOf,
  KEEP_HANDLED_MS,
} from "../../src/store/handled.ts";
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

/** The claims in the sidecar, one a line, each line ended by a newline. */
const onDisk = (): { key: string; at: string }[] => {
  const text = readFileSync(sidecar, "utf8");
  expect(text === "" || text.endsWith("\n")).toBe(true);
  return text
    .split("\n")
    .slice(0, -1)
    .map((line) => JSON.parse(line) as { key: string; at: string });
};
const legacy = (handled: unknown[]) => `${JSON.stringify({ handled })}\n`;
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

  it("forgets claims older than the ten-minute window at the next claim", async () => {
    const store = await open();
    const t0 = new Date("2026-11-30T10:00:00.000Z");
    const later = (ms: number) => new Date(t0.getTime() + ms);
    expect(await store.claim("event:T1:old", t0)).toBe(true);
    expect(await store.claim("event:T1:mid", later(KEEP_HANDLED_MS / 2))).toBe(true);
    expect(await store.claim("event:T1:new", later(KEEP_HANDLED_MS + 1))).toBe(true);
    expect(store.handled.map((h) => h.key)).toEqual(["event:T1:mid", "event:T1:new"]);
    // On disk until the next compaction: appended, not rewritten.
    expect(onDisk().map((h) => h.key)).toEqual(["event:T1:old", "event:T1:mid", "event:T1:new"]);
    // Past the window a request can no longer be replayed (its signature has expired).
    expect(await store.claim("event:T1:old", later(KEEP_HANDLED_MS + 2))).toBe(true);
    expect(await store.claim("event:T1:mid", later(KEEP_HANDLED_MS + 3))).toBe(false);
  });

  it("a claim appends one line; it does not rewrite the file", async () => {
    const store = await open();
    expect(await store.claim("event:T1:Ev0")).toBe(true);
    for (let i = 1; i <= 10; i++) {
      const before = readFileSync(sidecar, "utf8");
      const { ino } = statSync(sidecar);
      expect(await store.claim(`event:T1:Ev${i}`)).toBe(true);
      const after = readFileSync(sidecar, "utf8");
      expect(after.startsWith(before)).toBe(true);
      expect(after.slice(before.length)).toMatch(/^\{"key":"event:T1:Ev\d+","at":"[^"]+"\}\n$/);
      // The same file, grown: no temporary sibling renamed over it.
      expect(statSync(sidecar).ino).toBe(ino);
    }
    // A replay writes nothing.
    const before = readFileSync(sidecar, "utf8");
    expect(await store.claim("event:T1:Ev3")).toBe(false);
    expect(readFileSync(sidecar, "utf8")).toBe(before);
    expect(onDisk()).toHaveLength(11);
  });

  it("is compacted to the live claims once it holds more than twice as many lines", async () => {
    const store = await open();
    const t0 = new Date("2026-11-30T10:00:00.000Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const stale = COMPACT_MIN_LINES;
    for (let i = 0; i < stale; i++) expect(await store.claim(`event:T1:old${i}`, at(i))).toBe(true);
    expect(onDisk()).toHaveLength(stale);
    // Past the window: each new claim is live, the old ones are not.
    const after = KEEP_HANDLED_MS + stale;
    let n = 0;
    const { ino } = statSync(sidecar);
    while (statSync(sidecar).ino === ino) {
      expect(await store.claim(`event:T1:new${n}`, at(after + n))).toBe(true);
      // Requests a while apart: the compaction a claim sets off is done before the next.
      await store.claimsWritten();
      n++;
      expect(n).toBeLessThanOrEqual(stale);
    }
    // Compacted (renamed over) at the first claim that left more than twice the live lines:
    // only the live claims are left, the one that set it off among them.
    expect(stale + n).toBeGreaterThan(COMPACT_RATIO * n);
    const live = Array.from({ length: n }, (_, i) => `event:T1:new${i}`);
    expect(onDisk().map((h) => h.key)).toEqual(live);
    expect(store.handled.map((h) => h.key)).toEqual(live);
    if (process.platform !== "win32") expect(statSync(sidecar).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // And appends go on after it, to the new file.
    expect(await store.claim("event:T1:next", at(after + n))).toBe(true);
    expect(onDisk().map((h) => h.key)).toEqual([...live, "event:T1:next"]);
    expect(await store.claim("event:T1:new0", at(after + n))).toBe(false);
  });

  it("a claim does not wait for a compaction: those made while it is written resolve at once, and none is lost", async () => {
    const store = await open();
    // The new claims a few minutes old, so that they are still live when the store is reopened.
    const t0 = new Date(Date.now() - KEEP_HANDLED_MS - 5 * 60_000);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const stale = 4 * COMPACT_MIN_LINES;
    for (let i = 0; i < stale; i++) await store.claim(`event:T1:old${i}`, at(i));
    await store.claimsWritten();
    const { ino } = statSync(sidecar);
    const after = KEEP_HANDLED_MS + 60_000;
    // The first sets the compaction off; each of the rest is decided and resolved before any
    // I/O could have finished (a microtask later), the compaction still being written.
    const keys = Array.from({ length: 40 }, (_, i) => `event:T1:new${i}`);
    for (const [i, key] of keys.entries()) {
      let resolved: boolean | undefined;
      void store.claim(key, at(after + i)).then((fresh) => {
        resolved = fresh;
      });
      await Promise.resolve();
      await Promise.resolve();
      expect(resolved).toBe(true);
    }
    expect(statSync(sidecar).ino).toBe(ino);
    await store.claimsWritten();
    // Compacted: a new file holding every live claim, those made while it was written too.
    expect(statSync(sidecar).ino).not.toBe(ino);
    expect(onDisk().map((h) => h.key)).toEqual(keys);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(await store.claim("event:T1:next", at(after + 40))).toBe(true);
    const reopened = await reopen(store);
    expect(reopened.handled.map((h) => h.key)).toEqual([...keys, "event:T1:next"]);
  });

  it("is compacted at open to the claims still inside the window", async () => {
    await (await open()).close();
    const live = [
      { key: "event:T1:a", at: minutesAgo(2) },
      { key: "event:T1:b", at: minutesAgo(1) },
    ];
    const stale = { key: "event:T1:old", at: minutesAgo(30) };
    writeFileSync(sidecar, [stale, ...live].map((h) => `${JSON.stringify(h)}\n`).join(""));
    const store = await open();
    expect(store.handled).toEqual(live);
    expect(onDisk()).toEqual(live);
    expect(await store.claim("event:T1:a")).toBe(false);
    // A file already compact is left as it was.
    await store.close();
    const before = fingerprint(sidecar);
    await open();
    expect(fingerprint(sidecar)).toEqual(before);
  });

  it("claims made at once are decided in order, each once, and all reach the disk", async () => {
    const store = await open();
    const keys = Array.from({ length: 60 }, (_, i) => `event:T1:Ev${i % 12}`);
    const fresh = await Promise.all(keys.map((k) => store.claim(k)));
    expect(fresh.filter(Boolean)).toHaveLength(12);
    expect(fresh.slice(0, 12).every(Boolean)).toBe(true);
    expect(new Set(onDisk().map((h) => h.key)).size).toBe(12);
  });

  it("drops a last line without its newline (an append cut short by a crash), and says so", async () => {
    let store = await open();
    expect(await store.claim("event:T1:Ev1")).toBe(true);
    expect(await store.claim("event:T1:Ev2")).toBe(true);
    await store.close();
    const whole = readFileSync(sidecar, "utf8");
    writeFileSync(sidecar, `${whole}{"key":"event:T1:Ev3","at":"2026-1`);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const opened1 = await Store.open({ file, bundled: BUNDLED });
      opened.push(opened1.store);
      store = opened1.store;
      expect(opened1.report.handledTorn).toMatch(
        new RegExp(`^${sidecar.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line 3 has no newline`),
      );
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain(`factdesk: ${sidecar}: line 3`);
    } finally {
      warn.mockRestore();
    }
    expect(store.handled.map((h) => h.key)).toEqual(["event:T1:Ev1", "event:T1:Ev2"]);
    // The fragment is gone from the file, so the next append starts a line of its own.
    expect(readFileSync(sidecar, "utf8")).toBe(whole);
    expect(await store.claim("event:T1:Ev3")).toBe(true);
    expect(await store.claim("event:T1:Ev1")).toBe(false);
    store = await reopen(store);
    expect(store.handled.map((h) => h.key)).toEqual([
      "event:T1:Ev1",
      "event:T1:Ev2",
      "event:T1:Ev3",
    ]);
  });

  it("a whole claim whose newline was cut off is dropped too: it never resolved", async () => {
    await (await open()).close();
    const h = { key: "event:T1:Ev1", at: minutesAgo(1) };
    writeFileSync(sidecar, JSON.stringify(h));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { store, report } = await Store.open({ file, bundled: BUNDLED });
      opened.push(store);
      expect(report.handledTorn).toContain("line 1 has no newline");
      expect(store.handled).toEqual([]);
      expect(readFileSync(sidecar, "utf8")).toBe("");
    } finally {
      warn.mockRestore();
    }
  });

  it("a sidecar in the earlier form (one object) is read, and rewritten as a log at open", async () => {
    await (await open()).close();
    const h = [
      { key: "event:T1:a", at: minutesAgo(2) },
      { key: "event:T1:b", at: minutesAgo(1) },
    ];
    writeFileSync(sidecar, legacy(h));
    const store = await open();
    expect(store.handled).toEqual(h);
    expect(onDisk()).toEqual(h);
    expect(await store.claim("event:T1:b")).toBe(false);
    expect(await store.claim("event:T1:c")).toBe(true);
    expect(onDisk().map((x) => x.key)).toEqual(["event:T1:a", "event:T1:b", "event:T1:c"]);
  });

  it("refuses claims once the store is closed (another process may hold the lock now)", async () => {
    const store = await open();
    await store.close();
    await expect(store.claim("event:T1:late")).rejects.toThrow(/the store is closed/);
    expect(existsSync(sidecar)).toBe(false);
  });
});

describe("a bad sidecar stops start-up, naming it, and nothing is written", () => {
  const good = '{"key":"event:T1:Ev1","at":"2026-11-30T10:00:00.000Z"}\n';
  const bad: [string, string, RegExp][] = [
    ["an empty line", "\n", /: line 1: not valid JSON \(an empty line\)/],
    [
      "a bad line in the middle",
      `${good}{"key":"event:T1:Ev2","at":"2026-11-\n${good}`,
      /: line 2: not valid JSON/,
    ],
    ["a bad last line with its newline", `${good}{"key"\n`, /: line 2: not valid JSON/],
    ["not a claim", `${good}[]\n`, /: line 2: invalid at \(top level\)/],
    [
      "a claim without a time",
      '{"key":"event:T1:Ev1","at":"yesterday"}\n',
      /: line 1: invalid at at/,
    ],
    [
      "a claim with more in it",
      '{"key":"event:T1:Ev1","at":"2026-11-30T10:00:00.000Z","x":1}\n',
      /: line 1: invalid/,
    ],
    [
      "the earlier form, with a claim without a time",
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
    writeFileSync(sidecar, "{\n{}\n");
    for (const argv of [["swap", "may-24"], ["start"]]) {
      const r = await runCli(argv, { env: { FACTDESK_DB: file } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`factdesk: ${sidecar}: line 1: not valid JSON`);
    }
  });

  it("with an old store to migrate, the store file is left as it was", async () => {
    const old = { ...bundledData(), handled: [{ key: "event:T1:Ev1", at: minutesAgo(1) }] };
    const text = JSON.stringify(old);
    writeFileSync(file, text);
    writeFileSync(sidecar, "{\n");
    await expect(Store.open({ file, bundled: BUNDLED })).rejects.toThrow(sidecar);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(readFileSync(sidecar, "utf8")).toBe("{\n");
  });

  it("a bad store file is still reported first, and neither file is touched", async () => {
    writeFileSync(file, "{");
    writeFileSync(sidecar, "{\n");
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
    // The next claim appends; what has aged out of the window goes at the next compaction.
    expect(await store.claim("event:T1:Ev2")).toBe(true);
    expect(onDisk().map((h) => h.key)).toEqual([recent.key, aged.key, "event:T1:Ev2"]);
    expect(store.handled.map((h) => h.key)).toEqual([recent.key, aged.key, "event:T1:Ev2"]);
    const store2 = await reopen(store);
    expect(store2.handled.map((h) => h.key)).toEqual([recent.key, "event:T1:Ev2"]);
    expect(onDisk().map((h) => h.key)).toEqual([recent.key, "event:T1:Ev2"]);
  });

  it("a crash between the sidecar's write and the store's leaves both, and the next open merges them", async () => {
    const other = { key: "event:T1:Ev9", at: minutesAgo(1) };
    writeFileSync(file, JSON.stringify({ ...bundledData(), handled: [recent, aged] }));
    writeFileSync(sidecar, legacy([recent, other]));
    const { store, report } = await Store.open({ file, bundled: BUNDLED });
    opened.push(store);
    expect(report.handledMoved).toBe(1);
    expect(onDisk()).toEqual([recent, other, aged]);
    expect(store.handled).toEqual([recent, other, aged]);
    expect("handled" in JSON.parse(readFileSync(file, "utf8"))).toBe(false);
    // Reopened: the same claims, less the one past the window (dropped by the compaction at
    // open, as a replay of it could no longer be signed).
    const store2 = await reopen(store);
    expect(store2.handled).toEqual([recent, other]);
    expect(onDisk()).toEqual([recent, other]);
  });

  it("a store without claims is opened without writing either file", async () => {
    await (await open()).close();
    const before = fingerprint(file);
    await open();
    expect(fingerprint(file)).toEqual(before);
    expect(existsSync(sidecar)).toBe(false);
  });
});
