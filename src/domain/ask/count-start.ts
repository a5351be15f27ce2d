/**
 * "Is the 4,750 counted from February or March 2022?", "since when does that total run?": the
 * day a running total is counted from, as its own quote says it ("… freed since March 2022").
 * Only a quote that says it answers: a total whose quote gives no start is not given one.
 */
import type { Fact } from "../../store/schema.ts";
import type { Citation } from "../answers.ts";
import { cite } from "../check/align/store-index.ts";
import { readDates } from "../check/read/draft-dates.ts";
import { formatNumber } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { factsWithValue, RUNNING_MEASURES } from "./align.ts";
import type { Draft } from "./answer.ts";
import type { AskReading } from "./read.ts";

export interface StartHelp {
  blank: () => Draft;
  notHeld: (what: string) => Draft;
  said: (cs: readonly Citation[]) => string;
}

/** The running totals the question is about: the figure it names, else whose, else every one. */
function totalsAsked(k: Knowledge, r: AskReading): Fact[] {
  const whose = (f: Fact) => r.claimantIds?.includes(f.claimantId) ?? true;
  if (r.value) {
    const n = r.value.n;
    const named = factsWithValue(k, n).filter((f) => RUNNING_MEASURES.has(f.measure));
    // "X has 4,552 since February; which start does the HQ count from?": the figure set out as
    // background is another claimant's; the claimant asked about is the one answered.
    if (!r.claimantIds || named.some(whose)) return named.filter(whose);
  }
  const measure = r.measure && RUNNING_MEASURES.has(r.measure) ? r.measure : "returned-since-2022";
  const of = (k.catalog.factsByMeasure.get(measure) ?? []).filter((f) => f.value.type === "number");
  if (r.claimantIds) return of.filter(whose);
  if (r.sourceId) return of.filter((f) => f.sourceId === r.sourceId);
  return [...of];
}

/** What the quote says the count runs from ("March 2022"), or null. */
function startOf(f: Fact): string | null {
  return readDates(f.quote.text, { refDate: null }).find((d) => d.since)?.text ?? null;
}

/** The figure as its source says it: "more than 4,750". */
const said = (f: Fact) =>
  f.value.type === "number" ? f.value.said || formatNumber(f.value.n) : "";

/** The day each total asked is counted from, in its own words; null when no running total is asked. */
export function countStart(k: Knowledge, r: AskReading, help: StartHelp): Draft | null {
  const facts = totalsAsked(k, r);
  if (facts.length === 0) return null;
  const starts = new Map<string, Fact[]>();
  for (const f of facts) {
    const s = startOf(f);
    if (s) starts.set(s, [...(starts.get(s) ?? []), f]);
  }
  if (starts.size === 0)
    return help.notHeld("the day that count starts from (its quote gives none)");
  const d = help.blank();
  d.citations = [...starts.values()].flat().map((f) => cite(k, f));
  const figure = (fs: Fact[]) => [...new Set(fs.map(said))].join(", ");
  if (starts.size === 1) {
    const [[start, fs]] = [...starts] as [[string, Fact[]]];
    d.line = `Since ${start}: ${figure(fs)} is counted from then (“${fs[0]?.quote.text}”) — ${help.said(d.citations)}`;
    return d;
  }
  // Totals counted from different days, each by its own source: each said, none picked.
  const each = [...starts].map(
    ([start, fs]) => `since ${start} for ${figure(fs)} (${help.said(fs.map((f) => cite(k, f)))})`,
  );
  d.line = `The totals are counted from different days: ${each.join("; ")}`;
  return d;
}

/**
 * "Does the 4,750 count start from feb 2022?": a start put forward, to be set against the quote's
 * (two put forward, "… or from March 2022?", are a choice: the start is given, not a yes).
 */
const START_CHECKED =
  /^\s*(?:does|do|did|is|was|are)\b[^?]*?\b(?:start(?:s|ed)?|begin(?:s)?|began|run(?:s)?|counted|reckoned|tallied)\s+(?:from|in|since|with|at)\s+(?:the\s+)?([a-z]+\.?\s+(?:19|20)\d\d)\b(?![^?]*\bor\b)/i;

/** "March 2022", "mar. 2022" → "mar2022": a month and year, for comparing. */
function monthKey(text: string): string | null {
  const m = /\b([a-z]{3})[a-z]*\.?\s+((?:19|20)\d\d)\b/i.exec(text);
  return m?.[1] && m[2] ? `${m[1].toLowerCase()}${m[2]}` : null;
}

/**
 * A start put forward for a running total, checked against the one its quote gives: a yes or a
 * no only when the totals asked all run from one start; null otherwise (read as before).
 */
export function countStartCheck(
  k: Knowledge,
  r: AskReading,
  question: string,
  help: StartHelp,
): Draft | null {
  const put = START_CHECKED.exec(question)?.[1];
  if (!put) return null;
  const d = countStart(k, r, help);
  const start = d && d.status === "answered" ? /^Since ([^:]+): /.exec(d.line) : null;
  if (!d || !start?.[1]) return null;
  const [asked, held] = [monthKey(put), monthKey(start[1])];
  if (!asked || !held) return null;
  const rest = d.line.slice(start[0].length);
  d.line =
    asked === held
      ? `Yes: counted since ${start[1]}: ${rest}`
      : `No: counted since ${start[1]}, not ${put}: ${rest}`;
  return d;
}
