/**
 * Tables pasted as text, a row a line and cells split by "|":
 *
 *   Date | Released by each side | Source
 *   23 May 2025 | 390 | rki.news
 *
 * A figure alone in its cell has no words of its own; its column's header, or the table's title
 * ("Table 2: exchanges in 2025 (persons per side)"), says what it counts and for whom. Each
 * figure cell is read as its row up to that cell, followed by what its column says, so the
 * row's day binds to it as in a sentence. Pure: offsets are into the draft's text.
 */
import { COUNTED_NOUNS, RELEASE } from "../vocabulary.ts";
import { spacedTables } from "./spaced-tables.ts";

export interface TableCell {
  /** Offsets of the cell's own text (trimmed) in the draft. */
  start: number;
  end: number;
  /** The words read after the cell's figure: "prisoners released by each side". */
  words: string;
  /** The words are a list's heading above the line ("How many came home?"; labelled-rows.ts). */
  headed?: boolean;
  /** Where the cell's row begins, when a line holds several ("Day one: 390 | Day two: 307"). */
  from?: number;
  /** The row's cells are set apart by spaces, not by bars (spaced-tables.ts). */
  spaced?: boolean;
}

/** A line of a draft, with the offset it starts at. */
export interface Line {
  start: number;
  text: string;
}

const BARE_FIGURE =
  /^(?:[~≈]|about|around|some|over|nearly|almost|more than)?\s*\d[\d., {2}]*\+?$/i;
const TOTAL_ROW = /^\s*(?:total|in total|all|overall|sum|combined)\b/i;
/** Header words that say nothing of what is counted. */
const HEADER_FILLER = /^\s*(?:the\s+)?(?:number|no\.|count|figure|total)(?:\s+of)?\s+/i;

/** Every figure cell of the draft's tables, by the offset of its row's first character. */
export function tableCells(text: string): Map<number, TableCell[]> {
  const out = new Map<number, TableCell[]>();
  const lines = linesOf(text);
  if (text.includes(" / ")) slashTables(lines, out);
  if (/\S {3,}\S/.test(text)) spacedTables(lines, out, wordsFor);
  if (!text.includes("|")) return out;
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i] as Line)) continue;
    // "Exchanges, as text rows (date | category | to Ukraine | to Russia):": a title that
    // gives the columns in brackets heads the rows below it; it is no row of its own.
    const named = columnsNamed(lines[i] as Line);
    const from = named ? i + 1 : i;
    let j = from;
    if (named && !(j < lines.length && isRow(lines[j] as Line))) continue;
    while (j + 1 < lines.length && isRow(lines[j + 1] as Line)) j++;
    if (named) readTable(lines, from, j, out, named);
    else if (j > i) readTable(lines, i, j, out);
    i = j;
  }
  return out;
}

/** The columns a title names in brackets, "(date | category | to Ukraine)", or null. */
function columnsNamed(line: Line, sep: Separator = "|"): string[] | null {
  const m = (
    sep === "|" ? /^[^|()]*\(([^()]*\|[^()]*)\)[^|()]*$/ : /^[^|()]*\(([^()]* \/ [^()]*)\)[^|()]*$/
  ).exec(line.text);
  return m ? (m[1] as string).split(sep).map((c) => c.trim()) : null;
}

type Separator = "|" | "/";

/**
 * "Exchanges (date / who / to Ukraine / to Russia / mediator):" over "4 July / soldiers / 201 /
 * 201 / UAE": a table written with slashes, read only under a title that names at least three
 * columns so, and only on the lines below it with as many cells ("23/5" stays a day).
 */
function slashTables(lines: readonly Line[], out: Map<number, TableCell[]>) {
  for (let i = 0; i < lines.length; i++) {
    const named = columnsNamed(lines[i] as Line, "/");
    if (!named || named.length < 3) continue;
    let j = i + 1;
    while (j < lines.length && cellsOf(lines[j] as Line, "/").length === named.length) j++;
    if (j > i + 1) readTable(lines, i + 1, j - 1, out, named, "/");
    i = j - 1;
  }
}

function readTable(
  lines: readonly Line[],
  from: number,
  to: number,
  out: Map<number, TableCell[]>,
  named?: string[],
  sep: Separator = "|",
) {
  const first = lines[from] as Line;
  const header = named ?? (/\d/.test(first.text) ? null : cellsOf(first).map((c) => c.text));
  const title = named ? null : titleWords(lines, from);
  for (let r = header && !named ? from + 1 : from; r <= to; r++) {
    const row = lines[r] as Line;
    const cells = cellsOf(row, sep);
    const total = TOTAL_ROW.test(cells[0]?.text ?? "");
    const found: TableCell[] = [];
    cells.forEach((cell, c) => {
      // The first cell labels the row (its day, "Total"); the figures are in the others.
      if (c === 0 || !/\d/.test(cell.text)) return;
      const column = header?.[c];
      const bare = BARE_FIGURE.test(cell.text);
      const describe = bare ? (column && !/\d/.test(column) ? column : title) : "";
      const words = wordsFor(describe ?? "", cell.text, total);
      if (words === null) return;
      found.push({ start: cell.start, end: cell.start + cell.text.length, words });
    });
    if (found.length > 0) out.set(row.start, found);
  }
}

/** What a column says, as words to read after its figure; null when it says nothing useful. */
function wordsFor(describe: string, cell: string, total: boolean): string | null {
  // (A column "to the Russian Federation" is Russia's, as "to Russia" is.)
  let words = describe
    .replace(HEADER_FILLER, "")
    .trim()
    .toLowerCase()
    .replace(/\bthe russian federation\b/g, "russia");
  if (!words && BARE_FIGURE.test(cell)) return null;
  const hasNoun = words.split(/[^\p{L}]+/u).some((w) => COUNTED_NOUNS[w] !== undefined);
  // "230 to Ukraine" has its own words; it still needs what happened to them.
  if (!hasNoun && BARE_FIGURE.test(cell)) words = `prisoners ${words}`;
  if (!RELEASE.test(`${cell} ${words}`)) words = `${words} freed`;
  if (total) words = `${words} in all`;
  return words.trim();
}

/** The table's title line just above it: its bracketed note ("(persons per side)"), or itself. */
function titleWords(lines: readonly Line[], from: number): string | null {
  const above = lines[from - 1];
  if (!above?.text.trim()) return null;
  const note = /\(([^()]*[\p{L}][^()]*)\)/u.exec(above.text);
  if (
    note &&
    /\b(?:side|each|per|freed|released|exchanged|returned|persons|prisoners|people)\b/i.test(
      note[1] as string,
    )
  )
    return note[1] as string;
  return null;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ start, text: part });
    start += part.length + 1;
  }
  return out;
}

function isRow(line: Line): boolean {
  const pipes = line.text.split("|").length - 1;
  return pipes >= 1 && line.text.trim().length > 0;
}

/** A row's cells, trimmed, each with its offset in the draft. */
function cellsOf(line: Line, sep: Separator = "|"): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let at = 0;
  for (const part of line.text.split(sep)) {
    const lead = part.length - part.trimStart().length;
    out.push({ start: line.start + at + lead, text: part.trim() });
    at += part.length + 1;
  }
  return out;
}
