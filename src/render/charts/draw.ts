/**
 * A chart's Vega-Lite spec → Vega → SVG (vega's own SVG renderer, no browser, no canvas) →
 * PNG (resvg, with the project's font and no system fonts). Pure apart from the time it takes.
 */
import { Resvg } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { CHART_FONT, CHART_FONT_FILES } from "./font.ts";
import { useChartFontMetrics } from "./metrics.ts";

export type ChartName = "deal" | "totals";

/** What a chart shows, before it is drawn: built from an answer object alone. */
export interface Chart {
  name: ChartName;
  /** The chart's heading, also the uploaded file's title. */
  title: string;
  /** One sentence saying what the chart shows, with its numbers. */
  alt: string;
  /** Nothing in the store to draw: the chart says so. */
  empty: boolean;
  /** The stored facts behind every figure drawn, in the order drawn. */
  factIds: string[];
  spec: TopLevelSpec;
}

export interface DrawnChart extends Chart {
  svg: string;
  png: Buffer;
  /** The PNG's size in pixels. */
  width: number;
  height: number;
  /** Milliseconds: Vega-Lite compile + Vega to SVG, and resvg to PNG. */
  ms: { svg: number; png: number };
}

/** PNG pixels per SVG pixel: sharp enough on a high-density screen, and half the pixels of 2× to rasterise and encode. */
export const CHART_SCALE = 1.5;

/** The look every chart shares. */
export const CHART_CONFIG = {
  font: CHART_FONT,
  background: "white",
  padding: 12,
  view: { stroke: null },
  title: { fontSize: 15, subtitleFontSize: 11, subtitleColor: "#555", anchor: "start" },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: "normal", gridColor: "#eee" },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 420 },
} as const;

/**
 * Vega-Lite's notes while compiling (it merges the layers' shared scales and legends and says
 * so) are not for a reader of the terminal or the bot's log: kept quiet; errors still throw.
 */
const quiet = {
  level: (_?: number) => quiet,
  error: (...args: unknown[]) => {
    throw new Error(`vega-lite: ${args.join(" ")}`);
  },
  warn: () => quiet,
  info: () => quiet,
  debug: () => quiet,
};

export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  useChartFontMetrics();
  const view = new View(parse(compile(spec, { logger: quiet as never }).spec), {
    renderer: "none",
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function chartPng(svg: string, scale = CHART_SCALE) {
  const image = new Resvg(svg, {
    font: {
      fontFiles: [...CHART_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT,
    },
    fitTo: { mode: "zoom", value: scale },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

export async function draw(chart: Chart, scale = CHART_SCALE): Promise<DrawnChart> {
  const t0 = performance.now();
  const svg = await chartSvg(chart.spec);
  const t1 = performance.now();
  const { png, width, height } = chartPng(svg, scale);
  const t2 = performance.now();
  return { ...chart, svg, png, width, height, ms: { svg: t1 - t0, png: t2 - t1 } };
}
