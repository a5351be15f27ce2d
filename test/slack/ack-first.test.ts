// A request is never handled before its replay claim is durable (replays.ts); that is what
// keeps a replay, before or after a restart, from being handled twice. When Slack is answered
// is another matter: a slash command, a button or a shortcut (whose handlers ack with nothing,
// first thing) is acked before its claim is written, and handled once the claim is on disk. A
// modal submission, whose handler writes its ack, is still claimed first. Here the claims are
// held back by the test, so each step can be seen in order.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ACTION_IDS, encodeRerun } from "../../src/render/blocks/index.ts";
import { VIEW_IDS } from "../../src/render/blocks/modals.ts";
import { fakeDesk } from "./fixtures.ts";
import {
  ASKER,
  actionBody,
  commandBody,
  HOOKS,
  nextId,
  send,
  useTestApp,
  viewBody,
} from "./harness.ts";

/** Claims that resolve only when the test lets them, as a slow disk would. */
const held: { key: string; release: () => void }[] = [];
const claimed = new Set<string>();
const desk = fakeDesk();
desk.claim = (key) =>
  new Promise<boolean>((resolve) => {
    const fresh = !claimed.has(key);
    claimed.add(key);
    held.push({ key, release: () => resolve(fresh) });
  });
const app = useTestApp(desk);

beforeEach(() => {
  desk.calls.length = 0;
});

const releaseAll = () => {
  for (const h of held.splice(0)) h.release();
};
/** Long enough for a handler that was free to run to have posted its reply. */
const settle = () => new Promise((r) => setTimeout(r, 150));

describe("ack first, handle once the claim is on disk", () => {
  it("a slash command is acked while its claim is still being written, and answered after", async () => {
    const path = `/ack-first/command/${nextId()}`;
    const res = await send(app.url, commandBody("/swap", "may-24", path));
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    // Acked, and its claim asked for, but not yet on disk: nothing handled.
    await vi.waitFor(() => expect(held).toHaveLength(1));
    await settle();
    expect(desk.calls).toEqual([]);
    expect(app.seen.filter((c) => c.path === path)).toEqual([]);
    releaseAll();
    const reply = await app.posted(path);
    expect(reply.response_type).toBe("ephemeral");
    expect(desk.calls).toEqual(["swap:may-24"]);
    // The handler's own ack() came after the early one, and did nothing (no double-ack error).
    expect(app.logs.join("\n")).not.toMatch(/ack|failed/i);
  });

  it("a button is acked first too, and a replay of either is acked and handled never", async () => {
    const path = `/ack-first/share/${nextId()}`;
    const body = actionBody({
      actionId: ACTION_IDS.share,
      value: encodeRerun({ c: "totals" }),
      responsePath: path,
    });
    const ts = Math.floor(Date.now() / 1000);
    expect((await send(app.url, body, { ts })).status).toBe(200);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    releaseAll();
    await app.posted(path);
    // The same signed request again: acked at once, its claim found, no second share.
    expect((await send(app.url, body, { ts })).status).toBe(200);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    releaseAll();
    await settle();
    expect(app.seen.filter((c) => c.path === path)).toHaveLength(1);
    expect(app.logs.join("\n")).toMatch(/ignored a replay of action:T0TEAM:/);
  });

  it("a modal submission is not acked until its claim is on disk: its handler writes the ack", async () => {
    const hook = `/ack-first/report/${nextId()}`;
    const body = viewBody({
      callbackId: VIEW_IDS.report,
      privateMetadata: JSON.stringify({ a: "/swap may 24", r: `${HOOKS}${hook}` }),
      user: ASKER,
      values: { note: "307 looks low" },
    });
    let answered = false;
    const sent = send(app.url, body).then((r) => {
      answered = true;
      return r;
    });
    await vi.waitFor(() => expect(held).toHaveLength(1));
    await settle();
    expect(answered).toBe(false);
    releaseAll();
    expect((await sent).status).toBe(200);
  });
});
