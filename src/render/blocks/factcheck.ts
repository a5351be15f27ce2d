/**
 * A fact-check as Block Kit, in the order the terminal report uses (factcheckText): the summary
 * counts, then contradictions (the claim as the draft wrote it, the store's figure, the
 * correction, the deciding quote), then disputes (every figure, a source for each), then what is
 * supported and what could not be checked, one line each. A long draft shows what fits and
 * ends "…and N more", counted per verdict; the summary at the top always covers every claim.
 *
 * No Share in channel button: a draft is the asker's own, and a button value (2,000 chars)
 * cannot carry a long draft to re-run it. The asker can paste the corrections themselves.
 */
import type { Citation, ClaimCheck, FactcheckAnswer, Verdict } from "../../domain/answers.ts";
import { truncate } from "../escape.ts";
import { isDerived, readingLine } from "../reading.ts";
import { reportButton } from "./actions.ts";
import { renderedOnce } from "./cache.ts";
import { citationBlocks } from "./citations.ts";
import type { Rendered } from "./index.ts";
import { type Block, blocksChars, LIMITS } from "./limits.ts";
import { compact, context, esc, header, plural, section } from "./parts.ts";

export const VERDICTS = ["contradicted", "disputed", "supported", "unverified"] as const;

export const VERDICT_EMOJI: Record<Verdict, string> = {
  contradicted: ":red_circle:",
  disputed: ":warning:",
  supported: ":white_check_mark:",
  unverified: ":grey_question:",
};

const VERDICT_WORD: Record<Verdict, string> = {
  contradicted: "Contradicted",
  disputed: "Disputed",
  supported: "Supported",
  unverified: "Unverified",
};

/** Room kept for the footer: "…and N more" and the buttons. */
const FOOTER_BLOCKS = 2;
const FOOTER_CHARS = 500;
/** How much of a draft's sentence a claim quotes back. */
const SENTENCE_MAX = 400;
/** Different figures shown for a disputed claim, one source each. */
const DISPUTE_SIDES = 3;

/** ":red_circle: *1 contradicted* · :warning: 0 disputed · …": every verdict, always. */
export function summaryLine(a: FactcheckAnswer): string {
  return VERDICTS.map((v) => {
    const n = a.counts[v];
    const words = `${n} ${v}`;
    return `${VERDICT_EMOJI[v]} ${n > 0 ? `*${words}*` : words}`;
  }).join("  ·  ");
}

function claimHead(c: ClaimCheck): string {
  return `${VERDICT_EMOJI[c.verdict]} *${VERDICT_WORD[c.verdict]}:* “${esc(truncate(c.claim, 200))}” — ${esc(truncate(c.about, 300))}`;
}

const inLine = (c: ClaimCheck) => `_In:_ ${esc(truncate(c.sentence, SENTENCE_MAX))}`;
/** The reading, small, under the verdict: why the figure was judged as it was. */
const readingBlock = (c: ClaimCheck): Block[] =>
  c.reading ? compact([context([esc(truncate(readingLine(c.reading, c.verdict), 1900))])]) : [];

/** Quotes with "…and N more quotes" on the last one's context line, not a block of its own. */
function withMoreQuotes(blocks: Block[], hidden: number): Block[] {
  if (hidden <= 0) return blocks;
  const note = `…and ${plural(hidden, "more quote", "more quotes")}`;
  const last = blocks.at(-1);
  if (last?.type === "context" && last.elements.length < LIMITS.contextElements)
    last.elements.push({ type: "mrkdwn", text: note });
  else blocks.push(...compact([context([note])]));
  return blocks;
}

function contradictedBlocks(c: ClaimCheck): Block[] {
  const right = c.right ?? c.store;
  const lines = [
    claimHead(c),
    inLine(c),
    `The draft says *${esc(truncate(c.read, 100))}*; the store has *${esc(truncate(right ?? "another figure", 200))}*. ${esc(truncate(c.reason, 500))}`,
    c.correction ? `*Correction:* ${esc(truncate(c.correction, SENTENCE_MAX + 100))}` : null,
  ];
  const [first, ...rest] = c.citations;
  return withMoreQuotes(
    [
      ...compact([section(lines.filter(Boolean).join("\n"))]),
      ...readingBlock(c),
      ...(first ? citationBlocks(first) : []),
    ],
    rest.length,
  );
}

function disputedBlocks(c: ClaimCheck): Block[] {
  // One source for each figure the sources give, so both sides are always seen.
  const bySaid = new Map<string, Citation[]>();
  for (const cit of c.citations) bySaid.set(cit.said, [...(bySaid.get(cit.said) ?? []), cit]);
  const sides = [...bySaid.entries()].slice(0, DISPUTE_SIDES);
  const shown = sides.length;
  const lines = [
    claimHead(c),
    inLine(c),
    c.store ? `The sources give *${esc(truncate(c.store, 300))}*.` : null,
    esc(truncate(c.reason, 500)),
  ];
  return withMoreQuotes(
    [
      ...compact([section(lines.filter(Boolean).join("\n"))]),
      ...readingBlock(c),
      ...sides.flatMap(([said, cits]) => citationBlocks(cits[0] as Citation, `*${esc(said)}*`)),
    ],
    c.citations.length - shown,
  );
}

const readingTail = (c: ClaimCheck) =>
  c.reading ? `\n      _${esc(truncate(readingLine(c.reading, c.verdict), 400))}_` : "";

/** Supported and unverified claims: one line each, and the reading under it. */
function compactLine(c: ClaimCheck): string {
  if (c.verdict === "supported") {
    const first = c.citations[0];
    const src = first ? ` · _${esc(first.source.outlet)}_` : "";
    const more = c.citations.length > 1 ? ` (and ${c.citations.length - 1} more)` : "";
    const derived = isDerived(c) ? ` · _${esc(c.reason)}_` : "";
    return truncate(`${claimHead(c)}${derived}${src}${more}${readingTail(c)}`, 900);
  }
  return truncate(`${claimHead(c)} · _${esc(c.reason)}_${readingTail(c)}`, 900);
}

/** "…and 12 more: 2 contradicted, 10 supported." */
function restLine(rest: readonly ClaimCheck[]): string {
  const counts = VERDICTS.map((v) => [v, rest.filter((c) => c.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`);
  return `…and ${rest.length} more: ${counts.join(", ")}. The counts above cover the whole draft; check a shorter part of it for the rest.`;
}

export interface FactcheckRenderOptions {
  /** Whether the reply carries a Report a problem button (default true). */
  report?: boolean;
}

/** The notification fallback: the counts, and the first contradiction when there is one. */
export function factcheckFallback(a: FactcheckAnswer): string {
  const counts = VERDICTS.map((v) => `${a.counts[v]} ${v}`).join(", ");
  const first = a.claims.find((c) => c.verdict === "contradicted");
  const lead = first
    ? ` · “${first.claim}” should be ${first.right ?? first.store ?? "checked"}`
    : "";
  return truncate(
    esc(`Fact-check: ${plural(a.claims.length, "claim", "claims")}: ${counts}${lead}`),
    3000,
  );
}

export function renderFactcheck(
  a: FactcheckAnswer,
  options: FactcheckRenderOptions = {},
): Rendered {
  return renderedOnce(a, `factcheck|${options.report !== false}`, () => buildFactcheck(a, options));
}

function buildFactcheck(a: FactcheckAnswer, options: FactcheckRenderOptions): Rendered {
  const head = compact([
    header("Fact-check"),
    section(summaryLine(a)),
    context([
      `${plural(a.claims.length, "claim", "claims")} in ${a.words.toLocaleString("en-US")} ${a.words === 1 ? "word" : "words"} · only you can see this`,
    ]),
    a.claims.length === 0
      ? section(
          "No checkable figures found: no counts of prisoners, exchanges or dates the store tracks.",
        )
      : null,
  ]);
  const blockRoom = LIMITS.messageBlocks - FOOTER_BLOCKS;
  const charRoom = LIMITS.blocksChars - FOOTER_CHARS;
  const blocks = [...head];
  let chars = blocksChars(blocks);
  const fits = (more: readonly Block[]) =>
    blocks.length + more.length <= blockRoom && chars + blocksChars(more) <= charRoom;
  const add = (more: readonly Block[]) => {
    blocks.push(...more);
    chars += blocksChars(more);
  };

  const ordered = VERDICTS.flatMap((v) => a.claims.filter((c) => c.verdict === v));
  let shown = 0;
  let lines: string[] = [];
  /** The compact lines waiting to go out as one section. */
  const flush = () => {
    if (lines.length > 0) add(compact([section(lines.join("\n"))]));
    lines = [];
  };
  for (const c of ordered) {
    if (c.verdict === "contradicted" || c.verdict === "disputed") {
      const unit = c.verdict === "contradicted" ? contradictedBlocks(c) : disputedBlocks(c);
      if (!fits(unit)) break;
      add(unit);
    } else {
      const line = compactLine(c);
      const joined = lines.length > 0 ? `${lines.join("\n")}\n${line}` : line;
      if (joined.length > LIMITS.sectionText) {
        flush();
        if (!fits(compact([section(line)]))) break;
        lines = [line];
      } else {
        // The pending section counts as one block and its text as it will be.
        if (blocks.length + 1 > blockRoom || chars + joined.length > charRoom) break;
        lines.push(line);
      }
    }
    shown++;
  }
  flush();

  const rest = ordered.slice(shown);
  const footer = compact([
    rest.length > 0 ? context([restLine(rest)]) : null,
    options.report === false
      ? null
      : {
          type: "actions",
          block_id: "answer_actions",
          elements: [
            reportButton(
              `/factcheck (${plural(a.claims.length, "claim", "claims")}, ${a.counts.contradicted} contradicted)`,
            ),
          ],
        },
  ]);
  return { text: factcheckFallback(a), blocks: [...blocks, ...footer] };
}
