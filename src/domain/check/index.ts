/**
 * Verdicts for the claims in a draft. A claim is matched to the store's facts for the same
 * event and the same measure, count and side; only then can it be supported or contradicted.
 * A number that merely looks like a stored one is unverified, never wrong.
 *
 * Scope, in order:
 * 1. The event the claim names or dates: "1,000-for-1,000" names the deal; a day gives the
 *    exchange on (or dated by a source to) that day; otherwise a name in the sentence ("the
 *    second wave", "Istanbul"). When the sentence speaks of the deal as a whole ("multi-day
 *    operation", "the deal", a plan to release), the deal a wave belongs to is weighed too: a
 *    figure that fits either is supported.
 * 2. Running totals ("returned since 2022", the count of exchanges, people held) are matched
 *    on their as-of day instead: the store's totals within CUMULATIVE_WINDOW_DAYS of the day
 *    the draft gives (or of the draft's own date).
 * 3. With no day and no name, the claim is matched on what it counts: a stored figure that
 *    fits it supports it (or shows it disputed); nothing can contradict it, as the draft never
 *    said which exchange it meant. The same holds within a month or a year ("in May 2025"),
 *    and for a deal reached only by way of the talks that agreed it.
 *
 * Then, for each side the claim speaks for ("each side" is Ukraine's and Russia's): the
 * store's figures for that side that cannot all be true make it disputed when the claim fits
 * one of them; a claim that fits every stored figure is supported; one that fits none is
 * contradicted, and gets the right figure, its quote and the corrected sentence.
 */
import type { ClaimCheck, FactcheckAnswer, Verdict } from "../answers.ts";
import type { Knowledge } from "../queries.ts";
import { archiveDeals, archiveYears } from "./align/store-index.ts";
import { asOfDays } from "./judge/as-of-days.ts";
import { judgeBorrowedReadings } from "./judge/borrowed-readings.ts";
import { judge } from "./judge/certainty.ts";
import { judgeCompetingDays } from "./judge/competing-days.ts";
import { judgeComposition } from "./judge/composition.ts";
import { judgeDateClaim } from "./judge/date-verdict.ts";
import { judgeDaysByFigures, judgeFiguresAgreeingElsewhere } from "./judge/day-by-figure.ts";
import { daysAheadClaims } from "./judge/days-ahead.ts";
import { figureDays } from "./judge/figure-days.ts";
import { foundingClaims } from "./judge/founding.ts";
import { judgeHypotheticals } from "./judge/hypothetical.ts";
import { judgeMidDeal } from "./judge/mid-deal.ts";
import { judgeParts } from "./judge/parts.ts";
import { judgeSeries } from "./judge/series.ts";
import { sinceDayClaims } from "./judge/since-day.ts";
import { judgeSoFarDays } from "./judge/so-far-days.ts";
import { judgeSoFarSums } from "./judge/so-far-sum.ts";
import { judgeSpans } from "./judge/spans.ts";
import { judgeStaleTotals } from "./judge/stale-total.ts";
import { talksRoundClaims } from "./judge/talks-round.ts";
import { judgeByTopic } from "./judge/topic.ts";
import { judgeTotalRows } from "./judge/total-row.ts";
import { judgeTotalsToldAsWaves } from "./judge/total-told-as-wave.ts";
import { waveOrdinalClaims } from "./judge/wave-ordinal.ts";
import { judgeWrittenSums } from "./judge/written-sums.ts";
import { judgeYearSlips } from "./judge/year-slip.ts";
import { overlapsAny } from "./overlaps.ts";
import { chatWithdrawn } from "./read/chat-corrections.ts";
import { readDraft } from "./read/claims.ts";
import { isWholeMonth } from "./read/date-claims.ts";
import { inSpans } from "./read/retractions.ts";
import { countWords } from "./read/sentences.ts";

export type { ClaimCheck as ClaimVerdict, Verdict };

export interface FactcheckResult {
  claims: ClaimCheck[];
  counts: Record<Verdict, number>;
}

export interface FactcheckOptions {
  /** The draft's own date; without one, a day with no year takes the archive's year. */
  refDate?: string | null;
}

export function factcheck(
  k: Knowledge,
  text: string,
  options: FactcheckOptions = {},
): FactcheckResult {
  const refDate = options.refDate ?? null;
  const yearFor = archiveYears(k);
  const draft = readDraft(text, { refDate, yearFor, dealStart: archiveDeals(k) });
  const { claims: found, dateClaims } = draft;
  const figures = found.map((c) => judge(k, c, refDate));
  judgeParts(k, found, figures, refDate);
  const days = dateClaims.map((d) => judgeDateClaim(k, d, refDate));
  judgeByTopic(k, found, figures, refDate, days);
  judgeDaysByFigures(k, dateClaims, days, figures, found);
  judgeFiguresAgreeingElsewhere(k, figures, days);
  judgeSpans(found, figures);
  judgeSoFarDays(k, found, figures, refDate);
  judgeSeries(k, found, figures, draft.dates, refDate);
  judgeTotalsToldAsWaves(k, found, figures, refDate);
  judgeSoFarSums(k, found, figures);
  judgeTotalRows(k, found, figures, refDate);
  judgeMidDeal(k, figures, refDate, text);
  judgeHypotheticals(figures);
  judgeComposition(k, figures);
  judgeStaleTotals(k, found, figures, refDate);
  judgeCompetingDays(k, draft.dates, found, figures, refDate);
  judgeBorrowedReadings(k, found, figures, refDate);
  const slips = judgeYearSlips(k, found, figures, days, refDate);
  // Last: a sum written out is read whole, over what the figures alone were read as.
  const sums = judgeWrittenSums(k, text, refDate, figures);
  // A month ("by September 2024") is shown only when it says something: right or a year off.
  const shownDays = days.filter((d, i) => {
    const range = dateClaims[i]?.range;
    return !(d.verdict === "unverified" && range && isWholeMonth(range));
  });
  // "On the second day of the exchange": which wave, where no figure or day claims the words.
  const onFigure = overlapsAny(figures);
  const onDay = overlapsAny(shownDays);
  const waves = waveOrdinalClaims(k, text, refDate, draft, [...figures, ...shownDays]).filter(
    (w) => !onFigure(w) && !onDay(w),
  );
  const toldWithFigures = figureDays(k, text, found, figures, shownDays);
  // Days ahead of the draft's date that no reading above took: the waves still to come.
  const onOther = overlapsAny([...waves, ...toldWithFigures]);
  const ahead = daysAheadClaims(
    k,
    text,
    refDate,
    draft.dates,
    (c) => onFigure(c) || onDay(c) || onOther(c),
  );
  const onAhead = overlapsAny(ahead);
  // A day a count runs on from ("home since Thursday"): the deal's start.
  const sinceDays = sinceDayClaims(
    k,
    text,
    refDate,
    draft.dates,
    (c) => onFigure(c) || onDay(c) || onOther(c) || onAhead(c),
  );
  const chat = chatWithdrawn(text);
  const claims = [
    ...figures,
    ...shownDays,
    ...waves,
    ...toldWithFigures,
    ...ahead,
    ...sinceDays,
    ...asOfDays(k, text, found, figures, draft.dates, (c) => onFigure(c) || onDay(c)),
    ...slips,
    ...sums,
    ...talksRoundClaims(k, text, refDate),
    ...foundingClaims(k, text).filter((f) => !onDay(f)),
  ]
    // A corrections notice's withdrawn words are no claim, whichever reading found them; nor
    // are the figures a chat thread's later message takes back.
    .filter((c) => !inSpans(draft.retracted ?? [], c.start) && !inSpans(chat, c.start))
    .sort((a, b) => a.start - b.start);
  return { claims, counts: countVerdicts(claims) };
}

/** The fact-check as the answer object every door renders. */
export function factcheckAnswer(
  k: Knowledge,
  text: string,
  options: FactcheckOptions = {},
): FactcheckAnswer {
  const { claims, counts } = factcheck(k, text, options);
  return { kind: "factcheck", claims, counts, words: countWords(text) };
}

function countVerdicts(claims: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    supported: 0,
    contradicted: 0,
    disputed: 0,
    unverified: 0,
  };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

export { linkEvent } from "./align/match.ts";
export { judge as judgeClaim } from "./judge/certainty.ts";
export { correctedSentence } from "./judge/wording.ts";
export { type Claim, extractClaims } from "./read/claims.ts";
export { countWords, splitSentences } from "./read/sentences.ts";
