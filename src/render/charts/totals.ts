/**
 * Running totals since 2022: every stored "returned since the full-scale invasion" claim of a
 * totals answer as a dated point, one mark per claimant; a hedged figure ("more than 4,750")
 * also drawn as the interval the project's rule allows (`interval()`), and each disputed pair
 * joined by a dashed line with its label. Every mark is a stored fact's figure.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Citation, TimelinePoint, TotalsAnswer } from "../../domain/answers.ts";
import { formatNumber, formatValue, interval } from "../../domain/numbers.ts";
import { CHART_CONFIG, type Chart } from "./draw.ts";

export const TOTALS_TITLE =
  "Ukrainians returned since the full-scale invasion, as each source had it";
const WIDTH = 620;
const HEIGHT = 300;
const DISPUTE_RED = "#c0392b";

/** One mark: one claimant's figure at one date. */
export interface TotalsRow {
  factIds: string[];
  claimant: string;
  /** "as of" as the newsroom writes it. */
  asOf: string;
  from: string;
  to: string;
  /** Where the mark sits: the middle of the span the source allows. */
  mid: string;
  n: number;
  /** The interval the rule gives; equal to n for an exact figure. */
  lo: number;
  hi: number;
  hedged: boolean;
  /** "more than 4,750". */
  said: string;
  /** "more than 4,750 (up to 7,125 by the rule)" or "4,552". */
  label: string;
  /** Pixels the label moves down, so the labels of a close pair do not overlap. */
  labelDy: number;
  disputeIds: string[];
}

export interface TotalsDispute {
  id: string;
  /** The rows joined, oldest first. */
  rows: TotalsRow[];
  /** "Disputed: 4,552 vs more than 4,750". */
  label: string;
}

function midDay(from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(Math.round((a + b) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

/** What the rule allows, in words: "up to 7,125 by the rule", "3,300–3,500 by the rule". */
function rangeWords(q: string, lo: number, hi: number): string {
  if (q === "more-than" || q === "at-least") return `up to ${formatNumber(hi)} by the rule`;
  return `${formatNumber(lo)}–${formatNumber(hi)} by the rule`;
}

function row(point: TimelinePoint, claimant: string, cites: Citation[]): TotalsRow | null {
  const c = cites[0];
  if (!c?.number || !c.asOfDays) return null;
  const i = interval(c.number);
  const lo = i.min;
  const hi = Number.isFinite(i.max) ? i.max : c.number.n;
  const hedged = lo !== hi;
  const said = formatValue(c.number);
  return {
    factIds: cites.map((x) => x.factId),
    claimant,
    asOf: point.asOf,
    from: c.asOfDays.from,
    to: c.asOfDays.to,
    mid: midDay(c.asOfDays.from, c.asOfDays.to),
    n: c.number.n,
    lo,
    hi,
    hedged,
    said,
    label: hedged ? `${said} (${rangeWords(c.number.qualifier, lo, hi)})` : said,
    labelDy: 0,
    disputeIds: point.figure.disputeIds,
  };
}

/** The marks of a totals answer: per point, per reading, per claimant (verified quotes only). */
export function totalsRows(a: TotalsAnswer): TotalsRow[] {
  const rows: TotalsRow[] = [];
  for (const point of a.timeline) {
    for (const reading of point.figure.readings) {
      for (const claimant of reading.claimants) {
        const cites = reading.citations.filter((c) => c.claimant.id === claimant.id && c.verified);
        const r = row(point, claimant.name, cites);
        if (r) rows.push(r);
      }
    }
  }
  return rows.sort((x, y) => x.mid.localeCompare(y.mid) || x.n - y.n);
}

/** The disputes among the drawn marks: the answer's own, matched to marks by their facts. */
export function totalsDisputes(a: TotalsAnswer, rows: readonly TotalsRow[]): TotalsDispute[] {
  const ids = [...new Set(rows.flatMap((r) => r.disputeIds))];
  return ids.flatMap((id) => {
    const view = a.disputes.find((d) => d.id === id);
    const facts = view
      ? new Set(view.sides.flatMap((s) => s.citations.map((c) => c.factId)))
      : null;
    const joined = rows.filter(
      (r) => r.disputeIds.includes(id) && (!facts || r.factIds.some((f) => facts.has(f))),
    );
    if (joined.length < 2) return [];
    // The lower figure's label goes below its mark, the higher one's above.
    const ns = joined.map((r) => r.n);
    for (const r of joined) {
      if (r.n === Math.min(...ns)) r.labelDy = 11;
      else if (r.n === Math.max(...ns)) r.labelDy = -11;
    }
    return [{ id, rows: joined, label: `Disputed: ${joined.map((r) => r.said).join(" vs ")}` }];
  });
}

function altText(rows: readonly TotalsRow[], disputes: readonly TotalsDispute[]): string {
  if (rows.length === 0)
    return "Running totals of Ukrainians returned since 2022: the store holds none yet, so the chart is empty.";
  const items = rows.map(
    (r) => `${r.said} (${r.claimant}, as of ${r.asOf.replace(/ \(date not printed\)$/, "")})`,
  );
  const list = items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0];
  const disputed = disputes.map((d) => `${d.rows.map((r) => r.said).join(" and ")} are disputed`);
  return `Running totals of Ukrainians returned since 2022, as each source had it: ${list}${disputed.length > 0 ? `; ${disputed.join("; ")}` : ""}.`;
}

function emptySpec(): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CHART_CONFIG,
    title: { text: TOTALS_TITLE, subtitle: "The store holds no running totals yet." },
    width: WIDTH,
    height: 120,
    data: { values: [{ message: "No running totals in the store yet" }] },
    name: "empty",
    mark: { type: "text", fontSize: 14, color: "#777" },
    encoding: { text: { field: "message" } },
  };
}

export function totalsChart(a: TotalsAnswer): Chart {
  const rows = totalsRows(a);
  const disputes = totalsDisputes(a, rows);
  const alt = altText(rows, disputes);
  const factIds = rows.flatMap((r) => r.factIds);
  if (rows.length === 0)
    return { name: "totals", title: TOTALS_TITLE, alt, empty: true, factIds, spec: emptySpec() };

  const links = disputes.flatMap((d) =>
    d.rows.slice(1).map((r, i) => {
      const p = d.rows[i] as TotalsRow;
      return { id: d.id, x: p.mid, y: p.n, x2: r.mid, y2: r.n };
    }),
  );
  const labels = disputes.map((d) => {
    const first = d.rows[0] as TotalsRow;
    const mean = d.rows.reduce((sum, r) => sum + r.n, 0) / d.rows.length;
    const ns = d.rows.map((r) => r.n);
    return {
      id: d.id,
      x: first.mid,
      y: mean,
      lo: Math.min(...ns),
      hi: Math.max(...ns),
      label: d.label,
    };
  });
  const days = rows.flatMap((r) => [r.from, r.to]).sort();
  const t0 = Date.parse(days[0] as string);
  const t1 = Date.parse(days.at(-1) as string);
  const span = Math.max(t1 - t0, 60 * 86_400_000);
  // Room on the right for the labels, which sit to the right of their marks.
  const domain = [
    new Date(t0 - span * 0.05).toISOString(),
    new Date(t1 + span * 0.35).toISOString(),
  ];
  const shown = a.timelineTotal !== undefined && a.timelineTotal > a.timeline.length;
  const x = {
    field: "mid",
    type: "temporal",
    title: null,
    axis: { format: "%b %Y", tickCount: 6 },
    scale: { domain },
  } as const;
  const y = {
    type: "quantitative",
    title: "people returned",
    scale: { zero: false, nice: true },
  } as const;

  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CHART_CONFIG,
    title: {
      text: TOTALS_TITLE,
      subtitle: [
        `One mark per claimant's stored figure${shown ? ` (the latest ${a.timeline.length} of ${a.timelineTotal} dates)` : ""}; a hollow mark is a hedged figure, its line the range the rule allows;`,
        "a span under a mark is the days an undated source allows; a red bracket joins figures that cannot both be true.",
      ],
    },
    width: WIDTH,
    height: HEIGHT,
    layer: [
      {
        name: "span",
        data: { values: rows.filter((r) => r.from !== r.to) },
        mark: { type: "rule", strokeWidth: 2, color: "#bbb" },
        encoding: {
          x: { field: "from", type: "temporal", title: null, scale: { domain } },
          x2: { field: "to" },
          y: { field: "n", ...y },
        },
      },
      {
        name: "interval",
        data: { values: rows.filter((r) => r.hedged) },
        mark: { type: "rule", strokeWidth: 3 },
        encoding: {
          x,
          y: { field: "lo", ...y },
          y2: { field: "hi" },
          color: { field: "claimant", type: "nominal" },
        },
      },
      {
        name: "dispute",
        data: { values: links },
        mark: { type: "rule", strokeDash: [6, 4], strokeWidth: 2, color: DISPUTE_RED },
        encoding: {
          x: { field: "x", type: "temporal", title: null, scale: { domain } },
          x2: { field: "x2" },
          y: { field: "y", ...y },
          y2: { field: "y2" },
        },
      },
      {
        // The bracket beside a disputed pair, from one figure to the other.
        name: "dispute_bracket",
        data: { values: labels },
        mark: { type: "rule", strokeWidth: 2, color: DISPUTE_RED, xOffset: -8 },
        encoding: {
          x: { field: "x", type: "temporal", title: null },
          y: { field: "lo", ...y },
          y2: { field: "hi" },
        },
      },
      {
        name: "figure",
        data: { values: rows },
        mark: { type: "point", size: 110, strokeWidth: 2.5, filled: false, opacity: 1 },
        encoding: {
          x,
          y: { field: "n", ...y },
          color: {
            field: "claimant",
            type: "nominal",
            title: null,
            legend: {
              orient: "bottom",
              direction: "vertical",
              symbolStrokeWidth: 2.5,
              symbolOpacity: 1,
            },
          },
          fill: {
            condition: { test: "datum.hedged", value: "white" },
            field: "claimant",
            type: "nominal",
            legend: null,
          },
          description: { field: "label" },
        },
      },
      {
        name: "figure_label",
        data: { values: rows },
        mark: {
          type: "text",
          align: "left",
          baseline: "middle",
          dx: 10,
          fontSize: 11,
          fontWeight: "bold",
        },
        encoding: {
          // After the span of days, when the source allows one, so the label does not strike it.
          x: { ...x, field: "to" },
          y: { field: "n", ...y },
          yOffset: { field: "labelDy", type: "quantitative", scale: null },
          text: { field: "label" },
        },
      },
      {
        name: "dispute_label",
        data: { values: labels },
        mark: {
          type: "text",
          align: "right",
          baseline: "middle",
          dx: -14,
          fontSize: 11,
          fontWeight: "bold",
          color: DISPUTE_RED,
        },
        encoding: {
          x: { field: "x", type: "temporal", title: null, scale: { domain } },
          y: { field: "y", ...y },
          text: { field: "label" },
        },
      },
    ],
    resolve: { scale: { color: "shared" } },
  };
  return { name: "totals", title: TOTALS_TITLE, alt, empty: false, factIds, spec };
}
