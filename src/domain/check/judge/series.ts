/**
 * A deal's waves told as a series: "390 + 307 + 303 = 1,000", "fri/sat/sun: 390/307/303", "390,
 * 307 and 303 on May 23, 24 and 25". Each figure is read with no day of its own, or with the
 * day nearest it, which in a series is another figure's; told in a series, the place in it is
 * the day. Days set out the same way beside the series give each figure its own, in order.
 * With no days, a series of sums or slashes ("390 + 307 + 303") is read as the deal's waves in
 * order only where it has as many figures as the deal has waves, and a figure is put right only
 * where every other figure stands in its wave's place: a series in another order, or with two
 * figures off, is left unsure rather than corrected.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import type { DateBasis, DateInfo } from "../read/draft-dates.ts";
import { DAYS_AFTER_SERIES, DAYS_BEFORE_SERIES, SERIES_JOIN } from "../vocabulary.ts";
import { judge } from "./certainty.ts";

interface Series {
  members: number[];
  /** "+" or "/" (a sum or a slashed run); "list" for commas and "and". */
  op: string;
}

interface Day {
  date: string;
  text: string;
  basis: DateBasis;
}

export function judgeSeries(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  dates: readonly DateInfo[],
  refDate: string | null,
): void {
  for (const { members, op } of seriesOf(claims)) {
    const first = claims[members[0] as number] as Claim;
    const last = claims[members[members.length - 1] as number] as Claim;
    const days = dayList(first, last, dates, members.length);
    if (days) {
      members.forEach((i, n) => {
        const c = claims[i] as Claim;
        const d = days[n] as Day;
        checks[i] = judge(
          k,
          {
            ...asWave(c),
            date: d.date,
            dateText: d.text,
            dateBasis: d.basis,
            dateInherited: false,
          },
          refDate,
        );
      });
      continue;
    }
    if (op === "list") continue;
    // Figures that have days of their own ("390 fri + 307 sat") are read by them already.
    if (members.some((i) => (claims[i] as Claim).date || (claims[i] as Claim).range)) continue;
    const waves = wavesOf(k, members.length, refDate);
    if (!waves) continue;
    const again = members.map((i, n) => {
      const c = claims[i] as Claim;
      const day = eventStart(waves[n] as Event) as string;
      return judge(
        k,
        { ...asWave(c), date: day, dateText: null, dateBasis: "text", dateInherited: false },
        refDate,
      );
    });
    const fits = again.filter((r) => r.verdict === "supported" || r.verdict === "disputed");
    const inOrder = fits.length >= members.length - 1;
    members.forEach((i, n) => {
      const r = again[n] as ClaimCheck;
      if (r.verdict === "unverified") return;
      if (r.verdict === "contradicted" && !inOrder) return;
      const place = ["first", "second", "third", "fourth"][n] ?? `${n + 1}th`;
      checks[i] = {
        ...r,
        reason: `${r.reason} (Read as the ${place} of ${members.length} figures in a series, the deal's waves in order${r.verdict === "contradicted" ? ": the others stand in their waves' places" : ""}.)`,
      };
    });
  }
}

/** A figure of a series is one wave's, whatever span the sentence gives the series as a whole. */
function asWave(c: Claim): Claim {
  return { ...c, measure: "released", days: null, whole: false, soFar: false, spanOf: false };
}

/** Runs of claims, in one sentence, whose figures are joined the same way each time. */
function seriesOf(claims: readonly Claim[]): Series[] {
  const out: Series[] = [];
  let run: number[] = [];
  let op: string | null = null;
  const flush = () => {
    if (run.length >= 2 && op) out.push({ members: run, op });
    run = [];
    op = null;
  };
  claims.forEach((c, i) => {
    const prev = run.length > 0 ? (claims[run[run.length - 1] as number] as Claim) : null;
    if (prev && prev.sentence.start === c.sentence.start) {
      const between = c.sentence.text.slice(
        prev.number.end - c.sentence.start,
        c.number.start - c.sentence.start,
      );
      const join = SERIES_JOIN.exec(between);
      const sign = join ? (/^[+/]$/.test(join[1] ?? "") ? (join[1] as string) : "list") : null;
      if (sign && (op === null || op === sign)) {
        op = sign;
        run.push(i);
        return;
      }
    }
    flush();
    run = [i];
  });
  flush();
  return out.filter(({ members }) =>
    members.every((i) => /^released(?:-to-date)?$/.test((claims[i] as Claim).measure ?? "")),
  );
}

/**
 * As many days as the series has figures, set out the same way right before it ("fri/sat/sun:",
 * "On May 23, 24 and 25 respectively,") or right after it ("… on May 23, 24 and 25").
 */
function dayList(first: Claim, last: Claim, dates: readonly DateInfo[], n: number): Day[] | null {
  const s = first.sentence;
  const units = dates
    .filter((d) => d.start >= s.start && d.end <= s.end && !d.since)
    .map((d) => ({ d, days: daysOf(d) }))
    .filter((u) => u.days.length > 0);
  const runs: { start: number; end: number; days: Day[] }[] = [];
  for (const u of units) {
    const open = runs[runs.length - 1];
    const gap = open ? s.text.slice(open.end - s.start, u.d.start - s.start) : null;
    if (open && gap !== null && /^\s*(?:,|\/|\+|&|and|,\s*and|-)\s*$/i.test(gap)) {
      open.end = u.d.end;
      open.days.push(...u.days);
    } else runs.push({ start: u.d.start, end: u.d.end, days: [...u.days] });
  }
  for (const r of runs) {
    if (r.days.length !== n) continue;
    if (
      r.end <= first.number.start &&
      DAYS_BEFORE_SERIES.test(s.text.slice(r.end - s.start, first.number.start - s.start))
    )
      return r.days;
    if (
      r.start >= last.number.end &&
      DAYS_AFTER_SERIES.test(s.text.slice(last.number.end - s.start, r.start - s.start))
    )
      return r.days;
  }
  return null;
}

/** The days a date mention stands for: one, or each of a listed few ("24 and 25"). */
function daysOf(d: DateInfo): Day[] {
  if (d.date) return [{ date: d.date, text: d.text, basis: d.basis }];
  if (
    !d.range ||
    !/\d\s*(?:,|and|&|\/)\s*\d/.test(d.text) ||
    /\b(?:to|through|until)\b|[–—-]/.test(d.text)
  )
    return [];
  const { from, to } = d.range;
  const month = from.slice(0, 8);
  return [...d.text.matchAll(/(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\b/g)]
    .map((m) => `${month}${(m[1] as string).padStart(2, "0")}`)
    .filter((iso) => iso >= from && iso <= to)
    .map((date) => ({ date, text: d.text, basis: d.basis }));
}

/** The waves of the one deal near the draft's date (or the archive's, undated) with n waves. */
function wavesOf(k: Knowledge, n: number, refDate: string | null): Event[] | null {
  const deals = k.catalog.deals.filter((d) => {
    const parts = k.catalog.partsOf.get(d.id) ?? [];
    if (parts.length !== n) return false;
    const start = eventStart(d);
    return !refDate || !start || start <= refDate;
  });
  if (deals.length !== 1) return null;
  return [...(k.catalog.partsOf.get((deals[0] as Event).id) ?? [])];
}
