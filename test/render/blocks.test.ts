import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateStore } from "../../bench/generate.ts";
import type { Answer, SwapAnswer } from "../../src/domain/answers.ts";
import { analyse, totals } from "../../src/domain/queries.ts";
import { renderHome } from "../../src/render/blocks/home.ts";
import {
  ACTION_IDS,
  type Block,
  checkLimits,
  decodeRerun,
  LIMITS,
  type Rendered,
  renderBlocks,
} from "../../src/render/blocks/index.ts";
import { blocksChars } from "../../src/render/blocks/limits.ts";
import {
  cite,
  DISPUTE,
  disputesAnswer,
  helpAnswer,
  SOURCES,
  SWAP,
  sourcesAnswer,
  TOTALS,
} from "../slack/fixtures.ts";
import { liveMarkup, textsOf } from "../slack/markup.ts";

const mrkdwn = (r: Rendered) => textsOf(r.blocks).join("\n");

function buttons(blocks: readonly Block[]) {
  return blocks.flatMap((b) =>
    b.type === "actions"
      ? b.elements.map((e) => e as { action_id: string; value: string; text: { text: string } })
      : [],
  );
}

function expectFits(r: Rendered, users: string[] = []) {
  expect(checkLimits(r.blocks, { text: r.text })).toEqual([]);
  expect(liveMarkup(textsOf(r.blocks, r.text), users)).toEqual([]);
}

describe("swap", () => {
  const r = renderBlocks(SWAP);
  const text = mrkdwn(r);

  it("has a header and a section per figure, each quote a mrkdwn quote with its context line", () => {
    expect(r.blocks[0]).toMatchObject({ type: "header" });
    expect(text).toContain("*Prisoners released by each side*");
    const quoteBlock = r.blocks.findIndex(
      (b) => b.type === "section" && b.text?.text.includes("> Russia and Ukraine swapped 307"),
    );
    expect(quoteBlock).toBeGreaterThan(0);
    expect(r.blocks[quoteBlock + 1]).toMatchObject({
      type: "context",
      elements: [
        {
          text: "Ukraine's Coordination HQ &lt;@U123&gt;, via The Epoch Times · May 24, 2025 · <https://www.theepochtimes.com/a?x=1&amp;y=2|link>",
        },
      ],
    });
  });

  it("makes the dispute unmissable: warning, both figures, both sources, why, between the parties", () => {
    expect(text).toContain(
      ":warning: *Disputed: Prisoners returned on May 24* _between the parties_",
    );
    expect(text).toContain("*307* vs *270*");
    expect(text).toContain("both cannot be true");
    expect(text).toContain("> The ministry reported 270");
    expect(text).toContain("Russia's Defence Ministry, via rki.news &amp; &lt;!channel&gt; Wire");
    expect(text).toMatch(/:warning: \*Prisoners released by each side\*: \*307\* or \*270\*/);
  });

  it("marks unreviewed facts and withholds quotes that no longer match their source", () => {
    expect(text).toContain("Brussels Morning · May 24, 2025 · _(unreviewed)_");
    expect(text).not.toContain("THIS QUOTE NO LONGER MATCHES");
    expect(text).toContain("quote withheld: no longer matches its source");
  });

  it("escapes every piece of source text and stays inside the limits", () => {
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).toContain("&lt;https://x|y&gt;");
    expect(text).toContain("&amp; families waited");
    expectFits(r);
  });

  it("carries a Share in channel button that re-runs this exchange", () => {
    const [share] = buttons(r.blocks);
    expect(share?.action_id).toBe(ACTION_IDS.share);
    expect(share?.text.text).toBe("Share in channel");
    expect(decodeRerun(share?.value)).toEqual({ c: "swap", a: "exchange-2025-05-24" });
  });

  it("shows the sharer and no second Share button once shared", () => {
    const shared = renderBlocks(SWAP, { share: false, sharedBy: "U0SHARER" });
    expect(mrkdwn(shared)).toContain("Shared by <@U0SHARER>");
    expect(buttons(shared.blocks).map((b) => b.action_id)).toEqual([ACTION_IDS.report]);
    expectFits(shared, ["U0SHARER"]);
  });

  it("counts agreement by claimant: two outlets quoting one claimant are one", () => {
    const figure = SWAP.figures[0];
    if (!figure) throw new Error("fixture");
    const one: SwapAnswer = {
      ...SWAP,
      disputes: [],
      figures: [{ ...figure, disputeIds: [], readings: figure.readings.slice(0, 1) }],
    };
    expect(mrkdwn(renderBlocks(one))).toContain(
      "2 outlets, 1 claimant (Ukraine's Coordination HQ &lt;@U123&gt;)",
    );
    const two = {
      ...one,
      figures: [
        {
          ...figure,
          disputeIds: [],
          readings: [
            {
              valueText: "307",
              claimants: [
                { id: "a", name: "A", party: "press" },
                { id: "b", name: "B", party: "press" },
              ],
              citations: [
                cite({ factId: "a", quote: "307 a" }),
                cite({ factId: "b", quote: "307 b", source: SOURCES.bm }),
              ],
            },
          ],
        },
      ],
    };
    expect(mrkdwn(renderBlocks(two))).toContain("307* · 2 sources agree");
  });
});

describe("totals", () => {
  const r = renderBlocks(TOTALS);
  const text = mrkdwn(r);

  it("draws the waves as a monospace bar chart", () => {
    expect(text).toMatch(
      /```\nMay 23 {2}█{16} 390\nMay 24 {2}█{12}[▏▎▍▌▋▊▉]? *307\nMay 25 {2}█{12}[▏▎▍▌▋▊▉]? *303\n```/,
    );
  });

  it("shows each check sum with ✓ or ✗", () => {
    expect(text).toContain("✓ `390 + 307 + 303 = 1,000` fits *1,000*");
    expect(text).toContain("✗ `390 + 307 + 300 = 997` does not fit *1,000*");
  });

  it("stays within limits with markup escaped", () => expectFits(r));
});

describe("totals at scale: a summary first, the rest behind the button", () => {
  // 3,000 generated facts: 25 of 59 exchanges in the answer, 25 of 69 running totals.
  const answer = totals(analyse(generateStore(3000)));
  const pages: Rendered[] = [];
  for (let start: number | undefined = 0; start !== undefined; ) {
    const r = renderBlocks(answer, { start });
    pages.push(r);
    const more = buttons(r.blocks).find((b) => b.action_id === ACTION_IDS.more);
    start = more ? decodeRerun(more.value)?.s : undefined;
  }
  const first = pages[0] as Rendered;

  it("shows the latest 8 of each list and stays well inside Slack's limits", () => {
    const text = mrkdwn(first);
    expect(text).toContain("*Exchanges in 2031* _(the latest 8 of 59)_");
    expect(text).toMatch(/as each source had it _\(the latest 8 of 69\)_/);
    expect(blocksChars(first.blocks)).toBeLessThanOrEqual(7_000);
    expect(text).toMatch(/…and .*\*Show the rest\* below\./);
    expectFits(first);
  });

  it("every exchange and running total of the answer is on one of the pages, and every dispute", () => {
    const all = pages.map(mrkdwn).join("\n");
    for (const e of answer.exchanges) expect(all).toContain(e.event.title);
    for (const p of answer.timeline)
      expect(all).toContain(`*${p.figure.readings[0]?.valueText}* as of ${p.asOf}`);
    for (const d of answer.disputes) expect(all).toContain(d.title);
    for (const page of pages) expectFits(page);
  });
});

describe("sources, disputes, help", () => {
  it("lists sources with their unreviewed status and escaped names", () => {
    const r = renderBlocks({
      ...sourcesAnswer(2),
      sources: sourcesAnswer(2).sources.map((s, i) => ({
        ...s,
        status: i ? "unreviewed" : "reviewed",
      })),
    });
    expect(mrkdwn(r)).toContain("*Outlet 2 &lt;@U123&gt;* · _(unreviewed)_");
    expectFits(r);
  });

  it("echoes what was typed, escaped and shortened, in help", () => {
    const typed = `<!channel> ${"x".repeat(4000)}`;
    const r = renderBlocks(helpAnswer("swap", "I don't know that exchange.", typed));
    const text = mrkdwn(r);
    expect(text).toContain("You asked: “&lt;!channel&gt; xxx");
    expect(text.length).toBeLessThan(2000);
    expectFits(r);
  });

  it("offers no Share button on a reply that only says it did not understand", () => {
    const ids = (r: ReturnType<typeof renderBlocks>) => buttons(r.blocks).map((b) => b.action_id);
    // A misunderstanding is worth reporting, but there is nothing in it to share.
    expect(ids(renderBlocks(helpAnswer("swap", "I don't know that exchange.", "zzz")))).toEqual([
      ACTION_IDS.report,
    ]);
    expect(ids(renderBlocks(helpAnswer("swap")))).toEqual([ACTION_IDS.share, ACTION_IDS.report]);
  });
});

describe("long answers", () => {
  it("cut with '…and N more' and a button for the rest, every page within limits", () => {
    const answer = disputesAnswer(25);
    const seen = new Set<string>();
    let start: number | undefined = 0;
    let pages = 0;
    while (start !== undefined) {
      const r = renderBlocks(answer, { start });
      expectFits(r);
      for (const m of mrkdwn(r).matchAll(/Dispute number (\d+)/g)) seen.add(m[1] as string);
      const more = buttons(r.blocks).find((b) => b.action_id === ACTION_IDS.more);
      if (more) {
        expect(mrkdwn(r)).toMatch(/…and \d+ more disputes?/);
        const next = decodeRerun(more.value)?.s;
        expect(next).toBeGreaterThan(start);
        start = next;
      } else start = undefined;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(25);
  });

  it("cuts huge quotes and many sources to fit", () => {
    const long = "307 <!channel> & ".repeat(600);
    const swap: SwapAnswer = {
      ...SWAP,
      disputes: Array.from({ length: 10 }, (_, i) => ({
        ...DISPUTE,
        id: `d${i}`,
        sentence: long,
        title: long,
      })),
      figures: Array.from({ length: 30 }, (_, i) => ({
        ...(SWAP.figures[0] as SwapAnswer["figures"][number]),
        key: `k${i}`,
        label: long,
        readings: [
          {
            valueText: long,
            claimants: [],
            citations: Array.from({ length: 8 }, (_, j) => cite({ factId: `f${j}`, quote: long })),
          },
        ],
      })),
    };
    for (const a of [swap, sourcesAnswer(50), disputesAnswer(25)] as Answer[]) {
      const r = renderBlocks(a);
      expectFits(r);
      expect(r.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    }
  });

  it("holds for any text in any field (property)", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.constantFrom("<!channel>", "<@U123>", "<https://x|y>", "&amp;", "مايو ٢٤", "🇺🇦", ""),
      fc.string({ maxLength: 5000 }),
    );
    fc.assert(
      fc.property(text, text, text, fc.nat(40), (label, quote, value, n) => {
        const figure = {
          ...(SWAP.figures[0] as SwapAnswer["figures"][number]),
          label,
          readings: [
            { valueText: value, claimants: [], citations: [cite({ factId: "x", quote })] },
          ],
        };
        const answer: SwapAnswer = {
          ...SWAP,
          event: { ...SWAP.event, title: label },
          matchNote: quote,
          figures: Array.from({ length: n }, () => figure),
          disputes: [{ ...DISPUTE, title: label, sentence: quote }],
        };
        const r = renderBlocks(answer);
        expect(checkLimits(r.blocks, { text: r.text })).toEqual([]);
        expect(liveMarkup(textsOf(r.blocks, r.text))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("home tab", () => {
  it("shows the store at a glance within the Home tab's limits", () => {
    const blocks = renderHome({
      sources: sourcesAnswer(60),
      disputes: disputesAnswer(25),
      totals: TOTALS,
      lastDigest: { day: "2025-05-26", channel: "C0DIGEST" },
    });
    const text = textsOf(blocks).join("\n");
    expect(text).toContain("*Open disputes*\n25 of 25");
    expect(text).toContain("May 26, 2025 in <#C0DIGEST>");
    expect(text).toContain("…and 10 more: `/disputes`");
    expect(checkLimits(blocks, { surface: "home" })).toEqual([]);
    expect(liveMarkup(textsOf(blocks))).toEqual([]);
  });
});

describe("checkLimits", () => {
  const section = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });

  it.each<[string, Block[], RegExp]>([
    ["too many blocks", Array.from({ length: 51 }, () => section("x")), /51 blocks/],
    [
      "a long header",
      [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }],
      /header/,
    ],
    ["empty text", [section(" ")], /empty text/],
    ["long section", [section("s".repeat(3001))], /section text/],
    [
      "too many characters",
      Array.from({ length: 5 }, () => section("s".repeat(2900))),
      /characters of blocks/,
    ],
    [
      "a repeated block_id",
      [
        { ...section("a"), block_id: "same" },
        { ...section("b"), block_id: "same" },
      ],
      /not unique/,
    ],
    [
      "eleven context elements",
      [
        {
          type: "context",
          elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn" as const, text: "c" })),
        },
      ],
      /11 context elements/,
    ],
  ])("catches %s", (_, blocks, problem) => {
    expect(checkLimits(blocks).join("\n")).toMatch(problem);
  });
});
