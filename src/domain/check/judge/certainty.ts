/**
 * Precision first. A claim may be read more than one way ("both sides released 246": each side,
 * or both together; "so far": the deal to date, or the war's total). Each reading is judged;
 * the claim is supported or disputed if any reading is, and contradicted only if every reading
 * is, and only when nothing else in its reading is unclear (a guessed day, a part of a larger
 * figure). Otherwise it is unverified, with the stored figures nearest to it and what was unclear.
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import { daysBetween } from "../../dates.ts";
import { extend } from "../../extend.ts";
import { interval } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { claimDays, claimInterval, factsOf, fittingFacts } from "../align/facts.ts";
import { dayText, indexOf } from "../align/store-index.ts";
import type { Claim } from "../read/claims.ts";
import { judgeFacts } from "./compare.ts";
import { readingOf, unclearParts } from "./reading.ts";
import { judgeReading, sameFigureElsewhere } from "./verdict.ts";
import { lowerThe } from "./wording.ts";

const RANK = { supported: 0, disputed: 1, unverified: 2, contradicted: 3 } as const;

/** The other ways the words allow a claim to be read; the first is the likeliest. */
function readingsOfWords(claim: Claim): Claim[] {
  const out = [claim];
  if (claim.sideAlso) out.push({ ...claim, side: claim.sideAlso, sideAlso: null });
  // The war's running totals are one side's: "both sides … so far" is the deal so far.
  if (
    claim.soFar &&
    claim.measure === "released-to-date" &&
    claim.side !== "total" &&
    claim.side !== "each"
  )
    out.push({
      ...claim,
      measure: "returned-since-2022",
      side: claim.side === "russia" ? "russia" : "ukraine",
      date: claim.date,
    });
  return out;
}

/** Nouns that name no one's nationality: whose "home" they go to is not said. */
const NEUTRAL_NOUN = /^(?:people|persons|individuals|prisoners|captives|detainees)$/i;

/**
 * Whether a figure read as Ukraine's only from "coming home" (with a noun naming no side) fits
 * the store as both sides together.
 */
function homeBothWays(k: Knowledge, claim: Claim, refDate: string | null): boolean {
  if (claim.side !== "ukraine" || claim.sideAlso !== null) return false;
  if (!claim.cues.side || !/\bhome\b/i.test(claim.cues.side)) return false;
  if (!claim.noun || !NEUTRAL_NOUN.test(claim.noun)) return false;
  // ("780 of its people", "2,000 of our people": whose people they are is said.)
  if (/\b(?:our|its|their|my|his|her)\s+(?:own\s+)?[\p{L}]+\s*$/iu.test(claim.span.text))
    return false;
  return judgeReading(k, extend(claim, { side: "total" }), refDate).verdict === "supported";
}

/**
 * For a figure told as said on a day ("wrote on Sunday that 697 …"), the store's count so far,
 * of the same figure, as of a nearby day: why the day may be the slip.
 */
function saidOnAnotherDay(k: Knowledge, claim: Claim): string | null {
  if (!claim.dayOfSaying || !claim.date || claim.measure !== "released") return null;
  const day = claim.date;
  const byThen = fittingFacts(k, { ...claim, measure: "released-to-date" }, true).find((f) => {
    const on = f.asOf && "on" in f.asOf ? f.asOf.on : null;
    return (
      f.value.type === "number" &&
      f.value.n === claim.number.n &&
      on !== null &&
      on !== day &&
      Math.abs(daysBetween(on, day)) <= 3
    );
  });
  const on = byThen?.asOf && "on" in byThen.asOf ? byThen.asOf.on : null;
  return on
    ? `which day (“${claim.dayOfSaying}” is when it was said; ${claim.number.text} is the count by ${dayText(k, on)})`
    : null;
}

export function judge(k: Knowledge, claim: Claim, refDate: string | null): ClaimCheck {
  const readings = readingsOfWords(claim);
  const results = readings
    .filter((c, i) => i === 0 || !belowEarlierTotal(k, c, refDate))
    .map((c) => ({ c, r: judgeReading(k, c, refDate) }));
  let best = results[0] as { c: Claim; r: ClaimCheck };
  for (const x of results) if (RANK[x.r.verdict] < RANK[best.r.verdict]) best = x;
  // Contradicted only when every reading is; otherwise the reading that could not be tied down.
  if (best.r.verdict === "contradicted" && results.some((x) => x.r.verdict !== "contradicted"))
    best = results.find((x) => x.r.verdict !== "contradicted") ?? best;
  const check = dayless(k, claim, best.r, refDate);
  const event = check.eventId ? (k.catalog.events.get(check.eventId) ?? null) : null;
  // A figure of something the store does not track has no reading to show.
  if (claim.measure === null) return check;
  const reading = readingOf(claim, event, (iso) => dayText(k, iso));
  if (check !== best.r && (claim.date || claim.range))
    reading.event = {
      ...reading.event,
      note: `no exchange on ${claim.date ? dayText(k, claim.date) : (claim.dateText ?? "those days")}: matched without the day`,
    };
  if (check.verdict === "contradicted") {
    // "390 Ukrainians returned home" in a headline about the largest swap; "the last 303 …
    // closing out an exchange of 1,000": a figure that is another part of the same deal's is
    // likely that part's, read against the wrong one.
    const sibling = siblingFits(k, claim, check.eventId);
    // "Russia, Ukraine start biggest swap; first 390 Ukrainians home", filed on the first wave's
    // day: a figure read as the deal's that is the wave of its own day is that wave's.
    const ownWave = sibling ? waveOfItsDay(k, claim, sibling, refDate) : null;
    if (ownWave) return extend(ownWave, { reading });
    if (sibling)
      return extend(
        unsure(check, [
          `which part of the deal (“${claim.number.text}” is the store's figure for ${sibling.title.replace(/^The /, "the ")})`,
        ]),
        { reading },
      );
    // A part is not put right by the whole, but it is by the same kind of part: "270
    // civilians" against the store's 120 civilians. (Servicemen in general are not such a kind
    // here: the sources dispute whether the whole first wave were POWs.)
    // Servicemen are, where the store holds one side's own breakdown of them ("270 servicemen
    // and 120 civilians were received"): a part set against that side's part.
    const cited = check.citations.map((c) => k.catalog.facts.get(c.factId));
    const sameKind = cited.length > 0 && cited.every((f) => f?.counted === claim.counted);
    // …and only where it is the same side's: "of those [697 Ukrainians], about 80 were
    // civilians" is not put right by the 120 civilians Russia received. A split given in full
    // ("270 servicemen and 210 civilians") is the stored split's, whoever it is said of.
    const pointsBack = claim.part !== null && !/\d/.test(claim.part);
    const sameSide =
      claim.side !== null || cited.every((f) => f?.side !== "ukraine" && f?.side !== "russia");
    const byItsKind =
      sameKind &&
      (!pointsBack || sameSide) &&
      (claim.counted === "civilians" ||
        claim.counted === "wounded" ||
        (claim.counted === "military" &&
          (claim.side === "ukraine" || claim.side === "russia") &&
          cited.some((f) => f?.side === claim.side)));
    // "307 on Friday and 390 on Saturday": a bare figure that is another day's figure of the
    // same deal is what the draft counts, paired with the wrong day; wrong whichever it was.
    const swappedDay =
      claim.loose === true &&
      claim.date !== null &&
      !claim.dateInherited &&
      sameFigureElsewhere(k, claim, check.eventId) !== null;
    const unclear = unclearParts(
      extend(claim, {
        part: byItsKind ? null : claim.part,
        loose: swappedDay ? false : claim.loose,
      }),
    );
    // "Today, the third day of the exchange, another 307 came home", written on the second day:
    // the words name one wave and the day another; which is wrong is not for us to guess.
    const dayWave = claim.waveNamed ? waveOnDay(k, claim.date, check.eventId) : null;
    if (dayWave) unclear.push(`which wave (the words name one, but ${dayWave})`);
    // "Those 370, freed in the second leg, follow the 390 who crossed on Thursday": a day of the
    // figure's own that is not the named wave's day (and holds no exchange) may be the slip.
    const waveEvent = check.eventId ? k.catalog.events.get(check.eventId) : undefined;
    const waveDay = waveEvent ? eventStart(waveEvent) : null;
    if (!dayWave && claim.waveNamed && claim.date && waveDay && waveDay !== claim.date)
      unclear.push(
        `which day (the words name ${lowerThe(waveEvent?.title ?? "")}, on ${dayText(k, waveDay)}, but the figure's day is ${dayText(k, claim.date)})`,
      );
    // "URGENT - … free 307 each on third day of exchange", filed on the second day: a figure
    // with no day of its own that fits the wave of the draft's own day may be that wave's.
    const filedWave =
      claim.waveNamed && !claim.date && refDate
        ? fitsWaveOn(k, claim, refDate, check.eventId)
        : null;
    if (filedWave)
      unclear.push(`which wave (the words name one, but the draft is dated ${filedWave})`);
    // "Zelensky wrote on Sunday that 697 were home": the day told is the writing's, and 697 is
    // the store's count by the Saturday; the slip may be the day of the writing, not the figure.
    const said = saidOnAnotherDay(k, claim);
    if (said) unclear.push(said);
    // "Nearly two thousand people are coming home under the deal": people going home may be
    // each side's going to its own country, so the words do not fix Ukraine's side alone.
    if (homeBothWays(k, claim, refDate))
      unclear.push(
        `the side (“${claim.cues.side}”: Ukraine's people, or each side's going to its own country)`,
      );
    if (unclear.length > 0) return extend(unsure(check, unclear), { reading });
  }
  // "The final 303 prisoners were released on Saturday": the figure is the last wave's and the
  // day another wave's; copy like it is labelled either way, so neither is corrected.
  if (check.verdict === "supported" && claim.finalNamed && claim.date && !claim.dateInherited) {
    const dayWave = waveOnDay(k, claim.date, check.eventId);
    if (dayWave)
      return extend(unsure(check, [`which wave (the words name the last, but ${dayWave})`]), {
        reading,
      });
  }
  // "Along with 15 wounded": no side read, and the store's figure for one side is not the
  // other's; the figure may be either side's, so it is not supported on a guess.
  const whose = check.verdict === "supported" ? sideDecides(k, claim, event) : null;
  if (whose) return extend(unsure(check, [whose]), { reading });
  return extend(check, { reading });
}

/** How far before and after a deal a day may lie and still be of its story. */
const STORY_DAYS_BEFORE = 14;
const STORY_DAYS_AFTER = 7;

/**
 * "The exchange of 1,000 prisoners each, agreed in Istanbul on May 17": a day on which the store
 * has no exchange may be the slip, not the figure. Without the day, a figure that fits the
 * deal or exchange the words speak of is supported (never put right on such a reading).
 */
function dayless(
  k: Knowledge,
  claim: Claim,
  check: ClaimCheck,
  refDate: string | null,
): ClaimCheck {
  if (check.verdict !== "unverified" || claim.measure !== "released") return check;
  // "Over the weekend of May 24–26, with 1,000 released by each side": a span a day off.
  const first = claim.date ?? claim.range?.from ?? null;
  const last = claim.date ?? claim.range?.to ?? null;
  if (!first || !last || claim.dateInherited) return check;
  if (claim.date) {
    const onDay = k.catalog.eventsByDay.get(claim.date) ?? [];
    if (onDay.some((e) => e.kind === "exchange" || e.kind === "deal")) return check;
  }
  const alt = judgeReading(
    k,
    { ...claim, date: null, range: null, dateText: null, dateBasis: null },
    refDate,
  );
  if (alt.verdict !== "supported" && alt.verdict !== "disputed") return check;
  // Only a deal's own figure, and only on days of its story (its talks, the week before it, the
  // days just after): "On June 10, each side released 390" may be an exchange the archive lacks.
  const deal = alt.eventId ? k.catalog.events.get(alt.eventId) : undefined;
  const from = deal?.kind === "deal" ? eventStart(deal) : null;
  const to = deal ? eventEnd(deal) : null;
  if (!from || !to) return check;
  if (daysBetween(first, from) > STORY_DAYS_BEFORE || daysBetween(to, last) > STORY_DAYS_AFTER)
    return check;
  const said = claim.date ? dayText(k, claim.date) : (claim.dateText ?? "the days given");
  return extend(alt, {
    reason: `${alt.reason} (The store's ${lowerThe(deal?.title ?? "deal")} is not on ${said}: the day given may be the slip.)`,
  });
}

/** For a figure with no side, the store's figures one side fits and the other rules out. */
function sideDecides(k: Knowledge, claim: Claim, event: Event | null): string | null {
  if (claim.side !== null || claim.measure !== "released" || !event) return null;
  const facts = factsOf(k, claim, [event]);
  const as = (side: Claim["side"]) =>
    judgeFacts({ ...claim, side, sideAlso: null }, facts)?.verdict ?? null;
  const both = [as("each"), as("total")];
  if (both.some((v) => v !== null && v !== "contradicted")) return null;
  const ukraine = as("ukraine");
  const russia = as("russia");
  if (
    ukraine === null ||
    russia === null ||
    (ukraine === "contradicted") === (russia === "contradicted")
  )
    return null;
  // "The 230 and 248 of January 2024": the pair gives both sides' figures, whichever is whose.
  const other = pairedFigure(claim);
  if (other !== null) {
    const otherSide = ukraine === "contradicted" ? "ukraine" : "russia";
    const n = { ...claim.number, n: other, qualifier: "exact" as const };
    if (
      judgeFacts({ ...claim, number: n, side: otherSide, sideAlso: null }, facts)?.verdict ===
      "supported"
    )
      return null;
  }
  return `whose figure it is (the store's figure fits ${ukraine === "contradicted" ? "Russia's" : "Ukraine's"} side only, and no words say which side)`;
}

/**
 * A running total only grows: "679 brought home so far" on May 24, 2025 cannot be the war's
 * total when the store already has 4,552 for the week before, so that reading is dropped.
 */
function belowEarlierTotal(k: Knowledge, claim: Claim, refDate: string | null): boolean {
  if (claim.measure !== "returned-since-2022") return false;
  const days = claimDays(claim, refDate);
  if (!days) return false;
  const max = claimInterval(claim).max;
  return (indexOf(k).cumulative.get(claim.measure) ?? []).some(
    ({ fact, to }) =>
      to < days.from &&
      (fact.side === claim.side || claim.side === null) &&
      fact.value.type === "number" &&
      interval(fact.value).min > max,
  );
}

/** The wave of the same deal on the claim's own day, when it is not the one the words name. */
function waveOnDay(k: Knowledge, day: string | null, named: string | null): string | null {
  const onDay = otherWaveOn(k, day, named);
  return onDay && day
    ? `${dayText(k, day)} was ${onDay.title.replace(/^The /, "the ")}'s day`
    : null;
}

/** The wave of the same deal on the draft's day, when the claim's figure fits it. */
function fitsWaveOn(k: Knowledge, claim: Claim, day: string, named: string | null): string | null {
  const wave = otherWaveOn(k, day, named);
  if (!wave) return null;
  const j = judgeFacts(claim, factsOf(k, claim, [wave]));
  return j && j.verdict !== "contradicted"
    ? `${dayText(k, day)}, ${lowerThe(wave.title)}'s day, and the figure is that wave's`
    : null;
}

/** Another wave of the named wave's deal, on the given day. */
function otherWaveOn(k: Knowledge, day: string | null, named: string | null): Event | null {
  if (!day || !named) return null;
  const namedEvent = k.catalog.events.get(named);
  if (!namedEvent?.partOf) return null;
  return (
    (k.catalog.eventsByDay.get(day) ?? []).find(
      (e) => e.kind === "exchange" && e.partOf === namedEvent.partOf && e.id !== named,
    ) ?? null
  );
}

/** Another event of the deal family (the deal or one of its waves) whose figure the claim fits. */
function siblingFits(k: Knowledge, claim: Claim, eventId: string | null): Event | null {
  if (!eventId || (claim.measure !== "released" && claim.measure !== "released-to-date"))
    return null;
  // A day of the figure's own fixes its event: "on May 24, 390 each" is a wave swapped, wrong.
  // So does a wave named outright ("the second wave of 390"), but not against the deal itself.
  const ownDay = claim.date !== null && !claim.dateInherited && !claim.whole;
  const event = k.catalog.events.get(eventId);
  if (!event) return null;
  const dealId = event.kind === "deal" ? event.id : event.partOf;
  if (!dealId) return null;
  const deal = k.catalog.events.get(dealId);
  // "The last 307 … handed over on Sunday, completing the exchange": a day of the figure's own
  // that is the checked wave's day fixes the wave; only the deal as a whole may still be meant.
  const dayFixesWave =
    claim.date !== null &&
    !claim.dateInherited &&
    claim.dateBasis !== "guess" &&
    event.kind === "exchange" &&
    eventStart(event) === claim.date;
  // A day or a wave named outright fixes which wave; "1,000 home after the final day" may
  // still be the deal's own figure, whatever wave the words name.
  const onlyTheDeal = ownDay || claim.waveNamed || dayFixesWave;
  const family = [deal, ...(onlyTheDeal ? [] : (k.catalog.partsOf.get(dealId) ?? []))].filter(
    (e): e is Event => !!e && e.id !== eventId,
  );
  for (const e of family) {
    const measure = claim.measure === "released-to-date" ? "released" : claim.measure;
    const j = judgeFacts({ ...claim, measure }, factsOf(k, { ...claim, measure }, [e]));
    if (j && j.verdict !== "contradicted") return e;
  }
  return null;
}

/** A correction withheld: the store's figures stay visible, with why the draft is not marked wrong. */
export function unsure(check: ClaimCheck, unclear: readonly string[]): ClaimCheck {
  const { right: _right, ...rest } = check;
  return {
    ...rest,
    verdict: "unverified",
    correction: null,
    reason: `Not marked wrong: unclear ${unclear.join("; ")}. The store has ${check.store ?? "no matching figure"}${check.store ? " for what it reads as the same thing" : ""}.`,
  };
}

/** The figure the claim's is paired with by "and" ("230 and 248"), or null. */
function pairedFigure(claim: Claim): number | null {
  const s = claim.sentence.text;
  const at = claim.number.start - claim.sentence.start;
  const end = claim.number.end - claim.sentence.start;
  const next = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:and|&)\s+(\d[\d,]*)/u.exec(s.slice(end));
  const prev = /(\d[\d,]*)\s+(?:and|&)\s+$/.exec(s.slice(0, at));
  const text = next?.[1] ?? prev?.[1];
  return text ? Number(text.replace(/,/g, "")) : null;
}

/** The wave a figure's own day (or the draft's) falls on, when the figure is that wave's. */
function waveOfItsDay(
  k: Knowledge,
  claim: Claim,
  wave: Event,
  refDate: string | null,
): ClaimCheck | null {
  if (wave.kind !== "exchange" || claim.planned) return null;
  const day = claim.date && !claim.dateInherited ? claim.date : refDate;
  if (!day || eventStart(wave) !== day) return null;
  const own: Claim = {
    ...claim,
    whole: false,
    date: day,
    dateInherited: false,
    wave: null,
    waveNamed: false,
  };
  const check = judgeReading(k, own, refDate);
  return check.verdict === "supported" && check.eventId === wave.id ? check : null;
}
