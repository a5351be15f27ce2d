/**
 * The daily digest in Block Kit, for the scheduled post and for `/digest` alike: what changed,
 * the fact-checks, the problems reported, the running totals, then the open disputes (longest
 * open first, as many as fit). A quiet day is one line.
 */
import type { DigestAnswer, OpenDispute } from "../../domain/answers.ts";
import { formatNewsroomDate } from "../../domain/dates.ts";
import { truncate } from "../escape.ts";
import { userText } from "../user-text.ts";
import { reportButton } from "./actions.ts";
import { checkLines, resolutionLine } from "./citations.ts";
import { disputeActions } from "./dispute-actions.ts";
import type { Rendered } from "./index.ts";
import { type Block, packUnits, type Unit } from "./limits.ts";
import {
  compact,
  context,
  esc,
  header,
  plural,
  section,
  sectionsFromLines,
  userMention,
} from "./parts.ts";
import { waveChart } from "./totals.ts";

export interface DigestRenderOptions {
  /** Open disputes carry the buttons that settle them; the listener still checks who clicks. */
  editor?: boolean;
  /** Whether it carries a Report a problem button (default true). */
  report?: boolean;
}

/** Items of each list shown before "and N more": a digest is a summary; /review and /disputes have them all. */
const LIST_SHOWN = 6;
const NOTE_CHARS = 300;
/** A resolution's note in the digest: the gist; the reply to the dispute shows it whole. */
const RESOLUTION_NOTE_CHARS = 200;

/** The first few, then "and N more" in words. */
function capped<T>(
  items: readonly T[],
  show: (x: T) => string,
  more: (n: number) => string,
): string[] {
  const shown = items.slice(0, LIST_SHOWN).map(show);
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, more(rest)] : shown;
}

export function digestTitle(d: DigestAnswer): string {
  return `Factdesk digest, ${d.day}`;
}

function quietLine(d: DigestAnswer): string {
  const since = d.since ? " since the last digest" : "";
  return `A quiet day: nothing changed${since}. ${plural(d.openDisputes.length, "dispute", "disputes")} still open.`;
}

function changeLines(d: DigestAnswer): string[] {
  const lines: string[] = [];
  if (d.sourcesAdded.length > 0)
    lines.push(
      `• ${plural(d.sourcesAdded.length, "new source", "new sources")}: ${capped(
        d.sourcesAdded,
        (s) => `*${esc(truncate(s.outlet, 80))}*`,
        (n) => `${n} more`,
      ).join(", ")}`,
    );
  if (d.eventsAdded?.length)
    lines.push(
      `• ${plural(d.eventsAdded.length, "new event", "new events")} proposed: ${capped(
        d.eventsAdded,
        (t) => `*${esc(truncate(t, 80))}*`,
        (n) => `${n} more`,
      ).join(", ")}`,
    );
  if (d.factsAdded > 0) lines.push(`• ${plural(d.factsAdded, "fact", "facts")} added`);
  const reviewed = [
    d.factsApproved > 0 ? `${d.factsApproved} approved` : null,
    d.factsRejected > 0 ? `${d.factsRejected} rejected` : null,
  ].filter(Boolean);
  if (reviewed.length > 0) lines.push(`• Facts reviewed: ${reviewed.join(", ")}`);
  if (d.disputesOpened.length > 0)
    lines.push(
      `• :warning: ${plural(d.disputesOpened.length, "dispute", "disputes")} opened: ${capped(
        d.disputesOpened,
        (x) => `*${esc(x.title)}*`,
        (n) => `${n} more`,
      ).join(", ")}`,
    );
  lines.push(
    ...capped(
      d.disputesResolved,
      (x) => `• *${esc(x.title)}*: ${resolutionLine(x, RESOLUTION_NOTE_CHARS)}`,
      (n) => `• _…and ${n} more resolved: \`/disputes\`_`,
    ),
  );
  if (d.awaitingReview > 0)
    lines.push(
      `• ${plural(d.awaitingReview, "fact awaits", "facts await")} an editor's review: \`/review\``,
    );
  if (d.eventsAwaitingReview)
    lines.push(
      `• ${plural(d.eventsAwaitingReview, "proposed event awaits", "proposed events await")} an editor's review: \`/review\``,
    );
  return lines.length > 0 ? ["*What changed*", ...lines] : [];
}

function factcheckLines(d: DigestAnswer): string[] {
  const f = d.factchecks;
  if (f.runs === 0) return [];
  const wrong =
    f.mostWrong.length > 0
      ? `\nMost often wrong: ${f.mostWrong.map((w) => `*${esc(truncate(w.figure, 60))}* (${w.times}×)`).join(", ")}`
      : "";
  return [
    `*Fact-checks*: ${plural(f.runs, "run", "runs")}, ${plural(f.claims, "claim", "claims")}, ${f.contradicted} contradicted${wrong}`,
  ];
}

function reportLines(d: DigestAnswer): string[] {
  if (d.reports.length === 0) return [];
  return [
    `*Problems reported* (${d.reports.length})`,
    ...capped(
      d.reports,
      (r) =>
        `• ${userMention(r.by)} on “${userText(r.answer, 100)}”: ${userText(r.note, NOTE_CHARS)}`,
      (n) => `_…and ${n} more in \`/review\`_`,
    ),
  ];
}

function totalsLines(d: DigestAnswer): string[] {
  const deal = d.totals.deal;
  const lines: string[] = [];
  if (deal) {
    lines.push(`*Running totals*: ${esc(deal.event.title)}`);
    if (deal.waves.length > 0) lines.push(waveChart(deal.waves));
    lines.push(...checkLines(deal.checks));
  }
  const last = d.totals.timeline.at(-1);
  const value = last?.figure.readings[0]?.valueText;
  if (last && value)
    lines.push(
      `Ukrainians returned since the full-scale invasion: *${esc(value)}* (as of ${esc(last.asOf)})`,
    );
  return lines;
}

function openDisputeUnit(o: OpenDispute, editor: boolean): Unit {
  const d = o.dispute;
  const days = o.daysOpen === 0 ? "opened today" : `open ${plural(o.daysOpen, "day", "days")}`;
  const lines = [
    `:warning: *${esc(d.title)}*${d.betweenParties ? " _between the parties_" : ""} · ${days} (since ${esc(o.openSince)})`,
    d.sides.map((s) => `*${esc(s.valueText)}*`).join(" vs "),
    esc(d.sentence),
  ];
  const actions = editor ? disputeActions(d) : null;
  return {
    blocks: compact([section(lines.filter(Boolean).join("\n")), actions]),
    noun: ["open dispute", "open disputes"],
  };
}

const FOOTER_BLOCKS = 2;
const FOOTER_CHARS = 300;

export function renderDigest(d: DigestAnswer, options: DigestRenderOptions = {}): Rendered {
  const title = digestTitle(d);
  if (d.quiet) {
    const line = `${esc(title)}: ${quietLine(d)}`;
    return {
      text: line,
      blocks: [section(`:newspaper: *${esc(title)}*: ${quietLine(d)}`) as Block],
    };
  }
  const editor = options.editor === true;
  const since = d.since
    ? `Since the last digest (${esc(formatNewsroomDate(d.since.slice(0, 10)))})`
    : "The first digest: everything in the store so far";
  const head: Block[] = [
    header(title),
    ...compact([context([since])]),
    ...sectionsFromLines([
      ...changeLines(d),
      ...factcheckLines(d),
      ...reportLines(d),
      ...totalsLines(d),
    ]),
  ];
  const units: Unit[] = [];
  if (d.openDisputes.length > 0)
    head.push(
      ...compact([
        section(
          `*Open disputes* (${d.openDisputes.length}), longest open first${editor ? "\n_Settling one is for editors; everyone else can *Report a problem*._" : ""}`,
        ),
      ]),
    );
  else head.push(...compact([section("*No open disputes*: every disagreement is settled.")]));
  units.push(...d.openDisputes.map((o) => openDisputeUnit(o, editor)));

  const page = packUnits(head, units, { reserve: FOOTER_BLOCKS, reserveChars: FOOTER_CHARS });
  const footer = compact([
    page.rest ? context([`…and ${page.rest}: \`/disputes\` has every one.`]) : null,
    options.report === false
      ? null
      : {
          type: "actions",
          block_id: "digest_actions",
          elements: [reportButton(`digest of ${d.day}`)],
        },
  ]);
  const changed = [
    d.sourcesAdded.length > 0 ? plural(d.sourcesAdded.length, "new source", "new sources") : null,
    d.factsAdded > 0 ? plural(d.factsAdded, "fact added", "facts added") : null,
    d.disputesResolved.length > 0 ? `${d.disputesResolved.length} resolved` : null,
    d.reports.length > 0 ? plural(d.reports.length, "problem reported", "problems reported") : null,
  ].filter(Boolean);
  const text = `${esc(title)}: ${changed.length > 0 ? `${changed.join(", ")}; ` : ""}${plural(d.openDisputes.length, "dispute", "disputes")} open`;
  return { text, blocks: [...page.blocks, ...footer] };
}
