// Finding 1 of issue 13, as the newsroom runs it: `factdesk start` as its own process over HTTP,
// against a fake Slack on loopback. A correctly signed `payload=null` used to end the process
// with exit code 1; now it is answered 400 and the bot answers the next command. And the
// process-level handlers log an unhandled rejection and an uncaught exception and keep serving.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { type Sink, startSink } from "../../bench/slack-load.ts";
import { commandBody, SECRET, send } from "../slack/harness.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
let dir: string;
let slack: Sink;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-process-"));
  slack = await startSink((p) =>
    p === "/api/auth.test"
      ? {
          status: 200,
          body: JSON.stringify({ ok: true, user_id: "U0BOT", bot_id: "B0BOT", team: "Newsroom" }),
        }
      : { status: 200, body: p.startsWith("/api/") ? '{"ok":true}' : "ok" },
  );
});
afterAll(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Child {
  proc: ChildProcessWithoutNullStreams;
  out: () => string;
  err: () => string;
  exited: () => number | null | undefined;
}

function run(args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
  });
  let out = "";
  let err = "";
  let code: number | null | undefined;
  proc.stdout.on("data", (c) => {
    out += c;
  });
  proc.stderr.on("data", (c) => {
    err += c;
  });
  proc.on("exit", (c) => {
    code = c;
  });
  return { proc, out: () => out, err: () => err, exited: () => code };
}

async function stop(child: Child): Promise<number | null> {
  if (child.exited() !== undefined) return child.exited() ?? null;
  const exit = new Promise<number | null>((r) => child.proc.once("exit", r));
  child.proc.kill("SIGTERM");
  const timer = setTimeout(() => child.proc.kill("SIGKILL"), 5000);
  const code = await exit;
  clearTimeout(timer);
  return code;
}

it("factdesk start answers a signed payload=null with 400 and keeps serving", async () => {
  const child = run([path.join(ROOT, "bin", "factdesk.js"), "start"], {
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slack.origin}/api/`,
    FACTDESK_DB: path.join(dir, "live.json"),
    PORT: "0",
    LOG_LEVEL: "info",
  });
  try {
    await vi.waitFor(() => expect(child.err()).toMatch(/listening on port \d+/), {
      timeout: 15_000,
      interval: 50,
    });
    const port = /listening on port (\d+)/.exec(child.err())?.[1];
    const url = `http://127.0.0.1:${port}/slack/events`;
    for (const body of ["payload=null", "null"]) {
      const res = await send(url, body, { json: body === "null" });
      expect(res.status).toBe(400);
    }
    const body = commandBody("/totals", "", "/hook/after-null").replace(
      encodeURIComponent("https://hooks.slack.test"),
      encodeURIComponent(slack.origin),
    );
    expect((await send(url, body)).status).toBe(200);
    const reply = await slack.next("/hook/after-null", 10_000);
    expect(JSON.parse(reply.body).text).toBeTruthy();
    expect(child.exited()).toBeUndefined();
    expect(child.err()).toContain("refused a signed request whose body is null: answered 400");
  } finally {
    expect(await stop(child)).toBe(0);
  }
}, 30_000);

it("an unhandled rejection and an uncaught exception are logged and the server keeps serving", async () => {
  const child = run(["--import", "tsx", path.join(import.meta.dirname, "keep-serving-child.ts")]);
  try {
    await vi.waitFor(
      () => {
        expect(child.err()).toContain("boom-rejection");
        expect(child.err()).toContain("boom-exception");
      },
      { timeout: 15_000, interval: 50 },
    );
    expect(child.err()).toContain("unhandled rejection (logged, still serving)");
    expect(child.err()).toContain(
      "uncaught exception from uncaughtException (logged, still serving)",
    );
    const port = /port (\d+)/.exec(child.out())?.[1];
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(await res.text()).toBe("still here");
    expect(child.exited()).toBeUndefined();
  } finally {
    expect(await stop(child)).toBe(0);
  }
}, 30_000);
