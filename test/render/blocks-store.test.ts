// Every answer the bundled store can produce, rendered page by page, inside every Block Kit limit.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain/answers.ts";
import { buildDigest } from "../../src/domain/digest.ts";
import { analyse, ask, disputes, help, sources, swap, totals } from "../../src/domain/queries.ts";
import { renderDigest } from "../../src/render/blocks/digest.ts";
import { renderHome } from "../../src/render/blocks/home.ts";
import {
  ACTION_IDS,
  checkLimits,
  decodeRerun,
  type Rendered,
  renderBlocks,
  rerunOf,
} from "../../src/render/blocks/index.ts";
import { escapeMrkdwn } from "../../src/render/escape.ts";
import { bundledData } from "../helpers/store.ts";
import { liveMarkup, textsOf } from "../slack/markup.ts";

const data = bundledData();
const k = analyse(data);

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function everyAnswer(): [string, Answer][] {
  const out: [string, Answer][] = [
    ["totals", totals(k)],
    ["sources", sources(k)],
    ["disputes", disputes(k)],
    ["swap latest", swap(k, "latest")],
    ["swap (empty)", swap(k, "")],
    ["swap nonsense", swap(k, "<!channel> zzz")],
  ];
  for (const topic of [null, "swap", "totals", "sources", "disputes", "factcheck", "nope"])
    out.push([`help ${topic}`, help(k, topic)]);
  for (const e of data.events) {
    out.push([`swap ${e.id}`, swap(k, e.id)]);
    for (const alias of e.aliases) out.push([`swap ${alias}`, swap(k, alias)]);
    const day = e.date ? ("on" in e.date ? e.date.on : e.date.from) : null;
    if (day)
      for (let d = -3; d <= 3; d++) out.push([`swap ${addDays(day, d)}`, swap(k, addDays(day, d))]);
  }
  for (const q of [
    "how many prisoners were freed on May 24?",
    "who disagrees?",
    "which sources do you have",
    "totals so far",
    "what about istanbul",
    "",
    "how many civilians did Russia get back on May 23?",
    "is the 4,552 figure right?",
    "how many came home?",
    "how many Ukrainians had come home by mid-2024?",
  ])
    out.push([`ask ${q}`, ask(k, q)]);
  return out;
}

function pages(answer: Answer, editor = false): Rendered[] {
  const out: Rendered[] = [];
  let start: number | undefined = 0;
  while (start !== undefined && out.length < 20) {
    const r = renderBlocks(answer, { start, editor });
    out.push(r);
    const more = r.blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .find((e) => "action_id" in e && e.action_id === ACTION_IDS.more) as
      | { value: string }
      | undefined;
    start = more ? decodeRerun(more.value)?.s : undefined;
  }
  return out;
}

describe("every answer the bundled store produces", () => {
  const answers = everyAnswer();

  it("covers every event and every kind of answer", () => {
    expect(new Set(answers.map(([, a]) => a.kind))).toEqual(
      new Set(["swap", "totals", "sources", "disputes", "help", "ask"]),
    );
    expect(answers.length).toBeGreaterThan(100);
  });

  it.each(answers)("%s: every page within Slack's limits, no live markup", (_, answer) => {
    // An editor's reply carries a row of buttons under each open dispute: it must fit too.
    const all = [...pages(answer), ...pages(answer, true)];
    expect(all.length).toBeLessThan(40);
    for (const r of all) {
      expect(checkLimits(r.blocks, { text: r.text })).toEqual([]);
      expect(liveMarkup(textsOf(r.blocks, r.text))).toEqual([]);
    }
  });

  it("a shared swap re-runs to the very same exchange", () => {
    for (const e of data.events) {
      const first = swap(k, e.id);
      if (first.kind !== "swap") throw new Error(`no answer for ${e.id}`);
      const again = swap(k, rerunOf(first).a ?? "");
      expect(again.kind === "swap" && again.event.id).toBe(e.id);
    }
  });

  it("every dispute in the store is shown with its warning in /disputes", () => {
    const text = pages(disputes(k))
      .flatMap((r) => textsOf(r.blocks))
      .join("\n");
    const all = disputes(k);
    expect(all.disputes.length).toBe(k.findings.disputes.length);
    for (const d of all.disputes)
      expect(text).toContain(`:warning: *Disputed: ${escapeMrkdwn(d.title)}*`);
    expect(text.match(/:warning: \*Disputed: /g)?.length).toBe(all.disputes.length);
  });

  it("the first digest, with every open dispute and its buttons, fits", () => {
    const digest = buildDigest(k, { day: "2026-11-23", now: "2026-11-23T08:00:00.000Z" });
    const r = renderDigest(digest, { editor: true });
    expect(checkLimits(r.blocks, { text: r.text })).toEqual([]);
    expect(liveMarkup(textsOf(r.blocks, r.text))).toEqual([]);
    const both = r.blocks.flatMap((b) =>
      b.type === "actions"
        ? b.elements.filter((e) => "action_id" in e && e.action_id === "dispute_both_stand")
        : [],
    );
    expect(both).toHaveLength(k.findings.disputes.length);
  });

  it("the Home tab fits", () => {
    const blocks = renderHome({
      sources: sources(k),
      disputes: disputes(k),
      totals: totals(k),
      lastDigest: null,
    });
    expect(checkLimits(blocks, { surface: "home" })).toEqual([]);
    expect(textsOf(blocks).join("\n")).toContain("*Last digest*\nnone posted yet");
  });
});
