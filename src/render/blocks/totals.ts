/**
 * `/totals`: the deal wave by wave as a text bar chart with its check sums, the year's
 * exchanges, the running "returned since 2022" claims, and the disputes among them.
 */
import type { Figure, TimelinePoint, TotalsAnswer } from "../../domain/answers.ts";
import { truncate } from "../escape.ts";
import { bar, waveValue } from "../text.ts";
import { checkLines, citationMeta, disputeUnit, figureUnit, WITHHELD } from "./citations.ts";
import type { Doc } from "./doc.ts";
import type { Unit } from "./limits.ts";
import { compact, context, esc, header, plural, quote, sectionsFromLines } from "./parts.ts";

const BAR_WIDTH = 16;

/**
 * The first page of /totals is a summary: the latest exchanges and running totals, as many
 * disputes as fit in TOTALS_PAGE_CHARS, and the rest (the earlier items of each list, the other
 * disputes) behind Show the rest. At 100,000 facts the reply was 11,600 characters of blocks in
 * 44 blocks, close to what Slack refuses (about 13k characters, 50 blocks), and too much to read
 * at a glance; on the bundled store (6 exchanges, 4 running totals, 5,900 characters) it is
 * unchanged.
 */
const SUMMARY_ITEMS = 8;
const TOTALS_PAGE_CHARS = 7_000;
const NO_DISPUTES: ReadonlySet<string> = new Set();

/** "May 23" for the chart; the year is in the header. */
function shortDate(dateText: string | null, title: string): string {
  return truncate((dateText ?? title).replace(/,\s*\d{4}.*$/, ""), 12);
}

/** The waves as monospace bars: `May 23  ████████████████ 390`. */
export function waveChart(waves: NonNullable<TotalsAnswer["deal"]>["waves"]): string {
  const values = waves.map((w) => waveValue(w.figure) ?? 0);
  const max = Math.max(0, ...values);
  const labels = waves.map((w) => shortDate(w.event.dateText, w.event.title));
  const width = Math.max(0, ...labels.map((l) => l.length));
  const rows = waves.map((w, i) => {
    const readings = w.figure?.readings ?? [];
    const value = readings.length > 0 ? readings.map((r) => r.valueText).join(" or ") : "no figure";
    return `${(labels[i] ?? "").padEnd(width)}  ${bar(values[i] ?? 0, max, BAR_WIDTH).padEnd(BAR_WIDTH)} ${value}`;
  });
  return `\`\`\`\n${esc(rows.join("\n"))}\n\`\`\``;
}

function headline(f: Figure | null): string {
  if (!f) return "no figure";
  return `*${f.readings.map((r) => esc(r.valueText)).join(" or ")}* (${esc(f.label)})`;
}

function timelineLines(points: readonly TimelinePoint[]): string[] {
  return points.flatMap((p) => {
    const r = p.figure.readings[0];
    const c = r?.citations[0];
    const line = `• *${esc(r?.valueText ?? "?")}* as of ${esc(p.asOf)}${c ? `: ${citationMeta(c)}` : ""}`;
    if (!c) return [line];
    return [line, c.verified ? quote(c.quote, 300) : WITHHELD];
  });
}

function countLines(points: readonly TimelinePoint[]): string[] {
  return points.map((p) => {
    const r = p.figure.readings[0];
    const c = r?.citations[0];
    const value =
      p.figure.measure === "exchange-ordinal" ? `the ${c?.said ?? r?.valueText}` : r?.valueText;
    return `• ${esc(p.asOf)}: *${esc(value ?? "?")}*${c ? ` (${esc(c.source.outlet)})` : ""}`;
  });
}

const more = (shown: number, total: number | undefined) =>
  total !== undefined && total > shown ? ` _(the latest ${shown} of ${total})_` : "";

export function totalsDoc(a: TotalsAnswer, options: { editor?: boolean } = {}): Doc {
  const head = compact([
    header(a.deal ? `Totals: ${a.deal.event.title}` : "Totals"),
    context([
      a.deal?.event.dateText ? `*${esc(a.deal.event.dateText)}*` : null,
      a.disputes.length > 0
        ? `:warning: *${plural(a.disputesTotal ?? a.disputes.length, "dispute", "disputes")}* among these figures`
        : null,
    ]),
  ]);
  const units: Unit[] = [];
  const section = (noun: string, lines: string[]) =>
    units.push({ blocks: sectionsFromLines(lines), noun: [noun, `${noun}s`] });

  if (a.deal) {
    if (a.deal.total) units.push(figureUnit(a.deal.total, { disputes: NO_DISPUTES, maxQuotes: 2 }));
    if (a.deal.waves.length > 0 || a.deal.checks.length > 0)
      section("chart", [
        `*Wave by wave* (${esc(a.deal.waves[0]?.figure?.label.toLowerCase() ?? "each side")})`,
        ...(a.deal.waves.length > 0 ? [waveChart(a.deal.waves)] : []),
        ...checkLines(a.deal.checks),
      ]);
  }
  const year = a.year ?? "the year";
  const exchangeLine = (e: TotalsAnswer["exchanges"][number]) =>
    `• *${esc(e.event.dateText ?? "undated")}*: ${headline(e.figure)} · ${esc(e.event.title)}`;
  const [earlierExchanges, latestExchanges] = latest(a.exchanges);
  const [earlierPoints, latestPoints] = latest(a.timeline);
  if (latestExchanges.length > 0)
    section("list", [
      `*Exchanges in ${year}*${more(latestExchanges.length, a.exchangesTotal ?? a.exchanges.length)}`,
      ...latestExchanges.map(exchangeLine),
    ]);
  if (latestPoints.length > 0)
    section("timeline", [
      `*Ukrainians returned since the full-scale invasion*, as each source had it${more(latestPoints.length, a.timelineTotal ?? a.timeline.length)}`,
      ...timelineLines(latestPoints),
    ]);
  if (a.exchangeCount.length > 0)
    section("list", ["*Exchanges counted since the invasion*", ...countLines(a.exchangeCount)]);
  units.push(...a.disputes.map((d) => disputeUnit(d, options)));
  // The earlier items of the summarised lists, after everything else: behind Show the rest.
  if (earlierExchanges.length > 0)
    section("list", [
      `*Exchanges in ${year}, before those*`,
      ...earlierExchanges.map(exchangeLine),
    ]);
  if (earlierPoints.length > 0)
    section("timeline", [
      "*Ukrainians returned since the full-scale invasion*, earlier figures",
      ...timelineLines(earlierPoints),
    ]);

  const waves = a.deal?.waves.map((w) => w.figure?.readings[0]?.valueText ?? "?") ?? [];
  const text = a.deal
    ? `${esc(a.deal.event.title)}: ${esc(waves.join(" + "))}${a.deal.total ? ` of ${esc(a.deal.total.readings[0]?.valueText ?? "?")}` : ""}${a.disputes.length > 0 ? ` · ${plural(a.disputesTotal ?? a.disputes.length, "dispute", "disputes")}` : ""}`
    : `Totals: ${plural(a.exchanges.length, "exchange", "exchanges")} in ${a.year ?? "the store"}`;
  return { head, units, text, pageChars: TOTALS_PAGE_CHARS };
}

/** A list (oldest first) as [the earlier items, the latest SUMMARY_ITEMS]. */
function latest<T>(items: readonly T[]): [readonly T[], readonly T[]] {
  const cut = Math.max(0, items.length - SUMMARY_ITEMS);
  return [items.slice(0, cut), items.slice(cut)];
}
