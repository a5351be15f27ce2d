// Finding 2 of issue 13: the same signed request sent again inside the five-minute window,
// without a retry header, was processed again: two problem reports, two recorded fact-check
// runs and replies, two thread answers to one app_mention. Each kind is now applied once, and
// the record of what was handled is kept on disk beside the store (never in it: a claim must
// not rewrite the archive before every ack), so a replay after a restart is refused too.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import { ACTION_IDS, encodeRerun } from "../../src/render/blocks/index.ts";
import { VIEW_IDS } from "../../src/render/blocks/modals.ts";
import { Store } from "../../src/store/store.ts";
import { EDITOR } from "../slack/fakes.ts";
import {
  ASKER,
  actionBody,
  BOT_USER,
  type Captured,
  CHANNEL,
  captureSlack,
  commandBody,
  eventBody,
  HOOKS,
  nextId,
  send,
  startTestApp,
  type TestApp,
  viewBody,
} from "../slack/harness.ts";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-replay-"));
const file = path.join(dir, "live.json");
const seen: Captured[] = [];
let desk: OpenedDesk;
let app: TestApp;

async function start(): Promise<void> {
  desk = await openDesk({ file });
  app = await startTestApp(desk, { isEditor: async (u) => u === EDITOR });
}

/** What a restart does: the app and the store closed, then opened again from the file. */
async function restart(): Promise<void> {
  await app.stop();
  await desk.close();
  await start();
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
  captureSlack(seen);
  await start();
});
afterAll(async () => {
  await app?.stop();
  await desk?.close();
  nock.cleanAll();
  nock.enableNetConnect();
  rmSync(dir, { recursive: true, force: true });
});

const posts = (p: string) => seen.filter((c) => c.path === p).length;
/** Time for a second delivery to have done whatever it would do. */
const settle = () => new Promise((r) => setTimeout(r, 150));
let duplicatesApplied = 0;
let replaysSent = 0;

/** Sends `body` (signed once, at one timestamp) `times` times, as a replay would. */
async function replay(body: string, times: number, json = false): Promise<number[]> {
  const ts = Math.floor(Date.now() / 1000);
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await send(app.url, body, { ts, json })).status);
  replaysSent += times - 1;
  return statuses;
}

describe("a signed request replayed inside the window is applied once", () => {
  it("a problem report", async () => {
    const hook = `/replay/report/${nextId()}`;
    const body = viewBody({
      callbackId: VIEW_IDS.report,
      privateMetadata: JSON.stringify({ a: "/swap may 24", r: `${HOOKS}${hook}` }),
      user: ASKER,
      values: { note: "307 looks low" },
    });
    expect(await replay(body, 3)).toEqual([200, 200, 200]);
    await vi.waitFor(() => expect(posts(hook)).toBe(1));
    await settle();
    duplicatesApplied += desk.store.data.reports.length - 1 + posts(hook) - 1;
    expect(desk.store.data.reports).toHaveLength(1);
    expect(posts(hook)).toBe(1);
  });

  it("a /factcheck: one reply, one recorded run", async () => {
    const hook = `/replay/factcheck/${nextId()}`;
    const body = commandBody("/factcheck", "390 prisoners were freed on May 24", hook);
    await replay(body, 3);
    await vi.waitFor(() => expect(posts(hook)).toBe(1));
    await settle();
    duplicatesApplied += desk.store.data.factchecks.length - 1 + posts(hook) - 1;
    expect(desk.store.data.factchecks).toHaveLength(1);
    expect(posts(hook)).toBe(1);
  });

  it("an app_mention with one event_id: one thread answer", async () => {
    const before = posts("/api/chat.postMessage");
    const body = eventBody({
      type: "app_mention",
      user: ASKER,
      channel: CHANNEL,
      ts: "1716500000.000100",
      text: `<@${BOT_USER}> may 24`,
    });
    await replay(body, 3, true);
    await vi.waitFor(() => expect(posts("/api/chat.postMessage")).toBe(before + 1));
    await settle();
    duplicatesApplied += posts("/api/chat.postMessage") - before - 1;
    expect(posts("/api/chat.postMessage")).toBe(before + 1);
  });

  it("a request's claim is written beside the store, not into it", async () => {
    const stat = () => {
      const s = statSync(file);
      return [s.ino, s.mtimeMs, s.size];
    };
    const before = stat();
    const event = nextId();
    const body = eventBody({
      type: "app_mention",
      user: ASKER,
      channel: CHANNEL,
      ts: `1716500000.${String(event).padStart(6, "0")}`,
      text: `<@${BOT_USER}> totals`,
    });
    const posted = posts("/api/chat.postMessage");
    await replay(body, 2, true);
    await vi.waitFor(() => expect(posts("/api/chat.postMessage")).toBe(posted + 1));
    await settle();
    duplicatesApplied += posts("/api/chat.postMessage") - posted - 1;
    const id = (JSON.parse(body) as { event_id: string }).event_id;
    const store = desk.store;
    if (!(store instanceof Store)) throw new Error("this test reads the file store's claims");
    expect(store.handled.some((h) => h.key.endsWith(`:${id}`))).toBe(true);
    expect(stat()).toEqual(before);
  });

  it("a button click: one share", async () => {
    const hook = `/replay/share/${nextId()}`;
    const body = actionBody({
      actionId: ACTION_IDS.share,
      value: encodeRerun({ c: "totals" }),
      responsePath: hook,
    });
    await replay(body, 2);
    await vi.waitFor(() => expect(posts(hook)).toBe(1));
    await settle();
    duplicatesApplied += posts(hook) - 1;
    expect(posts(hook)).toBe(1);
  });

  it("a modal resubmitted after a validation error is a new request, not a replay", async () => {
    const hook = `/replay/resubmit/${nextId()}`;
    const meta = JSON.stringify({ a: "/totals", r: `${HOOKS}${hook}` });
    const view = (note: string) =>
      viewBody({
        callbackId: VIEW_IDS.report,
        privateMetadata: meta,
        user: EDITOR,
        values: { note },
      });
    const id = /"id":"(V\d+)"/.exec(decodeURIComponent(view("x")))?.[1] ?? "";
    const same = (note: string) => view(note).replace(/"id":"V\d+"/, `"id":"${id}"`);
    const before = desk.store.data.reports.length;
    const now = Math.floor(Date.now() / 1000);
    await send(app.url, same("  "), { ts: now - 1 });
    await send(app.url, same("it is 307"), { ts: now });
    await vi.waitFor(() => expect(posts(hook)).toBe(1));
    expect(desk.store.data.reports.length).toBe(before + 1);
  });

  it("is remembered across a restart: the replay after it changes nothing", async () => {
    const hook = `/replay/restart/${nextId()}`;
    const body = viewBody({
      callbackId: VIEW_IDS.report,
      privateMetadata: JSON.stringify({ a: "/totals", r: `${HOOKS}${hook}` }),
      user: ASKER,
      values: { note: "before the restart" },
    });
    const ts = Math.floor(Date.now() / 1000);
    await send(app.url, body, { ts });
    await vi.waitFor(() => expect(posts(hook)).toBe(1));
    const reports = desk.store.data.reports.length;
    await restart();
    expect((await send(app.url, body, { ts })).status).toBe(200);
    replaysSent++;
    await settle();
    duplicatesApplied += desk.store.data.reports.length - reports + posts(hook) - 1;
    expect(desk.store.data.reports.length).toBe(reports);
    expect(posts(hook)).toBe(1);
    expect(app.logs.join("\n")).toMatch(/ignored a replay of view:T0TEAM:V\d+:\d+/);
  });

  it("the replay run's figure", () => {
    console.log(`replay run: replays sent ${replaysSent}, duplicates applied ${duplicatesApplied}`);
    expect(duplicatesApplied).toBe(0);
  });
});
