// Buttons, mentions, DMs and the Home tab through the real Bolt HTTP receiver, Web API on nock.
import { beforeEach, describe, expect, it } from "vitest";
import { checkLimits, encodeRerun } from "../../src/render/blocks/index.ts";
import { fakeDesk } from "./fixtures.ts";
import {
  ASKER,
  actionBody,
  BOT_USER,
  type Captured,
  CHANNEL,
  eventBody,
  nextId,
  send,
  useTestApp,
} from "./harness.ts";
import { buttonsIn, liveMarkup, textsOf } from "./markup.ts";

const desk = fakeDesk({ disputes: 25 });
const app = useTestApp(desk, {
  lastDigest: () => ({ day: "2025-05-26", channel: "C0DIGEST" }),
});
const { posted, seen } = app;

beforeEach(() => {
  desk.calls.length = 0;
});

function expectSafe(body: Captured["body"], users: string[] = []) {
  expect(checkLimits(body.blocks ?? [], { text: body.text })).toEqual([]);
  expect(liveMarkup(textsOf(body.blocks ?? [], body.text), users)).toEqual([]);
}

describe("Share in channel", () => {
  it("re-runs the answer and posts it in the channel, attributed to whoever shared it", async () => {
    const path = `/actions/T0TEAM/${nextId()}/secret`;
    const body = actionBody({
      actionId: "share_answer",
      value: encodeRerun({ c: "swap", a: "exchange-2025-05-24" }),
      responsePath: path,
    });
    const res = await send(app.url, body);
    expect(res.status).toBe(200);
    const reply = await posted(path);
    expect(desk.calls).toEqual(["swap:exchange-2025-05-24"]);
    expect(reply).toMatchObject({ response_type: "in_channel", replace_original: false });
    const text = textsOf(reply.blocks ?? []).join("\n");
    expect(text).toContain("Shared by <@U0SHARER>");
    expect(text).toContain("Second wave");
    expect(JSON.stringify(reply.blocks)).not.toContain("share_answer");
    expectSafe(reply, ["U0SHARER"]);
  });

  it("from an answer already in a thread, posts to the channel with chat.postMessage", async () => {
    const path = `/actions/T0TEAM/${nextId()}/secret`;
    await send(
      app.url,
      actionBody({
        actionId: "share_answer",
        value: encodeRerun({ c: "totals" }),
        responsePath: path,
        ephemeral: false,
      }),
    );
    const reply = await posted("/api/chat.postMessage");
    expect(reply.channel).toBe(CHANNEL);
    expect(reply.thread_ts).toBeUndefined();
    expect(textsOf(reply.blocks ?? []).join("\n")).toContain("Shared by <@U0SHARER>");
    expect(seen.some((c) => c.path === path)).toBe(false);
  });

  it("a button value this app did not write gets a polite note, not an error", async () => {
    const path = `/actions/T0TEAM/${nextId()}/secret`;
    await send(
      app.url,
      actionBody({ actionId: "share_answer", value: "{not json", responsePath: path }),
    );
    const reply = await posted(path);
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toContain("older version of this reply");
    expect(desk.calls).toEqual([]);
  });
});

describe("Show the rest", () => {
  it("pages through a long answer, ephemerally", async () => {
    const first = `/commands/T0TEAM/${nextId()}/secret`;
    const params = new URLSearchParams({
      command: "/disputes",
      text: "",
      channel_id: CHANNEL,
      user_id: ASKER,
      team_id: "T0TEAM",
      response_url: `https://hooks.slack.test${first}`,
      trigger_id: "1.t",
      api_app_id: "A0APP",
    });
    await send(app.url, params.toString());
    const page1 = await posted(first);
    const more = buttonsIn(page1.blocks).find((b) => b.action_id === "more_answer");
    expect(more).toBeDefined();
    const second = `/actions/T0TEAM/${nextId()}/secret`;
    await send(
      app.url,
      actionBody({ actionId: "more_answer", value: more?.value ?? "", responsePath: second }),
    );
    const page2 = await posted(second);
    expect(page2).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const numbers = (b: Captured["body"]) =>
      [
        ...textsOf(b.blocks ?? [])
          .join("\n")
          .matchAll(/Dispute number (\d+)/g),
      ].map((m) => m[1]);
    expect(numbers(page2)[0]).toBe(String(numbers(page1).length + 1));
    expectSafe(page2);
  });
});

describe("events", () => {
  it("answers an @mention in its thread, without the mention in the question", async () => {
    const res = await send(
      app.url,
      eventBody({
        type: "app_mention",
        user: ASKER,
        channel: CHANNEL,
        ts: "1716500000.000100",
        text: `<@${BOT_USER}> how many prisoners were freed on May 24?`,
      }),
      { json: true },
    );
    expect(res.status).toBe(200);
    const reply = await posted("/api/chat.postMessage");
    expect(desk.calls[0]).toBe("ask:how many prisoners were freed on May 24?");
    expect(reply).toMatchObject({ channel: CHANNEL, thread_ts: "1716500000.000100" });
    expect(textsOf(reply.blocks ?? []).join("\n")).toContain("Second wave");
    expectSafe(reply);
  });

  it("answers a question it cannot map with what it can answer, in the thread", async () => {
    await send(
      app.url,
      eventBody({
        type: "app_mention",
        user: ASKER,
        channel: CHANNEL,
        ts: "1716500000.000300",
        thread_ts: "1716500000.000001",
        text: `<@${BOT_USER}> <!channel> what's the weather &amp; stuff`,
      }),
      { json: true },
    );
    const reply = await posted("/api/chat.postMessage");
    expect(reply.thread_ts).toBe("1716500000.000001");
    const text = textsOf(reply.blocks ?? []).join("\n");
    expect(text).toContain("How to ask");
    expect(text).toContain("&lt;!channel&gt; what's the weather &amp; stuff");
    expectSafe(reply);
  });

  it("answers a DM in a thread, and ignores the bot's own messages", async () => {
    await send(
      app.url,
      eventBody({
        type: "message",
        channel_type: "im",
        channel: "D0DM",
        user: ASKER,
        ts: "1716500000.000400",
        text: "disputes please",
      }),
      { json: true },
    );
    const reply = await posted("/api/chat.postMessage");
    expect(reply).toMatchObject({ channel: "D0DM", thread_ts: "1716500000.000400" });
    expect(JSON.stringify(reply.blocks)).not.toContain("share_answer");

    seen.length = 0;
    await send(
      app.url,
      eventBody({
        type: "message",
        channel_type: "im",
        channel: "D0DM",
        user: BOT_USER,
        bot_id: "B0BOT",
        ts: "1716500000.000500",
        text: "an answer the bot posted",
      }),
      { json: true },
    );
    await send(
      app.url,
      eventBody({
        type: "message",
        subtype: "message_changed",
        channel_type: "im",
        channel: "D0DM",
        ts: "1716500000.000600",
        message: { text: "edited" },
      }),
      { json: true },
    );
    // A later mention proves the two messages above were processed and posted nothing.
    await send(
      app.url,
      eventBody({
        type: "app_mention",
        user: ASKER,
        channel: CHANNEL,
        ts: "1.7",
        text: `<@${BOT_USER}> may 24`,
      }),
      { json: true },
    );
    await posted("/api/chat.postMessage");
    expect(seen.filter((c) => c.path === "/api/chat.postMessage")).toHaveLength(1);
  });

  it("publishes the Home tab with the store at a glance", async () => {
    await send(
      app.url,
      eventBody({ type: "app_home_opened", user: ASKER, channel: "D0HOME", tab: "home" }),
      { json: true },
    );
    const call = await posted("/api/views.publish");
    expect(call.user_id).toBe(ASKER);
    const view = call.view as { type: string; blocks: Parameters<typeof checkLimits>[0] };
    expect(view.type).toBe("home");
    const text = textsOf(view.blocks).join("\n");
    expect(text).toContain("*Open disputes*\n25 of 25");
    expect(text).toContain("May 26, 2025 in <#C0DIGEST>");
    expect(checkLimits(view.blocks, { surface: "home" })).toEqual([]);
    expect(liveMarkup(textsOf(view.blocks))).toEqual([]);
    expect(desk.calls.sort()).toEqual(["disputes", "sources", "totals"]);
  });
});
