// Finding 3 of issue 13: a follow-up posted to any https host named in a modal's
// private_metadata, and respond() followed an http:// response_url from a button payload. Both
// needed a valid signature, but the bot should only ever post to Slack. And when the post to
// response_url failed with a network error, the ephemeral fallback was skipped, so the user
// never learned the report was saved.
import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ACTION_IDS, encodeRerun } from "../../src/render/blocks/index.ts";
import { VIEW_IDS } from "../../src/render/blocks/modals.ts";
import { slackHooks } from "../../src/slack/outbound.ts";
import { fakeDesk } from "../slack/fixtures.ts";
import {
  API,
  API_ORIGIN,
  ASKER,
  actionBody,
  CHANNEL,
  commandBody,
  HOOKS,
  nextId,
  send,
  useTestApp,
  viewBody,
} from "../slack/harness.ts";

const app = useTestApp(fakeDesk());

/** Every post that reached a host that is not Slack. */
const elsewhere: string[] = [];
function interceptElsewhere(): void {
  for (const origin of ["https://evil.example", "http://hooks.slack.test", "http://127.0.0.2:9"])
    nock(origin)
      .persist()
      .post(/.*/)
      .reply(200, (p) => {
        elsewhere.push(`${origin}${p}`);
        return "ok";
      });
}
afterEach(() => {
  elsewhere.length = 0;
});

const settle = () => new Promise((r) => setTimeout(r, 150));

describe("which URLs count as Slack's", () => {
  it.each([
    ["https://hooks.slack.com/actions/T1/2/x", null, true],
    ["http://hooks.slack.com/actions/T1/2/x", null, false],
    ["https://hooks.slack.com.evil.example/x", null, false],
    ["https://user:pw@hooks.slack.com/x", null, false],
    ["https://evil.example/x", null, false],
    ["https://slack.com/api/chat.postMessage", null, false],
    ["https://hooks.slack.test/x", API, true],
    ["http://hooks.slack.test/x", API, false],
    ["https://slack.test/x", API, true],
    ["http://127.0.0.1:4000/hook", "http://127.0.0.1:4000/api/", true],
    ["http://127.0.0.1:4001/hook", "http://127.0.0.1:4000/api/", false],
    ["not a url", API, false],
  ])("%s with SLACK_API_URL %s: %s", (url, api, ok) => {
    expect(slackHooks(api)(url)).toBe(ok);
  });
});

describe("through the real receiver", () => {
  it("a modal whose metadata names another host answers in the channel instead", async () => {
    app.interceptFirst(interceptElsewhere);
    const body = viewBody({
      callbackId: VIEW_IDS.report,
      privateMetadata: JSON.stringify({
        a: "/totals",
        r: "https://evil.example/steal",
        ch: CHANNEL,
      }),
      user: ASKER,
      values: { note: "a note" },
    });
    expect((await send(app.url, body)).status).toBe(200);
    const ephemeral = await app.posted("/api/chat.postEphemeral");
    expect(ephemeral).toMatchObject({ channel: CHANNEL, user: ASKER });
    await settle();
    expect(elsewhere).toEqual([]);
    expect(app.logs.join("\n")).toContain(
      "follow-up: refused to post to evil.example, which is not a Slack hook",
    );
  });

  it.each([
    ["an http:// response_url on a button", "http://hooks.slack.test"],
    ["a response_url on another host", "https://evil.example"],
  ])("%s is refused and logged; nothing is posted", async (_, origin) => {
    app.interceptFirst(interceptElsewhere);
    const p = `/actions/T0TEAM/${nextId()}/x`;
    const body = actionBody({
      actionId: ACTION_IDS.share,
      value: encodeRerun({ c: "totals" }),
      responsePath: p,
    }).replace(encodeURIComponent(HOOKS), encodeURIComponent(origin));
    expect((await send(app.url, body)).status).toBe(200);
    await settle();
    expect(elsewhere).toEqual([]);
    expect(app.seen).toEqual([]);
    expect(app.logs.join("\n")).toContain(
      `refused a request whose response_url is not a Slack hook (host ${new URL(origin).host})`,
    );
  });

  it("a slash command with a response_url elsewhere is refused too", async () => {
    app.interceptFirst(interceptElsewhere);
    const body = commandBody("/totals", "", "/x").replace(
      encodeURIComponent(HOOKS),
      encodeURIComponent("http://127.0.0.2:9"),
    );
    expect((await send(app.url, body)).status).toBe(200);
    await settle();
    expect(elsewhere).toEqual([]);
  });
});

/** A problem report whose follow-up is to go to the hook at path `p`. */
const reportFollowingUpTo = (p: string) =>
  viewBody({
    callbackId: VIEW_IDS.report,
    privateMetadata: JSON.stringify({ a: "/totals", r: `${HOOKS}${p}`, ch: CHANNEL }),
    user: ASKER,
    values: { note: "a note" },
  });

describe("a follow-up whose response_url cannot be reached", () => {
  it("falls back to an ephemeral post, so the user learns what happened", async () => {
    const p = `/actions/T0TEAM/${nextId()}/down`;
    app.interceptFirst(() => nock(HOOKS).post(p).replyWithError("ECONNRESET"));
    await send(app.url, reportFollowingUpTo(p));
    const ephemeral = await app.posted("/api/chat.postEphemeral");
    expect(ephemeral).toMatchObject({ channel: CHANNEL, user: ASKER });
    expect(app.logs.join("\n")).toContain("follow-up: response_url unreachable");
  });

  it("and to a DM when the ephemeral post fails too", async () => {
    const p = `/actions/T0TEAM/${nextId()}/down`;
    app.interceptFirst(() => {
      nock(HOOKS).post(p).replyWithError("ECONNRESET");
      nock(API_ORIGIN)
        .post("/api/chat.postEphemeral")
        .reply(200, { ok: false, error: "channel_not_found" });
    });
    await send(app.url, reportFollowingUpTo(p));
    const dm = await app.posted("/api/chat.postMessage");
    expect(dm).toMatchObject({ channel: ASKER });
    await vi.waitFor(() => expect(app.logs.join("\n")).toContain("sending a DM"));
  });
});
