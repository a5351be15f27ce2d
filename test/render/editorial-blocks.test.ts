// The editors' Block Kit: dispute buttons and resolutions, the digest, the review queue and
// the modals, all within Slack's limits and with nothing the bot did not write left live.
import { describe, expect, it } from "vitest";
import type { DisputeView, OpenDispute } from "../../src/domain/answers.ts";
import { renderDigest } from "../../src/render/blocks/digest.ts";
import { decodeChoice } from "../../src/render/blocks/dispute-actions.ts";
import {
  type Block,
  checkLimits,
  LIMITS,
  type Rendered,
  renderBlocks,
} from "../../src/render/blocks/index.ts";
import {
  correctModal,
  type Modal,
  reportModal,
  resolveModal,
} from "../../src/render/blocks/modals.ts";
import { renderReview } from "../../src/render/blocks/review.ts";
import { renderText } from "../../src/render/text.ts";
import {
  DISPUTE,
  digestAnswer,
  disputesAnswer,
  FOUR_SIDED,
  REVIEW_ITEM,
  reviewAnswer,
  SOURCES,
  SWAP,
} from "../slack/fixtures.ts";
import { liveMarkup, textsOf } from "../slack/markup.ts";

const USERS = ["U0EDITOR", "U0READER"];
const mrkdwn = (r: Rendered) => textsOf(r.blocks).join("\n");
type Button = { action_id: string; value: string; text: { text: string } };
const buttons = (blocks: readonly Block[]): Button[] =>
  blocks.flatMap((b) => (b.type === "actions" ? (b.elements as Button[]) : []));

function expectFits(r: Rendered) {
  expect(checkLimits(r.blocks, { text: r.text })).toEqual([]);
  expect(liveMarkup(textsOf(r.blocks, r.text), USERS)).toEqual([]);
}

const RESOLVED: DisputeView = {
  ...FOUR_SIDED,
  resolution: {
    by: "U0EDITOR",
    at: "May 26, 2025",
    verdict: "trust",
    trustedValue: "May 7, 2025",
    note: "Kyiv's statement <!channel> & the ministry's",
  },
};

describe("dispute buttons", () => {
  it("are only on an editor's reply: one Trust per side and Both stand, under each open dispute", () => {
    expect(buttons(renderBlocks(SWAP).blocks).map((b) => b.action_id)).toEqual([
      "share_answer",
      "report_problem",
    ]);
    const r = renderBlocks({ ...disputesAnswer(1), disputes: [FOUR_SIDED] }, { editor: true });
    expectFits(r);
    const dispute = buttons(r.blocks).filter((b) => b.action_id.startsWith("dispute_"));
    expect(dispute.map((b) => b.text.text)).toEqual([
      "Trust May 6, 2025",
      "Trust May 7, 2025",
      "Trust May 8, 2025 &lt;!here&gt;",
      "Trust May 9, 2025",
      "Both stand (different dates or scopes)",
    ]);
    expect(dispute.map((b) => decodeChoice(b.value))).toEqual([
      { d: FOUR_SIDED.id, s: 0 },
      { d: FOUR_SIDED.id, s: 1 },
      { d: FOUR_SIDED.id, s: 2 },
      { d: FOUR_SIDED.id, s: 3 },
      { d: FOUR_SIDED.id },
    ]);
  });

  it("keep a long figure's label inside Slack's 75 characters, and stop at four sides", () => {
    const long = "x".repeat(200);
    const many: DisputeView = {
      ...FOUR_SIDED,
      sides: [...FOUR_SIDED.sides, ...FOUR_SIDED.sides].map((s, i) =>
        i === 0 ? { ...s, valueText: long } : s,
      ),
    };
    const r = renderBlocks({ ...disputesAnswer(1), disputes: [many] }, { editor: true });
    expectFits(r);
    const dispute = buttons(r.blocks).filter((b) => b.action_id.startsWith("dispute_"));
    expect(dispute).toHaveLength(5);
    expect(dispute[0]?.text.text.length).toBe(LIMITS.buttonText);
  });

  it("leave every page of a long answer within limits", () => {
    const answer = disputesAnswer(25);
    let start: number | undefined = 0;
    let pages = 0;
    while (start !== undefined && pages < 30) {
      const r = renderBlocks(answer, { start, editor: true });
      expectFits(r);
      const more = buttons(r.blocks).find((b) => b.action_id === "more_answer");
      start = more ? (JSON.parse(more.value) as { s: number }).s : undefined;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(start).toBeUndefined();
  });

  it("give way to the resolution, which still shows every source's figure, as the terminal does", () => {
    const r = renderBlocks({ ...disputesAnswer(1), disputes: [RESOLVED] }, { editor: true });
    expectFits(r);
    expect(buttons(r.blocks).filter((b) => b.action_id.startsWith("dispute_"))).toEqual([]);
    const text = mrkdwn(r);
    expect(text).toContain(
      "Resolved by <@U0EDITOR> on May 26, 2025: trusts *May 7, 2025* — Kyiv's statement &lt;!channel&gt; &amp; the ministry's",
    );
    for (const side of FOUR_SIDED.sides)
      expect(text).toContain(`*${side.valueText.replace(/</g, "&lt;").replace(/>/g, "&gt;")}*`);
    const terminal = renderText({ ...disputesAnswer(1), disputes: [RESOLVED] });
    expect(terminal).toContain(
      "Resolved by U0EDITOR on May 26, 2025: trusts May 7, 2025 — Kyiv's statement <!channel> & the ministry's",
    );
  });
});

describe("Report a problem", () => {
  it("names the answer it is about, page included", () => {
    const report = (r: Rendered) => buttons(r.blocks).find((b) => b.action_id === "report_problem");
    expect(report(renderBlocks(SWAP))?.value).toBe("/swap exchange-2025-05-24");
    expect(report(renderBlocks(disputesAnswer(25), { start: 3 }))?.value).toBe(
      "/disputes (from part 4)",
    );
    expect(report(renderBlocks(SWAP, { report: false }))).toBeUndefined();
  });
});

describe("the digest", () => {
  it("says a quiet day in one line", () => {
    const r = renderDigest(digestAnswer({ quiet: true }));
    expect(r.blocks).toHaveLength(1);
    expect(mrkdwn(r)).not.toContain("\n");
    expect(mrkdwn(r)).toBe(
      ":newspaper: *Factdesk digest, May 27, 2025*: A quiet day: nothing changed since the last digest. 2 disputes still open.",
    );
    expectFits(r);
  });

  it("shows what changed, the fact-checks, the reports, the totals and the open disputes", () => {
    const r = renderDigest(digestAnswer());
    expectFits(r);
    const text = mrkdwn(r);
    expect(text).toContain("Since the last digest (May 26, 2025)");
    expect(text).toContain("1 new source: *rki.news &amp; &lt;!channel&gt; Wire*");
    expect(text).toContain("Facts reviewed: 1 approved, 1 rejected");
    expect(text).toContain("Resolved by <@U0EDITOR> on May 26, 2025: trusts *May 7, 2025*");
    expect(text).toContain("Most often wrong: *370 &lt;@U123&gt;* (2×)");
    expect(text).toContain("<@U0READER> on “/swap may-24”: 307 looks low &lt;!channel&gt;");
    expect(text).toContain("4 facts await an editor's review: `/review`");
    expect(text).toContain("open 3 days (since May 24, 2025)");
    expect(text).toContain("opened today (since May 27, 2025)");
    expect(text).toMatch(/May 23 +█+ 390/);
    expect(buttons(r.blocks).map((b) => b.action_id)).toEqual(["report_problem"]);
    expect(r.text).toBe(
      "Factdesk digest, May 27, 2025: 1 new source, 4 facts added, 1 resolved, 1 problem reported; 2 disputes open",
    );
  });

  it("gives editors the buttons on each open dispute", () => {
    const r = renderDigest(digestAnswer(), { editor: true });
    expectFits(r);
    const both = buttons(r.blocks).filter((b) => b.action_id === "dispute_both_stand");
    expect(both.map((b) => decodeChoice(b.value)?.d)).toEqual([DISPUTE.id, FOUR_SIDED.id]);
  });

  it("stays within Slack's limits on the busiest day, and says how much it left out", () => {
    const note = "n <!channel> ".repeat(300);
    const open: OpenDispute[] = Array.from({ length: 60 }, (_, i) => ({
      dispute: { ...FOUR_SIDED, id: `d${i}`, sentence: "s".repeat(900) },
      openSince: "May 1, 2025",
      daysOpen: 60 - i,
    }));
    const r = renderDigest(
      digestAnswer({
        sourcesAdded: Array.from({ length: 40 }, () => SOURCES.rki),
        disputesOpened: Array.from({ length: 40 }, () => DISPUTE),
        disputesResolved: Array.from({ length: 40 }, () => ({
          ...RESOLVED,
          resolution: { ...(RESOLVED.resolution as NonNullable<DisputeView["resolution"]>), note },
        })),
        reports: Array.from({ length: 50 }, () => ({ by: "U0READER", note, answer: note })),
        factchecks: {
          runs: 90,
          claims: 900,
          contradicted: 40,
          mostWrong: Array.from({ length: 5 }, () => ({ figure: note, times: 3 })),
        },
        openDisputes: open,
      }),
      { editor: true },
    );
    expectFits(r);
    expect(mrkdwn(r)).toMatch(/…and \d+ more open disputes: `\/disputes` has every one\./);
    expect(mrkdwn(r)).toContain("…and 44 more in `/review`");
  });
});

describe("the review queue", () => {
  it("shows each fact with its quote, source and buttons; a number can be corrected", () => {
    const r = renderReview(reviewAnswer(3));
    expectFits(r);
    const text = mrkdwn(r);
    expect(text).toContain("*3 facts* to review");
    expect(text).toContain("> nearly 480 &lt;@U123&gt; prisoners came home");
    expect(text).toContain("307 looks low &lt;@U123&gt; &amp; wrong 0");
    expect(buttons(r.blocks).map((b) => `${b.action_id}:${b.value}`)).toEqual([
      "review_approve:ingested-0",
      "review_reject:ingested-0",
      "review_correct:ingested-0",
      "review_approve:ingested-1",
      "review_reject:ingested-1",
      "review_correct:ingested-1",
      "review_approve:ingested-2",
      "review_reject:ingested-2",
    ]);
  });

  it("shows as many as fit from a long queue, and says an empty one is empty", () => {
    const long = renderReview(reviewAnswer(80, 40), { status: "✓ Approved *nearly 480*." });
    expectFits(long);
    expect(mrkdwn(long)).toMatch(/…and \d+ more facts: they move up/);
    const empty = renderReview(reviewAnswer(0, 0));
    expectFits(empty);
    expect(mrkdwn(empty)).toContain("No facts await review");
  });
});

describe("modals", () => {
  function expectModalFits(m: Modal) {
    expect(checkLimits(m.blocks as Block[], { surface: "home" })).toEqual([]);
    expect(liveMarkup(textsOf(m.blocks as Block[]), USERS)).toEqual([]);
    expect(m.title.text.length).toBeLessThanOrEqual(24);
    expect(m.submit?.text.length ?? 0).toBeLessThanOrEqual(24);
    expect((m.private_metadata ?? "").length).toBeLessThanOrEqual(3000);
  }

  it("settle a dispute: the choice, every side, an optional note of up to 2,000 characters", () => {
    const r = `https://hooks.slack.com/actions/T0/${"9".repeat(300)}`;
    const m = resolveModal(
      { ...FOUR_SIDED, id: "x".repeat(1500) },
      { d: "x".repeat(1500), s: 2, r, ch: "C0NEWSROOM" },
    );
    expectModalFits(m);
    const text = textsOf(m.blocks as Block[]).join("\n");
    expect(text).toContain("Your choice: *Trust May 8, 2025 &lt;!here&gt;*");
    expect(text).toContain("The sources: *May 6, 2025*");
    const note = (m.blocks as Block[]).find((b) => b.type === "input") as unknown as {
      optional: boolean;
      element: { multiline: boolean; max_length: number };
    };
    expect(note).toMatchObject({ optional: true, element: { multiline: true, max_length: 2000 } });
    expect(
      textsOf(resolveModal(DISPUTE, { d: DISPUTE.id }).blocks as Block[]).join("\n"),
    ).toContain("Your choice: *Both stand (different dates or scopes)*");
  });

  it("correct a figure: the number and the qualifier, filled in with what was read", () => {
    const m = correctModal(REVIEW_ITEM, { f: REVIEW_ITEM.factId });
    expectModalFits(m);
    expect(JSON.stringify(m.blocks)).toContain('"initial_value":"480"');
    expect(JSON.stringify(m.blocks)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"nearly"},"value":"nearly"}',
    );
  });

  it("report a problem: a required note, and what it is about, escaped", () => {
    const m = reportModal({ a: "/swap <!channel>" });
    expectModalFits(m);
    expect(textsOf(m.blocks as Block[]).join("\n")).toContain("About: /swap &lt;!channel&gt;");
  });
});
