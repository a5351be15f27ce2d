/**
 * Text widths for Vega's layout, from the chart font's own advance widths. Without a canvas,
 * Vega guesses 0.8 em a character, so titles, legends and labels are laid out for text a
 * third wider than Inter draws it. This reads each face's `cmap` (format 4) and `hmtx` tables
 * once and hands Vega the real widths (kerning aside), through the hook Vega keeps for that
 * (`textMetrics.width`, as vl-convert uses it).
 */
import { readFileSync } from "node:fs";
import * as vega from "vega";
import { CHART_FONT_FILES } from "./font.ts";

interface Face {
  unitsPerEm: number;
  /** Advance width in font units, by code point (BMP). */
  advance: Map<number, number>;
  fallback: number;
}

function readFace(file: string): Face {
  const b = readFileSync(file);
  const tables = new Map<string, number>();
  const count = b.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(b.toString("latin1", at, at + 4), b.readUInt32BE(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`${file}: no ${tag} table`);
    return at;
  };
  const unitsPerEm = b.readUInt16BE(table("head") + 18);
  const metrics = b.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const glyphAdvance = (g: number) => b.readUInt16BE(hmtx + 4 * Math.min(g, metrics - 1));

  const cmap = table("cmap");
  let sub = -1;
  for (let i = 0; i < b.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const platform = b.readUInt16BE(rec);
    const encoding = b.readUInt16BE(rec + 2);
    const at = cmap + b.readUInt32BE(rec + 4);
    if (b.readUInt16BE(at) === 4 && (platform === 3 || platform === 0) && encoding <= 3) sub = at;
  }
  if (sub < 0) throw new Error(`${file}: no format 4 cmap`);
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const offsets = deltas + segs * 2;
  const advance = new Map<number, number>();
  for (let s = 0; s < segs; s++) {
    const end = b.readUInt16BE(ends + s * 2);
    const start = b.readUInt16BE(starts + s * 2);
    const delta = b.readInt16BE(deltas + s * 2);
    const offsetAt = offsets + s * 2;
    const offset = b.readUInt16BE(offsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let g: number;
      if (offset === 0) g = (c + delta) & 0xffff;
      else {
        g = b.readUInt16BE(offsetAt + offset + (c - start) * 2);
        if (g !== 0) g = (g + delta) & 0xffff;
      }
      if (g !== 0) advance.set(c, glyphAdvance(g));
    }
  }
  return { unitsPerEm, advance, fallback: glyphAdvance(0) };
}

let faces: { regular: Face; bold: Face } | null = null;

function load() {
  faces ??= {
    regular: readFace(CHART_FONT_FILES[0] as string),
    bold: readFace(CHART_FONT_FILES[1] as string),
  };
  return faces;
}

/** The width in pixels of `text` set in the chart font at `size`. */
export function measureText(text: string, size: number, bold = false): number {
  const f = bold ? load().bold : load().regular;
  let units = 0;
  for (const ch of text) units += f.advance.get(ch.codePointAt(0) ?? 0) ?? f.fallback;
  return (units * size) / f.unitsPerEm;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

const isBold = (w: TextItem["fontWeight"]) => w === "bold" || Number(w) >= 600;

/** Lays Vega's text out with the chart font's widths; called before each chart is drawn. */
export function useChartFontMetrics(): void {
  // Exported by vega (from vega-scenegraph) but missing from its type definitions.
  const { textMetrics } = vega as unknown as {
    textMetrics: { width: (item: TextItem, text?: string) => number };
  };
  textMetrics.width = (item: TextItem, text?: string) => {
    const value = text == null ? "" : String(text).trim();
    return measureText(
      value,
      item.fontSize != null ? +item.fontSize || 0 : 11,
      isBold(item.fontWeight),
    );
  };
}
