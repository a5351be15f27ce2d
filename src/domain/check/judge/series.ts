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
import { formatNumber } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import type { DateBasis, DateInfo } from "../read/draft-dates.ts";
import {
  DAYS_AFTER_SERIES,
  DAYS_BEFORE_SERIES,
  DAYS_NAME_SERIES,
  SERIES_JOIN,
} from "../vocabulary.ts";
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
      const paired = (i: number, n: number, sure: boolean) => {
        const c = claims[i] as Claim;
        const d = days[n] as Day;
        return judge(
          k,
          {
            ...asWave(c),
            date: d.date,
            dateText: d.text,
            dateBasis: d.basis,
            dateInherited: false,
            ...(sure ? { scopeUnclear: false } : {}),
          },
          refDate,
        );
      };
      const again = members.map((i, n) => paired(i, n, false));
      // Which day is whose is the lists' order, which the reader leaves unsure; where every
      // other figure fits its day in that order, the order is borne out for the one left.
      const fitsDay = (r: ClaimCheck) => r.verdict === "supported" || r.verdict === "disputed";
      const unsure = again.filter((r) => !fitsDay(r));
      members.forEach((i, n) => {
        const r = again[n] as ClaimCheck;
        const c = claims[i] as Claim;
        checks[i] =
          unsure.length === 1 && !fitsDay(r) && c.scopeUnclear && r.verdict === "unverified"
            ? paired(i, n, true)
            : r;
      });
      continue;
    }
    const listWaves = op === "list" ? dealWaves(k, members, checks) : null;
    if (listWaves) {
      const again = members.map((i, n) =>
        judge(
          k,
          {
            ...asWave(claims[i] as Claim),
            date: eventStart(listWaves[n] as Event) as string,
            dateText: null,
            dateBasis: "text",
            dateInherited: false,
            range: null,
          },
          refDate,
        ),
      );
      placeInSeries(members, again, checks);
      continue;
    }
    if (op === "list") {
      sharedEventList(claims, members, checks);
      sumOfList(claims, members, checks);
      continue;
    }
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
    placeInSeries(members, again, checks);
  }
}

/** Each figure of a series judged as its place's wave; one is put right only when the rest fit. */
function placeInSeries(members: readonly number[], again: ClaimCheck[], checks: ClaimCheck[]) {
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

/**
 * "1,000, in waves of 390, 307 and 330": a list every figure of which is read against one deal,
 * with as many figures as the deal has waves, is the deal's waves in order.
 */
function dealWaves(
  k: Knowledge,
  members: readonly number[],
  checks: readonly ClaimCheck[],
): Event[] | null {
  const ids = new Set(members.map((i) => checks[i]?.eventId));
  if (ids.size !== 1) return null;
  const [id] = [...ids];
  const deal = id ? k.catalog.events.get(id) : undefined;
  if (deal?.kind !== "deal") return null;
  const waves = k.catalog.partsOf.get(deal.id) ?? [];
  return waves.length === members.length ? [...waves] : null;
}

/**
 * "The March, April and early-May swaps freed 175, 246 and 205 a side": figures listed for the
 * same thing, each different, are not all one event's, though the sentence's one name or day
 * reads each against the same event. Which figure is that event's the words do not say, so no
 * figure of such a list is wrong by that event's figure; one that matches it still stands.
 */
function sharedEventList(
  claims: readonly Claim[],
  members: readonly number[],
  checks: ClaimCheck[],
): void {
  const byEvent = new Map<string, number[]>();
  for (const i of members) {
    const id = checks[i]?.eventId;
    const c = claims[i] as Claim;
    if (!id || c.part) continue;
    // "246, and 13 wounded soldiers": figures of different things may well be one event's.
    const key = `${id}|${c.counted}`;
    byEvent.set(key, [...(byEvent.get(key) ?? []), i]);
  }
  for (const same of byEvent.values()) {
    if (new Set(same.map((i) => (claims[i] as Claim).number.n)).size < 2) continue;
    // ("205 and 246 per side": the side said once is the list's. Two sides named are two things.)
    const sides = new Set(same.map((i) => (claims[i] as Claim).side).filter((x) => x !== null));
    if (sides.size > 1) continue;
    for (const i of same) {
      const c = checks[i] as ClaimCheck;
      if (c.kind === "day") continue;
      // A floor ("over 200") fits many figures: beside another listed figure it vouches for none.
      if (c.verdict === "supported" && c.citations.every((x) => x.number?.qualifier !== "exact")) {
        checks[i] = {
          ...c,
          verdict: "unverified",
          reason: `It is one of ${same.length} different figures listed together, read against the same event, and the store has only a hedged figure for it (${c.store}), which cannot say which listed figure is that event's.`,
        };
        continue;
      }
      if (c.verdict !== "contradicted") continue;
      checks[i] = {
        ...c,
        verdict: "unverified",
        correction: null,
        right: undefined,
        reason: `Not marked wrong: it is one of ${same.length} different figures listed together, read against the same event, and the words do not say which figure is that event's. ${c.reason}`,
      };
    }
  }
}

/**
 * "… freed 175, 246 and 205 a side: 626 in all": a figure after a list, in its sentence, that is
 * the list's sum counts what the list counts, not the one event its sentence names: supported
 * where each listed figure is, and never wrong by that event's own figure.
 */
function sumOfList(
  claims: readonly Claim[],
  members: readonly number[],
  checks: ClaimCheck[],
): void {
  const last = claims[members[members.length - 1] as number] as Claim;
  const sum = members.reduce((t, i) => t + (claims[i] as Claim).number.n, 0);
  const at = claims.findIndex(
    (c, i) =>
      i > (members[members.length - 1] as number) && c.sentence.start === last.sentence.start,
  );
  const c = claims[at];
  const check = checks[at];
  if (!c || !check || c.number.n !== sum || c.number.qualifier !== "exact") return;
  const after = c.sentence.text.slice(
    c.number.end - c.sentence.start,
    c.number.end - c.sentence.start + 30,
  );
  if (
    !/^\s*(?:[\p{L}-]+\s+)?(?:in all|in total|altogether|all told|combined|between them)\b/iu.test(
      after,
    )
  )
    return;
  const parts = members.map((i) => formatNumber((claims[i] as Claim).number.n)).join(" + ");
  const every = members.every((i) => checks[i]?.verdict === "supported");
  if (every)
    checks[at] = {
      ...check,
      verdict: "supported",
      correction: null,
      right: undefined,
      reason: `The sum of the figures listed before it, each borne out: ${parts} = ${formatNumber(sum)}.`,
    };
  else if (check.verdict === "contradicted")
    checks[at] = {
      ...check,
      verdict: "unverified",
      correction: null,
      right: undefined,
      reason: `Not marked wrong: it is the sum of the figures listed before it (${parts} = ${formatNumber(sum)}), not one event's figure. ${check.reason}`,
    };
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
    const gap =
      r.end <= first.number.start
        ? s.text.slice(r.end - s.start, first.number.start - s.start)
        : null;
    // "The swaps of March 19, April 19 and May 6 freed …": the noun before the days names them.
    const named =
      DAYS_NAME_SERIES.test(gap ?? "") ||
      (/\b(?:swaps|exchanges|waves|stages|legs|releases|handovers)\s+(?:of|on)\s+$/i.test(
        s.text.slice(0, r.start - s.start),
      ) &&
        DAYS_NAME_SERIES.test(` swaps ${gap ?? ""}`));
    if (gap !== null && (DAYS_BEFORE_SERIES.test(gap) || named)) return r.days;
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
