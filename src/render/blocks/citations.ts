/**
 * The pieces every answer is made of: a quoted citation, a figure with its readings, a
 * dispute, an arithmetic check. Each returns whole units so a long answer is cut between
 * figures or disputes, never through one.
 */
import type { Check, Citation, DisputeView, Figure, Reading } from "../../domain/answers.ts";
import { userText } from "../user-text.ts";
import { disputeActions } from "./dispute-actions.ts";
import { type Block, LIMITS, type Unit } from "./limits.ts";
import { compact, context, esc, link, quote, section, userMention } from "./parts.ts";

export const WITHHELD = "_quote withheld: no longer matches its source_";

/** Who said it and where: "Russia's Defence Ministry, via rki.news · May 23, 2025 · <url|link>". */
export function citationMeta(c: Citation): string {
  const who =
    c.claimant.party === "press"
      ? esc(c.source.outlet)
      : `${esc(c.claimant.name)}, via ${esc(c.source.outlet)}`;
  const parts = [who, esc(c.source.published), link(c.source.url)];
  if (c.status === "unreviewed") parts.push("_(unreviewed)_");
  return parts.filter(Boolean).join(" · ");
}

/** A quote as a mrkdwn quote with its context line; `lead` is a line shown above the quote. */
export function citationBlocks(c: Citation, lead?: string): Block[] {
  const body = c.verified ? quote(c.quote) : WITHHELD;
  return compact([section(lead ? `${lead}\n${body}` : body), context([citationMeta(c)])]);
}

/**
 * "2 sources agree", counting claimants, not outlets: three outlets repeating one ministry's
 * count are "3 outlets, 1 claimant".
 */
export function agreement(r: Reading): string {
  const claimants = r.claimants.length;
  const outlets = new Set(r.citations.map((c) => c.source.id)).size;
  if (claimants <= 1) {
    if (outlets <= 1) return "1 source";
    const who = r.claimants[0] ? ` (${esc(r.claimants[0].name)})` : "";
    return `${outlets} outlets, 1 claimant${who}`;
  }
  if (outlets === claimants || outlets <= 1) return `${claimants} sources agree`;
  return `${claimants} sources agree (${outlets} outlets)`;
}

export function isDisputed(f: Figure, shownDisputes: ReadonlySet<string>): boolean {
  return f.readings.length > 1 || f.disputeIds.some((id) => shownDisputes.has(id));
}

/** Adds a note to the context line just above, or a context line of its own. */
function noteAfter(blocks: Block[], note: string): void {
  const last = blocks.at(-1);
  if (last?.type === "context" && last.elements.length < LIMITS.contextElements) {
    last.elements.push({ type: "mrkdwn", text: note });
    return;
  }
  blocks.push(...compact([context([note])]));
}

/** How many quotes a figure shows before "and N more quotes". */
export const QUOTES_PER_FIGURE = 3;

export function figureUnit(
  f: Figure,
  options: { disputes: ReadonlySet<string>; maxQuotes?: number },
): Unit {
  const max = options.maxQuotes ?? QUOTES_PER_FIGURE;
  const planned = f.planned ? " _(planned)_" : "";
  const values = f.readings.map((r) => `*${esc(r.valueText)}*`);
  const disputed = isDisputed(f, options.disputes);
  const blocks: Block[] = [];
  const single = f.readings.length === 1 ? f.readings[0] : undefined;
  const head = [
    disputed ? ":warning: " : "",
    `*${esc(f.label)}*${planned}: `,
    values.join(disputed ? " or " : " / ") || "no value",
    single ? ` · ${agreement(single)}` : "",
    disputed ? " · *disputed*" : "",
  ].join("");
  let shown = 0;
  let hidden = 0;
  let first = true;
  for (const r of f.readings) {
    // Every reading shows at least one quote, so both sides of a disagreement are always seen.
    const room = Math.max(1, max - shown);
    const lead = single ? undefined : `*${esc(r.valueText)}*: ${agreement(r)}`;
    r.citations.forEach((c, i) => {
      if (i >= room) {
        hidden++;
        return;
      }
      const lines = [first ? head : null, i === 0 ? lead : null].filter(Boolean).join("\n");
      blocks.push(...citationBlocks(c, lines || undefined));
      first = false;
      shown++;
    });
  }
  if (first) blocks.push(...compact([section(`${head}\n_no quote in the store yet_`)]));
  if (hidden > 0) noteAfter(blocks, `…and ${hidden} more ${hidden === 1 ? "quote" : "quotes"}`);
  return { blocks, noun: ["figure", "figures"] };
}

/** Quotes per side of a dispute before "and N more". */
export const QUOTES_PER_SIDE = 2;

export function disputeUnit(
  d: DisputeView,
  options: { maxQuotes?: number; editor?: boolean } = {},
): Unit {
  const max = options.maxQuotes ?? QUOTES_PER_SIDE;
  const where = d.betweenParties ? " _between the parties_" : "";
  const lines = [
    `:warning: *Disputed: ${esc(d.title)}*${where}`,
    d.sides.length > 0 ? d.sides.map((s) => `*${esc(s.valueText)}*`).join(" vs ") : null,
    esc(d.sentence),
    d.resolution ? resolutionLine(d) : null,
  ];
  const blocks = compact([section(lines.filter(Boolean).join("\n"))]);
  for (const side of d.sides) {
    const who = side.claimants.map((c) => esc(c.name)).join(", ");
    const lead = `*${esc(side.valueText)}*${who ? `: ${who}` : ""}`;
    if (side.citations.length === 0) blocks.push(...compact([section(lead)]));
    side.citations.slice(0, max).forEach((c, i) => {
      blocks.push(...citationBlocks(c, i === 0 ? lead : undefined));
    });
    const hidden = side.citations.length - max;
    if (hidden > 0) noteAfter(blocks, `…and ${hidden} more ${hidden === 1 ? "quote" : "quotes"}`);
  }
  const actions = options.editor ? disputeActions(d) : null;
  if (actions) blocks.push(actions);
  return { blocks, noun: ["dispute", "disputes"] };
}

/**
 * "Resolved by @anna on May 26, 2025: trusts *307* — note", worded as the terminal words it.
 * Every side's figure stays shown above it: a resolution weighs the sources, it does not hide one.
 */
export function resolutionLine(d: DisputeView, noteMax = 500): string {
  const r = d.resolution;
  if (!r) return "";
  const what =
    r.verdict === "trust" ? `trusts *${esc(r.trustedValue ?? "one figure")}*` : "both stand";
  // An editor's words, read by everyone the reply reaches: shown plain (see user-text.ts).
  const note = r.note ? ` — ${userText(r.note, noteMax)}` : "";
  return `:white_check_mark: Resolved by ${userMention(r.by)} on ${esc(r.at)}: ${what}${note}`;
}

/** Checks that say the same thing about different quotes, counted once. */
export function checkLines(checks: readonly Check[]): string[] {
  const groups = new Map<string, { check: Check; n: number }>();
  for (const c of checks) {
    const key = `${c.ok}|${c.label}|${c.expression}|${c.against.valueText}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { check: c, n: 1 });
  }
  return [...groups.values()].map(({ check: c, n }) => {
    const mark = c.ok ? "✓" : "✗";
    const verb = c.ok ? "fits" : "does not fit";
    const times = n > 1 ? ` _(${n} pairings of sources)_` : "";
    return `${mark} \`${esc(c.expression)}\` ${verb} *${esc(c.against.valueText)}*: ${esc(c.label)}${times}`;
  });
}
