// Slash-command listeners called directly with fakes (see fakes.ts); the signed-receiver tests
// of the same commands are in ../commands.test.ts and ../factcheck.test.ts.
import { describe, expect, it } from "vitest";
import { decodeRerun } from "../../../src/render/blocks/index.ts";
import { answerCommand } from "../../../src/slack/listeners/commands/answer-command.ts";
import { digestCommand } from "../../../src/slack/listeners/commands/digest.ts";
import { factcheckCommand } from "../../../src/slack/listeners/commands/factcheck.ts";
import { reviewCommand } from "../../../src/slack/listeners/commands/review.ts";
import { NO_STORE, NOT_EDITOR_REVIEW } from "../../../src/slack/notices.ts";
import { SORRY } from "../../../src/slack/reply.ts";
import {
  boltFakes,
  call,
  EDITOR,
  FACTCHECKED,
  factcheckingDeps,
  fakeDeps,
  fakeNewsroom,
  READER,
  sentOnce,
  shown,
  slashCommand,
} from "../fakes.ts";
import { buttonsIn } from "../markup.ts";

const swap = (deps = fakeDeps()) => answerCommand("/swap", (desk, text) => desk.swap(text), deps);

describe("answerCommand (/swap, /totals, /disputes, /sources)", () => {
  it("acks once, then answers ephemerally from the desk with a Share button", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(swap(deps), bolt, slashCommand("/swap", "may-24"));
    expect(bolt.ack).toHaveBeenCalledTimes(1);
    expect(deps.desk.calls).toEqual(["swap:may-24"]);
    const reply = sentOnce(bolt.respond);
    expect(reply.response_type).toBe("ephemeral");
    expect(shown(reply)).toContain("Second wave");
    const share = buttonsIn(reply.blocks).find((b) => b.action_id === "share_answer");
    expect(decodeRerun(share?.value)).toEqual({ c: "swap", a: "exchange-2025-05-24" });
  });

  it("undoes Slack's escapes before asking the desk, and answers `help` with the help", async () => {
    const deps = fakeDeps();
    await call(swap(deps), boltFakes(), slashCommand("/swap", "  may 24 &amp; more "));
    await call(swap(deps), boltFakes(), slashCommand("/swap", " HELP "));
    expect(deps.desk.calls).toEqual(["swap:may 24 & more", "help:swap"]);
  });

  it("has no Share button in a DM, where there is no channel to share to", async () => {
    const bolt = boltFakes();
    await call(swap(), bolt, slashCommand("/swap", "may-24", { channel: "D0DM" }));
    expect(buttonsIn(sentOnce(bolt.respond).blocks).map((b) => b.action_id)).not.toContain(
      "share_answer",
    );
  });

  it("shows the dispute buttons to an editor, and only on a desk that can record them", async () => {
    const disputeButtons = async (user: string, deps = fakeDeps()) => {
      const bolt = boltFakes();
      await call(swap(deps), bolt, slashCommand("/swap", "may-24", { user }));
      return buttonsIn(sentOnce(bolt.respond).blocks).filter((b) =>
        b.action_id.startsWith("dispute_"),
      );
    };
    expect((await disputeButtons(EDITOR)).length).toBeGreaterThan(0);
    expect(await disputeButtons(READER)).toEqual([]);
    expect(await disputeButtons(EDITOR, fakeDeps({ newsroom: undefined }))).toEqual([]);
  });

  it("turns a failure in the desk into an apology, and logs it", async () => {
    const bolt = boltFakes();
    await call(swap(), bolt, slashCommand("/swap", "explode"));
    expect(sentOnce(bolt.respond).text).toBe(SORRY);
    expect(bolt.logs.join("\n")).toMatch(/\[ERROR\].*\/swap: could not build the answer/);
  });
});

describe("factcheckCommand", () => {
  it("every desk fact-checks: the fake desk's check gets the draft and its run is recorded", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(factcheckCommand(deps), bolt, slashCommand("/factcheck", "&lt;!here&gt; 370"));
    expect(bolt.ack).toHaveBeenCalledTimes(1);
    expect(deps.desk.calls).toEqual(["factcheck:<!here> 370", "record:U0READER"]);
    expect(bolt.respond).toHaveBeenCalledTimes(1);
  });

  it("checks the draft as typed, answers, then records the run for whoever asked", async () => {
    const deps = factcheckingDeps();
    const bolt = boltFakes();
    await call(
      factcheckCommand(deps),
      bolt,
      slashCommand("/factcheck", "307 &lt;b&gt;", { user: "U0WRITER" }),
    );
    // No draft date: a day without a year is read against the archive, not today.
    expect(deps.desk.factcheck).toHaveBeenCalledWith("307 <b>", {});
    expect(sentOnce(bolt.respond).response_type).toBe("ephemeral");
    expect(deps.desk.recordFactcheck).toHaveBeenCalledWith(FACTCHECKED, "U0WRITER", undefined, {
      sync: "soon",
    });
  });

  it("still answers when the record fails, and logs the failure", async () => {
    const deps = factcheckingDeps(async () => {
      throw new Error("disk full");
    });
    const bolt = boltFakes();
    await call(factcheckCommand(deps), bolt, slashCommand("/factcheck", "307"));
    expect(bolt.respond).toHaveBeenCalledTimes(1);
    expect(bolt.logs.join("\n")).toMatch(/\[ERROR\].*could not record the run/);
  });

  it("gives the usage for an empty draft, and records nothing", async () => {
    const deps = factcheckingDeps();
    const bolt = boltFakes();
    await call(factcheckCommand(deps), bolt, slashCommand("/factcheck", "   "));
    expect(shown(sentOnce(bolt.respond))).toContain("Factdesk help: /factcheck");
    expect(deps.desk.factcheck).not.toHaveBeenCalled();
    expect(deps.desk.recordFactcheck).not.toHaveBeenCalled();
  });
});

describe("reviewCommand", () => {
  it("shows an editor the queue", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(
      reviewCommand(fakeDeps({ newsroom })),
      bolt,
      slashCommand("/review", "", { user: EDITOR }),
    );
    expect(newsroom.review).toHaveBeenCalled();
    expect(shown(sentOnce(bolt.respond))).toContain("*2 facts* to review");
  });

  it("tells anyone else it is for editors, without reading the queue", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(reviewCommand(fakeDeps({ newsroom })), bolt, slashCommand("/review", ""));
    expect(sentOnce(bolt.respond).text).toBe(NOT_EDITOR_REVIEW);
    expect(newsroom.review).not.toHaveBeenCalled();
  });

  it("refuses when Slack cannot say who is an editor", async () => {
    const isEditor = async () => {
      throw new Error("missing_scope");
    };
    const bolt = boltFakes();
    await call(
      reviewCommand(fakeDeps({ isEditor })),
      bolt,
      slashCommand("/review", "", { user: EDITOR }),
    );
    expect(sentOnce(bolt.respond).text).toBe(NOT_EDITOR_REVIEW);
  });

  it("says there is no store to review on a desk without one", async () => {
    const bolt = boltFakes();
    await call(
      reviewCommand(fakeDeps({ newsroom: undefined })),
      bolt,
      slashCommand("/review", "", { user: EDITOR }),
    );
    expect(sentOnce(bolt.respond).text).toBe(NO_STORE);
  });
});

describe("digestCommand", () => {
  it("shows today's digest for the digest's channel, with buttons for editors only", async () => {
    const newsroom = fakeNewsroom();
    const deps = fakeDeps({ newsroom, digestChannel: "C0DIGEST" });
    const reader = boltFakes();
    await call(digestCommand(deps), reader, slashCommand("/digest", ""));
    expect(newsroom.digest).toHaveBeenCalledWith("C0DIGEST");
    const reply = sentOnce(reader.respond);
    expect(reply.response_type).toBe("ephemeral");
    expect(shown(reply)).toContain("Factdesk digest, May 27, 2025");
    expect(buttonsIn(reply.blocks).some((b) => b.action_id.startsWith("dispute_"))).toBe(false);

    const editor = boltFakes();
    await call(digestCommand(deps), editor, slashCommand("/digest", "", { user: EDITOR }));
    expect(
      buttonsIn(sentOnce(editor.respond).blocks).some((b) => b.action_id.startsWith("dispute_")),
    ).toBe(true);
  });

  it("says there is no store on a desk without one", async () => {
    const bolt = boltFakes();
    await call(digestCommand(fakeDeps({ newsroom: undefined })), bolt, slashCommand("/digest", ""));
    expect(sentOnce(bolt.respond).text).toBe(NO_STORE);
  });
});
