/**
 * Lists whose lines each give a day and a figure, under a heading that says what the figures
 * count — a chart's data, an FAQ's answer, a card:
 *
 *   How many people came home?
 *   • 23 May: 390
 *   • 24 May: 307
 *
 * The line has no noun or verb of its own: its day is its label, and what it counts (and for
 * whom) is the heading's. Each figure is read as a table's cell is (see tables.ts): its line,
 * followed by the heading's words. Only a heading that names what is counted is used ("people
 * came home", or "per side" above a list of swaps); any other heading leaves the figures unread.
 * Pure: offsets are into the draft's text.
 */
import { COUNTED_NOUNS, RELEASE } from "../vocabulary.ts";
import type { DateInfo } from "./draft-dates.ts";
import type { TableCell } from "./tables.ts";

/** "• 23 May: 390", "Mar 19 — 175", "Day 2 (Saturday): 307": a label, then a figure alone. */
const ROW =
  /^([ \t]*(?:[•*·▪◦‣]|-(?=[ \t])|\d{1,2}[.)](?=[ \t]))?[ \t]*)(\S.*?)(?:[ \t]*:[ \t]*|[ \t]+[—–-][ \t]+)((?:about |around |over |nearly |almost |some |more than )?\d[\d,]*\+?)[ \t]*\.?[ \t]*$/i;
/** Words in a heading that say what one line of the list is (a day, a swap), not what it counts. */
const PER_ROW =
  /\s*\b(?:(?:on|in|for)\s+)?(?:each|every|per|a|by)\s+(?:day|date|exchange|swap|wave|round|stage|batch)\b/gi;
/** Words that open a heading without saying anything of what is counted. */
const HEADING_OPENER =
  /^\s*(?:(?:chart|graph|table|data|chart data|figures|key figures|by the numbers)\s*:\s*|how\s+many\s+)/i;
const SIDE_WORDS =
  /\b(?:(?:per|each|a)\s+side|by each side|to (?:Ukraine|Russia)|returned to (?:Ukraine|Russia))\b/i;
const SWAP_WORDS = /\b(?:swaps?|exchanges?|waves?|prisoner|prisoners)\b/i;

/** What a heading's noun must count for its list to be read: people freed, not swaps. */
const PEOPLE = new Set(["people", "military", "civilians"]);

interface Line {
  start: number;
  text: string;
}

/** The figure cells of the draft's day-labelled lists, by the offset of their line's start. */
export function labelledRows(text: string, dates: readonly DateInfo[]): Map<number, TableCell[]> {
  const out = new Map<number, TableCell[]>();
  const lines = linesOf(text);
  for (let i = 1; i < lines.length; i++) {
    if (!rowOf(lines[i] as Line, dates)) continue;
    let j = i;
    while (j + 1 < lines.length && rowOf(lines[j + 1] as Line, dates)) j++;
    const words = headingWords((lines[i - 1] as Line).text);
    if (words !== null)
      for (let r = i; r <= j; r++) {
        const line = lines[r] as Line;
        const row = rowOf(line, dates);
        if (row) out.set(line.start, [{ ...row, words, headed: true }]);
      }
    i = j;
  }
  return out;
}

/** A line's figure, when the line is a day's label and a figure alone. */
function rowOf(line: Line, dates: readonly DateInfo[]): { start: number; end: number } | null {
  // A row with cells is a table's (tables.ts).
  if (line.text.includes("|")) return null;
  const m = ROW.exec(line.text);
  if (!m) return null;
  const labelStart = line.start + (m[1] as string).length;
  const labelEnd = labelStart + (m[2] as string).length;
  // The label is a day, and nothing but a day and its ordinal ("Day 2 (Saturday)"): a label that
  // says more ("Released to each side today") is read as a sentence already.
  const day = dates.some((d) => d.start >= labelStart && d.end <= labelEnd && !d.since);
  if (!day) return null;
  let rest = m[2] as string;
  for (const d of dates)
    if (d.start >= labelStart && d.end <= labelEnd) rest = rest.replace(text(line, d), " ");
  if (/[^\s(),]/.test(rest.replace(/\bday\s+\d{1,2}\b/gi, ""))) return null;
  const figure = m[3] as string;
  const end = line.start + line.text.length - (line.text.length - line.text.trimEnd().length);
  const at = line.text.lastIndexOf(figure);
  return { start: line.start + at, end: Math.min(end, line.start + at + figure.length) };
}

function text(line: Line, d: DateInfo): string {
  return line.text.slice(d.start - line.start, d.end - line.start);
}

/**
 * What a list's heading says its figures count, as words to read after each figure ("people
 * came home"); null when it does not say.
 */
export function headingWords(heading: string): string | null {
  if (/\d/.test(heading.replace(/\b(?:19|20)\d{2}\b/g, ""))) return null;
  const plain = heading.replace(HEADING_OPENER, "").replace(/\([^()]*\)/g, " ");
  const side = SIDE_WORDS.exec(plain)?.[0] ?? null;
  const words = plain.split(/[^\p{L}'-]+/u).filter(Boolean);
  const at = words.findIndex((w) => PEOPLE.has(COUNTED_NOUNS[w.toLowerCase()] ?? ""));
  let said: string;
  if (at >= 0) {
    // From the noun to the end of its clause: "Ukrainians returned per exchange, selected swaps".
    const from = plain.search(new RegExp(`\\b${words[at]}\\b`));
    said = (plain.slice(from).split(/[,;:?!.]/)[0] as string).replace(PER_ROW, "").trim();
    if (side && !said.includes(side)) said = `${said} ${side}`;
  } else if (side && SWAP_WORDS.test(plain)) {
    // "Earlier swaps in 2025, per side": a list of swaps' sizes, each side's.
    said = `prisoners ${side}`;
  } else return null;
  if (!RELEASE.test(said)) said = `${said} freed`;
  return said.toLowerCase().replace(/\s+/g, " ").trim();
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ start, text: part });
    start += part.length + 1;
  }
  return out;
}
