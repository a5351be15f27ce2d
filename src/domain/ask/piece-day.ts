/**
 * "Standfirst: 'the deal struck in Istanbul last Friday' on a May 23 piece – ok?", "copy in a
 * 23/5 piece says it was agreed 'last week'": a day said relative to the day the piece runs. The
 * piece's day is not the day claimed; the claim's day is counted back from it ("last Friday" the
 * Friday before, "last week" the Monday-to-Sunday week before) and set against the stored day.
 */
import { addDaysIso, formatNewsroomDate, MONTH_NAMES, weekdayNumber } from "../dates.ts";

const NAMES: readonly string[] = MONTH_NAMES;
const MONTHS = NAMES.join("|");
const PIECE_NOUN = "(?:piece|story|article|report|copy|page|edition|dispatch|standfirst|dek)";
const DAY = `(?:(${MONTHS})\\s+(\\d{1,2})|(\\d{1,2})(?:\\s+(${MONTHS})|[/.](\\d{1,2})))`;
const PIECE_DATED = new RegExp(
  `\\b(?:(?:on|in|for|from)\\s+)?(?:a|an|the|our|my|this)\\s+${DAY}(?:st|nd|rd|th)?\\s+${PIECE_NOUN}\\b|\\b${PIECE_NOUN}\\s+(?:dated|of|from)\\s+${DAY}\\b`,
  "i",
);
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const RELATIVE = new RegExp(`\\b(?:last\\s+(week|${WEEKDAYS.join("|")})|(yesterday))\\b`, "i");

export interface PieceDay {
  /** The piece's month (1–12) and day of the month; its year is the story's. */
  month: number;
  day: number;
  /** What is claimed, the piece's day and the relative words left out. */
  thing: string;
  /** The relative words, as said ("last Friday"). */
  said: string;
  relative: string;
}

/** The piece's day and the claim's relative day, or null when the question says not both. */
export function pieceDay(text: string): PieceDay | null {
  const m = PIECE_DATED.exec(text);
  if (!m) return null;
  const g = m.slice(1);
  const half = (i: number) => [g[i], g[i + 1], g[i + 2], g[i + 3], g[i + 4]];
  const [mw, md, dd, dm, dn] = g[0] || g[1] || g[2] ? half(0) : half(5);
  const month = mw
    ? NAMES.indexOf(mw.toLowerCase()) + 1
    : dm
      ? NAMES.indexOf(dm.toLowerCase()) + 1
      : Number(dn);
  const day = Number(md ?? dd);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  const rel = RELATIVE.exec(rest);
  if (!rel) return null;
  const thing = rest
    .replace(rel[0], " ")
    .replace(/['"“”‘’](?=\s|$|[?.,;:!–-])|(?<=\s|^)['"“”‘’]/g, " ")
    .replace(/^[^:]*:\s*/, "")
    .replace(/^\s*(?:(?:the|our|it|copy|text)\s+)*(?:says|said|has|reads)\s+(?:that\s+)?/i, "")
    .replace(/\s*[-–—,]?\s*(?:ok|okay|right|correct|good|fine|true)\s*\??\s*$/i, "")
    .replace(/[?.!]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  return { month, day, thing, said: rel[0], relative: (rel[1] ?? rel[2] ?? "").toLowerCase() };
}

/** The piece's day in the given year (the story's: the year of the day claimed). */
export function pieceIso(p: PieceDay, year: number): string {
  return `${year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The days the relative words mean, counted back from the piece's day in the given year. */
export function relativeDays(p: PieceDay, year: number): { from: string; to: string } {
  const piece = pieceIso(p, year);
  if (p.relative === "yesterday") {
    const d = addDaysIso(piece, -1);
    return { from: d, to: d };
  }
  const dow = weekdayNumber(piece);
  if (p.relative === "week") {
    // The Monday of the piece's week, then the week before it.
    const monday = addDaysIso(piece, -((dow + 6) % 7));
    return { from: addDaysIso(monday, -7), to: addDaysIso(monday, -1) };
  }
  // "Last Friday" said on a Friday is the Friday a week before.
  const want = WEEKDAYS.indexOf(p.relative);
  const back = (dow - want + 7) % 7 || 7;
  const d = addDaysIso(piece, -back);
  return { from: d, to: d };
}

/** "When was the deal struck in Istanbul?" from "the deal was struck in Istanbul". */
export function whenQuestion(thing: string): string {
  const moved = /^(.+?)\s+(was|were)\s+(.+)$/i.exec(thing);
  return moved ? `when ${moved[2]} ${moved[1]} ${moved[3]}?` : `when was ${thing}?`;
}

/** The one day a first line states ("on May 16, 2025"), as ISO, or null for none or several. */
export function dayStated(line: string): string | null {
  const head = line.split(" — ")[0] ?? line;
  const all = [...head.matchAll(new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2}),\\s+(\\d{4})\\b`, "gi"))];
  const m = all.length === 1 ? all[0] : undefined;
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = NAMES.indexOf(m[1].toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}`;
}

/** How the span is written in an answer: "May 16, 2025" or "May 12–18, 2025". */
export function spanWords(s: { from: string; to: string }): string {
  return s.from === s.to
    ? formatNewsroomDate(s.from)
    : `${formatNewsroomDate(s.from)} to ${formatNewsroomDate(s.to)}`;
}
