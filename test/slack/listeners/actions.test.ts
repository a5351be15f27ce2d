// Button listeners called directly with fakes (see fakes.ts); the signed-receiver tests of the
// same buttons are in ../interactions.test.ts and ../editorial.test.ts.
import { describe, expect, it, vi } from "vitest";
import { encodeChoice } from "../../../src/render/blocks/dispute-actions.ts";
import { encodeRerun } from "../../../src/render/blocks/index.ts";
import { moreAnswer } from "../../../src/slack/listeners/actions/more-answer.ts";
import { MODAL_FAILED } from "../../../src/slack/listeners/actions/open-modal.ts";
import { reportProblem } from "../../../src/slack/listeners/actions/report-problem.ts";
import { correctFact, decideFact } from "../../../src/slack/listeners/actions/review-fact.ts";
import { settleDispute } from "../../../src/slack/listeners/actions/settle-dispute.ts";
import { STALE_BUTTON, shareAnswer } from "../../../src/slack/listeners/actions/share-answer.ts";
import {
  FACT_GONE,
  NO_STORE,
  NOT_A_NUMBER,
  NOT_EDITOR_DISPUTE,
  NOT_EDITOR_REVIEW,
  NOT_SAVED,
} from "../../../src/slack/notices.ts";
import {
  boltFakes,
  buttonClick,
  call,
  EDITOR,
  fakeDeps,
  fakeNewsroom,
  newsroomFailingOn,
  READER,
  sentOnce,
  shown,
} from "../fakes.ts";
import { DISPUTE, REVIEW_ITEM } from "../fixtures.ts";
import { CHANNEL } from "../harness.ts";
import { buttonsIn } from "../markup.ts";

const SWAP_VALUE = encodeRerun({ c: "swap", a: "exchange-2025-05-24" });

describe("shareAnswer", () => {
  it("re-runs the answer and posts it in the channel through response_url, attributed", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(shareAnswer(deps), bolt, buttonClick(SWAP_VALUE, { user: "U0SHARER" }));
    expect(bolt.ack).toHaveBeenCalledTimes(1);
    expect(deps.desk.calls).toEqual(["swap:exchange-2025-05-24"]);
    const reply = sentOnce(bolt.respond);
    expect(reply).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(shown(reply)).toContain("Shared by <@U0SHARER>");
    expect(buttonsIn(reply.blocks).map((b) => b.action_id)).not.toContain("share_answer");
    expect(bolt.client.chat.postMessage).not.toHaveBeenCalled();
  });

  it("from a message already in a thread, posts to the channel with chat.postMessage", async () => {
    const bolt = boltFakes();
    await call(shareAnswer(fakeDeps()), bolt, buttonClick(SWAP_VALUE, { ephemeral: false }));
    expect(sentOnce(bolt.client.chat.postMessage)).toMatchObject({ channel: CHANNEL });
    expect(bolt.respond).not.toHaveBeenCalled();
  });

  it("answers a button value it did not write with a polite note, asking the desk nothing", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(shareAnswer(deps), bolt, buttonClick("{not json"));
    expect(sentOnce(bolt.respond).text).toBe(STALE_BUTTON);
    expect(deps.desk.calls).toEqual([]);
  });
});

describe("moreAnswer", () => {
  it("answers the next page to whoever clicked, ephemerally, leaving the first in place", async () => {
    const deps = fakeDeps();
    const bolt = boltFakes();
    await call(moreAnswer(deps), bolt, buttonClick(encodeRerun({ c: "disputes", s: 1 })));
    expect(deps.desk.calls).toEqual(["disputes"]);
    expect(sentOnce(bolt.respond)).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
    });
  });

  it("answers a stale value with the polite note", async () => {
    const bolt = boltFakes();
    await call(moreAnswer(fakeDeps()), bolt, buttonClick(""));
    expect(sentOnce(bolt.respond).text).toBe(STALE_BUTTON);
  });
});

describe("reportProblem", () => {
  it("opens the report modal with the click's trigger, remembering the answer and the way back", async () => {
    const bolt = boltFakes();
    await call(reportProblem(fakeDeps()), bolt, buttonClick("/swap exchange-2025-05-24"));
    const opened = sentOnce(bolt.client.views.open);
    expect(opened.trigger_id).toBe("1.trigger");
    expect(opened.view?.callback_id).toBe("report_note");
    expect(JSON.parse(opened.view?.private_metadata ?? "{}")).toEqual({
      a: "/swap exchange-2025-05-24",
      r: "https://hooks.slack.test/actions/1",
      ch: CHANNEL,
    });
  });

  it("tells the reader when Slack does not open the modal in time", async () => {
    const bolt = boltFakes();
    bolt.client.views.open.mockRejectedValueOnce(new Error("expired_trigger_id"));
    await call(reportProblem(fakeDeps()), bolt, buttonClick("/swap may-24"));
    expect(sentOnce(bolt.respond).text).toBe(MODAL_FAILED);
    expect(bolt.logs.join("\n")).toMatch(/report_problem: views.open failed/);
  });

  it("opens nothing on a desk without a store", async () => {
    const bolt = boltFakes();
    await call(reportProblem(fakeDeps({ newsroom: undefined })), bolt, buttonClick("/swap"));
    expect(sentOnce(bolt.respond).text).toBe(NO_STORE);
    expect(bolt.client.views.open).not.toHaveBeenCalled();
  });
});

describe("settleDispute", () => {
  const trustFirst = encodeChoice({ d: DISPUTE.id, s: 0 });

  it("opens the resolve modal for an editor, with the dispute and the side chosen", async () => {
    const bolt = boltFakes();
    await call(settleDispute(fakeDeps()), bolt, buttonClick(trustFirst, { user: EDITOR }));
    const view = sentOnce(bolt.client.views.open).view;
    expect(view?.callback_id).toBe("resolve_dispute");
    expect(JSON.parse(view?.private_metadata ?? "{}")).toMatchObject({ d: DISPUTE.id, s: 0 });
    expect(bolt.respond).not.toHaveBeenCalled();
  });

  it("refuses anyone who is not an editor, and opens nothing", async () => {
    const bolt = boltFakes();
    await call(settleDispute(fakeDeps()), bolt, buttonClick(trustFirst, { user: READER }));
    expect(sentOnce(bolt.respond).text).toBe(NOT_EDITOR_DISPUTE);
    expect(bolt.client.views.open).not.toHaveBeenCalled();
  });

  it("says who settled it first, when it is already resolved", async () => {
    const resolution = {
      by: "U0ANNA",
      at: "May 26, 2025",
      verdict: "trust" as const,
      trustedValue: "307",
      note: null,
    };
    const newsroom = fakeNewsroom({ dispute: () => ({ ...DISPUTE, resolution }) });
    const bolt = boltFakes();
    await call(
      settleDispute(fakeDeps({ newsroom })),
      bolt,
      buttonClick(trustFirst, { user: EDITOR }),
    );
    expect(sentOnce(bolt.respond).text).toMatch(/^Already resolved by <@U0ANNA> on May 26, 2025/);
  });

  it("treats a side the dispute no longer has as a stale button", async () => {
    const bolt = boltFakes();
    await call(
      settleDispute(fakeDeps()),
      bolt,
      buttonClick(encodeChoice({ d: DISPUTE.id, s: 9 }), { user: EDITOR }),
    );
    expect(sentOnce(bolt.respond).text).toBe(STALE_BUTTON);
  });
});

describe("decideFact (Approve, Reject)", () => {
  it("records an editor's approval and redraws the queue in place with what happened", async () => {
    const newsroom = fakeNewsroom({
      reviewFact: vi.fn(async () => ({ ok: true as const, fact: {} as never })),
    });
    const bolt = boltFakes();
    await call(
      decideFact(fakeDeps({ newsroom }), "approve"),
      bolt,
      buttonClick(REVIEW_ITEM.factId, { user: EDITOR }),
    );
    expect(newsroom.reviewFact).toHaveBeenCalledWith({
      factId: REVIEW_ITEM.factId,
      choice: { kind: "approve" },
      by: EDITOR,
    });
    const reply = sentOnce(bolt.respond);
    expect(reply.replace_original).toBe(true);
    expect(shown(reply)).toContain(":white_check_mark: Approved *nearly 480*.");
  });

  it("changes nothing for anyone who is not an editor", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(decideFact(fakeDeps({ newsroom }), "reject"), bolt, buttonClick("ingested-1"));
    expect(sentOnce(bolt.respond).text).toBe(NOT_EDITOR_REVIEW);
    expect(newsroom.reviewFact).not.toHaveBeenCalled();
  });

  it("says it was not saved when the store refuses the write", async () => {
    const newsroom = newsroomFailingOn("reviewFact", "EROFS");
    const bolt = boltFakes();
    await call(
      decideFact(fakeDeps({ newsroom }), "reject"),
      bolt,
      buttonClick("ingested-1", { user: EDITOR }),
    );
    expect(sentOnce(bolt.respond).text).toBe(NOT_SAVED);
    expect(bolt.logs.join("\n")).toMatch(/review_reject: the store refused the write/);
  });

  it("says who reviewed it first, and changes nothing", async () => {
    const newsroom = fakeNewsroom({
      reviewFact: vi.fn(async () => ({
        ok: false as const,
        reason: "already-reviewed" as const,
        fact: {} as never,
        by: "U0ANNA",
        at: "2025-05-26T10:00:00.000Z",
      })),
    });
    const bolt = boltFakes();
    await call(
      decideFact(fakeDeps({ newsroom }), "approve"),
      bolt,
      buttonClick(REVIEW_ITEM.factId, { user: EDITOR }),
    );
    expect(shown(sentOnce(bolt.respond))).toContain(
      "*nearly 480* was already reviewed by <@U0ANNA> on May 26, 2025. Nothing was changed.",
    );
  });
});

describe("correctFact (Correct…)", () => {
  it("opens the correction modal for an editor, for that fact", async () => {
    const bolt = boltFakes();
    await call(correctFact(fakeDeps()), bolt, buttonClick(REVIEW_ITEM.factId, { user: EDITOR }));
    const view = sentOnce(bolt.client.views.open).view;
    expect(view?.callback_id).toBe("correct_fact");
    expect(JSON.parse(view?.private_metadata ?? "{}")).toMatchObject({ f: REVIEW_ITEM.factId });
  });

  it("has nothing to correct in a claim in words, or in a fact that is gone", async () => {
    const words = fakeNewsroom({ reviewItem: () => ({ ...REVIEW_ITEM, number: null }) });
    const gone = fakeNewsroom({ reviewItem: () => null });
    for (const [newsroom, refusal] of [
      [words, NOT_A_NUMBER],
      [gone, FACT_GONE],
    ] as const) {
      const bolt = boltFakes();
      await call(correctFact(fakeDeps({ newsroom })), bolt, buttonClick("x", { user: EDITOR }));
      expect(sentOnce(bolt.respond).text).toBe(refusal);
      expect(bolt.client.views.open).not.toHaveBeenCalled();
    }
  });
});
