// The charts: drawn from the totals answer of the bundled store, every mark a stored fact's,
// the PNG a real PNG of the stated size, an empty store an empty-state chart, not an error.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatValue, interval } from "../../src/domain/numbers.ts";
import { analyse, totals } from "../../src/domain/queries.ts";
import { CHART_FONT, CHART_FONT_FILES } from "../../src/render/charts/font.ts";
import {
  type DrawnChart,
  dealChart,
  draw,
  drawDigest,
  totalsChart,
} from "../../src/render/charts/index.ts";
import { measureText } from "../../src/render/charts/metrics.ts";
import { totalsRows } from "../../src/render/charts/totals.ts";
import type { StoreData } from "../../src/store/schema.ts";
import { bundledData } from "../helpers/store.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG's signature, and its IHDR chunk's width and height. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The items of one named mark group in Vega's SVG: their aria-labels or texts. */
function marks(svg: string, name: string): string[] {
  const start = svg.indexOf(`role-mark ${name}_marks"`);
  if (start < 0) return [];
  const open = svg.lastIndexOf("<g", start);
  // The group ends where the next group at its level begins or its parent closes.
  let depth = 0;
  let i = open;
  const re = /<g\b|<\/g>/g;
  re.lastIndex = open;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    depth += m[0] === "</g>" ? -1 : 1;
    if (depth === 0) {
      i = m.index;
      break;
    }
  }
  const group = svg.slice(open, i);
  const items = [...group.matchAll(/<(path|line|text)\b[^>]*>(?:([^<]*)<\/text>)?/g)];
  return items.map((m) => {
    const label = /aria-label="([^"]*)"/.exec(m[0]);
    return m[1] === "text" ? (m[2] ?? "") : (label?.[1] ?? m[1] ?? "");
  });
}

const data = bundledData();
const answer = totals(analyse(data));
const cumulative = data.facts.filter(
  (f) => f.measure === "returned-since-2022" && f.status !== "rejected",
);

function emptyStore(): StoreData {
  return {
    ...bundledData(),
    sources: [],
    claimants: [],
    events: [],
    facts: [],
    resolutions: [],
  } as StoreData;
}

describe("the running-totals chart", () => {
  let drawn: DrawnChart;
  it("draws a PNG of the stated size, from the project's font alone", async () => {
    drawn = await draw(totalsChart(answer));
    expect(pngSize(drawn.png)).toEqual({ width: drawn.width, height: drawn.height });
    expect(drawn.width).toBeGreaterThan(1000);
    expect(drawn.svg).toContain(`font-family="${CHART_FONT}"`);
    for (const f of CHART_FONT_FILES) expect(existsSync(f)).toBe(true);
  });

  it("has one mark per stored cumulative figure, each labelled with its figure", () => {
    const figures = marks(drawn.svg, "figure");
    expect(cumulative.length).toBeGreaterThanOrEqual(4);
    expect(figures).toHaveLength(cumulative.length);
    expect(new Set(drawn.factIds)).toEqual(new Set(cumulative.map((f) => f.id)));
    const labels = marks(drawn.svg, "figure_label");
    for (const f of cumulative) {
      if (f.value.type !== "number") throw new Error("a cumulative figure is a number");
      const said = formatValue(f.value);
      expect(labels.some((l) => l.startsWith(said))).toBe(true);
    }
  });

  it("draws a hedged figure as the interval the rule gives", () => {
    const hedged = totalsRows(answer).filter((r) => r.hedged);
    expect(hedged.map((r) => r.said)).toEqual(["about 3,400", "more than 4,750"]);
    const more = hedged[1];
    const rule = interval({ n: 4750, qualifier: "more-than" });
    expect([more?.lo, more?.hi]).toEqual([rule.min, rule.max]);
    expect(marks(drawn.svg, "interval")).toHaveLength(hedged.length);
    expect(marks(drawn.svg, "figure_label")).toContain("more than 4,750 (up to 7,125 by the rule)");
  });

  it("joins and labels each dispute among the figures: 4,552 against more than 4,750", () => {
    const disputed = answer.disputes.filter((d) => d.kind === "cumulative");
    expect(disputed.length).toBeGreaterThan(0);
    expect(marks(drawn.svg, "dispute_label")).toEqual(["Disputed: 4,552 vs more than 4,750"]);
    expect(marks(drawn.svg, "dispute_bracket")).toHaveLength(disputed.length);
    expect(marks(drawn.svg, "dispute")).toHaveLength(disputed.length);
  });

  it("says in one sentence what it shows, with the numbers", () => {
    expect(drawn.alt).toMatch(/^Running totals of Ukrainians returned since 2022/);
    for (const n of ["about 3,400", "3,672", "4,552", "more than 4,750"])
      expect(drawn.alt).toContain(n);
    expect(drawn.alt).toContain("4,552 and more than 4,750 are disputed");
    expect(drawn.alt.match(/\.\s/g)).toBeNull();
  });
});

describe("the deal chart", () => {
  it("stacks the waves as the store holds them to the total, each with its sources", async () => {
    const drawn = await draw(dealChart(answer));
    expect(pngSize(drawn.png)).toEqual({ width: drawn.width, height: drawn.height });
    expect(marks(drawn.svg, "wave")).toHaveLength(3);
    expect(marks(drawn.svg, "wave_value")).toEqual(["390", "307", "303"]);
    expect(marks(drawn.svg, "wave_day")).toEqual([
      "Wave 1 · May 23",
      "Wave 2 · May 24",
      "Wave 3 · May 25",
    ]);
    const sources = marks(drawn.svg, "wave_sources");
    expect(sources).toHaveLength(3);
    for (const s of sources) expect(s).toMatch(/^\d+ sources?( agree)?$/);
    expect(marks(drawn.svg, "total_label")[0]).toMatch(/^Total: 1,000 · /);
    expect(drawn.alt).toContain("390 on May 23");
    expect(drawn.alt).toContain("stacked to 1,000 against the agreed 1,000");
    for (const id of drawn.factIds) expect(data.facts.some((f) => f.id === id)).toBe(true);
  });
});

describe("an empty store", () => {
  it("draws empty-state charts, not an error", async () => {
    const empty = totals(analyse(emptyStore()));
    for (const chart of [totalsChart(empty), dealChart(empty)]) {
      const drawn = await draw(chart);
      expect(drawn.empty).toBe(true);
      expect(drawn.factIds).toEqual([]);
      expect(pngSize(drawn.png)).toEqual({ width: drawn.width, height: drawn.height });
      expect(drawn.svg).toMatch(/No (running totals|deal|wave figures) in the store yet/);
      expect(drawn.alt).toMatch(/the chart is empty\.$/);
    }
  });
});

describe("the digest's chart", () => {
  it("is the running-totals chart of the digest's own totals", async () => {
    const digest = { totals: answer } as Parameters<typeof drawDigest>[0];
    const drawn = await drawDigest(digest);
    expect(drawn.name).toBe("totals");
    expect(drawn.alt).toBe(totalsChart(answer).alt);
  });
});

describe("text widths", () => {
  it("come from the font: narrow letters are narrower than wide ones, bold wider than regular", () => {
    expect(measureText("iiii", 10)).toBeLessThan(measureText("WWWW", 10));
    expect(measureText("4,552", 11, true)).toBeGreaterThan(measureText("4,552", 11));
    // Vega's own guess without a canvas is 0.8 em a character; Inter is much narrower.
    expect(measureText("Disputed: 4,552", 11)).toBeLessThan(0.8 * 15 * 11 * 0.8);
  });
});
