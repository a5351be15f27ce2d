/** Answer objects → charts → PNG: the pictures the terminal writes and the bot uploads. */
import type { DigestAnswer, TotalsAnswer } from "../../domain/answers.ts";
import { dealChart } from "./deal.ts";
import { type Chart, type ChartName, type DrawnChart, draw } from "./draw.ts";
import { totalsChart } from "./totals.ts";

export { dealChart } from "./deal.ts";
export { type Chart, type ChartName, type DrawnChart, draw } from "./draw.ts";
export { totalsChart } from "./totals.ts";

export const CHART_NAMES: readonly ChartName[] = ["totals", "deal"];

export function chartOf(name: ChartName, a: TotalsAnswer): Chart {
  return name === "deal" ? dealChart(a) : totalsChart(a);
}

/** The running-totals chart of a totals answer, drawn. */
export function drawTotals(a: TotalsAnswer): Promise<DrawnChart> {
  return draw(totalsChart(a));
}

/** The chart the digest carries: its running totals. */
export function drawDigest(d: DigestAnswer): Promise<DrawnChart> {
  return draw(totalsChart(d.totals));
}
