/**
 * A deal's waves told as a series: "390 + 307 + 303 = 1,000", "fri/sat/sun: 390/307/303". Each
 * figure is read with no day of its own, so alone it could be any wave's; told in a series,
 * the place in it is the day. Days set out the same way before the series ("fri/sat/sun:")
 * give each figure its own. With no days, the series is read as the deal's waves in order
 * only where it has as many figures as the deal has waves, and a figure is put right only
 * where every other figure stands in its wave's place: a series in another order, or with two
 * figures off, is left unsure rather than corrected.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import type { DateInfo } from "../read/draft-dates.ts";
import { SERIES_JOIN, WEEKDAY_SERIES } from "../vocabulary.ts";
import { judge } from "./certainty.ts";

export function judgeSeries(
  k: Knowledge,
  claims: readonly Claim[],
  checks: ClaimCheck[],
  dates: readonly DateInfo[],
  refDate: string | null,
): void {
  for (const group of seriesOf(claims)) {
    const first = claims[group[0] as number] as Claim;
    const s = first.sentence.text;
    // The days set out before the series are the figures' one by one, not the last one's for all.
    const labels = labelDays(s, first, dates, group.length);
    if (labels) {
      group.forEach((i, n) => {
        const c = claims[i] as Claim;
        const d = labels[n] as DateInfo;
        const again = judge(
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
        checks[i] = again;
      });
      continue;
    }
    // Figures that have days of their own ("390 fri + 307 sat") are read by them already.
    if (group.some((i) => (claims[i] as Claim).date || (claims[i] as Claim).range)) continue;
    const waves = wavesOf(k, group.length, refDate);
    if (!waves) continue;
    const again = group.map((i, n) => {
      const c = claims[i] as Claim;
      const day = eventStart(waves[n] as Event) as string;
      return judge(
        k,
        { ...asWave(c), date: day, dateText: null, dateBasis: "text", dateInherited: false },
        refDate,
      );
    });
    const fits = again.filter((r) => r.verdict === "supported" || r.verdict === "disputed");
    const inOrder = fits.length >= group.length - 1;
    group.forEach((i, n) => {
      const r = again[n] as ClaimCheck;
      if (r.verdict === "unverified") return;
      if (r.verdict === "contradicted" && !inOrder) return;
      const place = ["first", "second", "third", "fourth"][n] ?? `${n + 1}th`;
      checks[i] = {
        ...r,
        reason: `${r.reason} (Read as the ${place} of ${group.length} figures in a series, the deal's waves in order${r.verdict === "contradicted" ? ": the others stand in their waves' places" : ""}.)`,
      };
    });
  }
}

/** A figure of a series is one wave's, whatever span the sentence gives the series as a whole. */
function asWave(c: Claim): Claim {
  return { ...c, measure: "released", days: null, whole: false, soFar: false, spanOf: false };
}

/** Runs of claims, in one sentence, whose figures are joined by "+" or "/" (the same each time). */
function seriesOf(claims: readonly Claim[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  let op: string | null = null;
  const flush = () => {
    if (run.length >= 2) out.push(run);
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
      const sign = join ? (join[1] as string).toLowerCase() : null;
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
  return out.filter((g) =>
    g.every((i) => /^released(?:-to-date)?$/.test((claims[i] as Claim).measure ?? "")),
  );
}

/** "fri/sat/sun: 390/307/303": as many days set out before the series, each the figure's. */
function labelDays(
  s: string,
  first: Claim,
  dates: readonly DateInfo[],
  n: number,
): DateInfo[] | null {
  const at = first.number.start - first.sentence.start;
  const from = Math.max(0, at - 60);
  const m = WEEKDAY_SERIES.exec(s.slice(from, at));
  if (!m) return null;
  const start = first.sentence.start + from + m.index;
  const days = dates.filter((d) => d.start >= start && d.end <= first.number.start && d.date);
  return days.length === n ? days : null;
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
