// The message shortcut's listener called directly with fakes (see fakes.ts); its
// signed-receiver tests are in ../factcheck.test.ts.
import { describe, expect, it } from "vitest";
import { dayOfTs, factcheckMessage } from "../../../src/slack/listeners/shortcuts/index.ts";
import { boltFakes, call, FACTCHECKED, factcheckingDeps, sentOnce, shown } from "../fakes.ts";
import { CHANNEL } from "../harness.ts";

const onMessage = (text: string, threadTs?: string) => ({
  shortcut: {
    type: "message_action",
    callback_id: "factcheck_message",
    user: { id: "U0SHORT" },
    channel: { id: CHANNEL },
    message: { type: "message", ts: "1716500000.000100", text, thread_ts: threadTs },
  },
});

describe("factcheckMessage", () => {
  it("shows the result to whoever asked alone, in the message's thread, and records the run", async () => {
    const deps = factcheckingDeps();
    const bolt = boltFakes();
    await call(factcheckMessage(deps), bolt, onMessage("307 &amp; 370", "1716400000.000001"));
    expect(bolt.ack).toHaveBeenCalledTimes(1);
    // The message's own day is the draft's date.
    expect(deps.desk.factcheck).toHaveBeenCalledWith("307 & 370", { refDate: "2024-05-23" });
    expect(sentOnce(bolt.client.chat.postEphemeral)).toMatchObject({
      channel: CHANNEL,
      user: "U0SHORT",
      thread_ts: "1716400000.000001",
    });
    expect(deps.desk.recordFactcheck).toHaveBeenCalledWith(FACTCHECKED, "U0SHORT", undefined, {
      sync: "soon",
    });
  });

  it("sends a DM from the app when it cannot post in the channel", async () => {
    const bolt = boltFakes();
    bolt.client.chat.postEphemeral.mockRejectedValueOnce(new Error("channel_not_found"));
    await call(factcheckMessage(factcheckingDeps()), bolt, onMessage("307"));
    expect(sentOnce(bolt.client.chat.postMessage).channel).toBe("U0SHORT");
    expect(bolt.logs.join("\n")).toMatch(/\[WARN\].*ephemeral reply failed, sending a DM/);
  });

  it("gives the usage for a message with no text, and records nothing", async () => {
    const deps = factcheckingDeps();
    const bolt = boltFakes();
    await call(factcheckMessage(deps), bolt, onMessage(""));
    expect(shown(sentOnce(bolt.client.chat.postEphemeral))).toContain("Factdesk help: /factcheck");
    expect(deps.desk.recordFactcheck).not.toHaveBeenCalled();
  });
});

describe("dayOfTs", () => {
  it("reads a message timestamp as its UTC day, and nothing else", () => {
    expect(dayOfTs("1748044800.000100")).toBe("2025-05-24");
    expect(dayOfTs("1748044799.9")).toBe("2025-05-23");
    for (const bad of [undefined, "", "abc", "-5", "0"])
      expect(dayOfTs(bad), String(bad)).toBeNull();
  });
});
