/**
 * Two Factdesk instances in separate processes on one PostgreSQL database, as two deploys (or
 * two desks of one group) would run: an editor's resolution on one shows on the other within a
 * second, the daily digest goes out once, and a SIGKILL of one loses no write it acknowledged.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, sql, type TestDatabase, testPostgres } from "../helpers/postgres.ts";

const server = testPostgres();
const CHILD = path.join(import.meta.dirname, "instance-child.ts");

interface Instance {
  child: ChildProcess;
  ask(command: Record<string, unknown>): Promise<unknown>;
  /** Messages it sent that were not replies (acks, "posting"). */
  events: Record<string, unknown>[];
  exited: Promise<NodeJS.Signals | null>;
}

function start(url: string): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, url], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const waiting = new Map<number, (result: unknown) => void>();
  const events: Record<string, unknown>[] = [];
  let next = 0;
  let buffer = "";
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code) reject(new Error(`instance exited ${code}: ${stderr}`));
    });
    child.stdout?.on("data", (d: Buffer) => {
      buffer += d.toString();
      for (let nl = buffer.indexOf("\n"); nl !== -1; nl = buffer.indexOf("\n")) {
        const message = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
        buffer = buffer.slice(nl + 1);
        if (message.ready) {
          resolve({
            child,
            events,
            exited,
            ask: (command) =>
              new Promise((done) => {
                const n = next++;
                waiting.set(n, done);
                child.stdin?.write(`${JSON.stringify({ ...command, n })}\n`);
              }),
          });
        } else if (typeof message.n === "number") waiting.get(message.n)?.(message.result);
        else events.push(message);
      }
    });
  });
}

describe.skipIf(!server)("two Factdesk processes on one PostgreSQL database", () => {
  let database: TestDatabase;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    database = await createDatabase(server as string, "procs");
    [a, b] = await Promise.all([start(database.url), start(database.url)]);
  }, 60_000);
  afterAll(async () => {
    for (const i of [a, b]) {
      i?.child.stdin?.end();
      i?.child.kill("SIGKILL");
    }
    await Promise.all([a?.exited, b?.exited]);
    await database?.drop();
  });

  it("a resolution made on one shows in the other's answers within a second", async () => {
    const dispute = "date:exchange-2025-05-06";
    expect(await b.ask({ op: "resolution", dispute })).toBeNull();
    const made = Date.now();
    const r = (await a.ask({ op: "resolve", dispute, by: "U_ANNA" })) as { ok: boolean };
    expect(r.ok).toBe(true);
    await vi.waitFor(
      async () =>
        expect(await b.ask({ op: "resolution", dispute })).toMatchObject({ by: "U_ANNA" }),
      { timeout: 1_000, interval: 20 },
    );
    expect(Date.now() - made).toBeLessThan(1_000);
    // The second editor, on the other instance, is told who was first.
    expect(await b.ask({ op: "resolve", dispute, by: "U_BORIS" })).toMatchObject({
      ok: false,
      reason: "already-resolved",
      resolution: { by: "U_ANNA" },
    });
  });

  it("the daily digest goes out once when both instances reach its time together", async () => {
    const outcomes = await Promise.all([
      a.ask({ op: "digest", channel: "C0DIGEST" }),
      b.ask({ op: "digest", channel: "C0DIGEST" }),
    ]);
    expect(outcomes).toContain("posted");
    expect(outcomes.filter((o) => o === "posted")).toHaveLength(1);
    const posting = [...a.events, ...b.events].filter((e) => e.event === "posting");
    expect(posting).toHaveLength(1);
    const rows = await sql(database.url, "SELECT 1 FROM digests WHERE channel = 'C0DIGEST'");
    expect(rows).toHaveLength(1);
    // And again later that day: both find it posted.
    expect(await a.ask({ op: "digest", channel: "C0DIGEST" })).toBe("already-posted");
    expect(await b.ask({ op: "digest", channel: "C0DIGEST" })).toBe("already-posted");
  });

  it("a SIGKILL of one instance mid-write loses no write it acknowledged", async () => {
    for (const round of [0, 1, 2]) {
      const writer = round === 0 ? b : await start(database.url);
      const killAt = 5 + round * 7;
      void writer.ask({ op: "write", prefix: `kill${round}` });
      await vi.waitFor(
        () => expect(writer.events.filter((e) => e.ack).length).toBeGreaterThanOrEqual(killAt),
        { timeout: 10_000, interval: 5 },
      );
      writer.child.kill("SIGKILL");
      expect(await writer.exited).toBe("SIGKILL");
      const acked = writer.events.flatMap((e) => (typeof e.ack === "string" ? [e.ack] : []));
      const stored = new Set(
        (
          await sql<{ by: string }>(
            database.url,
            "SELECT doc->>'by' AS by FROM runs WHERE doc->>'by' LIKE $1",
            [`kill${round}-%`],
          )
        ).map((r) => r.by),
      );
      expect(acked.filter((k) => !stored.has(k))).toEqual([]);
      expect(stored.size).toBeGreaterThanOrEqual(acked.length);
    }
    // The survivor still answers and writes.
    expect(await a.ask({ op: "resolve", dispute: "no-such-dispute", by: "U_ANNA" })).toEqual({
      ok: false,
      reason: "unknown-dispute",
    });
  }, 60_000);
});
