/**
 * The month a running total is told as of, or counted from. "By September 2024, 3,672 had come
 * home" states two things: the figure, and when it stood. The store keeps both (a tally's
 * as-of, and the "since March 2022" its source counts from), so the month is checked beside the
 * figure: borne out where they agree, and put right only where the figure is exactly the
 * store's and the month is the store's a year off, the one slip that leaves no other reading.
 */
import type { Fact } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { formatNewsroomDate, MONTH_NAMES, monthNumber } from "../../dates.ts";
import { extend } from "../../extend.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { datesWithin } from "../read/dates-within.ts";
import type { DateInfo } from "../read/draft-dates.ts";

/** "… freed since March 2022": the month and year a source counts from. */
const SINCE_MONTH = new RegExp(`\\bsince\\s+(?:(${MONTH_NAMES.join("|")})\\s+)?(20\\d\\d)\\b`, "i");

const TALLIES = new Set(["returned-since-2022", "exchange-count"]);

export function asOfDays(
  k: Knowledge,
  text: string,
  claims: readonly Claim[],
  figures: readonly ClaimCheck[],
  dates: readonly DateInfo[],
  taken: (c: { start: number; end: number }) => boolean,
): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  claims.forEach((claim, i) => {
    const f = figures[i];
    if (!f || !claim.measure || !TALLIES.has(claim.measure)) return;
    if (claim.number.qualifier !== "exact" && f.verdict === "unverified") return;
    const s = claim.sentence;
    for (const d of datesWithin(dates, s.start, s.end)) {
      if (!d.range || d.date) continue;
      const span = withMid(text, d);
      if (taken(span) || out.some((c) => c.start < span.end && span.start < c.end)) continue;
      const lead = text.slice(Math.max(s.start, d.start - 14), span.start);
      const judged = d.since
        ? sinceMonth(k, claim, f, d)
        : /\b(?:by|as of|as at|until|through|in|at)\s+(?:the end of\s+)?$/i.test(lead)
          ? asOfMonth(k, claim, f, d)
          : null;
      if (!judged) continue;
      const said = text.slice(span.start, span.end);
      out.push(
        extend(f, {
          claim: said,
          start: span.start,
          end: span.end,
          read: said,
          kind: "day" as const,
          about: d.since
            ? "when the running total is counted from"
            : "when the running total stood",
          verdict: judged.verdict,
          store: judged.right,
          right: judged.verdict === "contradicted" ? judged.right : undefined,
          correction: null,
          disputeIds: [],
          reason: judged.reason,
        }),
      );
      return;
    }
  });
  return out;
}

/** "mid-2024" is read as its year; the claim is the whole of what was written. */
function withMid(text: string, d: DateInfo): { start: number; end: number } {
  const before = /(?:mid|early|late|end)-?\s?$/i.exec(
    text.slice(Math.max(0, d.start - 6), d.start),
  );
  return { start: d.start - (before?.[0].length ?? 0), end: d.end };
}

type Judged = { verdict: "supported" | "contradicted"; right: string; reason: string };

function asOfMonth(k: Knowledge, claim: Claim, f: ClaimCheck, d: DateInfo): Judged | null {
  const range = d.range as { from: string; to: string };
  const same = (k.catalog.factsByMeasure.get(claim.measure as string) ?? []).filter(
    (x) => x.value.type === "number" && x.value.n === claim.number.n && x.asOf,
  );
  if (same.length === 0) return null;
  const held = same.find((x) => overlaps(asOfRange(x), range));
  if (held && f.verdict !== "contradicted")
    return {
      verdict: "supported",
      right: noteOf(held),
      reason: `The store's ${valueSaid(held)} is as of ${noteOf(held)}.`,
    };
  if (f.verdict !== "unverified" || claim.number.qualifier !== "exact" || same.length !== 1)
    return null;
  const only = same[0] as Fact;
  const own = asOfRange(only);
  const yearOff = (by: number) =>
    own !== null && shiftYear(own, by).from === range.from && shiftYear(own, by).to === range.to;
  if (!yearOff(1) && !yearOff(-1)) return null;
  return {
    verdict: "contradicted",
    right: noteOf(only),
    reason: `The store has ${valueSaid(only)} as of ${noteOf(only)}, a year from the month the draft gives it; the figure is right and the year is the slip.`,
  };
}

function sinceMonth(k: Knowledge, claim: Claim, f: ClaimCheck, d: DateInfo): Judged | null {
  if (f.verdict !== "supported" && f.verdict !== "disputed") return null;
  const range = d.range as { from: string; to: string };
  for (const c of f.citations) {
    const m = SINCE_MONTH.exec(c.quote);
    if (!m || m[1] === undefined) continue;
    const month = String(monthNumber(m[1])).padStart(2, "0");
    const from = `${m[2]}-${month}-01`;
    const said = `${m[1][0]?.toUpperCase()}${m[1].slice(1).toLowerCase()} ${m[2]}`;
    const quoted = k.catalog.facts.get(c.factId);
    if (quoted?.value.type !== "number" || quoted.value.n !== claim.number.n) continue;
    // (A start that agrees is shown by no claim of its own: "since February 2022" names the
    // war's start as often as it dates a count.)
    if (range.from === from) return null;
    if (range.from === shiftYear({ from, to: from }, 1).from)
      return {
        verdict: "contradicted",
        right: said,
        reason: `The source of ${c.said} counts from ${said}, a year earlier than the draft's.`,
      };
  }
  return null;
}

function asOfRange(f: Fact): { from: string; to: string } | null {
  const a = f.asOf;
  if (!a) return null;
  if ("on" in a && a.on) return { from: a.on, to: a.on };
  if ("from" in a && a.from && a.to) return { from: a.from, to: a.to };
  return null;
}

function overlaps(
  a: { from: string; to: string } | null,
  b: { from: string; to: string },
): boolean {
  return a !== null && a.from <= b.to && b.from <= a.to;
}

function shiftYear(r: { from: string; to: string }, by: number): { from: string; to: string } {
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + by}${iso.slice(4)}`;
  return { from: shift(r.from), to: shift(r.to) };
}

function noteOf(f: Fact): string {
  const a = f.asOf;
  if (!a) return "";
  return "on" in a ? formatNewsroomDate(a.on) : (a.note ?? `${a.from} to ${a.to}`);
}

function valueSaid(f: Fact): string {
  return f.value.type === "number" ? f.value.said : "figure";
}
