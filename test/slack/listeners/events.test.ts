// Event listeners called directly with fakes (see fakes.ts); the signed-receiver tests of the
// same events are in ../interactions.test.ts.
import { describe, expect, it } from "vitest";
import { appHomeOpened } from "../../../src/slack/listeners/events/app-home-opened.ts";
import { appMention } from "../../../src/slack/listeners/events/app-mention.ts";
import { directMessage } from "../../../src/slack/listeners/events/direct-message.ts";
import { boltFakes, call, EDITOR, fakeDeps, READER, sentOnce, shown } from "../fakes.ts";
import { BOT_USER, CHANNEL } from "../harness.ts";
import { buttonsIn } from "../markup.ts";

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  event: {
    type: "app_mention",
    user: READER,
    channel: CHANNEL,
    ts: "1716500000.000100",
    text,
    ...extra,
  },
});

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  event: {
    type: "message",
    channel_type: "im",
    channel: "D0DM",
    user: READER,
    ts: "1716500000.000400",
    text,
    ...extra,
  },
});

describe("appMention", () => {
  it("answers in the message's thread, asking the desk without the mention", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(appMention(deps), bolt, mention(`<@${BOT_USER}> how many on May 24?`));
    expect(deps.desk.calls[0]).toBe("ask:how many on May 24?");
    const post = sentOnce(bolt.client.chat.postMessage);
    expect(post).toMatchObject({ channel: CHANNEL, thread_ts: "1716500000.000100" });
    expect(shown(post)).toContain("Second wave");
  });

  it("answers in the existing thread when the mention is in one", async () => {
    const bolt = boltFakes();
    await call(
      appMention(fakeDeps()),
      bolt,
      mention(`<@${BOT_USER}> may 24`, { thread_ts: "1716500000.000001" }),
    );
    expect(sentOnce(bolt.client.chat.postMessage).thread_ts).toBe("1716500000.000001");
  });

  it("never shows an editor's buttons in a channel thread everyone reads", async () => {
    const bolt = boltFakes();
    await call(appMention(fakeDeps()), bolt, mention(`<@${BOT_USER}> may 24`, { user: EDITOR }));
    const post = sentOnce(bolt.client.chat.postMessage);
    expect(buttonsIn(post.blocks).some((b) => b.action_id.startsWith("dispute_"))).toBe(false);
  });

  it("leaves a mention in a DM to the message listener, so it is answered once", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(appMention(deps), bolt, mention(`<@${BOT_USER}> may 24`, { channel: "D0DM" }));
    expect(bolt.client.chat.postMessage).not.toHaveBeenCalled();
    expect(deps.desk.calls).toEqual([]);
  });
});

describe("directMessage", () => {
  it("answers a DM in its thread, with no Share button", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(directMessage(deps), bolt, dm("disputes please"));
    expect(deps.desk.calls).toEqual(["ask:disputes please"]);
    const post = sentOnce(bolt.client.chat.postMessage);
    expect(post).toMatchObject({ channel: "D0DM", thread_ts: "1716500000.000400" });
    expect(buttonsIn(post.blocks).map((b) => b.action_id)).not.toContain("share_answer");
  });

  it("shows an editor their buttons in a DM, which only they read", async () => {
    const bolt = boltFakes();
    await call(directMessage(fakeDeps()), bolt, dm("may 24", { user: EDITOR }));
    const post = sentOnce(bolt.client.chat.postMessage);
    expect(buttonsIn(post.blocks).some((b) => b.action_id.startsWith("dispute_"))).toBe(true);
  });

  it.each([
    ["an edit", { subtype: "message_changed" }],
    ["a bot's post", { bot_id: "B0BOT" }],
    ["a channel message", { channel_type: "channel", channel: CHANNEL }],
  ])("ignores %s", async (_, extra) => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(directMessage(deps), bolt, dm("may 24", extra));
    expect(bolt.client.chat.postMessage).not.toHaveBeenCalled();
    expect(deps.desk.calls).toEqual([]);
  });
});

describe("appHomeOpened", () => {
  const opened = (tab = "home") => ({
    event: { type: "app_home_opened", user: READER, channel: "D0HOME", tab },
  });

  it("publishes the Home tab for whoever opened it, with the last digest", async () => {
    const bolt = boltFakes();
    const deps = fakeDeps({ lastDigest: () => ({ day: "2025-05-26", channel: "C0DIGEST" }) });
    await call(appHomeOpened(deps), bolt, opened());
    const published = sentOnce(bolt.client.views.publish);
    expect(published.user_id).toBe(READER);
    expect(published.view?.type).toBe("home");
    expect(shown(published)).toContain("May 26, 2025 in <#C0DIGEST>");
  });

  it("publishes nothing when the Messages tab is opened", async () => {
    const bolt = boltFakes();
    await call(appHomeOpened(fakeDeps()), bolt, opened("messages"));
    expect(bolt.client.views.publish).not.toHaveBeenCalled();
  });

  it("logs a publish Slack refuses, and does not throw", async () => {
    const bolt = boltFakes();
    bolt.client.views.publish.mockRejectedValueOnce(new Error("invalid_blocks"));
    await call(appHomeOpened(fakeDeps()), bolt, opened());
    expect(bolt.logs.join("\n")).toMatch(/app_home_opened: could not publish the Home tab/);
  });
});
