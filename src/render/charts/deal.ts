/**
 * The deal: the 1,000-for-1,000 exchange wave by wave as the store holds it (390, 307, 303),
 * stacked to the total, each wave with its day and how many sources give its figure, and a
 * rule at the agreed total. Every figure drawn is a stored fact's, from the totals answer.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Reading, TotalsAnswer } from "../../domain/answers.ts";
import { formatNumber, formatValue } from "../../domain/numbers.ts";
import { agreementText } from "../text.ts";
import { CHART_CONFIG, type Chart } from "./draw.ts";

const WIDTH = 620;
const COLORS = ["#1d3557", "#457b9d", "#8fb8d6", "#a8dadc", "#e9c46a"];

export interface DealRow {
  factIds: string[];
  /** "Wave 1 · May 23". */
  wave: string;
  day: string;
  n: number;
  said: string;
  /** Where the wave's segment starts and ends on the stack. */
  start: number;
  end: number;
  mid: number;
  /** "1 source", "2 sources agree". */
  sources: string;
  /** Other values sources give for the same wave: "also 270". */
  others: string;
}

/** The first reading with a verified, numeric figure. */
function drawn(readings: readonly Reading[]) {
  for (const r of readings) {
    const cites = r.citations.filter((c) => c.verified && c.number);
    const n = cites[0]?.number;
    if (n) return { reading: r, number: n, cites };
  }
  return null;
}

const shortDay = (dateText: string | null, title: string) =>
  (dateText ?? title).replace(/,\s*\d{4}.*$/, "");

export function dealRows(a: TotalsAnswer): DealRow[] {
  const rows: DealRow[] = [];
  let at = 0;
  (a.deal?.waves ?? []).forEach((w, i) => {
    const d = drawn(w.figure?.readings ?? []);
    if (!d) return;
    const n = d.number.n;
    const day = shortDay(w.event.dateText, w.event.title);
    const others = (w.figure?.readings ?? [])
      .filter((r) => r !== d.reading)
      .map((r) => r.valueText);
    rows.push({
      factIds: d.cites.map((c) => c.factId),
      wave: `Wave ${i + 1} · ${day}`,
      day,
      n,
      said: formatValue(d.number),
      start: at,
      end: at + n,
      mid: at + n / 2,
      sources: agreementText(d.reading),
      others: others.length > 0 ? `also given: ${others.join(", ")}` : "",
    });
    at += n;
  });
  return rows;
}

export function dealChart(a: TotalsAnswer): Chart {
  const deal = a.deal;
  const rows = dealRows(a);
  const total = deal?.total ? drawn(deal.total.readings) : null;
  const title = deal ? `${deal.event.title}, wave by wave` : "The deal, wave by wave";
  const sum = rows.reduce((s, r) => s + r.n, 0);
  const factIds = [...rows.flatMap((r) => r.factIds), ...(total?.cites.map((c) => c.factId) ?? [])];

  if (!deal || rows.length === 0) {
    const alt = deal
      ? `${deal.event.title}: the store holds no figure for any of its waves yet, so the chart is empty.`
      : "The deal wave by wave: the store holds no deal yet, so the chart is empty.";
    return {
      name: "deal",
      title,
      alt,
      empty: true,
      factIds,
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        config: CHART_CONFIG,
        title: { text: title, subtitle: "The store holds no figures for this yet." },
        width: WIDTH,
        height: 80,
        data: {
          values: [
            { message: deal ? "No wave figures in the store yet" : "No deal in the store yet" },
          ],
        },
        name: "empty",
        mark: { type: "text", fontSize: 14, color: "#777" },
        encoding: { text: { field: "message" } },
      },
    };
  }

  const label = deal.waves[0]?.figure?.label.toLowerCase() ?? "released by each side";
  const check = deal.checks[0];
  const items = rows.map((r) => `${r.said} on ${r.day} (${r.sources})`);
  const list = items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0];
  const alt = `${deal.event.title}${deal.event.dateText ? ` (${deal.event.dateText})` : ""} wave by wave, ${label}: ${list}, stacked to ${formatNumber(sum)}${total ? ` against the agreed ${total.reading.valueText}` : ""}.`;
  const max = Math.max(sum, total ? total.number.n : 0);
  const x = {
    type: "quantitative" as const,
    title: null,
    scale: { domain: [0, max * 1.04], nice: false },
    axis: null,
  };
  const subtitle = [
    `${label[0]?.toUpperCase()}${label.slice(1)}; each wave's figure as the store holds it, with how many sources give it.`,
    ...(check
      ? [
          check.ok
            ? `${check.expression}: the waves add up to the total.`
            : `${check.expression}, against ${check.against.valueText}: the waves do not add up to the total.`,
        ]
      : []),
  ];
  const totals = total
    ? [
        {
          n: total.number.n,
          label: `Total: ${total.reading.valueText} · ${agreementText(total.reading)}`,
        },
      ]
    : [];

  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CHART_CONFIG,
    title: { text: title, subtitle },
    width: WIDTH,
    height: 100,
    layer: [
      {
        name: "wave",
        data: { values: rows },
        mark: { type: "bar", height: 46, y: 30, stroke: "white", strokeWidth: 1.5 },
        encoding: {
          x: { field: "start", ...x },
          x2: { field: "end" },
          color: {
            field: "wave",
            type: "nominal",
            scale: { range: COLORS },
            sort: null,
            legend: null,
          },
          description: { field: "wave" },
        },
      },
      {
        name: "wave_value",
        data: { values: rows },
        mark: {
          type: "text",
          color: "white",
          fontSize: 16,
          fontWeight: "bold",
          baseline: "middle",
          y: 30,
        },
        encoding: { x: { field: "mid", ...x }, text: { field: "said" } },
      },
      {
        name: "wave_day",
        data: { values: rows },
        mark: { type: "text", fontSize: 11, fontWeight: "bold", baseline: "top", y: 60 },
        encoding: { x: { field: "mid", ...x }, text: { field: "wave" } },
      },
      {
        name: "wave_sources",
        data: { values: rows },
        mark: { type: "text", fontSize: 11, color: "#555", baseline: "top", y: 75 },
        encoding: { x: { field: "mid", ...x }, text: { field: "sources" } },
      },
      {
        name: "wave_others",
        data: { values: rows.filter((r) => r.others) },
        mark: { type: "text", fontSize: 11, color: "#c0392b", baseline: "top", y: 90 },
        encoding: { x: { field: "mid", ...x }, text: { field: "others" } },
      },
      {
        name: "total",
        data: { values: totals },
        mark: { type: "rule", strokeWidth: 2, strokeDash: [5, 3], color: "#111", y: -2, y2: 60 },
        encoding: { x: { field: "n", ...x } },
      },
      {
        name: "total_label",
        data: { values: totals },
        mark: {
          type: "text",
          align: "right",
          baseline: "bottom",
          fontSize: 11,
          fontWeight: "bold",
          y: -4,
        },
        encoding: { x: { field: "n", ...x }, text: { field: "label" } },
      },
    ],
  };
  return { name: "deal", title, alt, empty: false, factIds, spec };
}
