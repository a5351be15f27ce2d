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
import { type Line, linesOf, type TableCell } from "./tables.ts";

/** "• 23 May: 390", "Mar 19 — 175", "Day 2 (Saturday): 307": a label, then a figure alone. */
const ROW =
  /^([ \t]*(?:[•*·▪◦‣→»]|-(?=[ \t])|\d{1,2}[.)](?=[ \t]))?[ \t]*)(\S.*?)(?:[ \t]*:[ \t]*|[ \t]+[—–-][ \t]+)((?:about |around |over |nearly |almost |some |more than )?\d[\d,]*\+?)[ \t]*\.?[ \t]*$/i;
/** A wave's label and its figure: "→ Day one: 390", "ON SCREEN: FINAL WAVE: 330.". */
const WAVE_ROW =
  /^([ \t]*(?:[•*·▪◦‣→»]|-(?=[ \t])|\d{1,2}[.)](?=[ \t]))?[ \t]*(?:[A-Z][A-Z ]{1,20}:[ \t]*)?)(\S.*?)[ \t]*:[ \t]*((?:about |around |over |nearly |almost |some |more than )?\d[\d,]*\+?)[ \t]*\.?[ \t]*$/;
/** A label that names one wave of an exchange, and nothing else ("Day 2 (today)"). */
const WAVE_LABEL =
  /^(?:(?:first|second|third|fourth|final|last|opening|closing|1st|2nd|3rd)\s+(?:wave|stage|leg|day|group|round|batch|tranche)|(?:wave|stage|leg|day|group|round|batch)\s+(?:one|two|three|four|[1-4]))(?:\s*\([^()]{1,20}\))?$/i;
/** An ordinal alone after a wave's label on the same line: "First wave: 390. Second: 307." */
const NEXT_ORDINAL = /^(?:second|third|fourth|final|last|2nd|3rd)$/i;
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

/** The figure cells of the draft's labelled lists, by the offset of their line's start. */
export function labelledRows(text: string, dates: readonly DateInfo[]): Map<number, TableCell[]> {
  const out = new Map<number, TableCell[]>();
  const lines = linesOf(text);
  waveRows(lines, out);
  lengthRows(lines, out);
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

/**
 * "Final wave: 303", "Day one: 390 | Day two: 307", "First wave: 390. Second: 307.": a wave's
 * label and a figure alone. The figure is the wave's size: read as the prisoners it freed, with
 * no side (each side's or both together, as the store can tell), unless the heading above a
 * list of them says what they count.
 */
function waveRows(lines: readonly Line[], out: Map<number, TableCell[]>) {
  lines.forEach((line, i) => {
    const found: TableCell[] = [];
    let waves = false;
    let all = true;
    for (const seg of segmentsOf(line)) {
      const m = WAVE_ROW.exec(seg.text);
      const label = m?.[2] ?? "";
      // ("Second: 307" goes on from a wave named before it on the line.)
      const wave = m && (WAVE_LABEL.test(label) || (waves && NEXT_ORDINAL.test(label)));
      if (!m || !wave) {
        all = false;
        continue;
      }
      waves = true;
      const figure = m[3] as string;
      const at = seg.start + seg.text.lastIndexOf(figure);
      // A bare ordinal is read with the wave it goes on from.
      const named = WAVE_LABEL.test(label) ? "" : ` in the ${label.toLowerCase()} wave`;
      found.push({
        start: at,
        end: at + figure.length,
        words: named,
        headed: true,
        from: seg.start,
      });
    }
    // (A table's row with other cells is the table's: tables.ts.)
    if (found.length === 0 || (!all && line.text.includes("|"))) return;
    const heading = all && i > 0 ? headingWords((lines[i - 1] as Line).text) : null;
    for (const c of found) c.words = `${heading ?? "prisoners freed"}${c.words}`;
    out.set(line.start, found);
  });
}

/** "4 — waves", "3 days" (its dash already read as spaces): a count and its unit alone. */
const COUNT_FIRST =
  /^([ \t]*(?:[•*·▪◦‣→»]|-(?=[ \t]))?[ \t]*)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]*(?:[—–:-][ \t]*)?(waves?|stages?|legs?|rounds?|phases?|days?)[ \t]*\.?[ \t]*$/i;
/** "Stages: three", "Days: 4": the unit as the label, the count alone after it. */
const UNIT_FIRST =
  /^([ \t]*(?:[•*·▪◦‣→»]|-(?=[ \t]))?[ \t]*(waves?|stages?|legs?|rounds?|phases?|days?)[ \t]*:[ \t]*)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]*\.?[ \t]*$/i;
/** A line above that says the card is about an exchange. */
const ABOUT_A_SWAP = /\b(?:exchange[sd]?|swap(?:ped|s)?|deal|prisoners?)\b/i;

/**
 * A card's or infobox's count of an exchange's waves or days, with nothing else on its line
 * ("4 — waves", "Stages: three"), under lines that say the card is about an exchange: the
 * count is that exchange's, read as "four waves in the exchange" (or "days in all").
 */
function lengthRows(lines: readonly Line[], out: Map<number, TableCell[]>) {
  let about = false;
  for (const line of lines) {
    if (!line.text.trim()) {
      about = false;
      continue;
    }
    const first = COUNT_FIRST.exec(line.text);
    const unitFirst = first ? null : UNIT_FIRST.exec(line.text);
    // (Count first: lead, count, unit. Unit first: lead with the unit in it, unit, count.)
    const parts = first
      ? { lead: first[1], figure: first[2], unit: first[3] }
      : unitFirst
        ? { lead: unitFirst[1], figure: unitFirst[3], unit: unitFirst[2] }
        : null;
    if (about && parts) {
      const lead = parts.lead as string;
      const figure = parts.figure as string;
      const unit = (parts.unit as string).toLowerCase();
      const start = line.start + (first ? lead.length : line.text.indexOf(figure, lead.length));
      const words = /^days?$/.test(unit)
        ? `${unit} in all of the exchange`
        : `${unit} in the exchange`;
      out.set(line.start, [{ start, end: start + figure.length, words, headed: true }]);
    }
    about ||= ABOUT_A_SWAP.test(line.text);
  }
}

/** A line's parts split at cells ("|") and at full stops, each with its offset in the draft. */
function segmentsOf(line: Line): Line[] {
  const out: Line[] = [];
  const cut = /\s*\|\s*|(?<=\.)\s+(?=\p{Lu})/gu;
  let from = 0;
  for (let m = cut.exec(line.text); m !== null; m = cut.exec(line.text)) {
    out.push({ start: line.start + from, text: line.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: line.start + from, text: line.text.slice(from) });
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
