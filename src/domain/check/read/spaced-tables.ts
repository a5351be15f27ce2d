/**
 * Tables typed with spaces, as situation reports and plain-text mail lay them out:
 *
 *     Date      Group              To Ukraine   To Russia
 *     09 June   aged 18-25               223          223
 *     Total                              446          446
 *
 * A header line of at least three cells (two or more spaces apart, no figure) over rows whose
 * cells line up under it. A figure alone in its cell takes its words from the header cell it
 * stands under (figures are often set flush right, so by overlap, not by where they start).
 * Only bare figures are read: "aged 18-25" in a category cell is no count.
 */
import type { Line, TableCell } from "./tables.ts";

const GAP = / {2,}/g;
const BARE = /^(?:about|around|some|over|nearly|more than)?\s*\d[\d,.]*\+?$/i;
const TOTAL = /^(?:total|in total|all|overall|sum|combined)\b/i;

interface Cell {
  /** Column in its line (from the line's first character). */
  col: number;
  text: string;
}

/** A line's cells, split at runs of two or more spaces. */
export function spacedCells(line: string): Cell[] {
  const out: Cell[] = [];
  const lead = line.length - line.trimStart().length;
  const body = line.trimEnd();
  let at = lead;
  GAP.lastIndex = lead;
  for (let m = GAP.exec(body); ; m = GAP.exec(body)) {
    const end = m ? m.index : body.length;
    if (end > at) out.push({ col: at, text: body.slice(at, end) });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return out;
}

function isHeader(line: string): Cell[] | null {
  if (/\d|\|/.test(line)) return null;
  const cells = spacedCells(line);
  return cells.length >= 3 && cells.every((c) => /\p{L}/u.test(c.text)) ? cells : null;
}

/** The header cell a row's cell stands under: the one it overlaps most, if any. */
function columnOf(header: readonly Cell[], cell: Cell): number {
  let best = -1;
  let most = 0;
  header.forEach((h, i) => {
    const overlap =
      Math.min(h.col + h.text.length, cell.col + cell.text.length) - Math.max(h.col, cell.col);
    if (overlap > most) {
      most = overlap;
      best = i;
    }
  });
  return best;
}

/** The rows of the draft's space-laid tables (offsets into it), each saying if it is a total. */
export function spacedTableRows(
  lines: readonly Line[],
): { start: number; end: number; total: boolean }[] {
  const out: { start: number; end: number; total: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = isHeader((lines[i] as Line).text);
    if (!header) continue;
    const rows = rowsUnder(lines, i, header);
    if (rows.length < 2) continue;
    for (const { line, cells } of rows)
      out.push({
        start: line.start,
        end: line.start + line.text.length,
        total: TOTAL.test(cells[0]?.text ?? ""),
      });
    i += rows.length;
  }
  return out;
}

/** The rows below a header line, up to the first line that is none. */
function rowsUnder(lines: readonly Line[], i: number, header: readonly Cell[]) {
  const rows: { line: Line; cells: Cell[] }[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.text.includes("|")) break;
    const cells = spacedCells(line.text);
    // A row has a label and a figure at least, every cell under a column of the header.
    if (cells.length < 2 || !cells.slice(1).some((c) => BARE.test(c.text))) break;
    if (cells.some((c) => columnOf(header, c) < 0)) break;
    rows.push({ line, cells });
  }
  return rows;
}

/**
 * Every figure cell of the draft's space-laid tables, by the offset of its row's first
 * character; `wordsFor` turns a column's header into the words read after its figure.
 */
export function spacedTables(
  lines: readonly Line[],
  out: Map<number, TableCell[]>,
  wordsFor: (describe: string, cell: string, total: boolean) => string | null,
) {
  for (let i = 0; i < lines.length; i++) {
    const header = isHeader((lines[i] as Line).text);
    if (!header) continue;
    const rows = rowsUnder(lines, i, header);
    if (rows.length < 2) continue;
    for (const { line, cells } of rows) {
      const total = TOTAL.test(cells[0]?.text ?? "");
      const found: TableCell[] = [];
      for (const cell of cells.slice(1)) {
        const column = columnOf(header, cell);
        if (column <= 0 || !BARE.test(cell.text)) continue;
        const words = wordsFor((header[column] as Cell).text, cell.text, total);
        if (words === null) continue;
        const start = line.start + cell.col;
        found.push({ start, end: start + cell.text.length, words, spaced: true });
      }
      if (found.length > 0) out.set(line.start, found);
    }
    i += rows.length;
  }
}
