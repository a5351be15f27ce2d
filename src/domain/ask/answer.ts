/**
 * A question's reading answered from the store as an AskAnswer. The first line states the
 * figure, day or name with who says so; every figure in it has its quote in `citations`, and a
 * worked-out figure shows the quoted figures it comes from. Where the sources disagree the first
 * line shows both sides. Where the store does not hold it, the first line says so and states no
 * figure. Where the reading is unsure, it says what was understood and offers the likeliest
 * readings. Never a figure the store does not quote.
 */
import type { Event, Fact, Measure, Side } from "../../store/schema.ts";
import type {
  AskAnswer,
  AskChoice,
  CheckPart,
  Citation,
  ClaimCheck,
  DisputeView,
  ReadingPart,
  TimelinePoint,
} from "../answers.ts";
import { eventEnd, eventStart } from "../catalog.ts";
import { archiveYears, cite } from "../check/align/store-index.ts";
import { factcheck } from "../check/index.ts";
import { readDates } from "../check/read/draft-dates.ts";
import {
  findDates,
  formatDateRange,
  formatMonthYear,
  formatNewsroomDate,
  monthNumber,
  weekdayOf,
} from "../dates.ts";
import { ordinalText, valueText } from "../labels.ts";
import { formatNumber } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { disputeView, eventSummary, figures } from "../views.ts";
import {
  asOfOf,
  dealOf,
  eventOf,
  eventsOf,
  exchangesIn,
  exchangesMissing,
  factsFor,
  factsWithValue,
  RUNNING_MEASURES,
  runningAt,
  runningEnd,
  wavesTo,
} from "./align.ts";
import { asOfDateAnswer } from "./as-of-date.ts";
import { biggestThenLine, superlativeAsOfThen } from "./biggest-then.ts";
import { countStart, countStartCheck } from "./count-start.ts";
import { blank, type Draft } from "./draft.ts";
import { countedNoun, listedCount } from "./listed-count.ts";
import { nameSideCheck } from "./name-side.ts";
import { onlyGroupCheck } from "./only-group.ts";
import { orderCheck } from "./order-check.ts";
import { otherSources } from "./other-sources.ts";
import { notTheOutlets } from "./outlet-asked.ts";
import { ownSideNamed } from "./own-side.ts";
import { peopleNamed, surnameIn } from "./people.ts";
import { personSide } from "./person-side.ts";
import {
  dayStated,
  pieceDay,
  pieceIso,
  relativeDays,
  spanWords,
  whenQuestion,
} from "./piece-day.ts";
import { placeOpen } from "./place-open.ts";
import { plannedTalks } from "./planned.ts";
import { quoteEvent } from "./quote-event.ts";
import {
  type AskReading,
  countedText,
  type DayRange,
  listedEvents,
  readQuestion,
  saidQuoted,
  thanEvents,
  tidy,
} from "./read.ts";
import { refusalCheck, whoRefused } from "./refusal.ts";
import { SAME_BOTH_SIDES, sidesEqual } from "./same-both-sides.ts";
import { shareAnswer } from "./share.ts";
import { sidesCheck, swappedSide } from "./side-pairs.ts";
import { waveOfSource } from "./source-wave.ts";
import { splitCheck } from "./split-check.ts";
import { countsOpen, smallCounts, statedSum, wrongSum } from "./stated-sum.ts";
import { figureQuestion } from "./thread-choices.ts";
import {
  AVERAGE_ASKED,
  BOTH_SIDES,
  BOTH_SIDES_TOGETHER,
  CLEFT_NAME,
  COMPOSITION_ASKED,
  COUNT_START,
  CREDIT_LINE,
  DATE_ASKED,
  DATING_WORDS,
  DAY_MONTH,
  DAYS_AFTER,
  DAYS_BETWEEN,
  DEAL_SO_FAR,
  EVENT_NOUNS,
  EXACT_SUM,
  EXCHANGE_COUNT_ASKED,
  EXTREME_WAVE,
  FIGURE_CUE,
  HOW_MANY_OF,
  IN_YEAR,
  KNOWN_CAPITALS,
  NAME_ASKED,
  NAME_MEASURES,
  NEGATED,
  NEVER_FREED,
  OFFSET_DAYS,
  ONLY_OUTCOME,
  ORDINAL_ASKED,
  PASSAGE_ASKED,
  PASSAGE_DATE,
  PASSAGE_FIRST,
  PASSAGE_STOP,
  PASSAGE_SYNONYMS,
  ROLE_CLAIMED,
  ROLE_OWNER,
  SAID_BY_ASKED,
  SHARE_ASKED,
  SOURCE_GIVES,
  SOURCED_ASKED,
  SPLIT_ASKED,
  STATEMENT_ASKED,
  TIMES_ASKED,
  TO_WAVE,
  WEAPON_KIND,
  WEEKDAY_WORD,
  WHAT_HAPPENED,
  WHY_ASKED,
  WORDS_ASKED,
} from "./vocabulary.ts";
import { WORDS_SOUGHT } from "./words-asked.ts";
import { postedWords, wordsNounAsked } from "./words-noun.ts";
import { yearPlaceSaid } from "./year-place.ts";

export type { Draft } from "./draft.ts";

export function answerReading(
  k: Knowledge,
  r: AskReading,
  query: string,
  context: readonly string[],
): AskAnswer {
  // "What % came home on day 1?" then "n by end of sat?": a follow-up that asks no figure of its
  // own keeps asking the share, of its own day or span; never the bare count.
  const last = context.at(-1) ?? "";
  const shareCarried =
    r.asked === "figure" &&
    (SHARE_ASKED.test(last) || TIMES_ASKED.test(last)) &&
    !SHARE_ASKED.test(query) &&
    !/\bhow (?:many|much)\b|\b(?:number|count|figure|total|tally|how long|days)\b/i.test(query) &&
    query.trim().split(/\s+/).length <= 8;
  let d = compose(
    k,
    r,
    [query, ...context].join(" "),
    shareCarried ? `${query} as a share` : query,
  );
  // Words asked that the store keeps no fact for ("for what?", "which agency reported it?"): the
  // one passage of the sources that shares the most telling words with the question and its
  // thread, quoted as the sources' words, never stated as a stored answer.
  // "Is Trump the sitting president or 'former president'?": words the sources state two ways,
  // asked as a choice rather than checked, answered with the disagreement.
  if ((d.status === "not-held" || d.status === "unsure") && !r.outside && /['"“‘]/.test(query)) {
    const said = wordsDisputed(k, query);
    if (said) d = said;
  }
  // "When did the full-scale invasion begin": a day no stored fact dates, from the one passage
  // that meets the question and says one date, shown (not stated) and marked unsure.
  if (r.asked === "date" && d.status === "unsure" && !r.outside && !r.future) {
    const passage = passageAnswer(k, r, query, context, true);
    if (passage) d = passage;
  }
  // "For what?", "which agency reported it?": words only a passage holds, looked for first.
  // ("According to rki.news, who proposed it" keeps a stored answer; "per Rubio, who had to …"
  // does not take Rubio himself for the answer.)
  const per = /^(?:per|according to)\s+([\w.'’-]+)/i.exec(query)?.[1];
  const head = d.line.split(" — ")[0] ?? "";
  const first =
    PASSAGE_FIRST.test(query) &&
    (!per || d.status !== "answered" || new RegExp(`\\b${per}\\b`, "i").test(head));
  if (
    !r.outside &&
    (first || ((d.status === "not-held" || d.status === "unsure") && PASSAGE_ASKED.test(query)))
  ) {
    const passage = passageAnswer(k, r, query, context);
    if (passage) d = passage;
  }
  // "Zelensky's X post on day one, for the pull quote?": words asked by what they were said in,
  // answered from the passage that quotes them, or not held; never a figure of that day.
  // ("Pull quote: '…' – who's it from?" asks who said words it quotes: a name, not the words.)
  if (
    !r.outside &&
    r.asked !== "check" &&
    r.asked !== "name" &&
    // (The day of a post is asked of the post: "what's the date of the X post?" is a day.)
    r.asked !== "date" &&
    !r.quote &&
    wordsNounAsked(query)
  ) {
    const posted = postedWords(k, query);
    d = notHeld(k, r, "their words");
    if (posted) {
      d.status = "unsure";
      d.line = `The sources' passage that quotes it (read, not a stored fact) — ${outletName(posted.outlet)}: “${posted.text.replace(/^[“"]|[”"]$/g, "")}”`;
    }
  }
  // "Which Russian official announced …", "who made this statement?": words someone said that
  // the store keeps no fact for, answered from the one passage that holds them and names someone
  // the question does not (shown as the sources' words, unsure; never a stored answer).
  if (
    (d.status === "not-held" || d.status === "unsure") &&
    !r.outside &&
    r.asked === "name" &&
    SAID_BY_ASKED.test(query)
  ) {
    const passage = passageAnswer(k, r, query, context, false, true);
    if (passage) d = passage;
  }
  // "How many regions were hit?": a count no source states, but one sentence lists item by item.
  if ((d.status === "not-held" || d.status === "unsure") && r.asked === "figure") {
    const noun = countedNoun(query);
    const listed = noun ? listedCount(k, noun) : null;
    if (listed) {
      d = blank();
      d.status = "unsure";
      d.line = `${listed.n} ${listed.noun}, counted from the list in the sources' words (not a stored figure) — ${outletName(listed.outlet)}: “${listed.sentence}”`;
    }
  }
  // "How did rki.news describe the total?": another outlet's figure is not that outlet's answer.
  if (r.asked === "figure") d = notTheOutlets(k, query, d) ?? d;
  d.line = tidyLine(d.line);
  const event = d.event ?? (eventOf(k, r) ? eventSummary(eventOf(k, r) as Event) : null);
  return {
    kind: "ask",
    query,
    context: [...context],
    asked: r.asked,
    understood: understood(k, r),
    ...d,
    event,
    reading: r as unknown as Record<string, unknown>,
  };
}

/**
 * The sentence of the sources that best meets a question's telling words (its own count twice,
 * its thread's once), at least four and ahead of every other sentence; null otherwise.
 */
function passageAnswer(
  k: Knowledge,
  r: AskReading,
  query: string,
  context: readonly string[],
  dated = false,
  naming = false,
): Draft | null {
  const keep = (w: string) => !PASSAGE_STOP.test(w);
  // "announce" and "announced", "start" and "started": one stem.
  // "Freed" and "released" one word; "destabilise" and "destabilize" one spelling.
  const stem = (w: string) => {
    const same = PASSAGE_SYNONYMS.find(([re]) => re.test(w))?.[1];
    if (same) return same;
    const s = w
      .replace(/is(e|ed|es|ing|ation)$/, "iz$1")
      .replace(/(?:ing|ed|es)$/, "")
      .replace(/e$/, "");
    return s.length >= 4 ? s : w;
  };
  const stems = (t: string) => new Set([...tellingWords(t)].filter(keep).map(stem));
  const own = stems(query);
  const before = stems(context.join(" "));
  // A person the question names is in the passage ("per Rubio, who …", "what did Zelensky post").
  const people = peopleNamed(k).filter((p) => surnameIn(query, p.surname));
  const wordsAsked =
    /\b(?:call(?:ed)?|say|said|post(?:ed)?|write|wrote|tweet(?:ed)?|announce[d]?)\b/i.test(query);
  const scored: { score: number; hitsOwn: number; text: string; outlet: string }[] = [];
  for (const src of k.catalog.data.sources) {
    if (r.sourceId && src.id !== r.sourceId) continue;
    // A line broken mid-sentence ("our people ⏎ ⏎ home.") is joined before it is split.
    const joined = src.text.replace(/([^.!?:”"|\n])\n+(?=[a-z])/g, "$1 ");
    let previous = new Set<string>();
    for (const raw of joined.split(/\n+|(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) {
      const text = raw.trim();
      // The sentence before sets the scene ("The exchange started on Friday."): its words count once.
      const scene = previous;
      previous = stems(text);
      if (text.length < 20 || text.length > 400) continue;
      if (!people.every((p) => surnameIn(text, p.surname))) continue;
      if (dated && datesInPassage(text).length !== 1) continue;
      // A name asked: the passage names someone the question does not ("one commentator" won't do).
      if (naming && !namesSomeoneNew(text, query)) continue;
      const words = stems(text);
      let score = 0;
      let hitsOwn = 0;
      for (const w of words) {
        if (own.has(w)) {
          score += 2;
          hitsOwn++;
        } else if (before.has(w)) score += 1;
      }
      // Someone's words asked ("what did he call it", "what did she post"): a passage that
      // quotes them comes first.
      if (wordsAsked && /[“"]/.test(text)) score += 1;
      for (const w of own) if (scene.has(w) && !words.has(w)) score += 1;
      scored.push({ score, hitsOwn, text, outlet: src.outlet });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  // A bare follow-up ("for what?") has only its thread's words to go by: three will do.
  const least = own.size === 0 ? 3 : 4;
  if (!best || best.score < least || (next && next.score === best.score)) return null;
  if (own.size > 0 && best.hitsOwn === 0) return null;
  // A date is stated from it: two of the question's own words at least, not one that happens to
  // share a stem ("face" and "facing").
  if (dated && best.hitsOwn < 2) return null;
  const d = blank();
  d.status = "unsure";
  // The passage is shown, never stated as the answer: a date read from free text is the
  // reporter's to confirm.
  d.line = `The sources' closest passage (read, not a stored fact) — ${outletName(best.outlet)}: “${best.text.replace(/^[“"]|[”"]$/g, "")}”`;
  return d;
}

/** Does the passage name a person or body (a capitalised word inside a sentence) the question does not? */
function namesSomeoneNew(text: string, query: string): boolean {
  const asked = query.toLowerCase();
  for (const m of text.matchAll(/(?<=[\p{L},;:()]\s+)\p{Lu}[\p{Ll}-]{3,}\b/gu)) {
    const w = m[0];
    if (KNOWN_CAPITALS.test(w) || /^(?:Ukrain|Russia|Kyiv|Moscow)/.test(w)) continue;
    if (!asked.includes(w.toLowerCase().slice(0, 5))) return true;
  }
  return false;
}

/** The dates a passage says, as written ("March 2022", "May 21–22", "2019"), each once. */
function datesInPassage(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PASSAGE_DATE)) {
    const [, month, days, year, bare] = m;
    const said = bare ?? [month, days?.replace(/\s+/g, ""), year].filter(Boolean).join(" ");
    if (said) out.add(said);
  }
  return [...out];
}

function compose(k: Knowledge, r: AskReading, words: string, own = words): Draft {
  if (r.outside) return notHeld(k, r, "what you asked");
  // "Is Saturday's 307 counted in the 4,750?": not a figure to vouch for, a thing not held.
  const includes = r.asked === "check" ? totalIncludes(k, r, r.claim ?? own) : null;
  if (includes) return includes;
  const asOf = asOfDateAnswer(k, r, own, { blank, said: whoSays });
  if (asOf) return asOf;
  // "Jan 3 2024: same number for both sides?": the two sides' figures set side by side, never
  // the exchange's total.
  if ((r.asked === "figure" || r.asked === "check") && r.eventId && SAME_BOTH_SIDES.test(own)) {
    const same = sidesEqual(k, r.eventId);
    if (!same) return notHeld(k, r, "a figure for each side that settles it");
    const d = blank();
    d.citations = same.facts.map((f) => cite(k, f));
    const [a, b] = same.facts;
    d.line =
      same.equal && b
        ? `Yes: ${valueOfFact(a as Fact)} to each side (${valueOfFact(a as Fact)} to Ukraine, ${valueOfFact(b)} to Russia) — ${whoSays(d.citations)}`
        : same.equal
          ? `Yes: ${valueOfFact(a as Fact)} each side — ${whoSays(d.citations)}`
          : `No: ${valueOfFact(a as Fact)} came home to Ukraine and ${valueOfFact(b as Fact)} to Russia — ${whoSays(d.citations)}`;
    return d;
  }
  // "'Struck in Istanbul last Friday' on a May 23 piece – ok?": the piece's day is not the day
  // claimed; the claim's day is counted back from it. A yes only when the stored day falls there.
  const piece = r.asked === "check" ? pieceDay(own) : null;
  if (piece) {
    const q = whenQuestion(piece.thing);
    const when = compose(k, readQuestion(k, q), q, q);
    const day = when.status === "answered" ? dayStated(when.line) : null;
    if (!day) return unsure(k, r, `which day “${piece.said}” means`);
    const year = Number(day.slice(0, 4));
    const span = relativeDays(piece, year);
    const [head, ...tail] = when.line.split(" — ");
    const said = `“${piece.said}” in a piece of ${formatNewsroomDate(pieceIso(piece, year))}`;
    if (day >= span.from && day <= span.to)
      return { ...when, line: [`Yes: ${head} (${said}: ${spanWords(span)})`, ...tail].join(" — ") };
    return unsure(k, r, `whether ${said} is the stored day, ${formatNewsroomDate(day)}`);
  }
  // A share or a ratio is worked out from counts, never one of them ("give me the ratio of …",
  // with no figure to check, is asked all the same).
  // Worked out from two stored figures, both shown and quoted; unsure when either is not one.
  // ("Civs vs soldiers, ratio pls": asked in shorthand, the words as they are read.)
  const shareWords = tidy(own);
  if (
    (r.asked === "figure" || (r.asked === "check" && !r.value)) &&
    (SHARE_ASKED.test(shareWords) || TIMES_ASKED.test(shareWords))
  ) {
    // "The share freed by the Saturday": of the deal so far, not that one day's wave; unsure
    // unless the reading took it as the deal so far.
    if ((TO_WAVE.test(shareWords) || DEAL_SO_FAR.test(shareWords)) && !r.dealSoFar)
      return unsure(k, r, "how to work out that share or ratio from the figures the store holds");
    return (
      shareAnswer(k, r, shareWords, {
        blank,
        answer: (sub) => compose(k, sub, "", ""),
        read: (q) => readQuestion(k, q),
        said: whoSays,
        than: (q) => thanEvents(k, q),
      }) ?? unsure(k, r, "how to work out that share or ratio from the figures the store holds")
    );
  }
  // "How many swaps between January 3 and Sept 24": a running count between two points, one of
  // which was not read as a day, is never the count at the one that was.
  if (
    r.asked === "figure" &&
    r.running &&
    !r.derive &&
    r.spans.length < 2 &&
    /\bbetween\s+\S[^?]*\band\s+\S/i.test(tidy(own))
  )
    return unsure(k, r, "between which points you count");
  // "Drones + missiles, total?": two kinds of thing launched, asked together, are their two
  // stored figures added up (each shown), never one of them; unsure unless each is one figure.
  const kinds = tidy(own).match(/\b(?:drones?|missiles?)\b/gi) ?? [];
  if (
    r.asked === "figure" &&
    !r.value &&
    r.eventId &&
    new Set(kinds.map((w) => w.toLowerCase().replace(/s$/, ""))).size === 2 &&
    /\b(?:drones?|missiles?)\s*(?:\+|&|and|plus)\s*(?:ballistic\s+|strike\s+)?(?:drones?|missiles?)\b/i.test(
      tidy(own),
    )
  ) {
    const of = (c: string) =>
      byValue(
        (k.catalog.factsByEvent.get(r.eventId as string) ?? []).filter(
          (f) => f.counted === c && f.value.type === "number" && !f.planned,
        ),
      );
    const [drones, missiles] = [of("drones"), of("missiles")];
    if (drones.length !== 1 || missiles.length !== 1)
      return unsure(k, r, "how to add up the figures the store holds for those");
    const parts = [(drones[0] as Fact[])[0] as Fact, (missiles[0] as Fact[])[0] as Fact];
    const sum = parts.reduce((a, f) => a + nOf(f), 0);
    const rough = parts.some((f) => f.value.type === "number" && f.value.qualifier !== "exact");
    const d = blank();
    d.citations = [...(drones[0] as Fact[]), ...(missiles[0] as Fact[])].map((f) => cite(k, f));
    // Added up only when a total is asked; otherwise each, side by side.
    const total = /\b(?:total|combined|together|altogether|in all|sum|plus)\b|\+/i.test(tidy(own));
    const each = parts.map(
      (f) => `“${f.value.type === "number" ? f.value.said : ""}” ${f.counted}`,
    );
    d.line = total
      ? `${rough ? "Some " : ""}${formatNumber(sum)} drones and missiles in all (${each.join(" + ")}) — ${whoSays(d.citations)}`
      : `${each.join(" and ")} (${formatNumber(sum)} in all) — ${whoSays(d.citations)}`;
    return d;
  }
  // "Wounded swapped in April, both sides together?": no figure for both, but one for each side
  // of that exchange: the two added up, each shown.
  if (
    r.asked === "figure" &&
    r.side === "total" &&
    r.eventId &&
    !r.value &&
    !r.derive &&
    r.counted &&
    r.counted !== "people" &&
    (r.measure ?? "released") === "released"
  ) {
    const of = (side: Side) =>
      byValue(
        (k.catalog.factsByEvent.get(r.eventId as string) ?? []).filter(
          (f) =>
            f.measure === "released" &&
            f.counted === r.counted &&
            f.side === side &&
            f.value.type === "number" &&
            !f.planned,
        ),
      );
    const [total, ua, ru] = [of("total"), of("ukraine"), of("russia")];
    if (total.length === 0 && ua.length === 1 && ru.length === 1) {
      const parts = [(ua[0] as Fact[])[0] as Fact, (ru[0] as Fact[])[0] as Fact];
      const d = blank();
      d.citations = [...(ua[0] as Fact[]), ...(ru[0] as Fact[])].map((f) => cite(k, f));
      const e = k.catalog.events.get(r.eventId);
      const day = e ? eventStart(e) : null;
      d.line = `${formatNumber(parts.reduce((a, f) => a + nOf(f), 0))} ${countedText(r.counted)} in all${day ? ` on ${formatNewsroomDate(day)}` : ""}, both sides together (${valueOfFact(parts[0] as Fact)} to Ukraine + ${valueOfFact(parts[1] as Fact)} to Russia) — ${whoSays(d.citations)}`;
      return d;
    }
  }
  // An average ("avg people per swap") is worked out from two counts, never one of them.
  if ((r.asked === "figure" || r.asked === "check") && AVERAGE_ASKED.test(own))
    return unsure(k, r, "how to work out that average from the figures the store holds");
  // "How many each side in 2025 before May 23?", "the three swaps before the big one": a count of
  // what came before an exchange is never that exchange's own figure.
  const before = /\bbefore\s+(.+?)\s*\??\s*$/i.exec(own)?.[1];
  if (
    before &&
    r.asked === "figure" &&
    !r.running &&
    (r.measure ?? "released") === "released" &&
    (r.eventId || r.day) &&
    (r.listed ?? []).length < 2 &&
    /\bhow many\b|\b(?:each|per)[- ]side\b|\bsum\b|\btotal\b/i.test(own) &&
    !/\b(?:last|previous|prior|latest|most recent) (?:prisoner )?(?:swap|exchange|one) before\b/i.test(
      own,
    )
  ) {
    const after = readQuestion(k, before);
    const e = r.eventId ? k.catalog.events.get(r.eventId) : undefined;
    const same =
      (after.eventId !== null && (after.eventId === r.eventId || after.eventId === e?.partOf)) ||
      (after.day !== null && after.day === r.day);
    if (same) return unsure(k, r, "which exchanges before it you mean");
  }
  // "What did Reuters report …": a person or outlet no source names; the store has nothing of theirs.
  const stranger =
    r.asked !== "check" && (WORDS_ASKED.test(own) || /\baccording to\b/i.test(own))
      ? strangerIn(k, own)
      : null;
  if (stranger) {
    const none = notHeld(k, r, "what you asked");
    none.line = `The store does not hold anything from or on ${stranger}: no source in it names them.`;
    return none;
  }
  // "What did Zelensky post …": the words someone said, which no figure answers.
  // (In a thread, "and what does the HQ say?" asks the figure before as that claimant gives it.)
  if (WORDS_ASKED.test(own) && words === own && r.asked === "figure" && !r.quote)
    return notHeld(k, r, "their words");
  // "Call the swap what?", "his exact words?", "what did Moscow hint it would offer?": the same,
  // in the words of a desk that asks no figure beside them.
  if (
    r.asked === "figure" &&
    words === own &&
    WORDS_SOUGHT.test(tidy(own)) &&
    !FIGURE_CUE.test(tidy(own))
  )
    return notHeld(k, r, "their words");
  // "Who turned down the all-for-all swap?": the party a source says refused it.
  if (r.asked === "name") {
    const refused = whoRefused(k, tidy(own), blank, outletName);
    if (refused) return refused;
  }
  if (WHAT_HAPPENED.test(own) && (r.day || r.eventId)) return dayEventsAnswer(k, r);
  // The store holds figures, days and names the sources give, never their reasons.
  if (WHY_ASKED.test(own) && !FIGURE_CUE.test(own)) return notHeld(k, r, "a reason for it");
  // "Were the 4,552 only soldiers?": no, when the figure's quotes count civilians too.
  const onlyGroup = onlyGroupCheck(k, r, own, { blank, said: whoSays });
  if (onlyGroup) return onlyGroup;
  // "Does the 4,750 count start from February 2022?": the start put forward, checked.
  const startChecked = countStartCheck(k, r, own, {
    blank,
    notHeld: (what) => notHeld(k, { ...r, day: null, range: null }, what),
    said: whoSays,
  });
  if (startChecked) return startChecked;
  // "Is the 4,750 counted from February or March 2022?": where a running total starts.
  if (COUNT_START.test(own)) {
    const start = countStart(k, r, {
      blank,
      notHeld: (what) => notHeld(k, { ...r, day: null, range: null }, what),
      said: whoSays,
    });
    if (start) return start;
  }
  // "Are more talks planned?": what the sources say of talks to come, both ways if they differ.
  const planned = plannedTalks(k, own, blank, outletName);
  if (planned) return planned;
  if (r.future && r.asked !== "check") return futureAnswer(k, r, words);
  // The kind asked: a question whose own words ask a name, a day or a place in a series, and
  // no figure, is never answered with a figure.
  if (
    r.asked === "figure" &&
    !r.compare &&
    !FIGURE_CUE.test(own) &&
    // ("How mnay …": the cue as the question is read, its slips folded.)
    !FIGURE_CUE.test(tidy(own)) &&
    (NAME_ASKED.test(own) || DATE_ASKED.test(own) || ORDINAL_ASKED.test(own))
  )
    return unsure(k, r, "what you are asking for");
  if (r.measure === "duration-days" && r.compare?.length === 2 && r.asked === "figure")
    return daysBetween(k, r);
  // "Days between Istanbul and <something not read as an event>": the days between two events
  // asked, never a stored length of one of them.
  if (
    r.measure === "duration-days" &&
    r.asked === "figure" &&
    ((!HOW_MANY_OF.test(own) && DAYS_BETWEEN.test(own)) || DAYS_AFTER.test(own))
  )
    return unsure(k, r, "between which days");
  if (r.derive === "difference" && r.asked === "figure") return differenceOf(k, r, words, own);
  // "Each day of the deal", "March, April and May": one figure for each, in one line.
  const listed = listedOf(k, r);
  // "Ukraine got how many, Russia how many", "Ukrainian and Russian": each side's own figure.
  if (
    r.asked === "figure" &&
    !r.compare &&
    !r.derive &&
    !r.running &&
    (r.measure ?? "released") === "released" &&
    TWO_SIDES_NAMED.test(own) &&
    !BOTH_SIDES.test(own) &&
    !LISTED_SUM.test(own)
  ) {
    const each = sidesApart(k, r, words, own);
    if (each) return each;
  }
  if (listed.length >= 2 && r.asked === "figure" && !r.compare && !r.derive && !r.withWounded)
    return LISTED_SUM.test(own) && !EACH_LISTED.test(own)
      ? listedSum(k, r, listed)
      : listAnswer(k, r, listed);
  // "How long since the last direct talks": the time from the talks the sources count from.
  const talks = eventOf(k, r);
  if (r.asked === "figure" && talks?.kind === "talks" && HOW_LONG_SINCE_TALKS.test(own)) {
    const since = yearsSinceLastTalks(k, talks);
    if (since) return since;
  }
  // "And the mediator for each?" after a list of exchanges: the name asked, for each of them.
  if (
    r.asked === "name" &&
    r.nameOf === "measure" &&
    (r.listed ?? []).length >= 2 &&
    EACH_LISTED.test(own)
  ) {
    const each = (r.listed ?? []).map((id) => {
      const e = k.catalog.events.get(id);
      const day = e ? formatNewsroomDate(eventStart(e) as string) : id;
      const named = nameAnswer(k, { ...r, eventId: id, day: null, listed: null }, words);
      return { day, named };
    });
    if (each.some((x) => x.named.status === "answered" || x.named.status === "disputed")) {
      const d = blank();
      for (const x of each) d.citations.push(...x.named.citations);
      const heads = each.map(({ day, named }) =>
        named.status === "answered" || named.status === "disputed"
          ? `${day}: ${named.line.split(" — ")[0]}`
          : `${day}: not stated (no source in the store says)`,
      );
      d.line = `${heads.join("; ")} — ${whoSays(d.citations)}`;
      return d;
    }
  }
  const extreme = EXTREME_WAVE.exec(own);
  if (extreme && (r.asked === "figure" || r.asked === "date" || r.asked === "ordinal")) {
    const answered = extremeWave(
      k,
      r,
      words,
      /smallest|fewest|least/i.test(extreme[1] ?? extreme[2] ?? ""),
    );
    if (answered) return answered;
  }
  switch (r.asked) {
    case "check": {
      // "The last 303 were never freed": a release the claim denies is checked against the
      // release the store holds; a stored figure never vouches for its denial.
      const denied = NEVER_FREED.exec(own);
      if (denied && r.value && (r.measure ?? "released") === "released") {
        const n = r.value.n;
        const held = [...k.catalog.facts.values()].filter(
          (f) =>
            f.measure === "released" && !f.planned && f.value.type === "number" && f.value.n === n,
        );
        if (held.length > 0) {
          const d = blank();
          d.citations = held.map((f) => cite(k, f));
          const e = k.catalog.events.get((held[0] as Fact).eventId);
          const on = e ? dayWords(e, null) : "";
          d.line =
            `No: the sources say ${valueOfFact(held[0] as Fact)} were released ${on}`.trim() +
            ` — ${whoSays(d.citations)}`;
          d.line = d.line.replace(/\s+/g, " ");
          return d;
        }
      }
      // "The January 3, 2024 swap, the 50th of the war – right?": its number in the series.
      // (Its yes stands only if the rest of the claim is not contradicted.)
      const series = seriesSaid(k, r) ?? yearPlaceSaid(k, r.claim ?? own, r.eventId, whoSays);
      if (series && /^No\b/.test(series.line)) return series;
      if (series) {
        const rest = checkAnswer(k, r, own);
        // (A day the sources dispute, the copy naming the exchange by one of them, leaves the
        // place in the series as checked: the yes stands, the dispute shown after it.)
        if (/^Disputed\b/.test(rest.line) && rest.disputes.some((x) => x.kind === "date"))
          return {
            ...series,
            disputes: rest.disputes,
            line: `${series.line}; its day is disputed: ${rest.line.replace(/^Disputed:\s*/, "")}`,
          };
        return /^(?:No|Disputed|Not settled)\b/.test(rest.line) ? rest : series;
      }
      // "Medinsky is on Ukraine's side, right?": the side of the delegation the person led.
      const sided = personSide(k, r.claim ?? own, whoSays);
      if (sided) return sided;
      // "Is the 303 in anything but the recap piece?": whether another source gives the figure.
      const besides = otherSources(k, r, own, whoSays);
      if (besides) return besides;
      // "So the call came after the swap had started?": which of two events came first.
      const context = words.slice(own.length).trim();
      const order = orderCheck(k, r.claim ?? own, context ? [context] : [], whoSays);
      if (order) return order;
      return checkAnswer(k, r, own);
    }
    case "date": {
      // "We have March, April and May – dates for the other two?": exchanges the sources count
      // but the store holds none of beyond those named are not dated by any source in it.
      const others = OTHER_ONES.test(own) ? otherExchanges(k, own) : null;
      if (others && others.length === 0) {
        const d = blank();
        d.status = "not-held";
        d.line =
          "The store does not hold the days of the other exchanges: no source in it dates any exchange of that time beyond those you name.";
        return d;
      }
      return dateAnswer(k, r, own);
    }
    case "name": {
      // "Who mediated the March and April exchanges?": each exchange named answered in turn, the
      // name first; only when every one of them has a stored answer.
      const listed =
        r.nameOf === "measure" && !r.eventId && !r.day ? listedEvents(k, tidy(own)) : [];
      if (listed.length >= 2) {
        const each = listed.map((id) =>
          nameAnswer(k, { ...r, eventId: id, day: null, range: null }, words),
        );
        if (each.every((a) => a.status === "answered" && a.citations.length > 0)) {
          const d = blank();
          d.citations = each.flatMap((a) => a.citations);
          d.line = each.map((a) => a.line).join("; ");
          return d;
        }
      }
      return nameAnswer(k, r, words, own);
    }
    case "ordinal": {
      // "The Epoch Times piece covers which leg?": the wave the source reports, by its headline
      // or its day, not the wave the asker guessed.
      const covered = waveOfSource(k, own);
      if (covered) {
        const d = ordinalAnswer(k, {
          ...r,
          eventId: covered.wave.id,
          day: null,
          edge: null,
          value: null,
        });
        if (d.status === "answered") d.line = `${d.line} (the source's wave: ${covered.why})`;
        return d;
      }
      return ordinalAnswer(k, r);
    }
    default:
      return figureAnswer(k, r, words, own);
  }
}

/**
 * "Which swap does Brussels Morning call 'the largest swap since 2022'": the line of a source
 * (a sentence, a table's row) that has those words and one day; that day, in the source's words.
 * No such line, or more than one day: not held, never the event the words would name elsewhere.
 */
function describedAnswer(k: Knowledge, r: AskReading, words: string): Draft {
  const wanted = plainWords(words.replace(/^(?:the|a|an)\s+/i, ""));
  const hits: { outlet: string; line: string; day: string }[] = [];
  for (const src of k.catalog.data.sources) {
    if (r.sourceId && src.id !== r.sourceId) continue;
    for (const line of src.text.split(/\n|(?<=[.!?])\s+/)) {
      if (!plainWords(line).includes(wanted)) continue;
      const days = readDates(line, { refDate: null, yearFor: archiveYears(k) })
        .map((x) => x.date)
        .filter((x): x is string => !!x);
      if (new Set(days).size === 1)
        hits.push({ outlet: src.outlet, line: line.trim(), day: days[0] as string });
    }
  }
  const days = [...new Set(hits.map((h) => h.day))];
  if (days.length !== 1 || !hits[0]) {
    const d = notHeld(k, { ...r, eventId: null, day: null, range: null }, "an event called that");
    return d;
  }
  const h = hits[0];
  const e = (k.catalog.eventsByDay.get(h.day) ?? []).find((x) => x.kind === "exchange");
  const d = blank();
  d.event = e ? eventSummary(e) : null;
  d.line = `${formatNewsroomDate(h.day)}${e ? ` (${e.title.replace(/^The /, "the ")})` : ""} — ${outletName(h.outlet)} (“${h.line.slice(0, 160)}”)`;
  return d;
}

/** "How many days between the talks and the first wave": one stored day from the other. */
function daysBetween(k: Knowledge, r: AskReading): Draft {
  const [a, b] = (r.compare ?? []).map((id) => {
    const e = k.catalog.events.get(id);
    const dated = e
      ? dateAnswer(k, { ...r, asked: "date", compare: null, eventId: id, day: null })
      : null;
    const start = e ? eventStart(e) : null;
    // A day the sources dispute ("May 6, or May 7"): counted from each, both said.
    const alt =
      dated?.status === "disputed" && e
        ? (k.findings.byEvent.get(e.id) ?? [])
            .filter((x) => x.kind === "date")
            .flatMap((x) =>
              disputeView(k.catalog, x).sides.flatMap((side) =>
                side.citations.map((c) => {
                  const f = k.catalog.facts.get(c.factId);
                  return f?.value.type === "date" ? f.value.date : (f?.eventDate ?? null);
                }),
              ),
            )
            .filter((x): x is string => !!x && x !== start)
        : [];
    const ok = dated?.status === "answered" || (dated?.status === "disputed" && alt.length > 0);
    return ok && dated && start && /^\d{4}-\d\d-\d\d$/.test(start)
      ? { e: e as Event, start, cites: dated.citations, alt: [...new Set(alt)] }
      : null;
  });
  if (!a || !b) return unsure(k, r, "between which days");
  const [from, to] = a.start <= b.start ? [a, b] : [b, a];
  const apart = (x: string, y: string) => Math.round((Date.parse(y) - Date.parse(x)) / 86_400_000);
  const n = apart(from.start, to.start);
  const d = blank();
  d.citations = [...from.cites, ...to.cites];
  const others = [
    ...from.alt.map((x) => `${apart(x, to.start)} from ${formatNewsroomDate(x)}`),
    ...to.alt.map((x) => `${apart(from.start, x)} to ${formatNewsroomDate(x)}`),
  ];
  if (others.length > 0) {
    d.status = "disputed";
    d.line = `${n} days, from ${formatNewsroomDate(from.start)} to ${formatNewsroomDate(to.start)}; the sources dispute a day, so ${others.join(", ")} — ${whoSays(d.citations)}`;
    return d;
  }
  const title = (e: Event) =>
    e.title
      .replace(/^The /, "the ")
      .replace(/^(First|Second|Third) /, (w) => `the ${w.toLowerCase()}`);
  d.line = `${n} days, from ${formatNewsroomDate(from.start)} (${title(from.e)}) to ${formatNewsroomDate(to.start)} (${title(to.e)}) — ${whoSays(d.citations)}`;
  return d;
}

/** "What happened on May 22": every event the store dates to that day, each with who says so. */
function dayEventsAnswer(k: Knowledge, r: AskReading): Draft {
  const day = r.day ?? (r.eventId ? eventStart(k.catalog.events.get(r.eventId) as Event) : null);
  if (!day) return unsure(k, r, "which day you mean");
  const events = [...k.catalog.events.values()].filter((e) => {
    const s = eventStart(e);
    const end = eventEnd(e);
    return s !== null && end !== null && s <= day && day <= end && e.kind !== "tally";
  });
  // The waves say more than the deal they belong to: the deal only when no wave of it is that day.
  const shown = events.filter((e) => !(e.kind === "deal" && events.some((w) => w.partOf === e.id)));
  if (shown.length === 0) return notHeld(k, { ...r, eventId: null }, "anything on that day");
  const d = blank();
  const lines = shown.map((e) => {
    const facts = k.catalog.factsByEvent.get(e.id) ?? [];
    const f = facts.find((x) => x.measure === "took-place-on") ?? facts[0];
    if (f) d.citations.push(cite(k, f));
    return `${e.title.replace(/^The /, "the ")}${f ? ` (${who(cite(k, f))})` : ""}`;
  });
  d.line = `On ${formatNewsroomDate(day)}: ${lines.join("; ")}`;
  if (shown.length === 1) d.event = eventSummary(shown[0] as Event);
  return d;
}

/** The exchanges a reading lists: a deal's waves for "each day", else those it names. */
function listedOf(k: Knowledge, r: AskReading): Event[] {
  if ((r.measure ?? "released") !== "released" || r.running) return [];
  if (r.perDay) {
    const e = eventOf(k, r);
    const deal = e?.kind === "deal" ? e : e?.partOf ? dealOf(k, e) : null;
    return deal ? [...(k.catalog.partsOf.get(deal.id) ?? [])] : [];
  }
  return (r.listed ?? [])
    .map((id) => k.catalog.events.get(id))
    .filter((e): e is Event => e !== undefined);
}

/**
 * One figure for each exchange listed, for the side asked (each side when none is): "Each side:
 * 390 on May 23, 2025; 307 on May 24, 2025; …". Both sides together where only each side's figure
 * is stored is twice it, shown. Sources that disagree on a figure give both; an exchange whose
 * day is disputed says so. An exchange with no figure for it says that, with no figure.
 */
function listAnswer(k: Knowledge, r: AskReading, events: readonly Event[]): Draft {
  const d = blank();
  const side: Side = r.side ?? "each";
  const sums: string[] = [];
  const parts: CheckPart[] = [];
  const items = events.map((e) => {
    const day = eventStart(e) as string;
    const all = factsFor(k, [e], "released", r.counted, side, r.sourceId).filter((f) => !f.planned);
    // One side's own figure where a source gives it; else each side's, which is also its own.
    const own = all.filter((f) => f.side === side);
    const each = all.filter((f) => f.side === "each");
    let facts = own.length > 0 ? own : each;
    let double = false;
    if (side === "total" && own.length === 0) {
      facts = factsFor(k, [e], "released", r.counted, "each", r.sourceId).filter(
        (f) => !f.planned && f.side === "each",
      );
      double = true;
    }
    const groups = byValue(facts);
    for (const g of groups) d.citations.push(...g.map((f) => cite(k, f)));
    const dateDispute = (k.findings.byEvent.get(e.id) ?? []).find((x) => x.kind === "date");
    const when = `on ${formatNewsroomDate(day)}${
      dateDispute
        ? ` (its day disputed: ${disputeView(k.catalog, dateDispute)
            .sides.map((x) => x.valueText)
            .join(" or ")})`
        : ""
    }`;
    if (groups.length === 0) return `none stored ${when}`;
    const values = groups.map((g) => {
      const f = g[0] as Fact;
      if (!double) return valueOfFact(f);
      const n = nOf(f) * 2;
      sums.push(`${valueOfFact(f)} × 2 = ${formatNumber(n)}`);
      parts.push(part(k, f, `${formatNewsroomDate(day)}, each side`));
      return `${formatNumber(n)} (${valueOfFact(f)} × 2)`;
    });
    return `${values.join(" or ")} ${when}`;
  });
  const label =
    side === "total"
      ? "Both sides together"
      : side === "ukraine"
        ? "To Ukraine"
        : side === "russia"
          ? "To Russia"
          : "Each side";
  const what = r.counted && r.counted !== "people" ? ` (${countedText(r.counted)})` : "";
  // None of the exchanges listed has a figure of what is asked: not held, said as such.
  if (d.citations.length === 0) {
    d.status = "not-held";
    d.line = `The store does not hold a figure${r.counted ? ` of ${countedText(r.counted)}` : ""} for ${events.length === 1 ? "that exchange" : "any of those exchanges"}: no source in it says (${items.join("; ")}).`;
    return d;
  }
  d.line = `${label}${what}: ${items.join("; ")} — ${whoSays(d.citations)}`;
  if (sums.length > 0) d.derivation = { expression: sums.join("; "), parts };
  const deal = events[0]?.partOf ? k.catalog.events.get(events[0].partOf) : undefined;
  if (deal && events.every((e) => e.partOf === deal.id)) d.event = eventSummary(deal);
  return d;
}

/** "Together", "plus", "combined": the exchanges a question lists, asked as one figure. */
const LISTED_SUM =
  /\b(?:together|plus|combined|altogether|add(?:ed)? up|sum(?:med)?|in all|all told|in total|total)\b|\+/i;

/** Both countries named as the sides asked: "Ukraine got how many, Russia how many". */
const TWO_SIDES_NAMED =
  /\bukrain\w*\b[^?]*\b(?:and|,|&|\/)\s*(?:how many (?:did |for )?)?(?:the )?russia\w*\b|\brussia\w*\b[^?]*\b(?:and|,|&|\/)\s*(?:how many (?:did |for )?)?(?:the )?ukrain\w*\b/i;

/**
 * Each side's figure when the question names both: one answer for Ukraine, one for Russia, in one
 * line. Where a source gives one figure for each side, that one answer; null if either is not held.
 */
function sidesApart(k: Knowledge, r: AskReading, words: string, own: string): Draft | null {
  const u = figureAnswer(k, { ...r, side: "ukraine" }, words, own);
  const ru = figureAnswer(k, { ...r, side: "russia" }, words, own);
  if (u.status !== "answered" || ru.status !== "answered") return null;
  // The same figure for both (a source's "each side"): the each-side answer says it once.
  const n = (d: Draft) => {
    const f = d.citations[0] ? k.catalog.facts.get(d.citations[0].factId) : undefined;
    return f ? nOf(f) : Number.NaN;
  };
  if (n(u) === n(ru)) return figureAnswer(k, { ...r, side: "each" }, words, own);
  const head = (d: Draft) => d.line.split(" — ")[0] ?? d.line;
  const d = blank();
  d.citations = [...u.citations, ...ru.citations.filter((c) => !u.citations.includes(c))];
  d.event = u.event;
  d.line = `${head(u)}; ${head(ru)} — ${whoSays(d.citations)}`;
  return d;
}

/** "Both sides combined for each day": a figure for each, not one for all. */
const EACH_LISTED = /\b(?:each|every|per) (?:day|wave|exchange|swap|one|of them)\b|\bfor each\b/i;

/**
 * "Day one plus day three", "the 23rd and the 24th together": the exchanges listed, each side's
 * stored figure added up and shown; not held if one of them has none (never one day's figure).
 */
function listedSum(k: Knowledge, r: AskReading, events: readonly Event[]): Draft {
  const days = events.map((e) => formatNewsroomDate(eventStart(e) as string));
  return summedLine(k, r, events, `on ${days.slice(0, -1).join(", ")} and ${days.at(-1)}`);
}

/**
 * The first line of a sum over exchanges, `when` saying over which days ("on May 23 and May
 * 25", "over May 23–25, 2025"): each side's stored figures added up, both sides' worked out too
 * where no side was asked; not held if one of them has none.
 */
function summedLine(k: Knowledge, r: AskReading, events: readonly Event[], when: string): Draft {
  const d = blank();
  const sum = addSum(k, d, events, r);
  if (sum === null) return notHeld(k, r, askedWhat(r, "released"));
  const whose =
    r.side === "total"
      ? "in all (both sides)"
      : r.side === "ukraine"
        ? "came home to Ukraine"
        : r.side === "russia"
          ? "returned to Russia"
          : "each side";
  const both = r.side === null || r.side === "each" ? ` (${formatNumber(sum * 2)} in all)` : "";
  // The figure in brackets is worked out too: its sum is shown with the other.
  if (both && d.derivation)
    d.derivation.expression += `; ${formatNumber(sum)} × 2 = ${formatNumber(sum * 2)} (both sides together)`;
  const wounded = d.derivation?.parts.some((p) => p.valueText.endsWith(" wounded"))
    ? ", the wounded included"
    : "";
  d.line = `${formatNumber(sum)} ${countedWord(r.counted, sum)} ${whose} ${when}${both}${wounded}, adding up the stored figures (${d.derivation?.expression ?? ""}) — ${whoSays(d.citations)}`;
  return d;
}

/** The deal's smallest or biggest wave by each side's figure, answered as if it had been named. */
function extremeWave(k: Knowledge, r: AskReading, words: string, smallest: boolean): Draft | null {
  const deal = dealOf(k, eventOf(k, r));
  const waves = deal ? (k.catalog.partsOf.get(deal.id) ?? []) : [];
  const sized = waves.map((w) => ({
    w,
    groups: byValue(
      factsFor(k, [w], "released", null, "each").filter((f) => f.side === "each" && !f.planned),
    ),
  }));
  if (sized.length < 2 || sized.some((x) => x.groups.length !== 1)) return null;
  const n = (x: (typeof sized)[number]) => nOf((x.groups[0] as Fact[])[0] as Fact);
  const sorted = [...sized].sort((a, b) => (smallest ? n(a) - n(b) : n(b) - n(a)));
  const pick = sorted[0];
  if (!pick || (sorted[1] && n(sorted[1]) === n(pick))) return null;
  const day = eventStart(pick.w);
  const d = compose(k, { ...r, eventId: pick.w.id, day, range: null, edge: null }, words, "");
  if (d.status !== "answered") return null;
  const all = sized.map(
    (x) => `${formatNumber(n(x))} on ${formatNewsroomDate(eventStart(x.w) as string)}`,
  );
  d.line = `The ${smallest ? "smallest" : "biggest"} wave: ${d.line.replace(/^The /, "the ")}`;
  d.notes.unshift(`Each side's figure for each wave: ${all.join(", ")}.`);
  // Every figure in that note is quoted beneath, as the one in the first line is.
  const have = new Set(d.citations.map((c) => c.factId));
  for (const x of sized) {
    const f = (x.groups[0] as Fact[])[0] as Fact;
    if (!have.has(f.id)) d.citations.push(cite(k, f));
  }
  return d;
}

/**
 * Something to come ("when is the next round", "how many will come home"): only what the store
 * holds as planned answers it; a past event is never given for it.
 */
function futureAnswer(k: Knowledge, r: AskReading, words: string): Draft {
  if (r.asked === "figure") {
    const d = compose(k, { ...r, future: false }, words);
    const facts = d.citations.map((c) => k.catalog.facts.get(c.factId));
    if (facts.length > 0 && facts.every((f) => f?.planned)) return d;
  }
  const d = notHeld(k, { ...r, day: null, range: null, eventId: null }, "a plan for that");
  d.line = `The store does not hold a plan for that: no source in it says what is to come or when.`;
  return d;
}

/**
 * "How much bigger was the first wave than the last", "how far apart are 4,552 and 4,750", "how
 * many more did Russia get than Ukraine": always two stored figures, both shown, one taken from
 * the other; never one figure alone.
 */
function differenceOf(k: Knowledge, r: AskReading, words: string, own: string): Draft {
  const measure = r.measure ?? "released";
  if (r.compare && r.compare.length >= 2)
    return eventsDifference(k, BOTH_SIDES_TOGETHER.test(own) ? { ...r, side: "total" } : r);
  if (r.values.length >= 2) return valuesDifference(k, r);
  // "The gap between the coordination HQ total and the Brussels Morning total": each party's own.
  const parties = partiesTotals(k, r, own);
  if (parties) return valuesDifference(k, { ...r, values: parties });
  if (r.spans.length >= 2)
    return runningDifference(k, r, RUNNING_MEASURES.has(measure) ? measure : "returned-since-2022");
  if (RUNNING_MEASURES.has(measure) || r.running) return runningDifference(k, r, measure, own);
  if (r.derive === "difference" && (sidesNamed(own) || sidesNamed(words) || r.side !== null))
    return differenceAnswer(k, r, sidesNamed(own) || sidesNamed(words));
  return unsure(k, r, "which figures you compare");
}

/**
 * Two running totals, each the one figure of a party the question names (a claimant, or a
 * source by its outlet's name): "the HQ total and the Brussels Morning total".
 */
function partiesTotals(k: Knowledge, r: AskReading, own: string): [number, number] | null {
  if (!/\btotals?\b|\btall(?:y|ies)\b|\bcounts?\b|\bfigures?\b/i.test(own)) return null;
  const lower = own.toLowerCase();
  const facts = [...(k.catalog.factsByMeasure.get("returned-since-2022") ?? [])];
  const byClaimant = facts.filter((f) => (r.claimantIds ?? []).includes(f.claimantId));
  const bySource = facts.filter(
    (f) =>
      !byClaimant.includes(f) &&
      lower.includes((k.catalog.sources.get(f.sourceId)?.outlet ?? "¬").toLowerCase()),
  );
  const one = (fs: Fact[]) => {
    const ns = [...new Set(fs.map(nOf))];
    return ns.length === 1 ? (ns[0] as number) : null;
  };
  const a = one(byClaimant);
  const b = one(bySource);
  return a !== null && b !== null && a !== b ? [a, b] : null;
}

/** Both Ukraine and Russia named: a difference between the two sides. */
function sidesNamed(words: string): boolean {
  return /\bukrain|\bkyiv\b/i.test(words) && /\brussia|\bmoscow\b/i.test(words);
}

/** Two exchanges' per-side figures, the second taken from the first. */
function eventsDifference(k: Knowledge, r: AskReading): Draft {
  const events = (r.compare ?? [])
    .map((id) => k.catalog.events.get(id))
    .filter((e): e is Event => !!e);
  const side = r.side === "ukraine" || r.side === "russia" ? r.side : "each";
  const sized = events.map((e) => {
    const all = factsFor(k, [e], "released", r.counted, side).filter((f) => !f.planned);
    // One side's figure where a source gives it; else each side's, which is also that side's.
    const own = all.filter((f) => f.side === side);
    const facts = own.length > 0 ? own : all.filter((f) => f.side === "each");
    return { e, groups: byValue(facts) };
  });
  if (sized.length < 2 || sized.some((x) => x.groups.length !== 1))
    return unsure(k, r, "which figures you compare");
  const [x, y] = sized as [{ e: Event; groups: Fact[][] }, { e: Event; groups: Fact[][] }];
  const fx = (x.groups[0] as Fact[])[0] as Fact;
  const fy = (y.groups[0] as Fact[])[0] as Fact;
  // "390 in the first wave of …", "303 in the April 19 exchange": a title read mid-sentence.
  const label = (e: Event) =>
    `${e.title.replace(/^The /, "").replace(/^(First|Second|Third) /, (w) => w.toLowerCase())}, ${eventStart(e) === eventEnd(e) ? formatNewsroomDate(eventStart(e) as string) : formatDateRange(eventStart(e) as string, eventEnd(e) as string)}`;
  const diff = Math.abs(nOf(fx) - nOf(fy));
  const big = nOf(fx) >= nOf(fy) ? x : y;
  const small = big === x ? y : x;
  const fb = big === x ? fx : fy;
  const fs = big === x ? fy : fx;
  const d = blank();
  d.citations = [...(big.groups[0] as Fact[]), ...(small.groups[0] as Fact[])].map((f) =>
    cite(k, f),
  );
  // "Both sides together": each side's figure is half the people swapped, so the gap between
  // both sides' totals is twice the gap between each side's (never each side's gap said alone).
  if (r.side === "total" && fx.side === "each" && fy.side === "each") {
    const both = (f: Fact) => formatNumber(nOf(f) * 2);
    d.line = `${formatNumber(diff * 2)} ${diff === 0 ? "difference" : `more ${countedWord(r.counted, diff * 2)}`} in all, both sides together (${both(fb)} in the ${label(big.e)}, against ${both(fs)} in the ${label(small.e)}: ${valueOfFact(fb)} and ${valueOfFact(fs)} each side) — ${whoSays(d.citations)}`;
    d.derivation = {
      expression: `2 × ${valueOfFact(fb)} − 2 × ${valueOfFact(fs)} = ${formatNumber(diff * 2)}`,
      parts: [part(k, fb, big.e.title), part(k, fs, small.e.title)],
    };
    return d;
  }
  const whose = side === "each" ? "each side" : side === "ukraine" ? "to Ukraine" : "to Russia";
  d.line =
    diff === 0
      ? `No difference: ${valueOfFact(fb)} ${whose} in both (the ${label(big.e)}; the ${label(small.e)}) — ${whoSays(d.citations)}`
      : `${formatNumber(diff)} more ${countedWord(r.counted, diff)} ${whose} (${valueOfFact(fb)} in the ${label(big.e)}, against ${valueOfFact(fs)} in the ${label(small.e)}) — ${whoSays(d.citations)}`;
  d.derivation = {
    expression: `${valueOfFact(fb)} − ${valueOfFact(fs)} = ${formatNumber(diff)}`,
    parts: [part(k, fb, big.e.title), part(k, fs, small.e.title)],
  };
  return d;
}

/** "How far apart are the 4,552 and 4,750 totals": the two stored figures named, one less the other. */
function valuesDifference(k: Knowledge, r: AskReading): Draft {
  const [a, b] = r.values as [number, number];
  const fa = factsWithValue(k, a)[0];
  const fb = factsWithValue(k, b)[0];
  if (!fa || !fb) return notHeld(k, r, `both figures (${formatNumber(a)} and ${formatNumber(b)})`);
  const [hi, lo] = nOf(fa) >= nOf(fb) ? [fa, fb] : [fb, fa];
  const diff = nOf(hi) - nOf(lo);
  const hedge =
    hi.value.type === "number" && hi.value.qualifier === "more-than" ? "more than " : "";
  const d = blank();
  d.citations = [cite(k, hi), cite(k, lo)];
  const asOf = (f: Fact) => {
    const c = cite(k, f);
    return c.asOf ?? c.eventDate ?? "";
  };
  d.line = `${cap(`${hedge}${formatNumber(diff)}`)} apart (${valueOfFact(hi)}${asOf(hi) ? ` as of ${asOf(hi)}` : ""}, against ${valueOfFact(lo)}${asOf(lo) ? ` as of ${asOf(lo)}` : ""}) — ${whoSays(d.citations)}`;
  d.derivation = {
    expression: `${formatNumber(nOf(hi))} − ${formatNumber(nOf(lo))} = ${formatNumber(diff)}`,
    parts: [part(k, hi, "the larger figure"), part(k, lo, "the smaller figure")],
  };
  d.disputes = disputesOf(k, [hi, lo]);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Words

/** An outlet as a first line names it: "the recap of the exchange" for an unnamed outlet's recap. */
function outletName(outlet: string): string {
  const unnamed = /^Unknown outlet \((.+)\)$/.exec(outlet);
  return unnamed ? `the ${unnamed[1]}` : outlet;
}

/** "Russia's Defence Ministry, via rki.news": who says so. */
function who(c: Citation): string {
  const outlet = outletName(c.source.outlet);
  if (c.claimant.party === "press") return outlet;
  const name = c.claimant.name.replace(/ for the Treatment of Prisoners of War$/, "");
  return `${name}, via ${outlet}`;
}

/**
 * Who says so, for the end of a first line: distinct claimants, at most two named. The day is
 * the answer's own; when each source was published is in the quotes below.
 */
function whoSays(cs: readonly Citation[]): string {
  const seen = new Map<string, Citation>();
  for (const c of cs) if (!seen.has(who(c))) seen.set(who(c), c);
  const list = [...seen.values()];
  const named = list.slice(0, 2).map(who);
  const more = list.length > 2 ? ` and ${list.length - 2} more` : "";
  return `${named.join("; ")}${more}`;
}

/** A first line kept short: a span's "(date not printed)" is said below, with the quotes. */
function tidyLine(line: string): string {
  return line
    .replace(/ \(date not printed\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function dayWords(e: Event | null, day: string | null): string {
  if (day) return `on ${formatNewsroomDate(day)}`;
  if (!e) return "";
  const s = eventStart(e);
  const end = eventEnd(e);
  if (!s || !end) return `(${e.title})`;
  return s === end ? `on ${formatNewsroomDate(s)}` : `over ${formatDateRange(s, end)} (${e.title})`;
}

function countedWord(c: string | null, n: number): string {
  if (c === null || c === "people") return n === 1 ? "person" : "people";
  if (c === "military") return "POWs and servicemen";
  return countedText(c as never);
}

/** "390 people came home to Ukraine", "Russia received 120 civilians", "307 people each side". */
function figurePhrase(
  value: string,
  n: number,
  r: AskReading,
  side: Side | null,
  measure: Measure,
): string {
  const what = countedWord(r.counted, n);
  if (measure === "launched")
    return `${value} ${r.counted === "missiles" ? "ballistic missiles" : "strike drones"} were launched`;
  if (measure === "duration-days") return `${value} days`;
  if (measure === "wave-count") return `${value} waves`;
  if (measure === "ceasefire-days-sought") return `a ${value}-day ceasefire`;
  if (measure === "weight-lost") return `some returnees lost ${value} pounds in captivity`;
  if (measure === "held")
    return `${value} ${r.counted === "civilians" ? "Ukrainian civilians" : what} held by Russia`;
  if (measure === "exchange-count" || measure === "exchange-ordinal") return `${value} exchanges`;
  switch (side) {
    case "ukraine":
      return `${value} ${what} came home to Ukraine`;
    case "russia":
      return `Russia received ${value} ${what}`;
    case "total":
      return `${value} ${what} in all (both sides)`;
    case "each":
      return `${value} ${what} each side`;
    default:
      return `${value} ${what}`;
  }
}

function valueOfFact(f: Fact): string {
  return valueText(f);
}

function nOf(f: Fact): number {
  return f.value.type === "number" ? f.value.n : Number.NaN;
}

function disputesOf(k: Knowledge, facts: readonly Fact[]): DisputeView[] {
  const ids = new Set(facts.flatMap((f) => k.findings.byFact.get(f.id) ?? []));
  return k.findings.disputes.filter((d) => ids.has(d.id)).map((d) => disputeView(k.catalog, d));
}

/** Facts grouped by what they say, most claimants first. */
function byValue(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.value.type === "number" ? `${f.value.qualifier}:${f.value.n}` : valueOfFact(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].sort(
    (a, b) => new Set(b.map((f) => f.claimantId)).size - new Set(a.map((f) => f.claimantId)).size,
  );
}

// ---------------------------------------------------------------------------------------------
// Not held, unsure

function where(k: Knowledge, r: AskReading): string {
  const e = eventOf(k, r);
  if (r.day) return ` on ${formatNewsroomDate(r.day)}`;
  if (r.range) return ` over ${formatDateRange(r.range.from, r.range.to)}`;
  if (e) {
    const s = eventStart(e);
    return s ? ` ${dayWords(e, null)}` : "";
  }
  return "";
}

/** "The other two", "the remaining ones", "the rest": exchanges other than those named. */
const OTHER_ONES =
  /\bthe (?:other|remaining) (?:two|three|four|five|\d|ones?|exchanges|swaps)\b|\bthe rest(?: of (?:the|them))?\b/i;

/**
 * The exchanges the store holds in the years a question names (or its named exchanges' years),
 * outside any deal, that it does not name; null when it names no exchange by its month or day.
 */
function otherExchanges(k: Knowledge, own: string): Event[] | null {
  const lower = own.toLowerCase();
  const months = new Set(
    [
      ...lower.matchAll(
        /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/g,
      ),
    ].map((m) => String(monthNumber(m[1] as string)).padStart(2, "0")),
  );
  // (A deal's waves are one exchange of its own; the single exchanges of the months named.)
  const named = k.catalog.exchanges
    .filter((e) => !e.partOf && months.has((eventStart(e) ?? "").slice(5, 7)))
    .map((e) => e.id);
  if (named.length === 0) return null;
  const years = new Set(
    [...own.matchAll(/\b((?:19|20)\d\d)\b/g)]
      .map((m) => m[1] as string)
      .concat(named.map((id) => (eventStart(k.catalog.events.get(id) as Event) ?? "").slice(0, 4))),
  );
  return k.catalog.exchanges.filter(
    (e) => !e.partOf && !named.includes(e.id) && years.has((eventStart(e) ?? "").slice(0, 4)),
  );
}

function notHeld(k: Knowledge, r: AskReading, what: string, notes: string[] = []): Draft {
  const d = blank();
  d.status = "not-held";
  d.line = `The store does not hold ${what}${what === "what you asked" ? "" : where(k, r)}: no source in it says.`;
  d.notes = notes;
  return d;
}

function askedWhat(r: AskReading, measure: Measure): string {
  const c = r.counted ? countedText(r.counted) : "people";
  const side =
    r.side === "ukraine"
      ? `${r.counted === "civilians" ? "Ukrainian " : ""}${c} returned to Ukraine`
      : r.side === "russia"
        ? `${c} returned to Russia`
        : r.side === "total"
          ? `${c} released by both sides together`
          : r.side === "each"
            ? `${c} released by each side`
            : `${c} released`;
  if (measure === "held")
    return `a figure for ${r.counted === "civilians" ? "civilians" : r.counted === "military" ? "POWs" : c} held`;
  if (measure === "released" || measure === "released-to-date") return `a figure for ${side}`;
  return `a figure for that`;
}

// ---------------------------------------------------------------------------------------------
// How many

/** "Combined", "in all", "add up": a sum over what a source lists. */
const SUM_WORDS = /\b(?:combined|altogether|add(?:ed)? up|sum|in all|all told)\b/i;

/**
 * "The combined number per side in the swaps the Brussels Morning table lists": every exchange
 * the source gives a done per-side figure for (a year named keeps to that year), added up, with
 * each quote. Planned figures are not added.
 */
function sourceSum(k: Knowledge, r: AskReading): Draft {
  const year = /\b(20\d\d)\b/.exec(r.claim ?? "")?.[1] ?? r.range?.from.slice(0, 4) ?? null;
  const parts: CheckPart[] = [];
  for (const e of k.catalog.exchanges) {
    if (year && !(eventStart(e) ?? "").startsWith(year)) continue;
    const facts = factsFor(k, [e], "released", r.counted, "each", r.sourceId).filter(
      (f) => f.side === "each" && !f.planned,
    );
    const g = byValue(facts)[0];
    if (g) parts.push(part(k, g[0] as Fact, formatNewsroomDate(eventStart(e) as string)));
  }
  const source = k.catalog.data.sources.find((x) => x.id === r.sourceId);
  if (parts.length < 2 || !source) return unsure(k, r, "which exchanges you mean");
  const sum = parts.reduce((a, p) => a + p.n, 0);
  const d = blank();
  d.derivation = {
    expression: `${parts.map((p) => p.valueText).join(" + ")} = ${formatNumber(sum)}`,
    parts,
  };
  d.citations = parts.map((p) => p.citation);
  d.line = `${formatNumber(sum)} ${countedWord(r.counted, sum)} each side over the ${parts.length} exchanges ${outletName(source.outlet)} lists (${parts.map((p) => p.label).join(", ")}), adding up its figures (${d.derivation.expression}) — ${whoSays(d.citations)}`;
  return d;
}

function figureAnswer(k: Knowledge, r: AskReading, words = "", own = words): Draft {
  const measure = r.measure ?? "released";
  if (r.compare) return compareAnswer(k, r);
  if (r.derive === "difference" && r.spans.length >= 2)
    return runningDifference(k, r, RUNNING_MEASURES.has(measure) ? measure : "returned-since-2022");
  if (RUNNING_MEASURES.has(measure) || r.running)
    return runningAnswer(
      k,
      r,
      RUNNING_MEASURES.has(measure) ? measure : "returned-since-2022",
      words,
      own,
    );
  if (r.derive === "difference") return differenceAnswer(k, r);
  if (r.derive === "remaining") return remainingAnswer(k, r);
  if (r.dealSoFar || (r.range && !r.eventId)) return spanAnswer(k, r);
  const events = eventsOf(k, r);
  const e = eventOf(k, r);
  if (events.length === 0) {
    if (r.day) return notHeld(k, r, "an exchange");
    if (r.sourceId && SUM_WORDS.test(words)) return sourceSum(k, r);
    if (
      ["launched", "ceasefire-days-sought", "duration-days", "wave-count", "weight-lost"].includes(
        measure,
      )
    )
      return measureAnywhere(k, r, measure);
    // Something no source in the store counts at all ("how many children"): no exchange to choose.
    if (
      r.counted !== null &&
      r.counted !== "people" &&
      ![...k.catalog.facts.values()].some((f) => f.counted === r.counted)
    )
      return notHeld(k, r, askedWhat(r, measure));
    // "What number does Lubinets give?": the one figure that claimant gives, when it gives one.
    const own = r.claimantIds
      ? [...k.catalog.facts.values()].filter(
          (f) =>
            (r.claimantIds ?? []).includes(f.claimantId) &&
            f.value.type === "number" &&
            (r.counted === null || r.counted === "people" || f.counted === r.counted),
        )
      : [];
    const groups = byValue(own);
    if (groups.length === 1) {
      const g = groups[0] as Fact[];
      const d = blank();
      d.citations = g.map((f) => cite(k, f));
      const label = figures(k.catalog, [g[0] as Fact], k.findings.byFact)[0]?.label ?? "";
      d.line = `${cap(valueOfFact(g[0] as Fact))}: ${label.charAt(0).toLowerCase()}${label.slice(1)} (“${(g[0] as Fact).value.said}”) — ${whoSays(d.citations)}`;
      return d;
    }
    return unsure(k, r, "which exchange you mean");
  }
  // "Wounded included", or everyone who came home to one side: the wounded given apart added.
  if ((r.withWounded || everyoneHome(r)) && measure === "released") {
    const sum = withWoundedSum(k, r, events);
    if (sum) return sum.draft;
  }
  // "Servicemen vs civilians": both parts of a side's figure, as one claimant gives them.
  // The side the question's own words name ("same split for our 390?") is the one split, never
  // the thread's side kept; a side no claimant breaks down is not held, never the other's split.
  if (SPLIT_ASKED.test(own) && measure === "released") {
    const named = ownSideNamed(own);
    const asked = named && named !== r.side ? { ...r, side: named } : r;
    const split = splitAnswer(k, asked, events);
    if (split) return split;
    if (named)
      return notHeld(k, asked, "a breakdown of that side's figure into servicemen and civilians");
  }
  const side = r.side;
  // "According to rki.news", "what did they say": only that source's figures.
  let facts = byClaimant(r, factsFor(k, events, measure, r.counted, side, r.sourceId));
  // "Drones before the May 24 swap": whatever else the store files under that day.
  const onDay = r.day ?? (e ? eventStart(e) : null);
  if (facts.length === 0 && onDay && measure !== "released")
    facts = factsFor(k, k.catalog.eventsByDay.get(onDay) ?? [], measure, r.counted, side);
  if (facts.length === 0 && (measure === "duration-days" || measure === "wave-count")) {
    const deal = dealOf(k, e);
    if (deal) facts = factsFor(k, [deal], measure, null, null);
  }
  // "Both sides combined" where the sources give each side's figure (and no total, or only the
  // one announced before it happened, "nearly 2,000"): twice it, shown as a sum.
  if (side === "total" && measure === "released" && facts.every((f) => f.planned)) {
    const each = factsFor(k, events, measure, r.counted, "each").filter((f) => !f.planned);
    if (each.length > 0) {
      const d = bothSidesFromEach(k, r, each);
      for (const f of facts) {
        d.notes.push(
          `Announced before it took place: ${valueOfFact(f)} in all (${who(cite(k, f))}).`,
        );
        d.citations.push(cite(k, f));
      }
      return d;
    }
  }
  // POWs asked where the sources count prisoners, not POWs apart: their figure, said as such.
  if (facts.length === 0 && r.counted === "military" && measure === "released") {
    const people = byClaimant(
      r,
      factsFor(k, events, measure, "people", side, r.sourceId).filter(
        (f) => f.counted === "people",
      ),
    );
    if (people.length > 0) {
      const d = statedFigure(k, { ...r, counted: "people" }, people, measure, side);
      d.line = d.line.replace(/ — /, " (the sources count prisoners here, not POWs apart) — ");
      return d;
    }
  }
  if (facts.length === 0) {
    const near = nearby(k, events, r);
    const source = k.catalog.data.sources.find((x) => x.id === r.sourceId);
    const from = source ? ` from ${outletName(source.outlet)}` : "";
    const d = notHeld(k, r, `${askedWhat(r, measure)}${from}`, near.notes);
    d.citations = near.citations;
    return d;
  }
  // "What exact total do the per-side figures give?": each side's exact figure added up, where
  // the sources give no exact total of their own ("nearly 480"); never one side's figure alone.
  if ((side === null || side === "total") && measure === "released" && EXACT_SUM.test(own)) {
    const all = byClaimant(r, factsFor(k, events, measure, r.counted, null, r.sourceId));
    const sum = sidesAdded(k, r, all);
    if (sum) return sum;
  }
  const d = statedFigure(k, r, facts, measure, side);
  // Civilians counted apart by a claimant whose whole another source calls all POWs: said.
  const civ = facts[0];
  if (
    d.status === "answered" &&
    civ &&
    r.counted === "civilians" &&
    (side === "ukraine" || side === "russia") &&
    facts.every((f) => f.claimantId === civ.claimantId)
  ) {
    const mil = byClaimant(
      { ...r, claimantIds: [civ.claimantId] },
      factsFor(k, events, measure, "military", side).filter((f) => f.side === side),
    ).find((f) => f.claimantId === civ.claimantId);
    const note = mil ? compositionNote(k, events, side, civ.claimantId, nOf(mil) + nOf(civ)) : null;
    if (note) {
      d.line = `${d.line}; ${note.text}`;
      d.citations.push(...note.citations);
      d.status = "disputed";
    }
  }
  return d;
}

/**
 * "Wounded included": each side's main figure plus the wounded that side got back, as one source
 * gives them apart ("246 POWs released by each side. Additionally, 31 wounded Ukrainian soldiers
 * and 15 wounded Russian servicemen"); the wounded and the main figure are one claimant's, as the
 * disputes' own sums take them. Both sides asked: the two added, with any total the source gives.
 * Null when the store has no wounded figure, or no main figure beside it, for a side asked.
 */
function withWoundedSum(
  k: Knowledge,
  r: AskReading,
  events: readonly Event[],
): { draft: Draft; n: number } | null {
  const done = (fs: Fact[]) => fs.filter((f) => !f.planned && f.value.type === "number");
  const wounded = done(factsFor(k, events, "released", "wounded", null, r.sourceId)).filter(
    (f) => f.side === "ukraine" || f.side === "russia",
  );
  if (wounded.length === 0) return null;
  const claimants = new Set(wounded.map((f) => f.claimantId));
  // The main figure: people or POWs, whichever the wounded's claimant gives beside them.
  const main = done(events.flatMap((e) => [...(k.catalog.factsByEvent.get(e.id) ?? [])])).filter(
    (f) =>
      f.measure === "released" &&
      (f.counted === "people" || f.counted === "military" || f.counted === null) &&
      claimants.has(f.claimantId) &&
      (r.sourceId === null || f.sourceId === r.sourceId),
  );
  const sideOf = (side: "ukraine" | "russia") => {
    const own = byValue(main.filter((f) => f.side === side))[0]?.[0];
    const each = byValue(main.filter((f) => f.side === "each"))[0]?.[0];
    const base = own ?? each;
    const w = byValue(wounded.filter((f) => f.side === side))[0]?.[0];
    return base && w ? { base, w, n: nOf(base) + nOf(w) } : null;
  };
  const ua = sideOf("ukraine");
  const ru = sideOf("russia");
  const e = eventOf(k, r);
  const when = dayWords(e, r.day);
  const d = blank();
  const plus = (x: { base: Fact; w: Fact }) =>
    `${valueOfFact(x.base)}${x.base.side === "each" ? " each side" : ""} + ${valueOfFact(x.w)} wounded`;
  const wordOf = (n: number) => countedWord(r.counted, n);
  const cites = (xs: ({ base: Fact; w: Fact } | null)[]) => {
    const fs = xs.flatMap((x) => (x ? [x.base, x.w] : []));
    return [...new Set(fs)].map((f) => cite(k, f));
  };
  if (r.side === "ukraine" || r.side === "russia") {
    const x = r.side === "ukraine" ? ua : ru;
    if (!x) return null;
    d.citations = cites([x]);
    const head =
      r.side === "ukraine"
        ? `${formatNumber(x.n)} ${wordOf(x.n)} came home to Ukraine`
        : `Russia received ${formatNumber(x.n)} ${wordOf(x.n)}`;
    d.line = `${head} ${when}, the wounded included (${plus(x)}) — ${whoSays(d.citations)}`;
    d.derivation = {
      expression: `${plus(x)} = ${formatNumber(x.n)}`,
      parts: [part(k, x.base, "the main figure"), part(k, x.w, "the wounded")],
    };
    return { draft: d, n: x.n };
  }
  if (!ua || !ru) return null;
  const n = ua.n + ru.n;
  const total = byValue(
    done(factsFor(k, events, "released", null, "total", r.sourceId)).filter(
      (f) => f.side === "total",
    ),
  )[0];
  d.citations = [...cites([ua, ru]), ...(total ?? []).map((f) => cite(k, f))];
  const stated = total ? `; the source's own total: ${valueOfFact(total[0] as Fact)}` : "";
  const bases =
    ua.base === ru.base
      ? `${valueOfFact(ua.base)} each side × 2`
      : `${valueOfFact(ua.base)} to Ukraine + ${valueOfFact(ru.base)} to Russia`;
  d.line =
    r.side === "total"
      ? `${formatNumber(n)} ${wordOf(n)} in all (both sides) ${when}, the wounded included (${bases} + ${valueOfFact(ua.w)} wounded to Ukraine + ${valueOfFact(ru.w)} to Russia${stated}) — ${whoSays(d.citations)}`
      : `Ukraine got ${formatNumber(ua.n)} back and Russia ${formatNumber(ru.n)} ${when}, the wounded included (${plus(ua)}; ${plus(ru)}; ${formatNumber(n)} in all) — ${whoSays(d.citations)}`;
  d.derivation = {
    expression: `${bases} + ${valueOfFact(ua.w)} wounded to Ukraine + ${valueOfFact(ru.w)} wounded to Russia = ${formatNumber(n)}; to Ukraine ${plus(ua)} = ${formatNumber(ua.n)}, to Russia ${plus(ru)} = ${formatNumber(ru.n)}`,
    parts: [
      part(k, ua.base, "to Ukraine"),
      part(k, ua.w, "wounded, to Ukraine"),
      part(k, ru.base, "to Russia"),
      part(k, ru.w, "wounded, to Russia"),
    ],
  };
  return { draft: d, n: r.side === "total" ? n : Number.NaN };
}

/**
 * "Rus MoD's count", "according to the ombudsman": the named claimants' figures, when they give
 * any; else all of them (the first line names who says each, so none is put in a wrong mouth).
 */
function byClaimant(r: AskReading, facts: Fact[]): Fact[] {
  const ids = r.claimantIds;
  if (!ids || ids.length === 0) return facts;
  const own = facts.filter((f) => ids.includes(f.claimantId));
  return own.length > 0 ? own : facts;
}

/**
 * A side's figure broken down ("270 servicemen and 120 civilians were received"), one claimant
 * giving both parts; any other source calling the whole of it one thing is said as a dispute.
 */
function splitAnswer(k: Knowledge, r: AskReading, events: readonly Event[]): Draft | null {
  const sides =
    r.side === "ukraine" || r.side === "russia" ? [r.side] : (["ukraine", "russia"] as const);
  const d = blank();
  const heads: string[] = [];
  const notes: string[] = [];
  for (const side of sides) {
    const facts = events
      .flatMap((e) => [...(k.catalog.factsByEvent.get(e.id) ?? [])])
      .filter(
        (f) =>
          f.measure === "released" &&
          !f.planned &&
          f.side === side &&
          (r.sourceId === null || f.sourceId === r.sourceId),
      );
    const civ = facts.filter((f) => f.counted === "civilians");
    const mil = facts.find(
      (f) => f.counted === "military" && civ.some((c) => c.claimantId === f.claimantId),
    );
    const c = mil ? civ.find((x) => x.claimantId === mil.claimantId) : undefined;
    if (!mil || !c) continue;
    const n = nOf(mil) + nOf(c);
    const parts = `${valueOfFact(mil)} POWs and servicemen and ${valueOfFact(c)} civilians`;
    heads.push(
      side === "russia" ? `Russia received ${parts}` : `${cap(parts)} came home to Ukraine`,
    );
    d.citations.push(cite(k, mil), cite(k, c));
    const note = compositionNote(k, events, side, mil.claimantId, n);
    if (note) {
      notes.push(note.text);
      d.citations.push(...note.citations);
    }
  }
  if (heads.length === 0) return null;
  const when = dayWords(eventOf(k, r), r.day);
  d.line = `${heads.join("; ")} ${when} — ${whoSays(d.citations.slice(0, 2))}${notes.length > 0 ? `; ${notes.join("; ")}` : ""}`;
  if (notes.length > 0) d.status = "disputed";
  return d;
}

/**
 * Another source's military figure for the whole of what one claimant breaks down: "disputed:
 * The Epoch Times calls all 390 prisoners of war" (against 270 servicemen and 120 civilians).
 */
function compositionNote(
  k: Knowledge,
  events: readonly Event[],
  side: Side,
  claimantId: string,
  whole: number,
): { text: string; citations: Citation[] } | null {
  const others = factsFor(k, events, "released", "military", side).filter(
    (f) => !f.planned && f.claimantId !== claimantId && nOf(f) === whole,
  );
  if (others.length === 0) return null;
  const cs = others.map((f) => cite(k, f));
  return {
    text: `disputed: ${whoSays(cs)} call${cs.length > 1 ? "" : "s"} all ${valueOfFact(others[0] as Fact)} prisoners of war`,
    citations: cs,
  };
}

/**
 * Both sides added up from each side's own exact figure (one value each), with the total the
 * sources round shown beside it; null when a side's figure is missing, disputed or not exact, or
 * when a source already gives the total exactly.
 */
function sidesAdded(k: Knowledge, r: AskReading, facts: Fact[]): Draft | null {
  const exact = (f: Fact) => f.value.type === "number" && f.value.qualifier === "exact";
  const ua = byValue(facts.filter((f) => f.side === "ukraine" && !f.planned));
  const ru = byValue(facts.filter((f) => f.side === "russia" && !f.planned));
  const total = facts.filter((f) => f.side === "total" && !f.planned);
  if (ua.length !== 1 || ru.length !== 1 || total.some(exact)) return null;
  const a = ua[0] as Fact[];
  const b = ru[0] as Fact[];
  const fa = a[0] as Fact;
  const fb = b[0] as Fact;
  if (!exact(fa) || !exact(fb)) return null;
  const n = nOf(fa) + nOf(fb);
  const d = blank();
  d.citations = [...a, ...b, ...total].map((f) => cite(k, f));
  const rounded = byValue(total)[0];
  const said = rounded ? `; the sources round it to ${valueOfFact(rounded[0] as Fact)}` : "";
  d.line =
    `${formatNumber(n)} ${countedWord(r.counted, n)} in all, adding up each side's figure (${formatNumber(nOf(fa))} to Ukraine + ${formatNumber(nOf(fb))} to Russia = ${formatNumber(n)}) ${dayWords(eventOf(k, r), r.day)}${said} — ${whoSays(d.citations)}`.replace(
      /\s+/g,
      " ",
    );
  d.derivation = {
    expression: `${formatNumber(nOf(fa))} + ${formatNumber(nOf(fb))} = ${formatNumber(n)} (each side's figure, added up)`,
    parts: [part(k, fa, "to Ukraine"), part(k, fb, "to Russia")],
  };
  d.disputes = disputesOf(k, [...a, ...b]);
  return d;
}

/** Both sides together worked out from each side's figure, and the quote it doubles. */
function doubled(k: Knowledge, f: Fact, n: number): Draft["derivation"] {
  return {
    expression: `${formatNumber(n)} × 2 = ${formatNumber(n * 2)} (each side's figure, both sides together)`,
    parts: [part(k, f, "each side")],
  };
}

/** Both sides together, from each side's stored figure: the derived figure and the one it doubles. */
function bothSidesFromEach(k: Knowledge, r: AskReading, each: Fact[]): Draft {
  const groups = byValue(each);
  const g = groups[0] as Fact[];
  const f = g[0] as Fact;
  if (groups.length > 1 || f.value.type !== "number")
    return statedFigure(k, r, each, "released", "each");
  const d = blank();
  const e = eventOf(k, r);
  const n = f.value.n;
  d.line =
    `${formatNumber(n * 2)} ${countedWord(r.counted, n * 2)} in all, both sides together (${valueOfFact(f)} each side × 2) ${dayWords(e, r.day)} — ${whoSays(g.map((x) => cite(k, x)))}`
      .replace(/\s+—/, " —")
      .replace(/\s+/g, " ");
  d.derivation = doubled(k, f, n);
  d.citations = g.map((x) => cite(k, x));
  d.disputes = disputesOf(k, each);
  return d;
}

/** Figures the store has for the event, when not the one asked: said below, never in the first line. */
function nearby(
  k: Knowledge,
  events: readonly Event[],
  r: AskReading,
): { notes: string[]; citations: Citation[] } {
  const notes: string[] = [];
  const citations: Citation[] = [];
  for (const e of events)
    for (const f of figures(k.catalog, k.catalog.factsByEvent.get(e.id) ?? [], k.findings.byFact))
      if (
        notes.length < 4 &&
        f.measure === (r.measure ?? "released") &&
        (r.counted === null || f.counted === r.counted || r.side !== null)
      ) {
        notes.push(
          `The store has, for ${e.title}: ${f.label.toLowerCase()}: ${f.readings.map((x) => x.valueText).join(" or ")}.`,
        );
        // A figure said in a note is quoted beneath, like any other.
        for (const x of f.readings) citations.push(...x.citations);
      }
  return { notes, citations };
}

function measureAnywhere(k: Knowledge, r: AskReading, measure: Measure): Draft {
  const facts = [...(k.catalog.factsByMeasure.get(measure) ?? [])].filter(
    (f) => r.counted === null || f.counted === r.counted || f.value.type !== "number",
  );
  if (facts.length === 0) return notHeld(k, r, askedWhat(r, measure));
  return statedFigure(k, r, facts, measure, r.side);
}

/**
 * The first line for stored figures: one value, or the sides of a disagreement. Per-side
 * figures with no side asked read "307 each side (614 in all)".
 */
function statedFigure(
  k: Knowledge,
  r: AskReading,
  facts: Fact[],
  measure: Measure,
  side: Side | null,
): Draft {
  const d = blank();
  const e = eventOf(k, r);
  const when = dayWords(e, r.day);
  // No side asked: answer per side when a source gives it, then both together.
  let chosen = facts;
  let shownSide: Side | null = side;
  if (side === null && measure === "released") {
    const each = facts.filter((f) => f.side === "each");
    const total = facts.filter((f) => f.side === "total");
    const ua = facts.filter((f) => f.side === "ukraine");
    const ru = facts.filter((f) => f.side === "russia");
    if (each.length > 0) {
      chosen = each;
      shownSide = "each";
    } else if (ua.length > 0 && ru.length > 0) {
      const a = byValue(ua)[0] as Fact[];
      const b = byValue(ru)[0] as Fact[];
      const tot = byValue(total)[0];
      const fa = a[0] as Fact;
      const fb = b[0] as Fact;
      d.line = `Ukraine got ${valueOfFact(fa)} ${countedWord(r.counted, nOf(fa))} back and Russia ${valueOfFact(fb)} ${when}${tot ? `; ${valueOfFact(tot[0] as Fact)} in all` : ""} — ${whoSays([...a, ...b, ...(tot ?? [])].map((f) => cite(k, f)))}`;
      d.citations = [...a, ...b, ...(tot ?? [])].map((f) => cite(k, f));
      d.disputes = disputesOf(k, [...ua, ...ru]);
      return d;
    } else if (total.length > 0) {
      chosen = total;
      shownSide = "total";
    } else if (ua.length > 0) {
      chosen = ua;
      shownSide = "ukraine";
    } else if (ru.length > 0) {
      chosen = ru;
      shownSide = "russia";
    }
  }
  const groups = byValue(chosen);
  d.disputes = disputesOf(k, chosen);
  if (groups.length > 1 && measure !== "launched") {
    // The sources disagree: both sides in the first line.
    d.status = "disputed";
    const sides = groups.slice(0, 3).map((g) => {
      const f = g[0] as Fact;
      return `${valueOfFact(f)} (${whoSays(g.map((x) => cite(k, x)))})`;
    });
    d.line =
      `Disputed: ${figurePhrase(sides[0] as string, nOf(groups[0]?.[0] as Fact), r, shownSide, measure)} ${when}, or ${sides.slice(1).join(", or ")}`.replace(
        /\s+/g,
        " ",
      );
    d.citations = chosen.map((f) => cite(k, f));
    return d;
  }
  const g = groups[0] as Fact[];
  const f = g[0] as Fact;
  let phrase = figurePhrase(valueOfFact(f), nOf(f), r, shownSide, measure);
  if (
    shownSide === "each" &&
    side === null &&
    measure === "released" &&
    f.value.type === "number"
  ) {
    // A total the sources give for it ("over 500" with the wounded on top) is the one shown.
    const stated = byValue(
      factsFor(k, eventsOf(k, r), measure, r.counted, "total").filter(
        (x) => x.side === "total" && !x.planned,
      ),
    )[0];
    if (stated) {
      phrase += ` (${valueOfFact(stated[0] as Fact)} in all, as ${whoSays(stated.map((x) => cite(k, x)))} gives it)`;
      d.citations.push(...stated.map((x) => cite(k, x)));
    } else {
      phrase += ` (${formatNumber(f.value.n * 2)} in all)`;
      d.derivation = doubled(k, f, f.value.n);
    }
  }
  const planned = g.every((x) => x.planned) ? " (planned)" : "";
  d.line = `${cap(phrase)}${planned} ${when} — ${whoSays(g.map((x) => cite(k, x)))}`
    .replace(/\s+—/, " —")
    .replace(/\s+/g, " ");
  d.citations = [...g.map((x) => cite(k, x)), ...d.citations];
  if (d.disputes.length > 0 && d.status === "answered")
    d.notes.push("A dispute touches this figure: see below.");
  return d;
}

function part(k: Knowledge, f: Fact, label: string): CheckPart {
  return { label, valueText: valueOfFact(f), n: nOf(f), citation: cite(k, f) };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "The recap of the exchange …" at a line's start; a name as it is written ("rki.news"). */
const capLead = (s: string) => (/^(?:the|an|a) /.test(s) ? cap(s) : s);

/** The deal so far, or a span of days: a stored running figure, else the waves added up. */
function spanAnswer(k: Knowledge, r: AskReading): Draft {
  const deal = dealOf(k, eventOf(k, r));
  let range = r.range;
  if (r.dealSoFar && deal && !range) {
    const waves = k.catalog.partsOf.get(deal.id) ?? [];
    const to = r.day ?? eventStart(waves[1] ?? waves[0] ?? deal) ?? "";
    range = { from: eventStart(deal) ?? to, to };
  }
  if (!range) return unsure(k, r, "which days you mean");
  // A source's own running figure for the deal, as of the last day.
  if (deal) {
    const soFar = (k.catalog.factsByEvent.get(deal.id) ?? []).filter(
      (f) =>
        f.measure === "released-to-date" &&
        f.asOf !== null &&
        ("on" in f.asOf ? f.asOf.on : f.asOf.to) === range.to &&
        (eventStart(deal) ?? "") === range.from,
    );
    if (
      soFar.length > 0 &&
      r.side !== "total" &&
      r.side !== "russia" &&
      (r.counted === null || r.counted === "people")
    ) {
      const d = statedFigure(k, { ...r, side: "ukraine" }, soFar, "released-to-date", "ukraine");
      d.line = d.line
        .replace(
          " came home to Ukraine",
          ` had come home to Ukraine by ${formatNewsroomDate(range.to)}`,
        )
        .replace(/ on [A-Z][a-z]+ \d+, \d{4}(?= —)/, "");
      addSum(k, d, exchangesIn(k, range), r);
      return d;
    }
  }
  const events = exchangesIn(k, range);
  if (events.length === 0) return notHeld(k, r, "an exchange");
  // The sources count exchanges in these days that the store does not hold: its sum would leave
  // them out, so it is not the answer.
  const missing = exchangesMissing(k, range);
  if (missing) {
    const d = notHeld(k, r, askedWhat(r, "released"));
    d.line = `The store does not hold a total over ${formatDateRange(range.from, range.to)}: the sources' own numbering of the exchanges shows some in those days that it holds no figures for, so adding up the ones it has would leave them out.`;
    return d;
  }
  // "All told in January 2024": a span that holds one exchange (no deal's waves, none the sources count missing) is that exchange,
  // answered with its own figures (a sum of each side's would need an each-side figure).
  const one = events[0];
  if (events.length === 1 && one && !one.partOf && !r.dealSoFar && r.derive === null)
    return figureAnswer(k, { ...r, eventId: one.id, range: null, day: eventStart(one) });
  return summedLine(k, r, events, `over ${formatDateRange(range.from, range.to)}`);
}

/**
 * Does the reading count everyone who came home to one side ("UA home", "how many did Russia get
 * back"), not one group of them? Then wounded a source counts apart ("246 POWs … Additionally, 31
 * wounded Ukrainian soldiers") came home too and are added, unless the words leave them out.
 */
function everyoneHome(r: AskReading): boolean {
  return (
    (r.side === "ukraine" || r.side === "russia") &&
    (r.counted === null || r.counted === "people") &&
    !r.withoutWounded
  );
}

/** The wounded one side got back at an exchange, given apart by the main figure's claimant. */
function woundedApart(k: Knowledge, e: Event, side: Side | null, main: Fact): Fact | undefined {
  if (side !== "ukraine" && side !== "russia") return undefined;
  return factsFor(k, [e], "released", "wounded", side).find(
    (f) =>
      f.side === side &&
      f.counted === "wounded" &&
      !f.planned &&
      f.value.type === "number" &&
      f.claimantId === main.claimantId,
  );
}

/** Each exchange's per-side figure, added up, with the quotes. Null if one is missing. */
function addSum(k: Knowledge, d: Draft, events: readonly Event[], r: AskReading): number | null {
  const parts: CheckPart[] = [];
  const wounded: CheckPart[] = [];
  for (const e of events) {
    const facts = factsFor(k, [e], "released", r.counted, "each");
    const g = byValue(facts)[0];
    if (!g) return null;
    parts.push(part(k, g[0] as Fact, e.title));
    // Both sides asked: each side's wounded, given apart, came home too (added once, not doubled).
    const sides: Side[] = r.side === "total" ? ["ukraine", "russia"] : [r.side ?? "each"];
    const everyone =
      r.withWounded ||
      everyoneHome(r) ||
      (r.side === "total" && (r.counted === null || r.counted === "people") && !r.withoutWounded);
    for (const side of everyone ? sides : []) {
      const w = woundedApart(k, e, side, g[0] as Fact);
      if (w)
        wounded.push({
          ...part(k, w, `${e.title}, the wounded`),
          valueText: `${valueOfFact(w)} wounded`,
        });
    }
  }
  const total = r.side === "total";
  const base = parts.reduce((a, p) => a + p.n, 0) * (total ? 2 : 1);
  const sum = base + wounded.reduce((a, p) => a + p.n, 0);
  const added = wounded.length > 0 ? ` + ${wounded.map((p) => p.valueText).join(" + ")}` : "";
  d.derivation = {
    expression: total
      ? `(${parts.map((p) => p.valueText).join(" + ")}) × 2 for both sides${added} = ${formatNumber(sum)}`
      : `${parts.map((p) => p.valueText).join(" + ")}${added} = ${formatNumber(sum)}`,
    parts: [...parts, ...wounded],
  };
  if (d.citations.length === 0) d.citations = [...parts, ...wounded].map((p) => p.citation);
  return sum;
}

/** "How many more did Russia get than Ukraine": two stored figures, one taken from the other. */
function differenceAnswer(k: Knowledge, r: AskReading, bothSides = true): Draft {
  const events = eventsOf(k, r);
  if (events.length === 0) return unsure(k, r, "which exchange you mean");
  const ua = byValue(
    factsFor(k, events, "released", r.counted, "ukraine").filter((f) => f.side === "ukraine"),
  )[0];
  const ru = byValue(
    factsFor(k, events, "released", r.counted, "russia").filter((f) => f.side === "russia"),
  )[0];
  const each = byValue(factsFor(k, events, "released", r.counted, "each"))[0];
  const d = blank();
  const when = dayWords(eventOf(k, r), r.day);
  if (ua && ru) {
    const a = ua[0] as Fact;
    const b = ru[0] as Fact;
    const more = nOf(b) >= nOf(a) ? "Russia" : "Ukraine";
    const diff = Math.abs(nOf(b) - nOf(a));
    d.line = `${more} got ${formatNumber(diff)} more ${when} (${valueOfFact(b)} returned to Russia, ${valueOfFact(a)} to Ukraine) — ${whoSays([cite(k, a), cite(k, b)])}`;
    d.derivation = {
      expression: `${valueOfFact(more === "Russia" ? b : a)} − ${valueOfFact(more === "Russia" ? a : b)} = ${formatNumber(diff)}`,
      parts: [part(k, b, "returned to Russia"), part(k, a, "returned to Ukraine")],
    };
    d.citations = [cite(k, a), cite(k, b)];
    return d;
  }
  if (each && bothSides) {
    const f = each[0] as Fact;
    d.line = `None: 0 more ${when}, as each side released ${valueOfFact(f)} — ${whoSays(each.map((x) => cite(k, x)))}`;
    d.citations = each.map((x) => cite(k, x));
    d.derivation = {
      expression: `${valueOfFact(f)} − ${valueOfFact(f)} = 0`,
      parts: [part(k, f, "each side")],
    };
    return d;
  }
  if (!bothSides) return unsure(k, r, "which figures you compare");
  return notHeld(k, r, "a figure for each side");
}

/** "How many were still to come home": the deal's total less what came home by then. */
function remainingAnswer(k: Knowledge, r: AskReading): Draft {
  const deal = dealOf(k, eventOf(k, r));
  if (!deal) return notHeld(k, r, "a deal");
  const total = byValue(
    factsFor(k, [deal], "released", r.counted, "each").filter((f) => !f.planned),
  )[0];
  const waves = k.catalog.partsOf.get(deal.id) ?? [];
  // "After day one" is after the first wave; "going into the final day" is before the last.
  const e = eventOf(k, r);
  let upTo: string | null = null;
  if (e && e.partOf === deal.id) {
    const i = waves.indexOf(e);
    upTo =
      r.edge === "last" || /last|final/.test(e.title.toLowerCase())
        ? eventStart(waves[i - 1] ?? e)
        : eventStart(e);
  }
  if (!total || !upTo) return unsure(k, r, "as of which day");
  const done = wavesTo(k, deal, upTo);
  const d = blank();
  const parts: CheckPart[] = [];
  for (const w of done) {
    const g = byValue(factsFor(k, [w], "released", r.counted, "each"))[0];
    if (!g) return notHeld(k, r, askedWhat(r, "released"));
    parts.push(part(k, g[0] as Fact, w.title));
  }
  const t = total[0] as Fact;
  const left = nOf(t) - parts.reduce((a, p) => a + p.n, 0);
  d.line = `${formatNumber(left)} each side were still to come home after ${formatNewsroomDate(upTo)} (${valueOfFact(t)} each in all, less ${parts.map((p) => p.valueText).join(" + ")}) — ${whoSays([cite(k, t), ...parts.map((p) => p.citation)])}`;
  d.derivation = {
    expression: `${valueOfFact(t)} − ${parts.map((p) => p.valueText).join(" − ")} = ${formatNumber(left)}`,
    parts: [part(k, t, "the deal, each side"), ...parts],
  };
  d.citations = [cite(k, t), ...parts.map((p) => p.citation)];
  d.event = eventSummary(deal);
  return d;
}

/** "Year-to-date", "this year so far", "2025 to date": a count from the year's first day. */
const YEAR_TO_DATE =
  /\b(?:year[- ]to[- ]date|ytd|(?:so far )?this year(?: so far| to date)|(?:in |of )?(?:19|20)\d\d (?:so far|to date)|(?:in |during )(?:19|20)\d\d,? (?:so far|to date|until|up to|before))\b/i;

/** A running total as of the day asked, with the nearest stored claims on either side. */
function runningAnswer(
  k: Knowledge,
  r: AskReading,
  measure: Measure,
  words = "",
  own = words,
): Draft {
  if (r.derive === "difference") return runningDifference(k, r, measure, own);
  // "The latest figure the sources know — I write this in 2026": a day after every stored count,
  // with the latest asked for, is the latest held (said with its own as-of day), not a gap.
  const from = r.range?.from ?? r.day;
  const lastAsOf = [...(k.catalog.factsByMeasure.get(measure) ?? [])]
    .map((f) => asOfOf(f)?.to ?? f.eventDate ?? "")
    .sort()
    .at(-1);
  if (
    from &&
    lastAsOf &&
    from > lastAsOf &&
    /\b(?:latest|most recent|newest|last known|up-to-date)\b/i.test(own)
  )
    r = { ...r, range: null, day: null };
  // "A point for January 2024: the running total then?": the exchange the question dates its
  // point by is when the total is asked, never the latest total.
  const whenEvent = !r.range && !r.day && r.eventId ? k.catalog.events.get(r.eventId) : undefined;
  const eventWhen =
    whenEvent && whenEvent.kind === "exchange" && eventEnd(whenEvent)
      ? { from: eventEnd(whenEvent) as string, to: eventEnd(whenEvent) as string }
      : null;
  const when = r.range ?? (r.day ? { from: r.day, to: r.day } : eventWhen);
  // "The running total", "total freed since 2022": the word total, not both sides named.
  if (r.side === "total" && !BOTH_SIDES.test(words)) r = { ...r, side: null };
  // The running totals are Ukraine's (people home since 2022); Russia's side is not among them.
  if (measure === "returned-since-2022" && (r.side === "russia" || r.side === "total")) {
    const own = [...(k.catalog.factsByMeasure.get(measure) ?? [])].filter((f) => f.side === r.side);
    if (own.length === 0)
      return notHeld(
        k,
        { ...r, day: null, range: null, eventId: null },
        r.side === "russia"
          ? "a running total of people returned to Russia"
          : "a running total for both sides together",
      );
  }
  // "2025 year-to-date, how many came home?": people within one year, which the totals since
  // 2022 do not give (the day they were counted on is no start of the year).
  if (
    measure === "returned-since-2022" &&
    YEAR_TO_DATE.test(own || words) &&
    !/\bsince (?:(?:19|20)\d\d|the (?:full[- ]scale )?invasion|the war|february|march)\b/i.test(
      words,
    )
  )
    return notHeld(
      k,
      { ...r, day: null, range: null, eventId: null },
      "a count of people returned within that year alone; its totals run from 2022",
    );
  // "How many swaps in 2024": exchanges within a year, not the running count as of a day in it.
  const inYear = IN_YEAR.exec(r.claim ?? words);
  if (measure === "exchange-count" && inYear?.[1] && !/\b(?:by|since|as of)\b/i.test(words)) {
    const d = notHeld(k, { ...r, day: null, range: null, eventId: null }, "that");
    d.line = `The store does not hold how many exchanges took place within ${inYear[1]}: no source in it says; its counts are running totals since 2022.`;
    return d;
  }
  const counted = measure === "held" ? r.counted : r.counted === "exchanges" ? null : r.counted;
  const side =
    measure === "held" ? "ukraine" : measure === "returned-since-2022" ? "ukraine" : null;
  if (
    measure === "held" &&
    r.counted !== "civilians" &&
    r.counted !== null &&
    r.counted !== "people"
  )
    return notHeld(k, r, askedWhat(r, "held"));
  const pts = runningAt(
    k,
    measure,
    measure === "held" ? (r.counted ?? "civilians") : counted === "people" ? null : counted,
    side,
    when,
    r.sourceId,
  );
  pts.at = byClaimant(r, pts.at);
  // "How many POWs since 2022": the sources' totals count soldiers and civilians together.
  if (
    measure === "returned-since-2022" &&
    counted !== null &&
    counted !== "people" &&
    pts.at.length === 0 &&
    !pts.before &&
    !pts.after
  ) {
    const all = runningAt(k, measure, null, side, when);
    const shown = [...all.at, ...(all.before ? [all.before] : [])].slice(0, 2);
    const d = notHeld(k, r, `a running total of ${countedWord(counted, 2)} alone`);
    if (shown.length > 0) {
      d.line = `The store does not hold a running total of ${countedWord(counted, 2)} alone: the sources' totals count soldiers and civilians together (${shown.map((f) => `${valueOfFact(f)}, ${who(cite(k, f))}`).join("; ")}).`;
      d.citations = shown.map((f) => cite(k, f));
    }
    return d;
  }
  const d = blank();
  const point = (f: Fact | null): TimelinePoint | null => {
    if (!f) return null;
    const fig = figures(k.catalog, [f], k.findings.byFact)[0];
    return fig ? { asOf: cite(k, f).asOf ?? cite(k, f).eventDate ?? "", figure: fig } : null;
  };
  d.nearest = { before: point(pts.before), after: point(pts.after) };
  const asked = when
    ? `by ${when.from === when.to ? formatNewsroomDate(when.to) : formatDateRange(when.from, when.to)}`
    : "now (the latest the store knows)";
  const what =
    measure === "exchange-count"
      ? "exchanges"
      : measure === "held"
        ? "Ukrainian civilians held by Russia"
        : "Ukrainians had come home since 2022";
  const asOf = (f: Fact) => cite(k, f).asOf ?? cite(k, f).eventDate ?? "";
  const valueFor = (f: Fact) =>
    f.measure === "exchange-ordinal" ? formatNumber(nOf(f)) : valueOfFact(f);
  if (pts.at.length > 0) {
    const groups = byValue(pts.at);
    d.citations = pts.at.map((f) => cite(k, f));
    d.disputes = disputesOf(k, [
      ...pts.at,
      ...(pts.after ? [pts.after] : []),
      ...(pts.before ? [pts.before] : []),
    ]);
    const first = groups[0] as Fact[];
    const f = first[0] as Fact;
    // One sentence giving both counts ("54 exchanges had freed about 3,400 Ukrainians"): both in
    // the line, the people first when the question's own words did not ask for exchanges.
    const sibling = [...k.catalog.facts.values()].find(
      (x) =>
        x.id !== f.id &&
        x.sourceId === f.sourceId &&
        cite(k, x).quote === cite(k, f).quote &&
        (x.measure === "exchange-count" || x.measure === "returned-since-2022") &&
        x.measure !== f.measure,
    );
    const peopleFirst =
      sibling && f.measure === "exchange-count" && !/\b(?:exchanges?|swaps?)\b/i.test(own);
    const head = !sibling
      ? `${valueFor(f)} ${what}, as of ${asOf(f)}`
      : peopleFirst
        ? `${valueFor(sibling)} Ukrainians had come home since 2022 (in ${valueFor(f)} exchanges), as of ${asOf(f)}`
        : f.measure === "exchange-count"
          ? `${valueFor(f)} exchanges (which had freed ${valueFor(sibling)} Ukrainians), as of ${asOf(f)}`
          : `${valueFor(f)} ${what} (in ${valueFor(sibling)} exchanges), as of ${asOf(f)}`;
    if (groups.length > 1) {
      d.status = "disputed";
      d.line = `Disputed: ${head} (${whoSays(first.map((x) => cite(k, x)))}), or ${groups
        .slice(1)
        .map((g) => `${valueFor(g[0] as Fact)} (${whoSays(g.map((x) => cite(k, x)))})`)
        .join(", or ")}`;
      return d;
    }
    // Only a dispute about this very count puts a second figure in the first line.
    const touching = disputesOf(k, first).find((x) => x.kind === "cumulative");
    const other = touching?.sides.find(
      (s) => !s.citations.some((c) => first.some((x) => x.id === c.factId)),
    );
    if (touching && other) {
      d.status = "disputed";
      d.line = `Disputed: ${head} (${whoSays(first.map((x) => cite(k, x)))}), against ${other.valueText} (${whoSays(other.citations)})`;
      return d;
    }
    d.line = `${cap(head)} — ${whoSays(first.map((x) => cite(k, x)))}`;
    if (measure === "exchange-count" && f.measure === "exchange-ordinal")
      d.line = `${formatNumber(nOf(f))} exchanges by ${asOf(f)} (that day's was the ${ordinalText(nOf(f))}) — ${whoSays(first.map((x) => cite(k, x)))}`;
    return d;
  }
  if (!pts.before && !pts.after) return notHeld(k, r, askedWhat(r, measure));
  // Nothing as of that day: the nearest claims on either side, and no figure for the day itself.
  const near = [pts.before, pts.after].filter((f): f is Fact => f !== null);
  d.citations = near.map((f) => cite(k, f));
  d.disputes = disputesOf(k, near);
  const dispute = d.disputes.find((x) => x.kind === "cumulative");
  // The day asked is not a stored count's: say so, the nearest counts in brackets, never as the answer.
  if (pts.before || pts.after) {
    d.status = "not-held";
    void dispute;
    const near = [
      pts.before
        ? `latest before: ${valueFor(pts.before)} ${what} as of ${asOf(pts.before)}, ${whoSays([cite(k, pts.before)])}`
        : "",
      pts.after
        ? `next: ${valueFor(pts.after)} as of ${asOf(pts.after)}, ${whoSays([cite(k, pts.after)])}`
        : "",
    ].filter(Boolean);
    d.line = `The store does not hold a count ${asked} (${near.join("; ")}).`;
    return d;
  }
  return notHeld(k, r, askedWhat(r, measure));
}

/** "How many more between the September 2024 count and May 23": one stored count less another. */
function runningDifference(k: Knowledge, r: AskReading, measure: Measure, own = ""): Draft {
  const side = measure === "returned-since-2022" ? "ukraine" : null;
  let pa: Fact[];
  let pb: Fact[];
  if (r.spans.length >= 2) {
    const [a, b] = r.spans as [DayRange, DayRange];
    pa = runningAt(k, measure, null, side, a).at;
    pb = runningAt(k, measure, null, side, b).at;
  } else if (r.ends?.length === 2) {
    // Each count by who gives it and as of when: one figure each, or the question is not settled.
    [pa, pb] = r.ends.map((end) => runningEnd(k, measure, side, end)) as [Fact[], Fact[]];
    // A count no one is named for, that the sources dispute ("the latest total"): whose is
    // open, and each side of the dispute is offered, set against the other count.
    const open = r.ends.findIndex(
      (end, i) => !end.claimantIds && disputesOf(k, i === 0 ? pa : pb).length > 0,
    );
    if (open >= 0 || byValue(pa).length > 1 || byValue(pb).length > 1) {
      const d = unsure(k, r, "which of the counts you mean");
      const [these, other] = open === 1 ? [pb, pa] : [pa, pb];
      const against = byValue(other).length === 1 ? other[0] : undefined;
      const sides = disputesOf(k, these)[0]?.sides ?? [];
      if (open >= 0 && against && sides.length >= 2)
        d.choices = sides.slice(0, 3).map((side) => {
          const value = side.valueText.replace(/\s*\(.*$/, "");
          return {
            label: `${value} (${whoSays(side.citations)})`,
            question: `how far apart are ${value} and ${valueOfFact(against)}?`,
            line: "",
          };
        });
      return d;
    }
  } else {
    // "The gap between the two cumulative totals": the two latest counts the sources dispute,
    // the only two that stand against each other; any other pair is not settled by the words.
    const latest = runningAt(k, measure, null, side, null).at;
    const sides = disputesOf(k, latest)[0]?.sides ?? [];
    const ids = (x: (typeof sides)[number]) =>
      x.citations
        .map((c) => k.catalog.facts.get(c.factId))
        .filter((f): f is Fact => f !== undefined);
    if (!/\b(?:the|those|these) two\b/i.test(own) || sides.length !== 2)
      return unsure(k, r, "between which counts");
    [pa, pb] = [ids(sides[0] as (typeof sides)[number]), ids(sides[1] as (typeof sides)[number])];
  }
  const fa = byValue(pa)[0]?.[0];
  const fb = byValue(pb)[0]?.[0];
  if (!fa || !fb || fa.id === fb.id) return notHeld(k, r, "a count on both days");
  const d = blank();
  const diff = Math.abs(nOf(fb) - nOf(fa));
  // A hedged count makes the difference hedged: "more than" only when the larger figure is the
  // lower bound and the smaller exact, "about" for any other hedge.
  const q = (f: Fact) => (f.value.type === "number" ? f.value.qualifier : "exact");
  const [larger, smaller] = nOf(fb) >= nOf(fa) ? [fb, fa] : [fa, fb];
  const hedge =
    q(fa) === "exact" && q(fb) === "exact"
      ? ""
      : q(larger) === "more-than" && q(smaller) === "exact"
        ? "more than "
        : "about ";
  const what = measure === "exchange-count" ? "exchanges" : "Ukrainians came home";
  d.line = `${cap(`${hedge}${formatNumber(diff)} ${what}`)} between the two counts (${valueOfFact(fa)} as of ${cite(k, fa).asOf ?? cite(k, fa).eventDate}, ${valueOfFact(fb)} as of ${cite(k, fb).asOf ?? cite(k, fb).eventDate}) — ${whoSays([cite(k, fa), cite(k, fb)])}`;
  d.derivation = {
    expression: `${formatNumber(nOf(larger))} − ${formatNumber(nOf(smaller))} = ${formatNumber(diff)}`,
    parts: [part(k, larger, "the larger count"), part(k, smaller, "the smaller count")],
  };
  d.citations = [cite(k, fa), cite(k, fb)];
  return d;
}

/** Two exchanges compared on their per-side figures. */
function compareAnswer(k: Knowledge, r: AskReading): Draft {
  const events = (r.compare ?? [])
    .map((id) => k.catalog.events.get(id))
    .filter((e): e is Event => !!e);
  const sized = events.map((e) => ({
    e,
    g: byValue(factsFor(k, [e], "released", null, "each"))[0],
  }));
  if (sized.length < 2 || sized.some((x) => !x.g))
    return unsure(k, r, "which exchanges you compare");
  const [x, y] = sized as [{ e: Event; g: Fact[] }, { e: Event; g: Fact[] }];
  const big = nOf(x.g[0] as Fact) >= nOf(y.g[0] as Fact) ? x : y;
  const small = big === x ? y : x;
  const d = blank();
  d.citations = [...big.g, ...small.g].map((f) => cite(k, f));
  const day = eventStart(big.e) as string;
  const facts = `(${valueOfFact(big.g[0] as Fact)} each side against ${valueOfFact(small.g[0] as Fact)})`;
  const lower = (r.claim ?? "").toLowerCase();
  if (r.asked === "check") {
    const first = r.compare?.[0];
    const smaller = /\bsmaller\b/.test(lower);
    const yes = smaller ? first === small.e.id : first === big.e.id;
    d.line = `${yes ? "Yes" : "No"}: the exchange of ${formatNewsroomDate(day)} was the bigger ${facts} — ${whoSays(d.citations)}`;
  } else if (r.asked === "date") {
    d.line = `${formatNewsroomDate(day)}: that exchange was the bigger ${facts} — ${whoSays(d.citations)}`;
  } else {
    d.line = `The exchange of ${formatNewsroomDate(day)}: ${valueOfFact(big.g[0] as Fact)} each side (against ${valueOfFact(small.g[0] as Fact)}) — ${whoSays(d.citations)}`;
  }
  d.event = eventSummary(big.e);
  return d;
}

// ---------------------------------------------------------------------------------------------
// When

function dateAnswer(k: Knowledge, r: AskReading, own = ""): Draft {
  if (r.described) return describedAnswer(k, r, r.described);
  if (r.compare) return compareAnswer(k, r);
  let e = eventOf(k, r);
  // "When was the swap agreed": the day the sources say it was agreed, never the day it began.
  if (r.agreed) return agreedAnswer(k, r, e);
  // "When did Russia hand over its draft": an announcement of something to come dates the
  // announcement, not the thing; only a question about the statement itself gets its day.
  if (e?.kind === "statement" && own && !STATEMENT_ASKED.test(own)) {
    const day = eventStart(e);
    const d = notHeld(k, { ...r, day: null, range: null, eventId: null }, "the day of that");
    d.line = `The store does not hold the day of that: no source in it says; it holds only ${e.title.replace(/^The /, "the ")}${day ? ` (${formatNewsroomDate(day)})` : ""}.`;
    return d;
  }
  // "The date of Trump's post disclosing the swap": a post about an exchange dates the post, not
  // the exchange; unless the event found is itself a statement, the store holds no day for it.
  if (
    e &&
    own &&
    e.kind !== "statement" &&
    e.kind !== "call" &&
    /\b(?:post(?:ed|s|ing)?|tweet(?:ed|s|ing)?|disclos\w*|social media)\b/i.test(own) &&
    !/\bpost-/i.test(own)
  ) {
    const d = notHeld(k, { ...r, day: null, range: null, eventId: null }, "the day of that");
    d.line = `The store does not hold the day of that post: no source in it dates it (the days it holds are those of what it was about, ${e.title.replace(/^The /, "the ")})`;
    return d;
  }
  // "When was the 49th exchange", "the swap of 205 for each side": the event by its figure.
  if (r.value && (!e || e.kind === "deal")) {
    const byFigure = factsWithValue(k, r.value.n).filter((f) =>
      ["exchange-ordinal", "released"].includes(f.measure),
    );
    const ev = byFigure[0] ? k.catalog.events.get(byFigure[0].eventId) : undefined;
    if (ev) e = ev;
  }
  if (!e && r.day) e = (k.catalog.eventsByDay.get(r.day) ?? [])[0] ?? null;
  if (!e) return unsure(k, r, "which event you mean");
  // "When had they last met before Istanbul": the event named is where the count starts from,
  // not the one asked; "Zelensky's briefing on the swap": a briefing, not the swap it is about.
  // "When were the last direct talks before Istanbul": the day the sources count the talks from.
  if (own && !r.day && e.kind === "talks" && LAST_TALKS_BEFORE.test(own)) {
    const last = lastTalksBefore(k, e, r.sourceId);
    if (last) return last;
  }
  if (own && !r.day && (relativeTo(own, e) || otherKindNamed(own, e)))
    return unsure(k, { ...r, eventId: null }, "which event you mean");
  const deal = e.kind === "deal" ? e : null;
  // "When did the big swap happen": a deal over several days, asked with no edge, is its span.
  if (deal && r.edge === null && own) {
    const span = dealSpan(k, deal);
    if (span) return span;
  }
  if (deal) {
    const waves = k.catalog.partsOf.get(deal.id) ?? [];
    const w = r.edge === "last" ? waves.at(-1) : waves[0];
    if (w) e = w;
  }
  // Dated only to a month ("back in March 2022"): the month, as the source gives it, never a day.
  const month = (k.catalog.factsByEvent.get(e.id) ?? []).filter(
    (f) => f.measure === "took-place-on" && f.value.type === "text",
  );
  if (month.length > 0 && !eventStart(e)) {
    const g = byValue(month)[0] as Fact[];
    const d = blank();
    d.event = eventSummary(e);
    d.citations = g.map((f) => cite(k, f));
    d.line = `${valueOfFact(g[0] as Fact)} (${e.title.replace(/^The /, "the ")}; no day given) — ${whoSays(d.citations)}`;
    return d;
  }
  const day = eventStart(e);
  if (!day) return notHeld(k, r, "a day for it");
  // The quotes that date it: a stored day, or a figure a source gives for that day.
  const facts = (k.catalog.factsByEvent.get(e.id) ?? []).filter(
    (f) => (f.value.type === "date" && f.measure === "took-place-on") || f.eventDate !== null,
  );
  const d = blank();
  d.event = eventSummary(e);
  const dated = facts.length > 0 ? facts : dateFacts(k, day);
  if (dated.length === 0) return notHeld(k, r, "a quote that dates it");
  const dispute = (k.findings.byEvent.get(e.id) ?? []).find((x) => x.kind === "date");
  const dayOf = (f: Fact) => (f.value.type === "date" ? f.value.date : (f.eventDate ?? day));
  const groups = new Map<string, Fact[]>();
  for (const f of dated) groups.set(dayOf(f), [...(groups.get(dayOf(f)) ?? []), f]);
  const ordered = [...groups.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  d.citations = dated.map((f) => cite(k, f));
  const label = deal
    ? `${cap(r.edge === "last" ? "it ended" : "it began")}`
    : cap(e.title.replace(/^The /, "the "));
  if (ordered.length > 1 || dispute) {
    d.status = "disputed";
    d.disputes = dispute ? [disputeView(k.catalog, dispute)] : [];
    d.line = `Disputed: ${ordered.map(([iso, fs]) => `${formatNewsroomDate(iso)} (${whoSays(fs.map((f) => cite(k, f)))})`).join(", or ")}`;
    return d;
  }
  const [iso, fs] = ordered[0] as [string, Fact[]];
  d.line = `${label.replace(/\(.*?\)/g, "").trim()} ${deal ? "on" : "took place on"} ${formatNewsroomDate(iso)}, a ${weekdayOf(iso)} — ${whoSays(fs.map((f) => cite(k, f)))}`;
  if (/\d/.test(e.title) && !deal)
    d.line = `${formatNewsroomDate(iso)}, a ${weekdayOf(iso)} (${e.title}) — ${whoSays(fs.map((f) => cite(k, f)))}`;
  return d;
}

/**
 * A deal's days, first to last, from the quotes that date its first and last waves: "May 23–25,
 * 2025, a Friday to a Sunday". Null when a wave's day is disputed or not quoted.
 */
function dealSpan(k: Knowledge, deal: Event): Draft | null {
  const waves = k.catalog.partsOf.get(deal.id) ?? [];
  const first = waves[0];
  const last = waves.at(-1);
  if (!first || !last || first === last) return null;
  const from = eventStart(first);
  const to = eventStart(last);
  if (!from || !to) return null;
  const quoted = (w: Event, day: string) =>
    (k.catalog.factsByEvent.get(w.id) ?? []).filter(
      (f) => (f.value.type === "date" ? f.value.date : f.eventDate) === day,
    );
  const a = quoted(first, from);
  const b = quoted(last, to);
  const disputed = [first, last].some((w) =>
    (k.findings.byEvent.get(w.id) ?? []).some((x) => x.kind === "date"),
  );
  if (a.length === 0 || b.length === 0 || disputed) return null;
  const d = blank();
  d.event = eventSummary(deal);
  d.citations = [...a, ...b].map((f) => cite(k, f));
  d.line = `${formatDateRange(from, to)}, a ${weekdayOf(from)} to a ${weekdayOf(to)} (${deal.title.replace(/^The /, "the ")}, over ${waves.length} days) — ${whoSays(d.citations)}`;
  return d;
}

/** "The last direct talks before Istanbul", "the previous round": the talks counted from. */
const LAST_TALKS_BEFORE =
  /\b(?:last|previous|prior|earlier)\s+(?:(?:held|had|hold|sat down for|met (?:for|in))\s+)?(?:round of\s+)?(?:direct\s+|face-to-face\s+)?(?:talks|meeting|negotiations?)\b[^?]*\bbefore\b/i;

/**
 * The talks before these, as the sources that call these the first since then say it: the month
 * their words name ("since March of 2022"), or none since the invasion; sides that disagree are
 * both given. Null when no source's words date it.
 */
function lastTalksBefore(k: Knowledge, talks: Event, sourceId: string | null = null): Draft | null {
  const all = (k.catalog.factsByEvent.get(talks.id) ?? []).filter(
    (f) => f.measure === "first-direct-talks" && f.value.type === "text",
  );
  // "Per the Epoch Times, when …": the source named gives its own month (when it gives one).
  const own = sourceId ? all.filter((f) => f.sourceId === sourceId) : [];
  const facts = own.length > 0 ? own : all;
  const sides = new Map<string, Fact[]>();
  for (const f of facts) {
    const said = f.value.type === "text" ? f.value.said : "";
    const month =
      /\bsince\s+((?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?(?:19|20)\d\d)\b/i.exec(
        said,
      )?.[1];
    const key = month
      ? month.replace(/\bof\s+/i, "").replace(/^\w/, (c) => c.toUpperCase())
      : f.value.type === "text" && /^yes\b/i.test(f.value.key)
        ? "none since the invasion"
        : null;
    if (key) sides.set(key, [...(sides.get(key) ?? []), f]);
  }
  if (sides.size === 0) return null;
  const d = blank();
  d.event = eventSummary(talks);
  const parts = [...sides.entries()].map(([key, fs]) => {
    d.citations.push(...fs.map((f) => cite(k, f)));
    return `${key} (“${fs[0]?.value.type === "text" ? fs[0].value.said : ""}”: ${whoSays(fs.map((f) => cite(k, f)))})`;
  });
  if (parts.length > 1) {
    d.status = "disputed";
    d.line = `Disputed: the last direct talks before ${talks.title.replace(/^The /, "the ")}: ${parts.join(", or ")}`;
  } else
    d.line = `${[...sides.keys()][0]}: the last direct talks before ${talks.title.replace(/^The /, "the ")} — ${whoSays(d.citations)}`;
  return d;
}

const HOW_LONG_SINCE_TALKS =
  /\bhow long (?:since|after|had it been since)\b[^?]*\b(?:talks|meeting|negotiations?)\b/i;

/**
 * Whole years from the month each source counts the talks from ("since March of 2022", "since
 * the full-scale invasion began in February 2022") to these talks: one figure when every source's
 * month gives the same, said as "over"; null otherwise.
 */
function yearsSinceLastTalks(k: Knowledge, talks: Event): Draft | null {
  const day = eventStart(talks);
  if (!day) return null;
  const facts = (k.catalog.factsByEvent.get(talks.id) ?? []).filter(
    (f) => f.measure === "first-direct-talks" && f.value.type === "text",
  );
  const years = new Set<number>();
  const used: Fact[] = [];
  for (const f of facts) {
    const said = f.value.type === "text" ? f.value.said : "";
    const from = readDates(said, { refDate: null, yearFor: archiveYears(k) }).find(
      (x) => x.range && !x.date,
    )?.range?.from;
    if (!from) continue;
    const months =
      (Number(day.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      (Number(day.slice(5, 7)) - Number(from.slice(5, 7)));
    years.add(Math.floor(months / 12));
    used.push(f);
  }
  const n = [...years][0];
  if (years.size !== 1 || n === undefined || n < 1) return null;
  const d = blank();
  d.event = eventSummary(talks);
  d.citations = used.map((f) => cite(k, f));
  const words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  d.line = `Over ${words[n] ?? n} years since the last direct talks, at ${talks.title.replace(/^The /, "the ")} (${used.map((f) => `“${f.value.type === "text" ? f.value.said : ""}”`).join("; ")}) — ${whoSays(d.citations)}`;
  return d;
}

/** The day a deal was agreed, as its sources give it ("agreed on May 16 in Istanbul"). */
function agreedAnswer(k: Knowledge, r: AskReading, e: Event | null): Draft {
  const deal = dealOf(k, e);
  const facts = deal
    ? (k.catalog.factsByEvent.get(deal.id) ?? []).filter(
        (f) => f.measure === "agreed-on" && f.value.type === "date",
      )
    : [];
  if (!deal || facts.length === 0) return notHeld(k, r, "the day it was agreed");
  const d = blank();
  d.event = eventSummary(deal);
  d.citations = facts.map((f) => cite(k, f));
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const iso = f.value.type === "date" ? f.value.date : "";
    groups.set(iso, [...(groups.get(iso) ?? []), f]);
  }
  const title = deal.title.replace(/^The /, "the ");
  if (groups.size > 1) {
    d.status = "disputed";
    d.line = `Disputed: ${title} was agreed on ${[...groups.entries()].map(([iso, fs]) => `${formatNewsroomDate(iso)} (${whoSays(fs.map((f) => cite(k, f)))})`).join(", or ")}`;
    return d;
  }
  const [iso, fs] = [...groups.entries()][0] as [string, Fact[]];
  const talks = (k.catalog.eventsByDay.get(iso) ?? []).find((x) => x.kind === "talks");
  d.line = `${formatNewsroomDate(iso)}, a ${weekdayOf(iso)}: ${title} was agreed${talks ? ` at ${talks.title.replace(/^The /, "the ")}` : ""} — ${whoSays(fs.map((f) => cite(k, f)))}`;
  return d;
}

/** Facts whose stated day is this one (the day a deal was agreed at the talks, for the talks). */
function dateFacts(k: Knowledge, day: string): Fact[] {
  return [...k.catalog.facts.values()].filter(
    (f) => f.value.type === "date" && f.value.date === day,
  );
}

// ---------------------------------------------------------------------------------------------
// Who

function nameAnswer(k: Knowledge, r: AskReading, words = "", asked = words): Draft {
  const d = blank();
  if (r.quote) return quoteEvent(k, r.quote, asked, whoSays) ?? quoteSpeaker(k, r, r.quote);
  if (r.nameOf === "credit") return creditAnswer(k, r);
  if (r.nameOf === "author") {
    const named = sourceInQuestion(k, r);
    if (!named?.author) return notHeld(k, r, "who wrote it");
    d.line = `${named.author} wrote ${named.title ? `“${named.title}”` : "it"} — ${named.outlet} (${named.published && "on" in named.published ? formatNewsroomDate(named.published.on) : "date not printed"})`;
    return d;
  }
  // "Who says the Istanbul talks were the first since 2022": the claim checked, and who decides it.
  if (r.nameOf === "claimant" && !r.value && !r.day) {
    const said = whoSaysClaim(k, words);
    if (said) return said;
  }
  // "Which source says the March swap was on the 19th": a day of the month said of the exchange
  // named is a day in that exchange's month.
  const dom = /\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:exchange|swap|one|round|wave))/i.exec(
    words,
  );
  const start = eventOf(k, r) ? eventStart(eventOf(k, r) as Event) : null;
  if (
    (r.nameOf === "claimant" || r.nameOf === "sources") &&
    !r.value &&
    !r.day &&
    start &&
    dom?.[1] &&
    Number(dom[1]) <= 31
  )
    r = { ...r, day: `${start.slice(0, 8)}${dom[1].padStart(2, "0")}` };
  // "The source for the '64th exchange' figure", "who keeps the exchange count": the ordinals'.
  const counts = ["exchange-ordinal", "exchange-count"].flatMap((m) => [
    ...(k.catalog.factsByMeasure.get(m as Measure) ?? []),
  ]);
  const ordinals = [...words.matchAll(/\b(\d+)(?:st|nd|rd|th)\b/gi)].map((m) => Number(m[1]));
  // An ordinal the store holds as an exchange's number names that count, whatever day is said.
  const held = ordinals.find((n) => counts.some((f) => nOf(f) === n));
  const ordinal = held ?? ordinals[0];
  if (
    r.nameOf === "claimant" &&
    !r.value &&
    (held !== undefined || (!r.day && (ordinal !== undefined || EXCHANGE_COUNT_ASKED.test(words))))
  ) {
    const facts = counts.filter((f) => ordinal === undefined || nOf(f) === ordinal);
    const own = facts.filter((f) => k.catalog.claimants.get(f.claimantId)?.party !== "press");
    const chosen = own.length > 0 ? own : facts;
    if (chosen.length === 0) return notHeld(k, r, "who gives that count");
    const cs = chosen.map((f) => cite(k, f));
    d.citations = cs;
    const names = [...new Set(cs.map(who))];
    const what = held !== undefined ? `the ${ordinalText(held)}` : "the count of exchanges";
    d.line = `${names.join("; ")} ${names.length > 1 ? "give" : "gives"} ${what} (“${cs[0]?.quote ?? ""}”)`;
    return d;
  }
  // "Running total as of September 2024?" → "and who says so?": who gives the total of that day.
  if (r.nameOf === "claimant" && r.running && !r.value && (r.range || r.day)) {
    const measure =
      r.measure && RUNNING_MEASURES.has(r.measure) ? r.measure : "returned-since-2022";
    const when = r.range ?? { from: r.day as string, to: r.day as string };
    const side = measure === "exchange-count" ? null : "ukraine";
    const facts = runningAt(k, measure, null, side, when).at;
    if (facts.length > 0) {
      const cs = facts.map((f) => cite(k, f));
      const names = [...new Set(cs.map(who))];
      const stated = [...new Set(facts.map(valueOfFact))].join(" / ");
      d.citations = cs;
      d.disputes = disputesOf(k, facts);
      // "One analysis reported …": a claimant the sources leave unnamed is no name.
      if (
        facts.every((f) =>
          /^(?:an?|one|some) /.test(k.catalog.claimants.get(f.claimantId)?.name ?? ""),
        )
      ) {
        d.status = "not-held";
        d.line = `The store does not hold who it is: no source names them — ${names.join("; ")} (“${cs[0]?.quote ?? ""}”)`;
        return d;
      }
      d.line = `${capLead(names.join("; "))} ${names.length > 1 ? "give" : "gives"} ${stated} (“${cs[0]?.quote ?? ""}”)`;
      return d;
    }
  }
  // "Total freed since '22, latest?" → "whose number is that": who gives the latest totals, each
  // with the figure they give (both sides of a dispute, as the figure's answer showed them).
  if (r.nameOf === "claimant" && r.running && !r.value && !r.range && !r.day) {
    const fig = figureAnswer(k, { ...r, asked: "figure", nameOf: null });
    const facts = [
      ...new Set(
        [...fig.citations, ...fig.disputes.flatMap((x) => x.sides.flatMap((y) => y.citations))]
          .map((c) => k.catalog.facts.get(c.factId))
          .filter((f): f is Fact => f !== undefined),
      ),
    ];
    if ((fig.status === "answered" || fig.status === "disputed") && facts.length > 0) {
      const gives = new Map<string, string[]>();
      for (const f of facts) {
        const name = who(cite(k, f));
        gives.set(name, [...new Set([...(gives.get(name) ?? []), valueOfFact(f)])]);
      }
      d.citations = fig.citations;
      d.disputes = fig.disputes;
      d.status = fig.status;
      d.line = [...gives].map(([name, vs]) => `${capLead(name)} (${vs.join(" / ")})`).join("; ");
      return d;
    }
  }
  if ((r.nameOf === "claimant" || r.nameOf === "sources") && (r.value || r.day)) {
    const facts = r.value
      ? factsWithValue(k, r.value.n)
      : [...k.catalog.facts.values()].filter(
          (f) => f.eventDate === r.day || (f.value.type === "date" && f.value.date === r.day),
        );
    if (facts.length === 0)
      return notHeld(k, r, r.value ? `a figure of ${r.value.text}` : "a source for that");
    const cs = facts.map((f) => cite(k, f));
    d.citations = cs;
    d.disputes = disputesOf(k, facts);
    if (r.nameOf === "sources") {
      const outlets = [...new Set(cs.map((c) => outletName(c.source.outlet)))];
      d.line = `${capLead(outlets.join(" and "))} ${outlets.length > 1 ? "give" : "gives"} ${r.day ? formatNewsroomDate(r.day) : (r.value?.text ?? "it")} — ${whoSays(cs)}`;
      return d;
    }
    const names = [...new Set(cs.map(who))];
    // "Who is behind the 'one analysis'": a claimant the sources leave unnamed is no name.
    const unnamed = facts.every((f) =>
      /^(?:an?|one|some) /.test(k.catalog.claimants.get(f.claimantId)?.name ?? ""),
    );
    if (unnamed && facts.length > 0) {
      d.status = "not-held";
      d.line = `The store does not hold who it is: no source names them — ${names.join("; ")} (“${cs[0]?.quote ?? ""}”)`;
      return d;
    }
    // A day asked, no figure: who gives that day, not every figure filed under it.
    if (!r.value && r.day) {
      d.line = `${capLead(names.join("; "))} ${names.length > 1 ? "give" : "gives"} ${formatNewsroomDate(r.day)} (“${cs[0]?.quote ?? ""}”)`;
      return d;
    }
    // The figure as stored ("over 16,000"), not as the question put it ("16k").
    const stated = [
      ...new Set(
        facts.map((f) =>
          f.measure === "exchange-ordinal" ? `the ${valueOfFact(f)}` : valueOfFact(f),
        ),
      ),
    ].join(" / ");
    d.line = `${capLead(names.join("; "))} ${names.length > 1 ? "give" : "gives"} ${stated || (r.value?.text ?? "it")} (“${cs[0]?.quote ?? ""}”)`;
    return d;
  }
  if (r.nameOf === "announcer") {
    const deal = dealOf(k, eventOf(k, r));
    const facts = deal
      ? (k.catalog.factsByEvent.get(deal.id) ?? []).filter(
          (f) =>
            f.measure === "agreed-on" && k.catalog.claimants.get(f.claimantId)?.party !== "press",
        )
      : [];
    if (facts.length === 0) return notHeld(k, r, "who announced it");
    const cs = facts.map((f) => cite(k, f));
    d.citations = cs;
    d.line = `${cs[0]?.claimant.name} announced it on ${cs[0]?.said} — ${cs[0]?.source.outlet} (${cs[0]?.source.published})`;
    return d;
  }
  if (r.nameOf === "role") return roleAnswer(k, r, words);
  const measure: Measure | null = r.nameOf === "measure" ? r.measure : null;
  if (!measure) return roleAnswer(k, r, words, true);
  let e = eventOf(k, r);
  // "The earlier swaps", "in 2023-2024": the series of exchanges, which the running totals file.
  if (!e && (r.range || (r.set.includes("eventId") && r.eventId === null)))
    e = [...k.catalog.events.values()].find((x) => x.kind === "tally") ?? null;
  // No event named: the talks, which is what the store's names are about; never for "the swaps".
  const talks = [...k.catalog.events.values()].find((x) => x.kind === "talks") ?? null;
  if (!e && !r.set.includes("eventId") && measure !== "taken-to") e = talks;
  // What was agreed at the talks is the deal: "was the swap agreed in Istanbul".
  if (measure === "agreed-in" && (!e || e.kind === "talks")) e = dealOf(k, null) ?? e;
  // "Ukraine's team", "for the Russian side": whose, when the side words did not say. A name
  // belongs to one side or none: "both sides" or "each" says nothing of whose it is.
  const side = r.side === "ukraine" || r.side === "russia" ? r.side : sideNamed(words);
  const own = (f: Fact) =>
    f.measure === measure &&
    (r.sourceId === null || f.sourceId === r.sourceId) &&
    (f.side === null || side === null || side === "each" || f.side === side);
  let facts = e ? (k.catalog.factsByEvent.get(e.id) ?? []).filter(own) : [];
  // "After the exchange, where were they sent?": a deal's name is filed with the wave it is of.
  if (facts.length === 0 && e?.kind === "deal") {
    const waves = (k.catalog.partsOf.get(e.id) ?? []).filter((w) =>
      (k.catalog.factsByEvent.get(w.id) ?? []).some(own),
    );
    if (waves.length === 1) {
      e = waves[0] as Event;
      facts = (k.catalog.factsByEvent.get(e.id) ?? []).filter(own);
    }
  }
  // Named for no event in particular ("where were the Russians taken"): wherever the store has it.
  if (facts.length === 0 && !r.set.includes("eventId") && !r.day && !r.range) {
    facts = [...(k.catalog.factsByMeasure.get(measure) ?? [])].filter(own);
    const first = facts[0] ? k.catalog.events.get(facts[0].eventId) : undefined;
    if (first) e = first;
    facts = facts.filter((f) => f.eventId === e?.id);
  }
  // "Who's overseeing the process?" after the meeting that coordinated the swap: a meeting, a
  // call or a statement holds no such name, and "the process", "the swap" is the deal's.
  if (
    facts.length === 0 &&
    e &&
    !["exchange", "deal", "talks", "tally"].includes(e.kind) &&
    /\bthe (?:process|swap|exchange|deal)\b/i.test(words)
  ) {
    const deal = dealOf(k, null);
    const there = deal ? (k.catalog.factsByEvent.get(deal.id) ?? []).filter(own) : [];
    if (deal && there.length > 0) {
      e = deal;
      facts = there;
    }
  }
  // Over a span ("in 2023-2024"): claims as of that span first.
  if (r.range && facts.some((f) => f.asOf)) {
    const range = r.range;
    const within = facts.filter((f) => {
      const a = asOfOf(f);
      return a !== null && a.from <= range.to && range.from <= a.to;
    });
    if (within.length > 0) facts = within;
  }
  // "Who chaired the talks?": chairing is one role among a mediator's, said in its own words;
  // only the quotes that say it answer, not a dispute over who brokered them.
  // (The question's own words: "and who brokered them?" after "who chaired …" asks the broker.)
  // ("He is minister of which country?" after it, naming no role of its own, keeps the chair.)
  const roleIn = (t: string) => /\b(chair|presid)\w*/i.exec(t)?.[1];
  const role =
    measure !== "mediator"
      ? undefined
      : (roleIn(asked) ??
        (/\b(?:broker|mediat|facilitat|arrang|host)\w*/i.test(asked) ? undefined : roleIn(words)));
  if (role) {
    const saying = facts.filter((f) =>
      new RegExp(`\\b${role.toLowerCase()}`, "i").test(`${f.value.said} ${f.quote.text}`),
    );
    if (saying.length > 0) facts = saying;
  }
  const what = nameWhat(measure, side ?? facts[0]?.side ?? null, e).replace(
    /^mediated\b/,
    role ? "chaired" : "mediated",
  );
  if (!e || facts.length === 0)
    return notHeld(k, r, /^(?:where|was on)\b/.test(what) ? what : `who ${what}`);
  const groups = byValue(facts);
  d.citations = facts.map((f) => cite(k, f));
  d.disputes = disputesOf(k, facts);
  d.event = eventSummary(e);
  const said = (g: Fact[]) =>
    `${valueOfFact(g[0] as Fact)} (“${(g[0] as Fact).value.said}”: ${whoSays(g.map((f) => cite(k, f)))})`;
  if (groups.length > 1) {
    d.status = "disputed";
    d.line = `Disputed: who ${what}: ${groups.map(said).join(", or ")}`;
    return d;
  }
  const g = groups[0] as Fact[];
  const f = g[0] as Fact;
  const cs = g.map((x) => cite(k, x));
  const value = valueOfFact(f);
  switch (measure) {
    case "taken-to":
      d.line = `${value}: ${sideWords(f.side)} were taken there (“${f.value.said}”) ${dayWords(e, null).replace(/\(.*\)/, "")} — ${whoSays(cs)}`;
      break;
    case "agreed-in":
      d.line = `${value}: ${e.title.replace(/^The /, "the ")} was agreed there (“${f.value.said}”) — ${whoSays(cs)}`;
      break;
    case "called": {
      // "Who did he call after Putin?": the one named after the one asked about.
      const order = value.split(/,? then /);
      const after = /\bafter (\w+)/i.exec(words)?.[1]?.toLowerCase();
      const i = after ? order.findIndex((x) => x.toLowerCase().includes(after)) : -1;
      const next = i >= 0 ? order[i + 1] : undefined;
      d.line = next
        ? `${next}, after ${order[i]} (“${f.value.said}”) ${dayWords(e, null)} — ${whoSays(cs)}`
        : `${value} (“${f.value.said}”) ${dayWords(e, null)} — ${whoSays(cs)}`;
      break;
    }
    default:
      d.line = `${value}${value.includes(",") ? "," : ""} ${what}: “${f.value.said}” — ${whoSays(cs)}`;
  }
  d.line = d.line.replace(/\s+/g, " ").replace(/ — /, " — ");
  return d;
}

/** Letters and digits only, lower case, one space between words: quotes compared as words. */
const plainWords = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Words in quotation marks, once: a quote that opens with its own mark keeps it. */
const quoted = (q: string) => (/^[“"]/.test(q) ? q : `“${q}”`);

/**
 * "Who said '…'": the stored quote that holds those words, and who it is said by (a claimant
 * who is a person, or the person a role names in it); else the sentence of a source that holds
 * them, and the one person the store names in that sentence. Never a guess among several.
 */
function quoteSpeaker(k: Knowledge, r: AskReading, quote: string): Draft {
  const d = blank();
  // "The quite laborious process" for the source's "a “quite laborious process”": the words
  // are looked for without an article the asker put before them.
  const whole = plainWords(quote);
  const bare = plainWords(quote.replace(/^\s*(?:the|a|an)\s+/i, ""));
  const people = peopleNamed(k);
  const having = (w: string) =>
    [...k.catalog.facts.values()].filter((f) => plainWords(cite(k, f).quote).includes(w));
  const first = having(whole);
  const wanted = first.length > 0 || bare.split(" ").length < 3 ? whole : bare;
  const hits = first.length > 0 ? first : having(wanted);
  const speakers = new Map<string, Citation>();
  for (const f of hits) {
    const c = cite(k, f);
    const claimant = k.catalog.claimants.get(f.claimantId);
    const person =
      claimant && claimant.party !== "press" && people.some((p) => claimant.name.startsWith(p.name))
        ? claimant.name
        : f.measure === "role" && f.value.type === "text"
          ? f.value.key
          : (people.find((p) => surnameIn(c.quote, p.surname))?.name ?? null);
    const surname = person?.split(",")[0]?.split(/\s+/).at(-1);
    if (person && surname && ![...speakers.keys()].some((x) => x.includes(surname)))
      speakers.set(person, c);
  }
  if (speakers.size > 0) {
    const c = [...speakers.values()][0] as Citation;
    d.citations = [...new Set(speakers.values())];
    d.line = `${[...speakers.keys()].join("; ")} (${quoted(c.quote)}) — ${outletName(c.source.outlet)}`;
    return d;
  }
  // Not in a stored quote: the sources' own text, and the one person named in its sentence.
  const pattern = new RegExp(
    wanted
      .split(" ")
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^\\p{L}\\p{N}]+"),
    "iu",
  );
  for (const src of k.catalog.data.sources) {
    const m = pattern.exec(src.text);
    if (!m) continue;
    const start = Math.max(
      src.text.lastIndexOf("\n", m.index),
      src.text.slice(0, m.index).search(/[.!?][”"]?\s+(?=[^.!?]*$)/),
    );
    const tail = src.text.slice(m.index + m[0].length).search(/[.!?\n]/);
    let end = tail < 0 ? src.text.length : m.index + m[0].length + tail + 1;
    if (/[”"’]/.test(src.text.charAt(end))) end++;
    const sentence = src.text
      .slice(start < 0 ? 0 : start + 1, end)
      .replace(/^[.!?”"\s]+/, "")
      .replace(/[”"]?\s*$/, (x) => x.trim())
      .trim();
    const named = people.filter((p) => surnameIn(sentence, p.surname));
    const unique = [...new Set(named.map((p) => p.name))];
    if (unique.length !== 1) continue;
    d.line = `${unique[0]} (${quoted(sentence)}) — ${outletName(src.outlet)}`;
    return d;
  }
  return notHeld(k, { ...r, day: null, range: null, eventId: null }, "who said that");
}

/**
 * "Who took the photo": the credit line of the source the question names, or of the one source
 * the answer before cited ("and who took it?"). One credit there, or nothing.
 */
function creditAnswer(k: Knowledge, r: AskReading): Draft {
  const cited = r.cited ?? [];
  const sourceId = r.sourceId ?? (cited.length === 1 ? (cited[0] as string) : null);
  const src = sourceId ? k.catalog.data.sources.find((s) => s.id === sourceId) : undefined;
  if (!src) return unsure(k, r, "which photograph you mean");
  const credits = [
    ...new Set([...src.text.matchAll(CREDIT_LINE)].map((m) => m[0].replace(/^Credit:\s*/, ""))),
  ];
  if (credits.length !== 1)
    return notHeld(k, { ...r, day: null, range: null, eventId: null }, "who took it");
  const d = blank();
  d.line = `${credits[0]} — the photograph's credit in ${outletName(src.outlet)}`;
  return d;
}

/** "Ukraine's team": whose, from the words alone, when only one side is named. */
function sideNamed(words: string): Side | null {
  const ua = /\bukrain|\bkyiv\b/i.test(words);
  const ru = /\brussia|\bmoscow\b|\bkremlin\b/i.test(words);
  return ua && !ru ? "ukraine" : ru && !ua ? "russia" : null;
}

/** "mediated the April 19 exchange", "led Russia's team at the Istanbul talks". */
function nameWhat(measure: Measure, side: Side | null, e: Event | null): string {
  const title = !e
    ? "an exchange"
    : e.kind === "tally"
      ? "the earlier exchanges"
      : e.title.replace(/^The /, "the ");
  const whose = side === "russia" ? "Russia's" : side === "ukraine" ? "Ukraine's" : "a";
  switch (measure) {
    case "mediator":
      return `mediated ${title}`;
    case "initiator":
      return `proposed ${title}`;
    case "delegation-head":
      return `led ${whose} team at ${title}`;
    case "overseen-by":
      return `oversees ${title}${side === "ukraine" ? " for Ukraine" : side === "russia" ? " for Russia" : ""}`;
    case "taken-to":
      return `where ${sideWords(side)} were taken${e ? ` after ${title}` : ""}`;
    case "agreed-in":
      return `where ${title} was agreed`;
    case "venue":
      return `where ${title} were held`;
    case "pictured-in":
      return `where the photograph of the ${title.replace(/^the /, "").replace(/^(First|Second|Third) /, (w) => w.toLowerCase())} was taken`;
    case "called":
      return `was on ${title}`;
    default:
      return `is named for ${title}`;
  }
}

function sideWords(side: Side | null): string {
  return side === "russia"
    ? "the released Russians"
    : side === "ukraine"
      ? "the released Ukrainians"
      : "the released";
}

/** Words that tell nothing of who is meant: the story itself. */
const PLAIN = new Set(
  "that this what which whose with from were was have has had about their there they them said says name what's whats job role title does his her who the and for into over after before swap swaps exchange exchanges prisoner prisoners ukraine ukrainian ukrainians russia russian russians talks istanbul quoted".split(
    " ",
  ),
);

function tellingWords(text: string): Set<string> {
  return new Set(
    // "cease-fire" and "ceasefire" are one word to a reader.
    (
      text
        .toLowerCase()
        .replace(/\b(cease|pull|hand)-(fire|back|over)\b/g, "$1$2")
        // One word in either spelling: "defense" and "defence".
        .replace(/\bdefense\b/g, "defence")
        .match(/[a-z]+/g) ?? []
    )
      .map((w) => w.replace(/(?:'s|s)$/, ""))
      .filter((w) => (w.length > 3 || w === "pow") && !PLAIN.has(w)),
  );
}

/**
 * Who a person named in the sources is ("the lawfare analyst … what's her name", "who called it
 * 'quite laborious'" then "what's his job?"): the stored role whose quote shares the most telling
 * words with the question and the thread before it, two at least, one person only.
 */
function roleAnswer(k: Knowledge, r: AskReading, words: string, fallback = false): Draft {
  const asked = tellingWords(words);
  const roles = [...(k.catalog.factsByMeasure.get("role") ?? [])];
  // A person the question names ("what's Medinsky's title") is the one asked about.
  const surname = (f: Fact) => (valueOfFact(f).split(",")[0] ?? "").split(/\s+/).at(-1) ?? "¬";
  // Named as the one asked about: "Medinsky's title", "Kuzan is analyst of", "who is Peskov".
  const about = (n: string) =>
    new RegExp(
      `\\b${n}(?:'s|’s)\\b|\\b${n}\\s+(?:is|was)\\b|\\bwho(?:'s| is| was)\\s+(?:[\\w-]+\\s+)?${n}\\b`,
      "i",
    ).test(words);
  const named = roles.filter((f) => surname(f).length > 3 && about(surname(f)));
  const scored = (new Set(named.map(surname)).size === 1 ? named : roles)
    .map((f) => {
      const own = tellingWords(`${cite(k, f).quote} ${valueOfFact(f)}`);
      let hits = 0;
      for (const w of own) if (asked.has(w)) hits++;
      // A person named in the event the question is about comes before a namesake elsewhere.
      if (r.eventId !== null && f.eventId === r.eventId) hits++;
      return { f, hits };
    })
    // Two shared words, or the only telling word the question has ("who was the ombudsman?").
    .filter((x) => x.hits >= Math.min(2, asked.size))
    .sort((a, b) => b.hits - a.hits);
  const best = scored[0];
  const person = (f: Fact) => valueOfFact(f).split(",")[0];
  if (!best || scored.some((x) => x.hits === best.hits && person(x.f) !== person(best.f)))
    return notHeld(k, r, fallback ? "a name for that" : "who that is");
  const d = blank();
  const same = scored.filter((x) => person(x.f) === person(best.f)).map((x) => x.f);
  const f = best.f;
  d.citations = same.map((x) => cite(k, x));
  d.line = `${valueOfFact(f)} (“${f.value.said}”) — ${whoSays([cite(k, f)])}`;
  const other = same.find((x) => valueOfFact(x) !== valueOfFact(f));
  if (other) {
    d.notes.push(`Also called: “${other.value.said}” (${who(cite(k, other))}).`);
    // The sources call them two things: both, in the first line.
    d.line += `; also called “${other.value.said}” — ${who(cite(k, other))}`;
  }
  return d;
}

/** A role as the store spells it: British "defence", straight apostrophes, lower case. */
const spellRole = (s: string) =>
  s
    .toLowerCase()
    .replace(/defense/g, "defence")
    .replace(/’/g, "'");

/** The role a claim gives ("Ukraine's defence minister"): its noun and its telling words. */
function roleSaid(claim: string): { said: RegExpExecArray; noun: string; words: string[] } | null {
  const said = ROLE_CLAIMED.exec(claim);
  if (!said?.[2]) return null;
  const words = (said[1] ?? "")
    .split(/\s+/)
    .filter((w) => w && !ROLE_OWNER.test(w))
    .map(spellRole);
  return { said, noun: spellRole(said[2]), words };
}

/**
 * A role said of a person the store names ("Umerov is Ukraine's foreign minister"): yes when a
 * stored role of theirs has the role's noun and its telling words; no with the stored role(s).
 */
function roleCheck(k: Knowledge, claim: string): Draft | null {
  const role = roleSaid(claim);
  if (!role) return null;
  const { noun, words } = role;
  const facts = [...(k.catalog.factsByMeasure.get("role") ?? [])].filter((f) => {
    const surname = (valueOfFact(f).split(",")[0] ?? "").split(/\s+/).at(-1) ?? "¬";
    return surname.length > 3 && surnameIn(claim, surname);
  });
  const people = new Set(facts.map((f) => valueOfFact(f).split(",")[0]));
  if (facts.length === 0 || people.size !== 1 || /\d/.test(claim)) return null;
  // The role is what the claim says of them ("Umerov is …", "Umerov, the …"), not a label.
  const surname =
    ((facts[0] as Fact) &&
      valueOfFact(facts[0] as Fact)
        .split(",")[0]
        ?.split(/\s+/)
        .at(-1)) ??
    "¬";
  if (
    !new RegExp(
      `\\b${surname}(?:'s|’s)?\\s*(?:,|is|was|as|serves as|works as|remains)\\s`,
      "i",
    ).test(claim)
  )
    return null;
  const fits = facts.filter((f) => {
    const text = spellRole(valueOfFact(f));
    return text.includes(noun) && words.every((w) => text.includes(w));
  });
  const shown = fits.length > 0 ? fits : facts;
  const d = blank();
  d.citations = shown.map((f) => cite(k, f));
  const roles = [...new Set(shown.map((f) => valueOfFact(f)))];
  d.line = `${fits.length > 0 ? "Yes" : "No"}: ${roles.join("; ")} (“${(shown[0] as Fact).value.said}”) — ${whoSays(d.citations)}`;
  return d;
}

/**
 * The stored role facts of the one person who holds the role a claim gives ("the Ukrainian
 * defence minister …": Umerov's), its noun and telling words all in the stored role; else null.
 */
function roleHeldBy(k: Knowledge, claim: string): Fact[] | null {
  const role = roleSaid(claim);
  if (!role || role.words.length === 0) return null;
  const { said, noun, words } = role;
  const side = /\bukrain/i.test(said[1] ?? "")
    ? "ukrain"
    : /\brussia/i.test(said[1] ?? "")
      ? "russia"
      : null;
  const fits = [...(k.catalog.factsByMeasure.get("role") ?? [])].filter((f) => {
    const text = spellRole(`${valueOfFact(f)} ${f.value.said ?? ""}`);
    return (
      text.includes(noun) && words.every((w) => text.includes(w)) && (!side || text.includes(side))
    );
  });
  const people = new Set(fits.map((f) => valueOfFact(f).split(",")[0]));
  return fits.length > 0 && people.size === 1 ? fits : null;
}

function sourceInQuestion(k: Knowledge, r: AskReading) {
  return k.catalog.data.sources.find((s) => s.id === r.sourceId) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Which number

function ordinalAnswer(k: Knowledge, r: AskReading): Draft {
  // "Which exchange was bigger, March or April?": two exchanges compared, not a place in a series.
  if (r.compare && r.compare.length >= 2) return compareAnswer(k, r);
  let e = eventOf(k, r);
  const d = blank();
  // "Which wave was the 303?": the wave whose figure it is, and its place in the deal (also over
  // an event found only by a word of its title, "the attack before the second wave").
  if (r.value && e?.kind !== "exchange") {
    const f = factsWithValue(k, r.value.n).find((x) => x.measure === "released");
    if (f) e = k.catalog.events.get(f.eventId) ?? e;
  }
  if (!e) return unsure(k, r, "which exchange you mean");
  // ("Which number, the 50th swap of the war?": a place in the series asked in the words of the
  // running count; the exchange's own number is that count up to it.)
  const measure =
    r.measure === "exchange-count" && e.kind !== "tally" ? "exchange-ordinal" : r.measure;
  if (measure === "exchange-ordinal" || measure === "exchanges-this-year") {
    // A deal with no number of its own takes its first numbered wave's: the number it began with.
    if (e.kind === "deal") {
      const numbered = (k.catalog.partsOf.get(e.id) ?? []).find((w) =>
        (k.catalog.factsByEvent.get(w.id) ?? []).some((f) => f.measure === measure),
      );
      const own = (k.catalog.factsByEvent.get(e.id) ?? []).some((f) => f.measure === measure);
      if (numbered && !own) e = numbered;
    }
    const facts = (k.catalog.factsByEvent.get(e.id) ?? []).filter((f) => f.measure === measure);
    if (facts.length > 0) {
      const g = byValue(facts)[0] as Fact[];
      d.citations = g.map((f) => cite(k, f));
      d.event = eventSummary(e);
      const of =
        measure === "exchanges-this-year"
          ? `of ${eventStart(e)?.slice(0, 4) ?? "the year"}`
          : "since the full-scale invasion";
      d.line =
        `The ${valueOfFact(g[0] as Fact)} exchange ${of} ${dayWords(e, null).replace(/\(.*\)/, "")} — ${whoSays(d.citations)}`.replace(
          /\s+/g,
          " ",
        );
      return d;
    }
    if (!e.partOf) return notHeld(k, r, "its number in the series");
  }
  if (measure === "first-direct-talks") {
    const talks = [...k.catalog.events.values()].find((x) => x.kind === "talks");
    const facts = talks
      ? (k.catalog.factsByEvent.get(talks.id) ?? []).filter((f) => f.measure === measure)
      : [];
    if (facts.length === 0) return notHeld(k, r, "which meeting it was");
    d.citations = facts.map((f) => cite(k, f));
    d.disputes = disputesOf(k, facts);
    d.status = "disputed";
    // One quote per reading, most sources first; every quote is below.
    const said = byValue(facts).map(
      (g) => `“${(g[0] as Fact).value.said}” (${whoSays(g.map((f) => cite(k, f)))})`,
    );
    d.line = `Disputed: ${said.join(", or ")}`;
    return d;
  }
  const deal = dealOf(k, e);
  if (deal && e.partOf === deal.id) {
    const waves = k.catalog.partsOf.get(deal.id) ?? [];
    const i = waves.indexOf(e);
    const count = (k.catalog.factsByEvent.get(deal.id) ?? []).filter(
      (f) => f.measure === "wave-count",
    );
    const own = byValue(factsFor(k, [e], "released", null, "each"))[0] ?? [];
    d.citations = [...own, ...count].map((f) => cite(k, f));
    d.event = eventSummary(e);
    d.line = `The ${ordinalText(i + 1)} wave${i === waves.length - 1 ? " (the last)" : ""} of ${waves.length}, on ${formatNewsroomDate(eventStart(e) as string)} — ${whoSays(d.citations)}`;
    // Its place is worked out from the waves' days: shown, each with a quote that dates it.
    const days = waves.map((w) => formatNewsroomDate(eventStart(w) as string));
    const dated = waves
      .map((w) => byValue(factsFor(k, [w], "released", null, "each"))[0]?.[0])
      .filter((f): f is Fact => !!f);
    d.derivation = {
      expression: `the deal's waves in order of their days: ${days.join(", ")}; ${days[i]} is the ${ordinalText(i + 1)} of ${waves.length}`,
      parts: dated.map((f) => part(k, f, k.catalog.events.get(f.eventId)?.title ?? "")),
    };
    return d;
  }
  return notHeld(k, r, "its number in the series");
}

// ---------------------------------------------------------------------------------------------
// Is this right

/**
 * A check's answer, never a yes for a claim with a count the answer did not check: "390 on May
 * 23 and 310 on May 24" is not vouched for by May 23's 390 alone.
 */
function checkAnswer(k: Knowledge, r: AskReading, words = ""): Draft {
  const includes = totalIncludes(k, r, r.claim ?? "");
  if (includes) return includes;
  // A sum that adds up ("390 on Friday and 307 on Saturday, 697 in all"): the whole is checked,
  // and if that is not a yes, its parts, each on its own day (the total is no one wave's figure,
  // and its "in all" is not both sides' figure).
  const claim = r.claim ?? "";
  // "The deal was struck on May 15?": the day it was agreed checked, never the day it began.
  if (
    (!r.value || /\b1,?000[- ]for[- ]1,?000\b/.test(claim)) &&
    r.compare === null &&
    /\b(?:agreed|struck|sealed|reached)\b(?! (?:in|at)\b)/.test(claim.toLowerCase())
  ) {
    // (A day no event has, "agreed on May 15", is still the day said.)
    const said = findDates(claim, { refDate: "2025-06-01" }).filter((m) => m.date);
    const day = r.day ?? (said.length === 1 ? (said[0]?.date ?? null) : null);
    const e = r.eventId ? (k.catalog.events.get(r.eventId) ?? null) : null;
    const agreed = agreedAnswer(k, { ...r, asked: "date", day: null }, e);
    const iso = agreed.citations
      .map((c) => k.catalog.facts.get(c.factId)?.value)
      .find((v) => v?.type === "date");
    if (agreed.status === "answered" && iso?.type === "date")
      if (day) return { ...agreed, line: `${iso.date === day ? "Yes" : "No"}: ${agreed.line}` };
    if (day && agreed.status === "disputed") return agreed;
  }
  // "230 went to Ukraine and 248 to Russia": each side's figure checked as given to that side.
  const ids = eventsOf(k, r).map((e) => e.id);
  const sides = ids.length > 0 ? sidesCheck(k, words ? tidy(words) : claim, ids) : null;
  if (sides) {
    const d = blank();
    d.citations = sides.facts.map((f) => cite(k, f));
    const f = sides.facts[0] as Fact;
    const whose = (s: Side | null) =>
      s === "ukraine"
        ? "to Ukraine"
        : s === "russia"
          ? "to Russia"
          : s === "each"
            ? "each side"
            : "";
    d.line = sides.yes
      ? `Yes: ${[...new Set(sides.facts.map((g) => `${valueOfFact(g)} ${whose(g.side)}`))].join(", ")} ${dayWords(eventOf(k, r), r.day)} — ${whoSays(d.citations)}`
      : `No: the store has ${valueOfFact(f)} ${whose(f.side)}, not the other side — ${whoSays(d.citations)}`;
    return d;
  }
  const sum = statedSum(claim);
  if (sum && !wrongSum(claim) && sum.without.trim() !== claim.trim()) {
    const whole = vouched(k, r, words, checkOnce(k, r, words));
    if (/^Yes\b/.test(whole.line)) return whole;
    const side = r.side === "total" && !sideNamed(sum.without) ? null : r.side;
    const parts = { ...r, claim: sum.without, side };
    return vouched(k, parts, words, checkOnce(k, parts, words));
  }
  return dayDisputed(k, r, eachCounted(k, r, vouched(k, r, words, checkOnce(k, r, words))));
}

/**
 * "Does the 4,750 take in the 390 of that day?": whether a running total counts one exchange's
 * figure (or an exchange named in words) is a thing no source says (a total's quote gives its
 * day, not what it counts); the two figures are never set against each other as if one checked
 * the other. Null when the claim asks no such thing.
 */
function totalIncludes(k: Knowledge, r: AskReading, claim: string): Draft | null {
  const within = TOTAL_INCLUDES.exec(claim);
  // (A day of the month read as the second figure, "the 4750 include the may 23 wave", is still
  // an exchange named, so the event reading is tried whatever the figure reading found.)
  const ofEvent = TOTAL_INCLUDES_EVENT.exec(claim);
  if (
    ofEvent?.[1] &&
    factsWithValue(k, Number(ofEvent[1].replace(/,/g, ""))).some((f) =>
      RUNNING_MEASURES.has(f.measure),
    )
  )
    return notHeld(
      k,
      { ...r, day: null, range: null, eventId: null },
      "whether that total counts that exchange",
    );
  // (Either order: "is the 307 counted in the 4,750" reads its figures the other way round.)
  const m = within ?? INCLUDED_IN_TOTAL.exec(claim);
  if (m?.[1] && m[2]) {
    const [a, b] = [m[1], m[2]].map((x) => Number(x.replace(/,/g, ""))) as [number, number];
    const isTotal = (n: number) =>
      factsWithValue(k, n).some((f) => RUNNING_MEASURES.has(f.measure));
    const isPart = (n: number) =>
      factsWithValue(k, n).some((f) => !RUNNING_MEASURES.has(f.measure));
    if ((isTotal(a) && isPart(b)) || (isTotal(b) && isPart(a)))
      return notHeld(
        k,
        { ...r, day: null, range: null, eventId: null },
        "whether that total counts that figure",
      );
  }
  return null;
}

/**
 * "The early-May swap took place on May 6 – ok?": a yes on an exchange whose day the sources
 * dispute, the claim saying one of the disputed days, is the dispute, not a plain yes.
 */
function dayDisputed(k: Knowledge, r: AskReading, d: Draft): Draft {
  if (!/^Yes\b/.test(d.line) || !r.claim || !r.eventId) return d;
  const dispute = (k.findings.byEvent.get(r.eventId) ?? []).find((x) => x.kind === "date");
  if (!dispute) return d;
  // (Only a day said of it, "took place on May 6"; "the May 6 swap" names it, and a day that
  // names the exchange is no claim of its day.)
  const claim = r.claim;
  const said = readDates(claim, { refDate: null, yearFor: archiveYears(k) })
    .filter((x) => x.date && !x.since && /\bon\s+(?:the\s+)?$/i.test(claim.slice(0, x.start)))
    .map((x) => x.date as string);
  const v = disputeView(k.catalog, dispute);
  const days = v.sides.flatMap((x) =>
    x.citations.map((c) => {
      const f = k.catalog.facts.get(c.factId);
      return f?.value.type === "date" ? f.value.date : (f?.eventDate ?? "");
    }),
  );
  if (!said.some((x) => days.includes(x))) return d;
  return sayDisputed({ ...d, citations: [...d.citations] }, v);
}

/** "The January 3, 2024 swap, the 50th of the war": a number in the series said of an exchange. */
// (Not a day of the month, "the 23rd", nor a number within a year, "the 5th of 2025": only a
// number said with the war's series, or one past any day of a month.)
const SERIES_SAID =
  /\bthe (\d{1,3})(?:st|nd|rd|th)\b(?=\s+(?:(?:prisoner\s+)?(?:exchange|swap)\b(?!\s+(?:of|in|this)\s+(?:(?:19|20)\d\d|the year|this year)\b)|of the (?:war|invasion|conflict)\b|since\b))|\bthe (3[2-9]|[4-9]\d|\d{3})(?:st|nd|rd|th)\b(?!\s+(?:of|in)\s+(?:(?:19|20)\d\d|the year|this year)\b)/i;

/**
 * The number in the war's series said of an exchange, put against the one the sources give it
 * (a deal's, that of its first numbered wave): yes or no; null when the store numbers it not.
 */
function seriesSaid(k: Knowledge, r: AskReading): Draft | null {
  const m = r.claim ? SERIES_SAID.exec(r.claim) : null;
  const e = r.eventId ? k.catalog.events.get(r.eventId) : undefined;
  const said = m?.[1] ?? m?.[2];
  if (!m || !said || !e) return null;
  const numbered = (x: Event) =>
    (k.catalog.factsByEvent.get(x.id) ?? []).filter((f) => f.measure === "exchange-ordinal");
  const own = numbered(e);
  const facts =
    own.length > 0
      ? own
      : e.kind === "deal"
        ? ((k.catalog.partsOf.get(e.id) ?? []).map(numbered).find((x) => x.length > 0) ?? [])
        : [];
  if (facts.length === 0) return null;
  const n = Number(said);
  const d = blank();
  const right = facts.filter((f) => nOf(f) === n);
  d.citations = (right.length > 0 ? right : facts).map((f) => cite(k, f));
  const held = valueOfFact(facts[0] as Fact);
  // "Was the 49th swap the one in May 2025?": the number found its exchange, but the month said
  // is another one's; a no, with the day the numbered exchange was.
  const start = eventStart(e) ?? "";
  const months = [
    ...(r.claim ?? "").matchAll(
      /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)\b/gi,
    ),
  ].map((x) => `${x[2]}-${String(monthNumber(x[1] as string)).padStart(2, "0")}`);
  if (right.length > 0 && start && months.length > 0 && !months.includes(start.slice(0, 7)))
    return {
      ...d,
      line: `No: the ${valueOfFact(right[0] as Fact)} exchange was on ${formatNewsroomDate(start)}, not in ${months.map((x) => formatMonthYear(x)).join(" or ")} — ${whoSays(d.citations)}`,
    };
  d.line =
    right.length > 0
      ? `Yes: the ${valueOfFact(right[0] as Fact)} exchange since the full-scale invasion${start ? `, on ${formatNewsroomDate(start)}` : ""} — ${whoSays(d.citations)}`
      : `No: the sources number it the ${held}, not the ${m[0].replace(/^the /i, "")} — ${whoSays(d.citations)}`;
  return d;
}

/** "250 drones and 14 cruise missiles": two figures, each of its own thing, joined by "and". */
const TWO_COUNTED =
  /\b(?:some |about |around |over |nearly )?(\d[\d,]*(?:\s+[a-z][a-z-]*){1,3}?)\s+and\s+(?:some |about |around |over |nearly )?(\d[\d,]*(?:\s+[a-z][a-z-]*){1,3}?)(?=\s+(?:overnight|on|in|at|during|that|this|last|over|were|was|are|is|have|had|got)\b|\s*[,.;:!?"'”’]|\s*$)/i;

/**
 * A yes that rests on one of two things counted in one claim ("launched 250 drones and 14
 * cruise missiles") has not checked the other: each is checked as its own claim, and the first
 * that the store contradicts ("14 ballistic missiles, not cruise") is the answer.
 */
function eachCounted(k: Knowledge, r: AskReading, d: Draft): Draft {
  if (!/^Yes\b/.test(d.line) || !r.claim) return d;
  const m = TWO_COUNTED.exec(r.claim);
  if (!m?.[1] || !m[2]) return d;
  // (A yes that already states both figures checked both.)
  const said = numbersIn(d.line);
  if (
    [m[1], m[2]].every((x) =>
      said.includes(Number((/^[\d,]+/.exec(x)?.[0] ?? "").replace(/,/g, ""))),
    )
  )
    return d;
  const nouns = [m[1], m[2]].map((x) => x.replace(/^[\d,]+\s+/, ""));
  if (nouns[0] === nouns[1]) return d;
  for (const part of [m[1], m[2]]) {
    const claim = r.claim.replace(m[0], part);
    const n = Number((/^[\d,]+/.exec(part)?.[0] ?? "").replace(/,/g, ""));
    const one = checkOnce(k, { ...r, claim, value: { n, text: String(n) } });
    // (Only a no that has the same figure, said of something else: a no that puts another
    // figure against one part of a split is that split misread, not a contradiction.)
    const head = (one.line.split(" — ")[0] ?? "").replace(/\([^)]*\)/g, " ");
    if (/^No\b/.test(one.line) && numbersIn(head).includes(n)) return one;
  }
  return d;
}

/**
 * A check's yes only when every count of the claim is one the answer vouches for, and every
 * place in a series it says ("the sixth exchange of 2025") one the fact-check could check.
 */
function vouched(k: Knowledge, r: AskReading, words: string, d: Draft): Draft {
  return placeOpen(k, r.claim ?? "", countsVouched(k, r, words, d));
}

function countsVouched(k: Knowledge, r: AskReading, words: string, d: Draft): Draft {
  if (!/^Yes\b/.test(d.line)) return d;
  // "248 went to Ukraine and 230 to Russia": a figure given the side the store gives the other.
  const ids = [...new Set(d.citations.map((c) => k.catalog.facts.get(c.factId)?.eventId ?? ""))];
  const swapped = swappedSide(k, words ? tidy(words) : (r.claim ?? ""), ids);
  if (swapped) {
    const c = cite(k, swapped.fact);
    return {
      ...d,
      citations: [...d.citations, c],
      line: `No: the store has ${valueOfFact(swapped.fact)} for ${swapped.stored === "ukraine" ? "Ukraine" : "Russia"}, not ${swapped.said === "ukraine" ? "Ukraine" : "Russia"} — ${who(c)}`,
    };
  }
  // "Was the 49th exchange on January 4, 2024?": a day the claim says that is not the day of the
  // events the yes rests on (each one day) is a no, the right day shown.
  const events = [
    ...new Set(d.citations.map((c) => k.catalog.facts.get(c.factId)?.eventId ?? "")),
  ].map((id) => k.catalog.events.get(id));
  const days = readDates(words ? tidy(words) : (r.claim ?? ""), {
    refDate: null,
    yearFor: archiveYears(k),
  })
    .filter((x) => x.date && !x.since)
    .map((x) => x.date as string);
  if (
    days.length === 1 &&
    events.length > 0 &&
    events.every((e) => e && eventStart(e) && eventStart(e) === eventEnd(e)) &&
    !events.some((e) => e && eventStart(e) === days[0])
  ) {
    const on = events.map((e) => formatNewsroomDate(eventStart(e as Event) as string));
    return {
      ...d,
      line: `No: ${d.line.replace(/^Yes:\s*/, "")} — on ${[...new Set(on)].join(", ")}, not ${formatNewsroomDate(days[0] as string)}`,
    };
  }
  // "Over 200" fits 250, but a source gives exactly 205 for the same thing: no yes on a bound.
  const facts = d.citations
    .map((c) => k.catalog.facts.get(c.factId))
    .filter((f): f is Fact => f !== undefined);
  const n = r.value?.n;
  if (
    n !== undefined &&
    facts.length > 0 &&
    facts.every(
      (f) => f.value.type === "number" && f.value.qualifier !== "exact" && f.value.n !== n,
    )
  ) {
    const exact = facts.flatMap((f) =>
      (k.catalog.factsByEvent.get(f.eventId ?? "") ?? []).filter(
        (g) =>
          g.measure === f.measure &&
          g.value.type === "number" &&
          g.value.qualifier === "exact" &&
          g.value.n !== n &&
          (g.side === f.side || g.side === "each" || f.side === "each"),
      ),
    );
    if (exact.length > 0) {
      const g = exact[0] as Fact;
      return {
        ...d,
        status: "disputed",
        citations: [...d.citations, cite(k, g)],
        line: `Not settled: ${r.value?.text} fits ${facts.map((f) => `“${f.value.type === "number" ? f.value.said : ""}” (${who(cite(k, f))})`).join(", ")}, but ${who(cite(k, g))} gives exactly ${valueOfFact(g)}`,
      };
    }
  }
  // What the answer vouches for: its line, its quotes, and every figure stored for its events.
  const said = new Set([...numbersIn(d.line), ...smallCounts(d.line)]);
  for (const c of d.citations) {
    for (const n of [...numbersIn(c.quote), ...smallCounts(c.quote)]) said.add(n);
    const f = k.catalog.facts.get(c.factId);
    for (const g of f?.eventId ? (k.catalog.factsByEvent.get(f.eventId) ?? []) : [])
      if (g.value.type === "number") said.add(g.value.n);
  }
  const text = words ? tidy(words) : (r.claim ?? "");
  if (countsOpen(text, (n) => said.has(n)).length === 0) return d;
  // A figure said with its own day ("307 on May 24"), a figure stored for that day's exchange.
  for (const m of text.matchAll(
    /(\d{1,3}(?:,\d{3})+|\d+)\b([^\d]{0,40}?\bon\s+[^,;.]*?\d{1,2}\b)/g,
  )) {
    const day = readDates(m[2] ?? "", { refDate: null, yearFor: archiveYears(k) })[0]?.date;
    const n = Number((m[1] ?? "").replace(/,/g, ""));
    const there = (k.catalog.eventsByDay.get(day ?? "") ?? []).flatMap(
      (e) => k.catalog.factsByEvent.get(e.id) ?? [],
    );
    if (there.some((f) => f.value.type === "number" && f.value.n === n && !f.planned)) said.add(n);
  }
  // A figure the fact-check ties to its own day and finds stored ("307 on May 24") is vouched
  // for too: the sentence read figure by figure.
  for (const c of factcheck(k, r.claim ?? "").claims)
    if (c.verdict === "supported") for (const n of numbersIn(c.read)) said.add(n);
  const open = countsOpen(text, (n) => said.has(n));
  if (open.length === 0) return d;
  return {
    ...d,
    status: "unsure",
    line: `Only in part: ${d.line.replace(/^Yes:\s*/, "")}; nothing that settles ${open.map(formatNumber).join(", ")}`,
  };
}

/** "697 vs 390 + 307": a figure set against parts added up (two or more). */
const FIGURE_AGAINST_SUM =
  /(\d{1,3}(?:,\d{3})+|\d{2,})\b[^?+=]{0,40}?\s(?:vs\.?|versus|against|compared (?:to|with))\s+((?:\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:\+|plus)\s*(?:\d{1,3}(?:,\d{3})+|\d+))+)\b/i;
/** "The 4,750 already includes the 390": a total said to take in another figure. */
const TOTAL_INCLUDES =
  /\b(\d{1,3}(?:,\d{3})+|\d{3,})\b[^?.;]{0,30}?\b(?:already\s+)?(?:includ\w*|count\w* in|cover\w*|take\w* in|contain\w*)\s+(?:the\s+|those\s+|that\s+)?(?:[\p{L}'’ ]{0,20}?\s)?(\d{1,3}(?:,\d{3})+|\d{2,})\b/iu;
/** "Caption says Putin proposed it", "caption needs it": the caption as where the copy goes. */
const CAPTION_DESK =
  /\bcaption(?:'s|s)?\s+(?:says|reads|has|calls|needs|wants|writer|desk)\b|\b(?:for|in|on) (?:the|our|my) caption\b/i;
/** "Is Saturday's 307 counted in the 4,750?": the same asked the other way round (part, then total). */
const INCLUDED_IN_TOTAL =
  /\b(\d{1,3}(?:,\d{3})+|\d{2,})\b[^?.;]{0,30}?\b(?:counted|included|taken|reckoned)\s+in(?:to)?\s+(?:the\s+|that\s+)?(?:[\p{L}'’ ]{0,20}?\s)?(\d{1,3}(?:,\d{3})+|\d{3,})\b/iu;
/** "Does the 4,750 include the first day of the big swap?": a running total and an exchange (or a day of it) it may count. */
const TOTAL_INCLUDES_EVENT =
  /\b(\d{1,3}(?:,\d{3})+|\d{3,})\b[^?.;]{0,30}?\b(?:already\s+)?(?:includ\w*|count\w* in|cover\w*|take\w* in|contain\w*)\s+[^?.;]{0,40}?\b(?:day|days|wave|leg|stage|round|swap|swaps|exchange|exchanges|batch|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b/i;
/** "The second day of the swap", "wave 3 of": a wave of a deal named by its place in it. */
const WAVE_ORDINAL =
  /\b(?:first|second|third|last|final|opening|closing) (?:day|wave|leg|round|stage) of\b/i;
/** A day written out ("May 25", "25 May", "May 25, 2025"): taken out to read what else is said. */
const DAY_SAID =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:may|april|march|june)\b/gi;

/** The figures a line states, as numbers ("1,000", "390"). */
function numbersIn(line: string): number[] {
  return [...line.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)].map((m) => Number(m[0].replace(/,/g, "")));
}

function checkOnce(k: Knowledge, r: AskReading, words = ""): Draft {
  const claim = r.claim ?? "";
  const lower = claim.toLowerCase();
  const d = blank();
  // "270 soldiers plus 120 civilians = 400": the asker's own sum is checked first; a total that
  // is not its parts added up is a no, whatever the store holds for each part (then shown).
  // A sum that adds up ("390 on Friday and 307 on Saturday, 697 in all"): its parts are what is
  // checked, each on its own day; the total is not one wave's figure.
  const badSum = wrongSum(claim);
  if (badSum) {
    const sum = badSum.parts.reduce((a, b) => a + b, 0);
    const parts = checkAnswer(k, { ...r, claim: badSum.without }, words);
    const held = parts.status === "answered" || parts.status === "disputed";
    return {
      ...(held ? parts : blank()),
      status: "answered",
      choices: [],
      line: `No: ${badSum.parts.map(formatNumber).join(" + ")} makes ${formatNumber(sum)}, not ${badSum.totalText}${held ? `. The parts: ${parts.line}` : ""}`,
    };
  }
  // "The 697 vs 390 + 307 — does it match?": a figure put against a sum is the arithmetic first;
  // a yes only when the figure and every part are figures the store holds.
  const against = FIGURE_AGAINST_SUM.exec(claim);
  if (against?.[1] && against[2]) {
    const whole = Number(against[1].replace(/,/g, ""));
    const parts = against[2].split(/\s*(?:\+|plus)\s*/i).map((p) => Number(p.replace(/,/g, "")));
    const sum = parts.reduce((a, b) => a + b, 0);
    const held = [whole, ...parts].map((n) => factsWithValue(k, n));
    const worked = `${parts.map(formatNumber).join(" + ")} makes ${formatNumber(sum)}`;
    if (sum !== whole) return { ...d, line: `No: ${worked}, not ${against[1]}` };
    if (held.every((fs) => fs.length > 0)) {
      d.citations = held.map((fs) => cite(k, fs[0] as Fact));
      d.line = `Yes: ${worked}, the store's ${against[1]} — ${whoSays(d.citations)}`;
      return d;
    }
  }
  // "The 'laborious process' line was Rubio's": who said the words, against the name given.
  if (r.quote) {
    const said = quoteSpeaker(k, r, r.quote);
    if (said.status === "answered") {
      // (The whole question: "pull quote to Zelensky: '…'" names him outside the claim read.)
      const rest = `${claim} ${words ? tidy(words) : ""}`.split(r.quote).join(" ");
      // The speakers only, before the words quoted: not a name in the quote or the outlet's title.
      const speakers = said.line.split(" (“")[0] ?? "";
      const named = peopleNamed(k).filter((p) => surnameIn(rest, p.surname));
      // No person of the store named ("the Kremlin's line?"): who said it, and no verdict.
      if (named.length === 0) return said;
      const yes = named.some((p) => surnameIn(speakers, p.surname));
      return { ...said, line: `${yes ? "Yes" : "No"}: ${said.line}` };
    }
    // Words said to be a person's that no source holds: who said them is not settled, and what
    // they say is not the question (never a yes for words nobody is known to have said).
    if (saidQuoted(k, claim)) return said;
  }
  // "Did Russia agree to the all-for-all proposal?": no, where a source says it refused that.
  const refused = refusalCheck(k, claim, blank, outletName);
  if (refused) return refused;
  // "It was Smith who announced the deal": the name put against the one the store gives.
  const cleft = CLEFT_NAME.exec(claim);
  if (cleft?.[1] && cleft[2]) {
    const q = `who ${cleft[2]}?`;
    const named = nameAnswer(k, readQuestion(k, q), q);
    if (named.status === "answered" && named.citations.length > 0) {
      const yes = namesIn(cleft[1]).some((w) => new RegExp(`\\b${w}\\b`, "i").test(named.line));
      return { ...named, line: `${yes ? "Yes" : "No"}: ${named.line}` };
    }
  }
  // "Does the same source give how many POWs Russia holds?": that source's figure, or none.
  if (SOURCE_GIVES.test(claim) || SOURCE_GIVES.test(`does ${claim}`)) {
    const gives = sourceGives(k, r);
    if (gives) return gives;
  }

  // "Ukraine got back 277 including the wounded": the figure against the main one plus the wounded.
  if (r.withWounded && r.value) {
    const sum = withWoundedSum(k, { ...r, asked: "figure" }, eventsOf(k, r));
    if (sum && Number.isFinite(sum.n)) {
      const yes = sum.n === r.value.n;
      return { ...sum.draft, line: `${yes ? "Yes" : "No"}: ${sum.draft.line}` };
    }
  }
  // "Did the swap run over four days": a length checked against the stored one.
  // (The figure said is the days': "over four days", not "nearly 2,000 … over three days".)
  const daysSaid =
    r.value !== null &&
    new RegExp(
      `(?:^|[^\\d,])${r.value.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*-?\\s*(?:full\\s+)?days?\\b`,
      "i",
    ).test(lower);
  if (daysSaid && r.value && /\brun|\blast|\btake|\bover\b/.test(lower)) {
    const facts = [...(k.catalog.factsByMeasure.get("duration-days") ?? [])];
    const g = byValue(facts)[0];
    if (g) {
      const f = g[0] as Fact;
      const yes = nOf(f) === r.value.n;
      d.citations = g.map((x) => cite(k, x));
      d.line =
        `${yes ? "Yes" : "No"}: ${valueOfFact(f)} days, not ${yes ? "otherwise" : r.value.text} — ${whoSays(d.citations)}`.replace(
          ", not otherwise",
          "",
        );
      return d;
    }
  }
  // "Were the May 23 returnees all POWs?": what the sources say the wave was made of.
  if (COMPOSITION_ASKED.test(lower) && r.eventId) {
    // Never a yes by the day alone: with no breakdown stored, the store cannot say.
    return compositionAnswer(k, r.eventId) ?? notHeld(k, r, "who was among them");
  }
  // "Did it kick off on a Friday": the weekday of the stored day.
  // "The swap began on Thursday, May 22": the swap named, its day checked, though another event
  // (a meeting) has that day.
  const onDay = r.eventId ? k.catalog.events.get(r.eventId) : undefined;
  const deal = k.catalog.deals[0];
  if (
    r.day &&
    deal &&
    onDay &&
    onDay.kind !== "exchange" &&
    onDay.kind !== "deal" &&
    // ("Exchange started Thursday": the article may be dropped, as a caption drops it; but a
    // claim that also names the other event's kind is about that event.)
    /\b(?:the )?(?:swap|exchange|deal|prisoner (?:swap|exchange))\b/.test(lower) &&
    !/\b(?:meeting|talks|negotiations|call|summit)\b/.test(lower) &&
    // ("The day before the swap, a meeting": the day is counted from the swap, not said of it.)
    !OFFSET_DAYS.some(([re]) => re.test(lower))
  )
    r = { ...r, eventId: deal.id };
  const wd = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(lower);
  // A weekday said alone ("did it kick off on a Friday"); with a date, the date is checked.
  const dateSaid = /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(lower.replace(wd?.[0] ?? "", ""));
  // (Only a claim of the day it happened: "still to come after Saturday" says no weekday of it.)
  const ofDay =
    !!wd &&
    (new RegExp(`\\b(?:on|was|a|that)\\s+(?:a\\s+)?${wd[1]}\\b`, "i").test(lower) ||
      /\b(?:began|begin|begins|start\w*|kick\w* off|opened|end\w*|wrap\w* up|finish\w*|conclude\w*|closed|held|took place|happened)\b/.test(
        lower,
      ));
  if (wd && ofDay && !r.value && r.day && !dateSaid) {
    // "Did it kick off on a Saturday": the day it began (or ended) is checked, not the day the
    // weekday names, which would always say yes.
    const ev = k.catalog.events.get(r.eventId ?? "");
    const whole = ev?.kind === "deal" ? ev : ev?.partOf ? k.catalog.events.get(ev.partOf) : null;
    const waves = whole ? (k.catalog.partsOf.get(whole.id) ?? []) : [];
    const began = /\b(?:began|begin|begins|start|started|starts|kick(?:ed|s)? off|opened)\b/.test(
      lower,
    );
    const ended =
      /\b(?:end|ended|ends|wrap(?:ped|s)? up|finish(?:ed|es)?|conclude[ds]?|closed)\b/.test(lower);
    const edge = began ? waves[0] : ended ? waves.at(-1) : undefined;
    const iso = edge ? (eventStart(edge) as string) : r.day;
    const dated = (k.catalog.factsByEvent.get(edge?.id ?? r.eventId ?? "") ?? []).filter(
      (f) => f.eventDate === iso,
    );
    const actual = weekdayOf(iso);
    const yes = actual.toLowerCase() === (wd[1] as string).toLowerCase();
    d.citations = dated.map((f) => cite(k, f));
    if (d.citations.length === 0) return notHeld(k, r, "a day for it");
    d.line = `${yes ? "Yes" : "No"}: it ${ended && !began ? "ended" : "began"} on ${formatNewsroomDate(iso)}, a ${actual} — ${whoSays(d.citations)}`;
    return d;
  }
  // "Did Trump broker the talks", "Putin led Russia's delegation": a name put against the stored ones.
  const nameMeasure = /\bbroker|\bmediat|\bchair/.test(lower)
    ? "mediator"
    : /\b(?:propos|arrang)\w*\b[^.?]{0,30}\b(?:talks|meeting|negotiations)\b|\b(?:talks|meeting|negotiations)\b[^.?]{0,30}\b(?:propos|arrang)\w*/.test(
          lower.replace(
            /\b(?:ceasefire|cease-fire|truce|peace|prisoner|swap|exchange)\s+(?:proposal|plan)s?\b/g,
            " ",
          ),
        )
      ? "initiator"
      : (NAME_MEASURES.find(
          ([re, m]) =>
            (m === "delegation-head" || m === "overseen-by" || m === "venue") && re.test(lower),
        )?.[1] ?? null);
  // "Were the freed Russians taken to Belarus", "was it agreed in Ankara": a place put against the stored one.
  // ("Caption says …", "caption needs it": where the copy goes, a photograph only when nothing
  // else of the claim is read as a place or a name.)
  const place = /\b(?:photo|photograph|picture|pictured)\b/.test(lower)
    ? "pictured-in"
    : /\b(?:taken|transferred|sent|moved|flown|went|gone|go|brought|bussed|driven) (?:first )?to\b(?! (?:ukraine|russia|kyiv|moscow)\b)/.test(
          lower,
        )
      ? "taken-to"
      : /\bagreed (?:in|at)\b(?! (?:the )?(?:talks|meeting|negotiations)\b)|\bagreed at (?:the )?(?:talks|meeting|negotiations) in\b/.test(
            lower,
          )
        ? "agreed-in"
        : /\bcaption\b/.test(lower) && !nameMeasure && !CAPTION_DESK.test(lower)
          ? "pictured-in"
          : null;
  // "Was the truce agreed in Ankara?": the store holds where the swap was agreed; a ceasefire
  // (or any other thing) agreed there is not that, whatever the place.
  if (
    place === "agreed-in" &&
    /\b(?:cease-?fire|truce|peace (?:deal|plan|agreement)|armistice)\b/.test(lower) &&
    !/\b(?:swap|exchange|prisoners?)\b/.test(lower)
  )
    return notHeld(
      k,
      { ...r, day: null, range: null, eventId: null, edge: null },
      "whether a ceasefire was agreed there, only where the prisoner swap was",
    );
  if (place) {
    const named = nameAnswer(k, { ...r, asked: "name", nameOf: "measure", measure: place });
    const f = named.citations[0] ? k.catalog.facts.get(named.citations[0].factId) : undefined;
    if (named.status === "answered" && f && f.value.type === "text") {
      const key = f.value.key;
      const yes = lower.includes((key.split(",")[0] ?? key).toLowerCase());
      const e = k.catalog.events.get(f.eventId);
      const what =
        place === "taken-to"
          ? `${sideWords(f.side)} were taken to ${key}`
          : place === "pictured-in"
            ? `the photograph was taken in ${key}`
            : `${e?.title.replace(/^The /, "the ") ?? "it"} was agreed in ${key}`;
      return {
        ...named,
        line: `${yes ? "Yes" : "No"}: ${what} (“${f.value.said}”) — ${whoSays(named.citations)}`,
      };
    }
  }
  // "Was the swap the only concrete result of the talks": what the sources say the talks produced.
  if (ONLY_OUTCOME.test(lower)) {
    const facts = [...(k.catalog.factsByMeasure.get("outcome") ?? [])];
    const g = byValue(facts)[0];
    const e = g?.[0] ? k.catalog.events.get(g[0].eventId) : undefined;
    if (g && e && byValue(facts).length === 1) {
      d.citations = g.map((f) => cite(k, f));
      d.event = eventSummary(e);
      d.line = `Yes: ${valueOfFact(g[0] as Fact).replace(/, the only/, " was the only")} of ${e.title.replace(/^The /, "the ")} (“${(g[0] as Fact).value.said}”) — ${whoSays(d.citations)}`;
      return d;
    }
  }
  if (nameMeasure) {
    const named = nameAnswer(k, { ...r, asked: "name", nameOf: "measure", measure: nameMeasure });
    // The name checked is one side's: yes by that side's sources, the other beside it.
    if (named.status === "disputed")
      return nameSideCheck(k, named, claim, whoSays, SOURCED_ASKED.test(words)) ?? named;
    // Nothing stored to put the name against: neither yes nor no.
    if (named.status !== "answered") return named;
    // The stored name's own words ("Medinsky", "UAE"), not the words around it in the quote.
    const yes = named.citations.some((c) => {
      const f = k.catalog.facts.get(c.factId);
      const key = f?.value.type === "text" ? (f.value.key.split(",")[0] ?? "") : "";
      const names = (key.match(/\p{Lu}[\p{L}-]{2,}/gu) ?? []).map((w) => w.toLowerCase());
      return (
        lower.includes(c.said.toLowerCase().split(" ")[0] ?? "¬") ||
        names.some((w) => new RegExp(`\\b${w}\\b`).test(lower))
      );
    });
    // "Was Medinsky the head of Ukraine's delegation?": the name is right, the side is not.
    const claimSide = sideNamed(claim);
    const sides = named.citations.map((c) => k.catalog.facts.get(c.factId)?.side ?? null);
    const otherSide =
      (claimSide === "ukraine" || claimSide === "russia") &&
      sides.length > 0 &&
      sides.every((x) => (x === "ukraine" || x === "russia") && x !== claimSide);
    // "Umerov led Ukraine's delegation": the store names only Russia's; it cannot settle Ukraine's.
    if (otherSide && !yes)
      return notHeld(
        k,
        { ...r, side: claimSide },
        `who it was on ${claimSide === "ukraine" ? "Ukraine's" : "Russia's"} side`,
      );
    return { ...named, line: `${yes && !otherSide ? "Yes" : "No"}: ${named.line}` };
  }
  // "Umerov is Ukraine's foreign minister": the role put against the ones the store gives them.
  const role = roleCheck(k, claim);
  if (role) return role;
  // A person no source names ("Smith is running the swap"): the store cannot say yes to it.
  const stranger = strangerIn(k, claim);
  // "The Ukrainian defence minister Smith is running the swap": the role is someone else's.
  const held = stranger ? roleHeldBy(k, claim) : null;
  if (stranger && held) {
    const d = blank();
    d.citations = held.map((f) => cite(k, f));
    d.line = `No: ${valueOfFact(held[0] as Fact)}, not ${stranger} (“${(held[0] as Fact).value.said}”) — ${whoSays(d.citations)}`;
    return d;
  }
  if (stranger) {
    const none = notHeld(k, r, "what you asked");
    none.line = `The store does not hold anything on ${stranger}: no source in it names them, so it cannot settle this.`;
    return none;
  }
  // "Is the 4,552 figure right?": the stored figure of that value, and any dispute about it.
  if (
    r.value &&
    /^\s*(?:the\s+)?(?:figure\s+(?:of\s+)?)?[\d,.]+(?:\s+(?:figure|number|total|count))?\s*$/i.test(
      claim.replace(/\b(?:right|correct|accurate|true)\b/gi, "").trim(),
    )
  ) {
    const facts = factsWithValue(k, r.value.n);
    if (facts.length === 0) return notHeld(k, r, `a figure of ${r.value.text}`);
    d.citations = facts.map((f) => cite(k, f));
    d.disputes = disputesOf(k, facts);
    const label = figures(k.catalog, facts, k.findings.byFact)[0]?.label.toLowerCase() ?? "";
    if (d.disputes.length > 0) return sayDisputed(d, d.disputes[0] as DisputeView);
    d.line = `Yes: ${r.value.text} is the store's figure for ${label} — ${whoSays(d.citations)}`;
    return d;
  }
  // "Copy calls Trump 'former U.S. President'", "the first face-to-face meeting since the
  // invasion, is that right?": words the sources disagree on, said as the disagreement.
  if (!/\d/.test(lower.replace(/\b(?:19|20)\d\d\b/g, ""))) {
    const said = wordsDisputed(k, claim);
    if (said) return said;
  }
  // "Did Putin attend Istanbul": a stored quote that says whether that person went.
  if (ATTENDED.test(claim)) {
    const went = attendanceCheck(k, claim);
    if (went) return went;
  }
  // "Can we call it the biggest swap of the war": its size against every exchange the store
  // holds. "The biggest swap" is also the deal's name, so an exchange dated in the claim comes first.
  if (
    /\b(?:biggest|largest)\b/.test(lower) &&
    !/\b(?:biggest|largest) (?:wave|day|leg|stage|batch|round)\b/.test(lower) &&
    !r.compare
  ) {
    // ("The April swap the largest since 2022?": the exchange the words name without the
    // superlative, which is also the deal's name.)
    const unnamed = readQuestion(
      k,
      claim.replace(/\b(?:the\s+)?(?:biggest|largest)\b[^,.?;]*/i, " "),
    ).eventId;
    const dated =
      listedEvents(k, claim)[0] ?? (r.day ? exchangeOn(k, r.day) : null) ?? unnamed ?? r.eventId;
    const big = dated ? biggestCheck(k, dated, `${claim} ${words}`) : null;
    if (big) return big;
  }
  // "'More than 4,750 freed since 2022' — right?": a running total the copy gives no day for is
  // the latest one (the fact-check, with no day, would set it against every older total).
  if (
    r.value &&
    r.running &&
    r.measure &&
    RUNNING_MEASURES.has(r.measure) &&
    !r.day &&
    !r.range &&
    !r.eventId &&
    r.derive === null
  ) {
    const run = runningAnswer(k, r, r.measure);
    // "Moscow has brought home 6,000 of its own": the stored totals are Ukraine's; the copy's
    // side has none, so neither Ukraine's figures nor a yes or no settles it. (Copy giving
    // Ukraine's own figure as Russia's is still told no, below.)
    const held = (k.catalog.factsByMeasure.get(r.measure) ?? []).map((f) => nOf(f));
    if (
      run.status === "not-held" &&
      (r.side === "russia" || r.side === "total") &&
      !held.includes(r.value.n)
    )
      return run;
    const ns = run.citations.map((c) => nOf(k.catalog.facts.get(c.factId) as Fact));
    if (run.status === "disputed" && ns.includes(r.value.n)) return run;
    if (run.status === "answered" && ns.length > 0)
      return { ...run, line: `${ns.includes(r.value.n) ? "Yes" : "No"}: ${run.line}` };
  }
  // Otherwise the statement goes through the fact-check, as a draft's sentence would.
  // "Was May 25 the second day of the swap?": the wave the ordinal names, read without the day,
  // against the wave of the day said; the day alone would always say yes.
  if (!r.value && r.eventId && r.day && r.compare === null && WAVE_ORDINAL.test(claim)) {
    const named = readQuestion(k, claim.replace(DAY_SAID, " ")).eventId;
    const said = k.catalog.events.get(r.eventId);
    const wave = named ? k.catalog.events.get(named) : undefined;
    if (wave?.partOf && said && said.id !== wave.id) {
      const dated = dateAnswer(k, { ...r, asked: "date", day: null, eventId: wave.id });
      if (dated.status === "answered")
        return {
          ...dated,
          line: `No: ${dated.line.replace(/ — /, `, not ${formatNewsroomDate(r.day)} — `)}`,
        };
    }
  }
  // A day and an event: "was the early-May swap on the 6th?"
  if (!r.value && r.eventId && r.day && r.compare === null && onlyWhenSaid(k, claim, r.eventId)) {
    const dated = dateAnswer(k, { ...r, asked: "date", day: null });
    if (dated.status === "disputed") return dated;
    if (dated.status === "answered") {
      const yes = datesDay(
        k,
        dated.citations,
        r.day,
        eventStart(k.catalog.events.get(r.eventId) as Event),
      );
      return { ...dated, line: `${yes ? "Yes" : "No"}: ${dated.line}` };
    }
  }
  // "Trump called Putin on May 20, right?": the day said, against the day the store has for the event.
  if (!r.value && r.eventId && !r.day && r.compare === null && onlyWhenSaid(k, claim, r.eventId)) {
    const said = readDates(claim, { refDate: null, yearFor: archiveYears(k) }).filter(
      (x) => (x.date !== null || x.monthDay !== null) && !x.since,
    );
    const one = said.length === 1 ? said[0] : undefined;
    const e = k.catalog.events.get(r.eventId);
    const start = e ? eventStart(e) : null;
    // A day with no year takes the event's own year: the archive's reading of "May 19".
    const day =
      one?.date ?? (one?.monthDay && start ? `${start.slice(0, 4)}-${one.monthDay}` : null);
    if (day && e && e.kind !== "deal") {
      const dated = dateAnswer(k, { ...r, asked: "date", day: null });
      if (dated.status === "answered" && dated.citations.length > 0) {
        const yes = datesDay(k, dated.citations, day, start);
        return { ...dated, line: `${yes ? "Yes" : "No"}: ${dated.line}` };
      }
    }
    // "Set up in March 2022": a month said, against the day or month the store has for it.
    const months = readDates(claim, { refDate: null, yearFor: archiveYears(k) }).filter(
      (x) => !x.date && x.range && !x.since,
    );
    const month = months.length === 1 ? months[0]?.range : undefined;
    if (!day && month && e && e.kind !== "deal") {
      const dated = dateAnswer(k, { ...r, asked: "date", day: null });
      if (dated.status === "answered" && dated.citations.length > 0) {
        const yes = dated.citations.some((c) => {
          const f = k.catalog.facts.get(c.factId);
          // A stored month ("March 2022", said as text) or day within the month said.
          const text =
            f?.value.type === "text"
              ? readDates(f.value.key, { refDate: null, yearFor: archiveYears(k) })[0]
              : undefined;
          const on =
            f?.value.type === "date"
              ? f.value.date
              : (text?.date ?? text?.range?.from ?? f?.eventDate ?? start);
          return !!on && on.slice(0, 7) >= month.from.slice(0, 7) && on <= month.to;
        });
        return { ...dated, line: `${yes ? "Yes" : "No"}: ${dated.line}` };
      }
    }
  }
  if (r.compare) return compareAnswer(k, r);
  // "… on Friday": the day the reading fixed, written out, so every figure of the sentence is
  // checked on it (the fact-check dates an undated weekday for the first figure only).
  const dated =
    r.day && !readDates(claim, { refDate: null, yearFor: archiveYears(k) }).some((x) => x.date)
      ? claim.replace(
          /\b(?:on |last )?(?:the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
          `on ${formatNewsroomDate(r.day)}`,
        )
      : claim;
  const all = factcheck(k, dated).claims;
  const checked = all.filter((c) => c.verdict !== "unverified");
  const figuresChecked = checked.filter((c) => c.kind !== "day");
  // "270 servicemen + 120 civilians": a split the fact-check could not tie down, part by part.
  const split =
    figuresChecked.length === 0
      ? splitCheck(k, r, all, {
          figure: (x) => figureAnswer(k, x),
          said: whoSays,
          dayOpen: (cs) => dayUnchecked(k, r, claim, cs),
        })
      : null;
  if (split) return split;
  // "Is 'cruise' right?": the claim holding the word asked about is the one checked.
  const wordAsked = /['‘“]([\p{L}-]{3,})['’”]\s*(?:\?|$|\b(?:right|correct|accurate|true|ok)\b)/iu
    .exec(words)?.[1]
    ?.toLowerCase();
  const pick: ClaimCheck | undefined =
    (wordAsked
      ? figuresChecked.find((c) => c.claim.toLowerCase().includes(wordAsked))
      : undefined) ??
    figuresChecked.find((c) => c.verdict === "contradicted") ??
    figuresChecked[0] ??
    (r.value || (checked[0]?.verdict === "supported" && !onlyWhenSaid(k, claim, r.eventId))
      ? undefined
      : checked[0]);
  if (pick) {
    d.check = pick;
    d.citations = pick.citations;
    const by = pick.citations.length > 0 ? ` — ${whoSays(pick.citations)}` : "";
    // A figure of the sentence the store cannot tie down: the rest is not vouched for.
    // (People counted, not a span of days: "697 brought home in two days" is checked as the 697.)
    const open = all.filter(
      (c) =>
        c.verdict === "unverified" &&
        c.kind !== "day" &&
        c.measure !== "duration-days" &&
        c.counted !== null &&
        c.counted !== undefined,
    );
    // "Some 300 drones and 14 missiles" overnight: the figure checked ties the sentence to an
    // event; a figure left open that counts something else there is put against that event's own.
    const anchor = pick.verdict === "supported" ? pick.eventId : null;
    for (const c of anchor ? open : []) {
      const n = Number((/\d[\d,]*/.exec(c.read)?.[0] ?? "").replace(/,/g, ""));
      const there = (k.catalog.factsByEvent.get(anchor as string) ?? []).filter(
        (f) => f.measure === c.measure && f.counted === c.counted && f.value.type === "number",
      );
      const f = there[0];
      if (!f || !Number.isFinite(n) || n === 0 || there.some((x) => nOf(x) === n)) continue;
      const e = k.catalog.events.get(anchor as string);
      d.check = c;
      d.citations = there.map((x) => cite(k, x));
      d.line = `No: the store has ${valueOfFact(f)}, not ${c.read} (${c.counted ? countedText(c.counted) : ""} ${c.measure ?? ""} — ${e?.title ?? ""}) — ${whoSays(d.citations)}`;
      d.line = d.line.replace(/\s+/g, " ");
      return d;
    }
    if (pick.verdict !== "contradicted" && open.length > 0) {
      d.line = `Only in part: the store has ${pick.store ?? pick.read} (${pick.about}), and nothing that settles ${open.map((c) => c.read).join(", ")}${by}`;
      d.status = "unsure";
      return d;
    }
    // "14 cruise missiles" where the store counts 14 ballistic ones: the kind said is wrong.
    const kindSaid = WEAPON_KIND.exec(pick.claim)?.[1]?.toLowerCase();
    const kindHeld = WEAPON_KIND.exec(pick.about)?.[1]?.toLowerCase();
    if (pick.verdict === "supported" && kindSaid && kindHeld && kindSaid !== kindHeld) {
      d.line = `No: the store has ${pick.store ?? pick.read} ${kindHeld} missiles, not ${kindSaid} (${pick.about})${by}`;
      return d;
    }
    // "Among the Ukrainians freed were 120 civilians" where the 120 are those Russia got back:
    // the figure is stored, for the other side only; the side the question reads decides.
    // (Not a figure the fact-check finds supported, nor a claim that names both sides' people.)
    const bothNamed = /\bukrain/i.test(pick.claim) && /\brussia/i.test(pick.claim);
    const asked =
      (r.side === "ukraine" || r.side === "russia") && pick.verdict !== "supported" && !bothNamed
        ? r.side
        : null;
    const ofValue = pick.citations
      .map((c) => k.catalog.facts.get(c.factId))
      .filter((f): f is Fact => !!f && f.value.type === "number" && nOf(f) === r.value?.n);
    if (
      asked &&
      r.value &&
      ofValue.length > 0 &&
      ofValue.every((f) => (f.side === "ukraine" || f.side === "russia") && f.side !== asked)
    ) {
      const f = ofValue[0] as Fact;
      d.citations = ofValue.map((g) => cite(k, g));
      d.line = `No: ${r.value.text} is the store's figure for ${f.counted ? countedText(f.counted) : "people"} returned to ${f.side === "russia" ? "Russia" : "Ukraine"}, not to ${asked === "russia" ? "Russia" : "Ukraine"} — ${whoSays(d.citations)}`;
      d.status = "answered";
      return d;
    }
    if (pick.verdict === "supported") d.line = `Yes: ${pick.claim} — ${pick.about}${by}`;
    else if (pick.verdict === "contradicted")
      d.line = `No: the store has ${pick.right ?? pick.store ?? "another figure"}, not ${pick.read} (${pick.about})${by}`;
    else if (r.value && disputedSideSays(k, pick, r.value.n)) {
      // The figure checked is one side of a dispute: yes, by that side; the other side in brackets.
      const own = pick.citations.filter(
        (c) =>
          k.catalog.facts.get(c.factId) &&
          nOf(k.catalog.facts.get(c.factId) as Fact) === r.value?.n,
      );
      const others = pick.citations.filter((c) => !own.includes(c));
      d.status = "disputed";
      d.line = `Yes, by ${whoSays(own)}: ${r.value.text} (${pick.about}); disputed (${others.map((c) => `${c.said}: ${who(c)}`).join("; ")})`;
      d.disputes = k.findings.disputes
        .filter((x) => pick.disputeIds.includes(x.id))
        .map((x) => disputeView(k.catalog, x));
    } else {
      d.status = "disputed";
      d.line = `Disputed: ${pick.store ?? ""} (${pick.about})${by}`;
      d.disputes = k.findings.disputes
        .filter((x) => pick.disputeIds.includes(x.id))
        .map((x) => disputeView(k.catalog, x));
    }
    d.line = d.line.replace(/\s+/g, " ");
    return d;
  }
  // A running total checked on its day ("the September 2024 figure was 3,762").
  if (r.value && r.range && !r.eventId) {
    const run = runningAnswer(
      k,
      { ...r, derive: null },
      r.measure && RUNNING_MEASURES.has(r.measure) ? r.measure : "returned-since-2022",
    );
    if (run.status === "answered" && run.citations.length > 0) {
      const yes = run.citations.some(
        (c) => nOf(k.catalog.facts.get(c.factId) as Fact) === r.value?.n,
      );
      return { ...run, line: `${yes ? "Yes" : "No"}: ${run.line}` };
    }
  }
  // The fact-check could not tie it down: the figure asked for, compared with the one checked.
  if (r.value) {
    const asFigure = figureAnswer(k, { ...r, asked: "figure" });
    // The figure is the store's for something else than the answer found ("the 4,750 figure as
    // of May 23" is a running total, not the wave of May 23): say what it is, never "no".
    const stored = factsWithValue(k, r.value.n);
    const found = new Set(asFigure.citations.map((c) => c.factId));
    const measures = new Set(
      asFigure.citations.map((c) => k.catalog.facts.get(c.factId)?.measure).filter(Boolean),
    );
    // Only where it is the same group and side as asked: else the checks below say what it is.
    // ("The 65th exchange" is a place in a series, never 65 of anything else.)
    const ordinal = /\d(?:st|nd|rd|th)\b/i.test(r.value.text);
    // ("The early-May swap was 250 for 250": 250 drones of an attack is another kind of event's
    // figure, never a yes for a swap; a running total may still be said for what it is.)
    const askedKind = r.eventId ? k.catalog.events.get(r.eventId)?.kind : undefined;
    const kindOf = (f: Fact) => k.catalog.events.get(f.eventId)?.kind;
    const sameKind = (f: Fact) =>
      !askedKind ||
      RUNNING_MEASURES.has(f.measure) ||
      kindOf(f) === askedKind ||
      (["exchange", "deal"].includes(askedKind) && ["exchange", "deal"].includes(kindOf(f) ?? ""));
    const same = stored.filter(
      (f) =>
        sameKind(f) &&
        (f.measure === "exchange-ordinal" || f.measure === "exchanges-this-year") === ordinal &&
        (r.counted === null ||
          r.counted === "people" ||
          f.counted === null ||
          f.counted === r.counted) &&
        (r.side === null || f.side === null || f.side === r.side || f.side === "each"),
    );
    if (
      same.length > 0 &&
      !stored.some((f) => found.has(f.id)) &&
      stored.every((f) => !measures.has(f.measure))
    )
      return storedValueAnswer(k, r, same);
    if (asFigure.status === "answered" && asFigure.citations.length > 0) {
      const ns = asFigure.citations
        .map((c) => k.catalog.facts.get(c.factId))
        .filter((f): f is Fact => !!f)
        .map(nOf);
      // "610 came home over the weekend": a sum the answer works out (307 + 303 = 610) is its
      // figure as much as a stored one is (the first sum only, not the both-sides double).
      const worked = /=\s*([\d,]+)/.exec(asFigure.derivation?.expression ?? "");
      const yes =
        ns.includes(r.value.n) ||
        (worked !== null && Number((worked[1] as string).replace(/,/g, "")) === r.value.n);
      // A day said in the claim that the reading did not pin ("the night before the friday
      // swap"): the figure is checked, the day is not, so neither yes nor no: the stored figure.
      if (yes && dayUnchecked(k, r, claim, asFigure.citations)) return asFigure;
      return { ...asFigure, line: `${yes ? "Yes" : "No"}: ${asFigure.line}` };
    }
    // Said of the wrong side: the figure is stored, but for someone else.
    const other = factsWithValue(k, r.value.n).filter(
      (f) =>
        (r.eventId ? f.eventId === r.eventId : true) &&
        (r.counted === null || f.counted === r.counted),
    );
    if (other.length > 0 && asFigure.status === "not-held") {
      const f = other[0] as Fact;
      const fig = figures(k.catalog, [f], k.findings.byFact)[0];
      d.citations = [cite(k, f)];
      d.line = `No: ${r.value.text} is the store's figure for ${fig?.label.toLowerCase() ?? "something else"}, not for what you checked — ${whoSays(d.citations)}`;
      return d;
    }
    if (asFigure.status === "answered" || asFigure.status === "disputed") {
      return { ...asFigure, line: `No: ${asFigure.line}` };
    }
    // Said of another group: "16,000 POWs held" where the store's 16,000 are civilians.
    const otherCount = factsWithValue(k, r.value.n).filter(
      (f) =>
        r.counted !== null &&
        f.counted !== null &&
        f.counted !== r.counted &&
        f.measure === (r.measure ?? "released") &&
        (r.eventId ? f.eventId === r.eventId : true),
    );
    const f = otherCount[0];
    if (f && otherCount.every((x) => x.counted === f.counted)) {
      const fig = figures(k.catalog, [f], k.findings.byFact)[0];
      d.citations = otherCount.map((x) => cite(k, x));
      const label = fig ? fig.label.charAt(0).toLowerCase() + fig.label.slice(1) : "another group";
      d.line = `No: ${r.value.text} is the store's figure for ${label}, not ${countedWord(r.counted, r.value.n)} — ${whoSays(d.citations)}`;
      return d;
    }
  }
  return notHeld(k, r, "anything that settles it");
}

/**
 * A day said in a checked claim that the reading did not pin ("the night before the friday
 * swap"), nor any cited fact's day: the figures are checked, the day is not.
 */
function dayUnchecked(
  k: Knowledge,
  r: AskReading,
  claim: string,
  citations: readonly Citation[],
): boolean {
  const cited = new Set(citations.map((c) => c.eventDate));
  return (
    !r.day &&
    (WEEKDAY_WORD.test(claim) ||
      readDates(claim, { refDate: null, yearFor: archiveYears(k) }).some(
        (x) => x.date !== null && !cited.has(x.date),
      ))
  );
}

/**
 * Does the claim say only when something was ("the March swap was on the 19th", "Trump called
 * Putin on May 19")? Words left once the event's own, the days and the words of dating are taken
 * out say more of it ("… included people facing trial in Ukrainian courts"): a yes from the day
 * alone would vouch for them too.
 */
function onlyWhenSaid(k: Knowledge, claim: string, eventId: string | null): boolean {
  const e = eventId ? k.catalog.events.get(eventId) : undefined;
  // Words quoted name the thing ("the 'step forward' tweet"); they say nothing more of it.
  claim = claim.replace(/(['"“‘])[^'"“”‘’]{3,}?['"”’]/g, " ");
  // Copy quoted that says no day ("'an important step forward' tweet was on May 19"): the words
  // quoted name the thing, and the day said outside them is all that is checked.
  if (!/\d/.test(claim) && !WEEKDAY_WORD.test(claim) && !DAY_MONTH.test(claim)) return true;
  const own = new Set(
    `${e?.title ?? ""} ${(e?.aliases ?? []).join(" ")}`.toLowerCase().match(/[a-z]+/g) ?? [],
  );
  const rest = (claim.toLowerCase().match(/[a-z]+/g) ?? []).filter(
    (w) => w.length > 3 && !own.has(w) && !own.has(w.replace(/s$/, "")) && !DATING_WORDS.test(w),
  );
  return rest.length <= 1;
}

/** The event's own names ("istanbul", "the 1,000-for-1,000"), for finding it in a question. */
function namesOf(e: Event): string[] {
  return [e.title.replace(/^the /i, ""), ...e.aliases]
    .map((a) => a.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .filter((a) => a.length >= 4);
}

/** "Before Istanbul", "since the big swap": the event named only as the point counted from. */
function relativeTo(own: string, e: Event): boolean {
  const lower = own.toLowerCase();
  if (OFFSET_DAYS.some(([re]) => re.test(lower))) return false;
  return namesOf(e).some((a) =>
    new RegExp(`\\b(?:before|prior to|ahead of|after|since|until)\\s+(?:the\\s+)?${a}\\b`).test(
      lower,
    ),
  );
}

/**
 * "Zelensky's briefing on the swap deal": a kind of event the question names (a briefing, a
 * speech) that the event found is not, and that no event of the store is: the swap it is about
 * is not what is dated.
 */
function otherKindNamed(own: string, e: Event): boolean {
  const m = EVENT_NOUNS.exec(own);
  if (!m?.[0]) return false;
  const noun = m[0].toLowerCase().replace(/s$/, "");
  return !`${e.title} ${e.aliases.join(" ")}`.toLowerCase().includes(noun);
}

/** The capitalised words of a name ("Vladimir Medinsky" → medinsky, vladimir). */
function namesIn(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}-]{2,}/gu) ?? []).map((w) => w.toLowerCase());
}

/**
 * A capitalised word mid-sentence that no source's text has, and that is not a word of the
 * story's own (a month, a day, an outlet's abbreviation): a person or body the store knows nothing
 * of ("Medvedev announced it", "Reznikov runs the swap").
 */
function strangerIn(k: Knowledge, claim: string): string | null {
  const texts = [
    ...k.catalog.data.sources.flatMap((s) => [s.text, s.outlet, s.title ?? ""]),
    ...[...k.catalog.claimants.values()].map((c) => c.name),
  ].join("\n");
  for (const m of claim.matchAll(
    /(?<![.!?:;]\s+)(?<=\s)(\p{Lu}\p{Ll}{3,}|\p{Lu}{3,})(?:'s|’s)?\b/gu,
  )) {
    const w = m[1] as string;
    if (KNOWN_CAPITALS.test(w)) continue;
    // "Russians" is in a text that says "Russia": the stem is looked for.
    const stem = w.slice(0, Math.max(4, w.length - 2));
    if (!new RegExp(`\\b${stem}`, "u").test(texts)) return w;
  }
  return null;
}

/**
 * "The biggest swap of the war?": yes when no exchange the store holds released more on each side
 * (a deal counts as one), with a source's own words calling it so; no with the one that did.
 */
function biggestCheck(k: Knowledge, eventId: string, claim: string): Draft | null {
  const asked = k.catalog.events.get(eventId);
  if (!asked) return null;
  const e = asked.partOf ? (k.catalog.events.get(asked.partOf) ?? asked) : asked;
  const size = (x: Event) =>
    byValue(
      factsFor(k, [x], "released", null, "each").filter((f) => f.side === "each" && !f.planned),
    )[0]?.[0];
  const whole = [...k.catalog.exchanges.filter((x) => !x.partOf), ...k.catalog.deals];
  const sized = whole
    .map((x) => ({ x, f: size(x) }))
    .filter((s): s is { x: Event; f: Fact } => s.f !== undefined);
  const own = sized.find((s) => s.x.id === e.id);
  if (!own || sized.length < 2) return null;
  // Only an exchange before it can belie "the largest since 2022" said of it then.
  const start = eventStart(e) ?? "";
  const bound = superlativeAsOfThen(claim);
  const larger = sized.filter((s) => nOf(s.f) > nOf(own.f)).sort((a, b) => nOf(b.f) - nOf(a.f));
  const bigger = bound ? larger.find((s) => (eventStart(s.x) ?? "") < start) : larger[0];
  const later = bound ? larger.find((s) => (eventStart(s.x) ?? "") >= start) : undefined;
  const d = blank();
  d.event = eventSummary(e);
  const title = e.title.replace(/^The /, "the ");
  if (!bigger && later) {
    const quote = (k.catalog.factsByEvent.get(e.id) ?? [])
      .map((f) => cite(k, f).quote)
      // (A table row runs its cells together: "2025246Largest swap since 2022".)
      .map((q) => /(?<![a-z])(?:largest|biggest)\b[^;.\n]*/i.exec(q)?.[0] ?? "")
      .find((w) => w.length > 0);
    const then = biggestThenLine({
      title,
      own: valueOfFact(own.f),
      later: later.x.title.replace(/^The /, "the "),
      laterSize: valueOfFact(later.f),
      called: quote ?? null,
      claimBound: bound,
    });
    d.citations = [cite(k, own.f), cite(k, later.f)];
    d.status = then.sure ? "answered" : "unsure";
    d.line = `${then.line} — ${whoSays(d.citations)}`;
    return d;
  }
  if (bigger) {
    d.citations = [cite(k, bigger.f), cite(k, own.f)];
    d.line = `No: ${bigger.x.title.replace(/^The /, "the ")} was bigger (${valueOfFact(bigger.f)} each side, against ${valueOfFact(own.f)} in ${title}) — ${whoSays(d.citations)}`;
    return d;
  }
  // A source's own words for it, where one calls it the largest.
  const called = (k.catalog.factsByEvent.get(e.id) ?? []).find((f) =>
    /\b(?:largest|biggest)\b/i.test(cite(k, f).quote),
  );
  d.citations = [cite(k, own.f), ...(called ? [cite(k, called)] : [])];
  const words = called
    ? (/\b(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?(?:largest|biggest)\b[^;.]*/i.exec(
        cite(k, called).quote,
      )?.[0] ?? "")
    : "";
  d.line = `Yes: ${title} is the biggest exchange the store holds (${valueOfFact(own.f)} each side)${called ? `; “${words.trim()}”` : ""} — ${whoSays(d.citations)}`;
  return d;
}

/**
 * A claim in words (a title, "the first since the invasion") that says most of the words a
 * disputed stored value is stated in: that dispute, each side in its source's words. Two shared
 * words and half of the value's at least, and one stored claim ahead of the rest; else null.
 */
function wordsDisputed(k: Knowledge, claim: string): Draft | null {
  const asked = tellingWords(claim);
  const scored = k.findings.disputes
    .filter((x) => x.kind === "claim")
    .map((x) => {
      const dv = disputeView(k.catalog, x);
      const facts = dv.sides
        .flatMap((side) => side.citations.map((c) => k.catalog.facts.get(c.factId)))
        .filter((f): f is Fact => f !== undefined && f.value.type === "text");
      // The best of its stored values: how much of the words that state it the claim says.
      let hits = 0;
      let share = 0;
      for (const f of facts) {
        const own = tellingWords(f.value.type === "text" ? f.value.said : "");
        let h = 0;
        for (const w of own) if (asked.has(w)) h++;
        if (own.size > 0 && h / own.size > share) {
          share = h / own.size;
          hits = h;
        }
      }
      return { x, dv, facts, hits, share };
    })
    .sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (!best || best.hits < 2 || best.share < 0.5 || scored[1]?.share === best.share) return null;
  const d = blank();
  d.status = "disputed";
  d.disputes = [best.dv];
  d.citations = best.facts.map((f) => cite(k, f));
  const groups = byValue(best.facts);
  d.line = `Disputed: ${groups
    .map(
      (g) =>
        `“${(g[0] as Fact).value.type === "text" ? (g[0] as Fact & { value: { said: string } }).value.said : ""}” (${whoSays(g.map((f) => cite(k, f)))})`,
    )
    .join(", against ")}`;
  return d;
}

/**
 * Whether a source (named, or the one the answer before cited) gives a figure: yes with its figure,
 * no when the store holds none from it for what is asked. Claimants named count as the source.
 */
function sourceGives(k: Knowledge, r: AskReading): Draft | null {
  const source = k.catalog.data.sources.find((x) => x.id === r.sourceId);
  if (!source) return null;
  const asFigure = compose(k, { ...r, asked: "figure", claim: null }, "", "");
  const own = asFigure.citations.filter((c) => c.source.id === source.id);
  if (asFigure.status !== "not-held" && own.length > 0)
    return { ...asFigure, line: `Yes: ${asFigure.line}` };
  const d = blank();
  d.line = `No: the store holds no such figure from ${outletName(source.outlet)}`;
  // What the other sources give, below the line.
  const others = compose(k, { ...r, asked: "figure", claim: null, sourceId: null }, "", "");
  if (others.status !== "not-held" && others.status !== "unsure") {
    d.notes.push(`Other sources: ${others.line}`);
    d.citations = others.citations;
  }
  return d;
}

/** "Did he attend", "go to Istanbul himself", "take part": whether a person was there. */
const ATTENDED =
  /^\s*(?:(?:so|and)\s+)?[\p{L}-]+\s+(?:at|in person at|present at)\s+(?:the\s+)?[\p{L}-]+(?:\s+(?:talks|meeting|negotiations))?\s*$|\b(?:attend(?:ed|s)?|go(?:es)? to|went to|travel(?:l?ed)? to|(?:was|were)(?: not|n't)? (?:at|in|there|present)|himself|herself|in person|take part|took part|show(?:ed)? up|turn(?:ed)? up|(?:didn't|did not|never|not) (?:go|come|travel|attend|show)|met|meet|meets|sat down with)\b/iu;

/**
 * Whether a person the claim names was at the talks, from a stored quote that says so: "Putin
 * declined to attend" is no; "sending Medinsky to lead the Russian team", "Umerov led" is yes.
 * Null when no stored quote says either of that person.
 */
function attendanceCheck(k: Knowledge, claim: string): Draft | null {
  const names = [...new Set(claim.match(/\b[a-zA-Z][a-z]{3,}\b/g) ?? [])].filter(
    (w) =>
      !/^(?:did|does|was|were|attend\w*|went|travel\w*|talks|swap|exchange|istanbul|himself|herself|person|part|there|meet\w*)$/i.test(
        w,
      ),
  );
  const no =
    "(?:declined|refused|did not|didn't|chose not|would not|will not|won't)\\s+(?:to\\s+)?(?:attend|go|travel|come|take part|join)";
  const yes = "(?:attended|was present|took part|led|headed|to lead|to head)";
  const meeting = /\b(?:met|meet|meets|sat down with)\b/i.test(claim);
  for (const name of names) {
    const n = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
    const reNo = new RegExp(`\\b${n}\\b[^.;]{0,60}?\\b${no}\\b`);
    const reYes = new RegExp(
      `\\b${n}\\b[^.;]{0,20}?\\b${yes}\\b|\\b(?:sending|sent)\\s+${n}\\s+to\\s+(?:lead|head|attend)\\b`,
    );
    for (const f of k.catalog.facts.values()) {
      const c = cite(k, f);
      let said = reNo.exec(c.quote) ? "No" : reYes.exec(c.quote) ? "Yes" : null;
      if (!said) continue;
      // "A met B": one of them there is not a meeting; one of them away settles it.
      if (meeting && said === "Yes") continue;
      // "So Putin didn't go?": the claim says he stayed away, so a quote saying so is a yes.
      if (NEGATED.test(claim)) said = said === "Yes" ? "No" : "Yes";
      const d = blank();
      d.citations = [c];
      d.line = `${said}: “${c.quote}” — ${whoSays([c])}`;
      return d;
    }
  }
  return null;
}

/** The exchange the store has on a day (a wave, not its deal). */
function exchangeOn(k: Knowledge, day: string): string | null {
  return (k.catalog.eventsByDay.get(day) ?? []).find((e) => e.kind === "exchange")?.id ?? null;
}

/** "Who says <claim>": the claim as the fact-check reads it, and the sources on each side of it. */
function whoSaysClaim(k: Knowledge, words: string): Draft | null {
  const claim = words.replace(
    /^.*?\bwho (?:says|said|claims|claimed|reported|reports)\b\s*(?:that\s+)?/i,
    "",
  );
  if (claim === words || claim.length < 8) return null;
  const checked = factcheck(k, claim).claims.filter((c) => c.verdict !== "unverified");
  const c = checked[0];
  if (!c || checked.length > 1) return null;
  const d = blank();
  d.check = c;
  d.citations = c.citations;
  if (c.verdict === "disputed") {
    const views = k.findings.disputes
      .filter((x) => c.disputeIds.includes(x.id))
      .map((x) => disputeView(k.catalog, x));
    const v = views[0];
    if (!v) return null;
    d.status = "disputed";
    d.disputes = views;
    d.line = disputedLine(v);
    return d;
  }
  if (c.verdict === "supported") {
    d.line = `${whoSays(c.citations)} ${c.citations.length > 1 ? "say" : "says"} so: ${c.about}`;
    return d;
  }
  d.line = `No source in the store says so: ${c.right ?? c.store ?? "another figure"} (${c.about}) — ${whoSays(c.citations)}`;
  return d;
}

/** "Disputed: 4,552 (…), against more than 4,750 (…)": every side of a dispute, with who says it. */
function disputedLine(dv: DisputeView): string {
  return `Disputed: ${dv.sides.map((s) => `${s.valueText} (${whoSays(s.citations)})`).join(", against ")}`;
}

/** The answer is the dispute: every side's figure in the first line, every side's quote beneath. */
function sayDisputed(d: Draft, dv: DisputeView): Draft {
  d.status = "disputed";
  d.line = disputedLine(dv);
  const have = new Set(d.citations.map((c) => c.factId));
  for (const side of dv.sides)
    for (const c of side.citations) if (!have.has(c.factId)) d.citations.push(c);
  return d;
}

/** Whether a cited fact dates its event to the day: a date it gives, else its event's day. */
function datesDay(
  k: Knowledge,
  cs: readonly Citation[],
  day: string,
  start: string | null,
): boolean {
  return cs.some((c) => {
    const f = k.catalog.facts.get(c.factId);
    const on = f?.value.type === "date" ? f.value.date : (f?.eventDate ?? start);
    return on === day;
  });
}

/**
 * A figure checked that the store holds for one thing: yes when the day asked is that figure's
 * own (or none is asked), the sides when it is disputed, and only what it is otherwise.
 */
function storedValueAnswer(k: Knowledge, r: AskReading, facts: Fact[]): Draft {
  const d = blank();
  d.citations = facts.map((f) => cite(k, f));
  d.disputes = disputesOf(k, facts);
  const label = figures(k.catalog, facts, k.findings.byFact)[0]?.label ?? "";
  const what = label.charAt(0).toLowerCase() + label.slice(1);
  const asked = r.day ? { from: r.day, to: r.day } : (r.range ?? r.spans[0] ?? null);
  const when = (f: Fact) =>
    asOfOf(f) ?? (f.eventDate ? { from: f.eventDate, to: f.eventDate } : null);
  const fits = facts.filter((f) => {
    const w = when(f);
    return !asked || (w !== null && w.from <= asked.to && asked.from <= w.to);
  });
  const text = r.value?.text ?? "";
  if (fits.length === 0) {
    const f = facts[0] as Fact;
    const w = cite(k, f).asOf ?? cite(k, f).eventDate;
    d.status = "unsure";
    d.line = `${text} is the store's figure for ${what}${w ? `, as of ${w}` : ""}, not for the day you asked — ${whoSays(d.citations)}`;
    return d;
  }
  if (d.disputes.length > 0) return sayDisputed(d, d.disputes[0] as DisputeView);
  d.line = `Yes: ${text} is the store's figure for ${what} — ${whoSays(fits.map((f) => cite(k, f)))}`;
  return d;
}

/**
 * Who a wave was made of: one source calling them all prisoners of war and another counting
 * civilians among them is a disagreement, said as one; civilians alone answer no.
 */
function compositionAnswer(k: Knowledge, eventId: string): Draft | null {
  const facts = (k.catalog.factsByEvent.get(eventId) ?? []).filter(
    (f) => f.measure === "released" && f.value.type === "number",
  );
  const civilians = facts.filter((f) => f.counted === "civilians");
  const military = facts.filter((f) => f.counted === "military");
  if (civilians.length === 0) return null;
  const d = blank();
  const e = k.catalog.events.get(eventId);
  if (e) d.event = eventSummary(e);
  const quoted = (fs: Fact[]) =>
    fs
      .map((f) => `“${cite(k, f).quote}”`)
      .slice(0, 1)
      .join("");
  const cc = civilians.map((f) => cite(k, f));
  const civ = `${whoSays(cc)} count${cc.length > 1 ? "" : "s"} ${valueOfFact(civilians[0] as Fact)} civilians among them (${quoted(civilians)})`;
  // A military figure from a source that gives no breakdown: it calls everyone soldiers.
  const whole = military.filter(
    (m) => !civilians.some((c) => c.sourceId === m.sourceId && c.claimantId === m.claimantId),
  );
  if (whole.length > 0) {
    const mc = whole.map((f) => cite(k, f));
    d.status = "disputed";
    d.line = `Disputed: ${whoSays(mc)} call${mc.length > 1 ? "" : "s"} all ${valueOfFact(whole[0] as Fact)} prisoners of war (${quoted(whole)}), but ${civ}`;
    d.citations = [...mc, ...cc];
    d.disputes = disputesOf(k, [...whole, ...civilians]);
    return d;
  }
  d.line = `No: ${civ}`;
  d.citations = cc;
  return d;
}

function disputedSideSays(k: Knowledge, c: ClaimCheck, n: number): boolean {
  return c.citations.some((x) => {
    const f = k.catalog.facts.get(x.factId);
    return f !== undefined && nOf(f) === n;
  });
}

// ---------------------------------------------------------------------------------------------
// Unsure: what was understood, and the likeliest readings

function unsure(k: Knowledge, r: AskReading, what: string): Draft {
  const d = blank();
  d.status = "unsure";
  d.line = `I'm not sure ${what}: here is what I understood, and the likeliest readings.`;
  const choices: AskChoice[] = [];
  const deal = k.catalog.deals[0];
  const latest = k.catalog.exchanges.at(-1);
  const tries: [string, string][] = [];
  // Each reading keeps the side asked: "came home" stays Ukraine's, "Russia got back" Russia's.
  const asked = (where: string) => figureQuestion(r, where);
  if (r.asked === "figure" || r.asked === "check") {
    if (deal)
      tries.push([`the 1,000-for-1,000 exchange`, asked("in the 1,000-for-1,000 exchange")]);
    if (latest)
      tries.push([
        `the latest exchange (${formatNewsroomDate(eventStart(latest) as string)})`,
        asked(`on ${formatNewsroomDate(eventStart(latest) as string)}`),
      ]);
    if (r.side !== "russia")
      tries.push([
        "the running total since 2022, now",
        "how many Ukrainians have come home since 2022, now?",
      ]);
  } else if (r.asked === "date" || r.asked === "ordinal" || r.asked === "name") {
    if (deal)
      tries.push([
        "the 1,000-for-1,000 exchange",
        `${r.asked === "date" ? "when did" : "which exchange number was"} the 1,000-for-1,000 exchange${r.asked === "date" ? " start" : ""}?`,
      ]);
    const talks = [...k.catalog.events.values()].find((e) => e.kind === "talks");
    if (talks)
      tries.push([
        "the Istanbul talks",
        r.asked === "name" ? "who mediated the Istanbul talks?" : "when were the Istanbul talks?",
      ]);
  }
  for (const [label, question] of tries.slice(0, 3)) {
    choices.push({ label, question, line: "" });
  }
  d.choices = choices;
  return d;
}

// ---------------------------------------------------------------------------------------------
// What was understood

function understood(k: Knowledge, r: AskReading): ReadingPart[] {
  const out: ReadingPart[] = [];
  const asked: Record<string, string> = {
    figure: "how many",
    date: "when",
    name: "who",
    ordinal: "which number in the series",
    check: "is this right",
  };
  out.push({ value: asked[r.asked] ?? r.asked, from: null });
  out.push(...r.parts);
  if (r.measure && r.running) out.push({ value: "a running total", from: null });
  if (r.dealSoFar) out.push({ value: "the 1,000-for-1,000 deal so far", from: null });
  if (r.derive)
    out.push({
      value:
        r.derive === "difference" ? "the difference between two figures" : "what was still to come",
      from: null,
    });
  if (r.claim) out.push({ value: `the claim “${r.claim}”`, from: null });
  void k;
  return out;
}
