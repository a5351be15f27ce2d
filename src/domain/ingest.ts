/**
 * Ingesting a new source: its text and metadata, read by the same extractor and matched to
 * events by the same rules as a fact-check, become a proposed source and unreviewed facts.
 * Pure: the caller reads the file, hashes nothing itself, and writes the result in one change.
 *
 * - The source: status "unreviewed", the text byte for byte, its sha256, addedBy as given.
 * - One fact per claim the store tracks (a count of people released, held or returned, an
 *   exchange's number, a running total) that can be tied to an event by its day or name, or,
 *   for running totals, to the store's tally. The quote is the claim's sentence exactly as in
 *   the source, with its offsets; the value is the claim's; the claimant is whom the sentence
 *   attributes the figure to ("the Russian Defence Ministry said", "according to the
 *   Coordination Headquarters"), so three outlets quoting one ministry are one claimant, or the
 *   outlet itself when it attributes it to no one the vocabulary knows.
 * - A part told as a part ("3 women and 387 men", "among them 12 children") is not proposed as
 *   a count of everyone exchanged.
 * - Claims with no event to tie them to, and figures the store does not track, are reported
 *   and not stored.
 */
import type { Claimant, DateOrRange, Event, Fact, Source, StoreData } from "../store/schema.ts";
import type { ClaimCheck } from "./answers.ts";
import { eventEnd, eventStart } from "./catalog.ts";
import { type Claim, extractClaims, judgeClaim, linkEvent, splitSentences } from "./check/index.ts";
import { type Attribution, attributionOf } from "./check/read/attribution.ts";
import { spacedTableRows } from "./check/read/spaced-tables.ts";
import { linesOf } from "./check/read/tables.ts";
import { PART_NOUNS, SAID } from "./check/vocabulary.ts";
import { findDates, MONTH_NAMES } from "./dates.ts";
import { pageSource, resolveSpeaker, speakersOf } from "./ingest-claimants.ts";
import {
  type EventMention,
  findEventMentions,
  findSourceDates,
  IN_TRANSIT,
  proposeEvents,
} from "./ingest-events.ts";
import { looseFigure } from "./ingest-loose-figures.ts";
import {
  actedOn,
  anAge,
  asideOn,
  countBesideSeries,
  countedNear,
  eachSideAfter,
  eachSideCarried,
  eventByPlace,
  eventForFigure,
  eventOfDayList,
  eventOfListedWave,
  eventOfMention,
  eventOfPairedList,
  eventOfWave,
  inOutletName,
  listEnd,
  notAClaim,
  notAFigure,
  notASeriesPlace,
  notWaves,
  peopleEachSide,
  runningTotal,
  runningTotalTo,
  sameNumberSide,
  sinceAYear,
  sinceElsewhere,
  tableRowCounted,
  totalReachedOf,
} from "./ingest-refine.ts";
import { bodyStart, dropRepeats } from "./ingest-repeats.ts";
import {
  bodiesSide,
  cameBack,
  OTHER_WAY,
  otherSide,
  regionalSide,
  sideByVoice,
  sideOfPeople,
  sideToAfter,
} from "./ingest-sides.ts";
import { findNumbers } from "./numbers.ts";
import { analyse, type Knowledge } from "./queries.ts";

export interface IngestInput {
  text: string;
  /** sha256 of the text (UTF-8), hex. */
  sha256: string;
  outlet: string;
  /** YYYY-MM-DD. */
  published: string;
  url?: string | null;
  title?: string | null;
  author?: string | null;
  /** ISO timestamp of the ingest. */
  now: string;
  by: string;
}

export interface ProposedFact {
  fact: Fact;
  /** The event's title, for the report. */
  eventTitle: string;
  /** What the store already says of the same figure. */
  check: ClaimCheck;
}

export interface SkippedClaim {
  claim: string;
  sentence: string;
  why: string;
}

export interface IngestProposal {
  source: Source;
  /** The outlet's own voice, added when the store does not have it yet. */
  claimant: Claimant | null;
  /** Claimants the text names that the store does not have yet ("Russian officials"). */
  claimants?: Claimant[];
  /** Events the source reports on days the store does not know, proposed unreviewed. */
  events?: Event[];
  facts: ProposedFact[];
  skipped: SkippedClaim[];
}

export type IngestResult =
  | { ok: true; proposal: IngestProposal }
  | { ok: false; reason: "duplicate"; sourceId: string };

/** Words that free, return or hand people over, or say they came home. */
const FREEING_WORDS =
  /\b(?:freed|free|released?|returned?|return of|handed|exchanged|swapped|came|come|home|brought|back|received|transferred|crossed)\b/i;

/** "The group included 97 … and 43 …", "the exchange comprised": the parts of a whole told before. */
const GROUP_PARTS =
  /\b(?:the|this|that) (?:group|batch)\s+(?:included|comprised|consisted of|was made up of)\b[^.;:]*$/i;

/** "In return, …", "Kyiv in turn handed over …", "Russia, in exchange, freed …": the other side. */
const IN_RETURN =
  /^(?:[Ii]n (?:return|exchange|turn)\b|\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)?,?\s+in (?:return|exchange|turn)\b)/u;

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "source";

/** The proposed source and facts for a text; refuses a text the store already holds. */
export function proposeIngest(store: Knowledge, input: IngestInput): IngestResult {
  const data = store.catalog.data;
  const same = data.sources.find((s) => s.sha256 === input.sha256);
  if (same) return { ok: false, reason: "duplicate", sourceId: same.id };

  const outletSlug = slug(input.outlet);
  let sourceId = `${outletSlug}-${input.published}-${input.sha256.slice(0, 8)}`;
  if (store.catalog.sources.has(sourceId)) sourceId = `${sourceId}-${data.sources.length}`;
  const sameUrl = input.url ? data.sources.find((s) => s.url === input.url) : undefined;
  if (sameUrl) return { ok: false, reason: "duplicate", sourceId: sameUrl.id };
  const source: Source = {
    id: sourceId,
    outlet: input.outlet,
    title: input.title ?? null,
    author: input.author ?? null,
    published: { on: input.published },
    url: input.url ?? null,
    file: null,
    text: input.text,
    sha256: input.sha256,
    status: "unreviewed",
    addedAt: input.now,
    addedBy: input.by,
  };
  const existingClaimant = data.claimants.find(
    (c) => c.party === "press" && c.name === input.outlet,
  );
  const claimantId = existingClaimant?.id ?? `press-${outletSlug}`;
  const claimant: Claimant | null = existingClaimant
    ? null
    : { id: claimantId, name: input.outlet, party: "press" };

  // New events first: the facts are then tied to them as to any stored event, with the events
  // other sources proposed (still unreviewed) counted as known, so a second source joins them.
  const proposed = proposeEvents(input.text, input.published, data.events, {
    sourceId,
    now: input.now,
  });
  const pending = data.events.some((e) => e.status === "unreviewed");
  const k =
    proposed.events.length > 0 || pending
      ? analyse({
          ...data,
          events: [...data.events, ...proposed.events].map((e) =>
            e.status === "unreviewed" ? { ...e, status: "reviewed" as const } : e,
          ),
        })
      : store;
  const eventById = (id: string | null | undefined) =>
    id ? (k.catalog.data.events.find((e) => e.id === id) ?? null) : null;
  const eventTitle = (id: string) =>
    proposed.events.find((e) => e.id === id)?.title ?? k.catalog.events.get(id)?.title ?? id;

  const facts: ProposedFact[] = [];
  const body = bodyStart(input.text);
  // The side a whole was read with before "the same number" made it each side's: its parts'.
  const sideRead = new Map<Fact, Fact["side"]>();
  let lastRunning: Fact | null = null;
  // The event of a figure told again ("the 84 people it received"), by its sentence's start.
  const retold = new Map<number, string>();
  const skipped: SkippedClaim[] = [];
  const newClaimants: Claimant[] = [];
  // A body the vocabulary knows, publishing its own release, is the speaker of "the Office".
  const outletVoice = attributionOf(`${input.outlet.replace(/\s*\([^)]*\)\s*$/, "")} said`);
  const speakers = speakersOf(
    input.text,
    splitSentences(input.text),
    outletVoice && !outletVoice.claimantId.endsWith("-officials")
      ? {
          outlet: input.outlet,
          speaker: {
            claimantId: outletVoice.claimantId,
            name: outletVoice.name,
            party: outletVoice.party,
          },
        }
      : null,
  );
  // "They come from the Coordination Headquarters unless stated otherwise": the page's source.
  const page = pageSource(input.text);
  const speakerOf = (claim: Claim) => {
    // ("…; totals are our own sums": a total row or an "In all, …" is the page's own.)
    const onPage =
      page && claim.number.start >= page.from && !(page.ownTotals && aTotal(claim))
        ? page.speaker
        : null;
    const who =
      speakers(claim.sentence.start, claim.number.start - claim.sentence.start) ??
      attributed(claim) ??
      onPage;
    // "by Ukraine's count", "Kyiv says" on a page whose figures come from Ukraine's
    // headquarters: that side's body the page names as its source, not officials at large.
    return who && onPage && GENERIC_OFFICIALS.has(who.claimantId) && who.party === onPage.party
      ? onPage
      : who;
  };
  const aTotal = (claim: Claim) => {
    const line = input.text.lastIndexOf("\n", claim.number.start - 1) + 1;
    const from = Math.max(line, claim.sentence.start);
    return /^[\s|]*(?:totals?|in all|in total|altogether|overall)\b/i.test(
      input.text.slice(from, claim.number.start),
    );
  };
  // An opinion piece speaks for its author, not for the paper: "Opinion | … By Olena Havryshko".
  const author = opinionAuthor(input.text, input.outlet);
  const authorId = author ? `author-${slug(author)}` : null;
  const claimantFor = (claim: Claim): string => {
    const a = speakerOf(claim);
    if (!a && author && authorId) {
      if (!k.catalog.claimants.has(authorId) && !newClaimants.some((c) => c.id === authorId))
        newClaimants.push({ id: authorId, name: author, party: "press" });
      return authorId;
    }
    if (!a) return claimantId;
    if (!k.catalog.claimants.has(a.claimantId) && !newClaimants.some((c) => c.id === a.claimantId))
      newClaimants.push({ id: a.claimantId, name: a.name, party: a.party });
    return a.claimantId;
  };
  // "The Ukrainian side gave the Russian delegation a list of 339 children": with no speaker of
  // its own, a list is the claim of the side that handed it over.
  const listGiverFor = (claim: Claim): string => {
    if (speakerOf(claim)) return claimantFor(claim);
    const giver =
      /^(?:[\p{L}'’-]+\s+){0,6}?(?=(?:also\s+)?(?:gave|handed|submitted|passed)\b)/iu.exec(
        claim.sentence.text.replace(/^(?:At|In|During)\b[^,]{0,80},\s*/, ""),
      )?.[0];
    const who = giver
      ? resolveSpeaker(giver.trim(), claim.sentence.text, input.text, null, new Map())
      : null;
    if (!who) return claimantFor(claim);
    if (
      !k.catalog.claimants.has(who.claimantId) &&
      !newClaimants.some((c) => c.id === who.claimantId)
    )
      newClaimants.push({ id: who.claimantId, name: who.name, party: who.party });
    return who.claimantId;
  };
  // "1,180 bodies were received on the Ukrainian side. 22 bodies were transferred in the
  // opposite direction": the other side from the bodies told just before.
  const otherWayBodies = (
    sentence: { start: number; end: number },
    end: number,
    side: Fact["side"],
    start = end,
  ): Fact["side"] => {
    // ("… do not agree on how many went the other way: the headquarters says 34, …": the
    // figures after the colon.)
    const led = OPPOSITE_WAY_LEAD.test(input.text.slice(sentence.start, start));
    if (!led && !OPPOSITE_WAY.test(input.text.slice(end, sentence.end))) return side;
    const prior = facts.findLast(
      (f) =>
        f.fact.counted === "bodies" &&
        f.fact.quote.end <= sentence.start &&
        sentence.start - f.fact.quote.end < 400,
    );
    return otherSide(prior?.fact.side ?? null) ?? side;
  };
  const attributed = attributionsByParagraph(input.text, input.outlet);
  const claims = extractClaims(input.text, { refDate: input.published, spelledDays: true });
  const mentions = findEventMentions(input.text, input.published);
  const rawDates = findDates(input.text, { refDate: input.published, spelledDays: true });
  const sourceDates = findSourceDates(input.text, input.published);
  const allEvents = k.catalog.data.events;
  const clauseAt = (at: number) =>
    mentions.find((m) => m.quote.start <= at && at < m.quote.end)?.quote.text ??
    sentenceAt(input.text, at).text;
  // A table laid out with spaces: its total row adds up days no one row names (no figure of
  // any one stage), and a number in a row's category cell ("aged 18-25") counts no one.
  const spacedRows = spacedTableRows(linesOf(input.text));
  const inSpacedRow = (start: number, total: boolean) =>
    spacedRows.some((r) => (!total || r.total) && r.start <= start && start < r.end);
  for (const read of claims) {
    if (read.tableCell && inSpacedRow(read.number.start, true)) {
      skipped.push({
        claim: read.span.text,
        sentence: read.sentence.text,
        why: "a table's total row: a sum over the days of its rows, no one event's figure",
      });
      continue;
    }
    // "eight civilians, among them a journalist detained in 2023, came home": returned, not held.
    // "Of the 1,200 per side whose exchange was agreed, a fifth are free so far": the deal's
    // agreed figure, not the deal so far. "The release of 1,000 by each side … and calls for …
    // civilians detained since February 2022": not a running total, whatever the reader says.
    const claim: Claim =
      read.measure === "held" && cameBack(input.text, read.number.end, read.sentence.end)
        ? { ...read, measure: "released" }
        : read.measure === "returned-since-2022" &&
            sinceElsewhere(input.text, read.sentence, read.number.end, read.cues.scope)
          ? {
              ...read,
              measure: "released",
              side: /\b(?:each|per side|a side)\b/i.test(read.cues.side ?? "") ? "each" : read.side,
            }
          : // "Russia's Defence Ministry put the number of Russians returned at 146 as well": a
            // figure the article gave just before, told again of the other side, not a total.
            (read.measure === "released-to-date" || read.measure === "returned-since-2022") &&
              /^\s+(?:as well|too)\b/i.test(input.text.slice(read.number.end, read.sentence.end)) &&
              facts.some(
                (f) =>
                  f.fact.value.type === "number" &&
                  f.fact.value.n === read.number.n &&
                  read.sentence.start - f.fact.quote.end < 400,
              )
            ? { ...read, measure: "released", soFar: false }
            : read.measure === "released-to-date" &&
                AGREED_AFTER.test(input.text.slice(read.number.end, read.number.end + 80))
              ? { ...read, measure: "released", soFar: false, planned: true }
              : // "After the swap of 30 May, in which 90 came home, the office put the total at
                // 4,000": a figure told before the total its sentence gives is the swap's.
                (read.measure === "released-to-date" || read.measure === "returned-since-2022") &&
                  TOTAL_AFTER.test(input.text.slice(read.number.end, read.sentence.end))
                ? { ...read, measure: "released", soFar: false }
                : read;
    // "A day earlier, … the bodies of 1,245. Russia received 41 …": the day as the source's
    // reader counts it (from the last event told), for the figures that carry it too.
    if (claim.date && claim.dateText) {
      const raw = rawDates
        .filter(
          (d) => d.text === claim.dateText && d.date === claim.date && d.start < claim.number.start,
        )
        .pop();
      const told = raw ? sourceDates.find((d) => d.start === raw.start) : undefined;
      if (raw?.kind === "relative" && told?.date && told.date !== claim.date)
        claim.date = told.date;
    }
    // "Seventeen residents … have returned home, the governor said on Thursday": the day he
    // spoke, not the day of the figure.
    if (
      claim.date &&
      claim.dateText &&
      !claim.dateInherited &&
      (saidOnDay(claim) || agreedBeforeDeed(claim))
    ) {
      claim.date = null;
      claim.dateText = null;
    }
    // "1 November — Exchange. 155 were released by each side, completing the exchange agreed on
    // 21 October": in a timeline's line, a figure of what was done is the line's day's, not that
    // of the agreement it recalls.
    if (claim.date && claim.dateText && !claim.planned && agreedOnDay(claim)) {
      const lineDay = timelineDay(input.text, claim.sentence.start, input.published);
      if (lineDay) {
        claim.date = lineDay;
        claim.dateText = null;
      }
    }
    const { start, end } = claim.number;
    // "175 of the 900 a side agreed in March are home": the plan is the 900; the share is done.
    if (claim.planned && shareDone(input.text, end, claim.sentence.end)) claim.planned = false;
    const notFigure =
      (inOutletName(input.text, start, end, input.outlet) ? "part of the outlet's name" : null) ??
      anAge(input.text, start, end) ??
      notAClaim(input.text, start, end) ??
      notASeriesPlace(claim, input.text) ??
      notWaves(claim, input.text) ??
      looseFigure(input.text, start, end);
    if (notFigure) {
      skipped.push({ claim: claim.span.text, sentence: claim.sentence.text, why: notFigure });
      continue;
    }
    if (claim.number.kind === "money" || claim.number.kind === "percent") {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "not a figure the store tracks",
      });
      continue;
    }
    // (A table's figure first by its row's category cell: "… | servicemen aged 18 to 25 | 168 |".)
    const near =
      (claim.tableCell ? tableRowCounted(input.text, start) : null) ??
      countedNear(input.text, start, end, clauseAt(start));
    // "3 women and 387 men", "45 of the 307": a part named by who they are, or by nothing, is
    // not a count of everyone exchanged. "270 servicemen" among those returned is a fact of its
    // own, and so are "eight children" returned.
    // "14 men from the region returned, the administration said": a region's share of an
    // exchange is a fact an editor records, proposed unclassified (never as the whole).
    const regional = regionalPart(input.text, claim.sentence, end, speakerOf(claim)?.name);
    if (
      !regional &&
      claim.part &&
      !near &&
      // ("the number of children reunited since the start of these efforts has reached 128".)
      !totalReachedOf(input.text, claim.sentence.start, start) &&
      (claim.noun === null || PART_NOUNS.has(claim.noun.toLowerCase()))
    ) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: `a part of a larger figure (“${claim.part}”), not a count of everyone exchanged`,
      });
      continue;
    }
    // "Across the four stages since 17 June, 722 have come home", "In total, since 11 June,
    // 685 … under the Istanbul agreements": a total so far over the stages of an agreed
    // exchange is the agreement's figure to date, filed on the talks that made it, as of the
    // last day it counts (see test/eval/later/README.md, "Totals so far").
    const summed =
      !runningTotalTo(input.text, claim.sentence.start, start) &&
      (sinceADay(input.text, claim.sentence, start, end) ||
        // "Since the Vienna talks, 175 have come home in two stages": since the agreement itself.
        (SINCE_TALKS.test(claim.sentence.text) && HAVE_DONE.test(claim.sentence.text)) ||
        // "In total, in three stages, on 17, 18 and 21 June, 559 … have been returned", "In all,
        // 500 have been freed in the three stages so far": a sum over stages its sentence counts.
        (STAGES_SUM.test(claim.sentence.text) &&
          !STAGES_AFTER.test(input.text.slice(end, end + 30)) &&
          // ("638 … in those four stages, the latest 137 on Thursday": the last stage's own.)
          !LATEST_STAGE.test(input.text.slice(Math.max(0, start - 30), start)) &&
          !stageDay(input.text, claim.sentence, start, end, input.published)) ||
        sumOverEvents(input.text, claim.sentence, start, end, mentions) ||
        // "So with today's group, 279 are home under the new deal", "With the 84 freed on 14
        // August, 230 of the 1,200 agreed have now come home": today's stage added to those before.
        (WITH_SUM.test(input.text.slice(claim.sentence.start, start)) &&
          AGREEMENT_NAMED.test(claim.sentence.text)));
    // "So far that is 482 people under the Istanbul agreement", "brought the number returned
    // under the Istanbul deal to 600", "339 of the 1,200 agreed on 23 July are home": what an
    // agreement has brought so far, told as such.
    const soFarUnder =
      !summed &&
      !stageDay(input.text, claim.sentence, start, end, input.published) &&
      (SO_FAR.test(claim.sentence.text) ||
        totalReachedOf(input.text, claim.sentence.start, start) !== null ||
        OF_THE_AGREED.test(input.text.slice(end, end + 40)) ||
        OUT_OF_THE_AGREED.test(input.text.slice(end, end + 100))) &&
      // ("That makes 3,214 of the 6,000 that Russia promised at the talks of 2 June": the
      // promise it is a share of names the agreement.)
      (AGREEMENT_NAMED.test(claim.sentence.text) ||
        OF_THE_AGREED.test(input.text.slice(end, end + 40)) ||
        OUT_OF_THE_AGREED.test(input.text.slice(end, end + 100))) &&
      !LIST_WORD.test(claim.sentence.text);
    // "So far that deal has been carried out in four stages: 190 … on 17 June, … 163 … on 1
    // July. That is 722 on each side": the sum of the stages the sentence before lists.
    const before = sentenceAt(input.text, Math.max(0, claim.sentence.start - 2));
    const thatIs =
      !summed &&
      !soFarUnder &&
      ((THAT_IS.test(input.text.slice(claim.sentence.start, start)) &&
        before.start < claim.sentence.start &&
        STAGES_WORD.test(before.text)) ||
        // "It was the second such handover … The first, in the middle of June, was larger. In
        // all, Russia has now returned 2,214 bodies": the sum of the stages told one by one.
        (IN_ALL_DONE.test(input.text.slice(claim.sentence.start, start)) &&
          !stageDay(input.text, claim.sentence, start, end, input.published) &&
          STAGE_TOLD.test(
            input.text.slice(Math.max(0, claim.sentence.start - 400), claim.sentence.start),
          )));
    const bodiesSum =
      near === "bodies" ||
      BODIES_AFTER.test(input.text.slice(end, end + 40)) ||
      BODIES_OF.test(input.text.slice(Math.max(claim.sentence.start, start - 40), start));
    const agreement =
      summed || soFarUnder
        ? agreementOfSum(claim.sentence, mentions, allEvents, proposed.events, bodiesSum)
        : thatIs
          ? (agreementOfSum(claim.sentence, mentions, allEvents, proposed.events) ??
            agreementOfSum(before, mentions, allEvents, proposed.events))
          : null;
    if (
      agreement &&
      claim.measure !== "exchange-ordinal" &&
      !claim.planned &&
      claim.number.kind !== "ratio" &&
      // ("across the four stages", "the 1,000-for-1,000 exchange": how many stages, a name.)
      !STAGES_AFTER.test(input.text.slice(end, end + 30)) &&
      !/^-?for-?/i.test(input.text.slice(end, end + 5))
    ) {
      const side = eachWord(input.text, claim.sentence, end)
        ? "each"
        : (claim.side ??
          sideOfPeople(input.text, claim.sentence, end) ??
          sideByVoice(input.text, claim.sentence, start, end, speakerOf(claim)?.party) ??
          // "So far that is 482 people under the agreement", says Kyiv's headquarters: a side's
          // own count of what the agreement has brought home is of its own people.
          ownSide(speakerOf(claim)?.party));
      // Bodies by the figure's own words ("1,180 bodies", "the bodies of more than 4,600
      // people"), not by a sentence that also tells of bodies after another figure.
      const counted = bodiesSum ? "bodies" : (near ?? claim.counted ?? "people");
      const toDate: Claim = {
        ...claim,
        measure: "released-to-date",
        counted,
        side:
          counted === "bodies" ? bodiesSide(input.text, start, end, speakerOf(claim)?.party) : side,
        date: asOfSum(claim.sentence, mentions, input.published),
        range: null,
      };
      // "Between 9 June and 4 July, 1,007 came home to each side in six stages": the staged
      // exchange as a whole that the article brings from the figure's own words is its event.
      const whole = wholeOfStages(input.text, proposed.events, start, end, input.published);
      const filed = whole ? wholeByNow(toDate, whole, input.published) : toDate;
      const fact = factOf(
        filed,
        sourceId,
        (whole ?? agreement).id,
        claimantFor(claim),
        input,
        facts.length + 1,
      );
      facts.push({
        fact,
        eventTitle: eventTitle((whole ?? agreement).id),
        check: judgeClaim(k, filed, input.published),
      });
      continue;
    }
    // "Since the swap of May 25, 1,249 have been freed", "5,657 bodies have come back since
    // June": a sum since a day, not the figure of the event on that day.
    if (
      sinceADay(input.text, claim.sentence, start, end) &&
      !runningTotalTo(input.text, claim.sentence.start, start)
    ) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "a sum since a day, not the figure of any one event",
      });
      continue;
    }
    // "1,212 on June 11, 1,200 on June 13 and 1,245 on June 16, for a total of 3,657": a sum
    // over several events, not the figure of any one of them.
    if (sumOverEvents(input.text, claim.sentence, start, end, mentions)) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "a sum over several events, not the figure of any one of them",
      });
      continue;
    }
    // "He handed over a list of 1,368 civilians held by Russia": a list handed over at talks,
    // filed with the latest talks or meeting the article names, for an editor to classify (not
    // a count of anyone freed or held). A list of those a side is ready to release is a plan.
    if (
      LIST_OF.test(input.text.slice(Math.max(claim.sentence.start, start - 40), start)) &&
      !claim.planned &&
      !plannedAt(input.text, claim.sentence, start, end)
    ) {
      const at = plannedTalks(mentions, allEvents, input.text, start, end).latest;
      if (at) {
        const listed: Claim = {
          ...claim,
          measure: "unclassified" as Claim["measure"],
          counted: countedNear(input.text, start, end, clauseAt(start)) ?? claim.counted,
          side: listSide(input.text, end) ?? claim.side,
          date: null,
          range: null,
          planned: false,
        };
        facts.push({
          fact: factOf(listed, sourceId, at.id, listGiverFor(claim), input, facts.length + 1),
          eventTitle: eventTitle(at.id),
          check: judgeClaim(k, listed, input.published),
        });
        continue;
      }
    }
    // "Over two days, 697 came home": the days may be the deal so far, not its length.
    if (claim.spanOf) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "a span of days that may be the deal so far, not how long it took",
      });
      continue;
    }
    const cumulative = claim.measure !== null && CUMULATIVE.has(claim.measure);
    // (Read before a region's share makes the measure "unclassified" below.)
    const heldAsRead = claim.measure === "held";
    const placed: Claim =
      near && !cumulative
        ? { ...claim, measure: claim.measure ?? "released", counted: near }
        : claim.measure === null
          ? { ...claim, measure: "unclassified" as Claim["measure"], counted: null }
          : // "more than 1,300 children brought home since 2022": a running total of whom it names.
            near && cumulative && TALLIED_APART.has(near)
            ? { ...claim, counted: near }
            : claim;
    // "Russia's promise of 6,000", "it is ready to release 640", "provides for 1,200": a plan
    // the fact-check's reader, made for drafts, does not take for one.
    if (!placed.planned && plannedAt(input.text, claim.sentence, start, end)) placed.planned = true;
    // "238 Ukrainians, servicemen and civilians, out of the “at least 1,200” promised": a figure
    // that names nothing it counts does not take the last noun of the list before it.
    if (
      placed.planned &&
      claim.noun === null &&
      !near &&
      (placed.counted === "civilians" || placed.counted === "military")
    )
      placed.counted = "people";
    // "Eleven servicemen from the region are among the 164 Ukrainian defenders under the age of
    // 25 who returned": a share counts what its whole counts, when the whole names a category,
    // and is on its side.
    const amongCategory = regional ? null : amongWhom(input.text, end, claim.sentence.end);
    if (amongCategory && amongCategory !== "people" && placed.measure === "released") {
      placed.counted = amongCategory;
      placed.side ??= amongSide(input.text, end, claim.sentence.end);
    }
    if (regional) {
      placed.measure = "unclassified" as Claim["measure"];
      // "… 210 young soldiers, all under 25, were freed. Eleven of them are from the region": a
      // share of the figure just told counts what that figure counts.
      placed.counted =
        amongWhom(input.text, end, claim.sentence.end) ??
        ofThem(input.text, end, claim.sentence.start, facts) ??
        near ??
        claim.counted ??
        "people";
      placed.side =
        regionalSide(speakerOf(claim)?.party) ?? amongSide(input.text, end, claim.sentence.end);
    }
    // "105 … Russian servicemen were returned", "the return of eight Ukrainian civilians": people
    // a figure names by their country go home to it, when no word of their own says each side.
    if (
      placed.measure === "released" &&
      placed.counted !== "bodies" &&
      (placed.side === null ||
        (placed.side === "each" && !eachOwn(input.text, claim.sentence, start, end)))
    )
      placed.side = sideOfPeople(input.text, claim.sentence, end) ?? placed.side;
    // "… returned to Ukraine and fourteen to the Russian Federation": the country named straight
    // after the figure, not the one the clause before it went to.
    if (placed.measure === "released" && placed.counted !== "bodies")
      placed.side = sideToAfter(input.text, end) ?? placed.side;
    // "the Russian side will return 1,200 of its servicemen": the side whose own they are.
    if (placed.side === null && placed.counted !== "bodies")
      placed.side = ownPeopleSide(input.text, claim.sentence.start, start, end);
    const sideAsRead = placed.side;
    // "75 soldiers came home. Russia received the same number.": the figure is what its own
    // words count, one side's; "the same number" gives the other side no figure of its own to
    // quote, so the fact is not made each side's. It only says whose the figure is when the
    // figure's words do not: the side opposite the one that got "the same number".
    const sameTo =
      placed.measure === "released" && placed.side === null
        ? sameNumberSide(input.text, claim.sentence.end)
        : null;
    if (sameTo) placed.side = otherSide(sameTo);
    else if (
      placed.measure === "released" &&
      placed.side === null &&
      eachSideAfter(input.text, end)
    )
      placed.side = "each";
    // "exchanged 134 seriously wounded and seriously ill prisoners each": the "and" inside the
    // noun joins two kinds of prisoner, not two sides' figures; "each" after them says a side's.
    else if (
      placed.measure === "released" &&
      placed.side === "total" &&
      KINDS_EACH.test(input.text.slice(end, end + 100))
    )
      placed.side = "each";
    // (A table's cell under "To Russia" is Russia's by its column, whatever the row says.)
    if (placed.counted === "bodies")
      placed.side =
        claim.tableCell && (claim.side === "ukraine" || claim.side === "russia")
          ? claim.side
          : bodiesSide(input.text, start, end, speakerOf(claim)?.party);
    if (placed.counted === "bodies")
      placed.side = otherWayBodies(claim.sentence, end, placed.side, start);
    // "600 prisoners of war – 300 on each side – were released": both sides' together.
    const half = HALF_EACH_AFTER.exec(
      input.text.slice(end, Math.min(claim.sentence.end, end + 80)),
    )?.[1];
    if (half && Number(half.replace(/,/g, "")) * 2 === claim.number.n) placed.side = "total";
    // "212 young soldiers had been freed", says Kyiv's ombudsman: freed to the speaker's side.
    if (placed.side === null && placed.measure === "released" && placed.counted !== "bodies")
      placed.side = sideByVoice(input.text, claim.sentence, start, end, speakerOf(claim)?.party);
    // "One hundred and ninety defenders, all under 25": Ukraine's word for its own soldiers.
    if (
      placed.side === null &&
      placed.measure === "released" &&
      placed.counted !== "bodies" &&
      DEFENDERS.test(input.text.slice(end, end + 40))
    )
      placed.side = "ukraine";
    // "684 Ukrainians have come home under the deal, out of at least 1,000 agreed": the whole a
    // part is out of is of the part's side.
    if (placed.side === null && placed.measure === "released" && placed.counted !== "bodies") {
      const part = OUT_OF_SIDE.exec(input.text.slice(claim.sentence.start, start))?.[1];
      if (part) placed.side = part === "Ukrainians" ? "ukraine" : "russia";
    }
    // "Among those returning to Ukraine were three minors": the side the group it is among went to.
    if (placed.side === null && placed.measure === "released" && placed.counted !== "bodies") {
      const to = AMONG_THOSE_TO.exec(input.text.slice(claim.sentence.start, start))?.[1];
      if (to) placed.side = /^Ukrain/.test(to) ? "ukraine" : "russia";
    }
    // "On 12 June we brought home 164 young defenders. On 14 June it was 86 seriously wounded
    // men. On 20 June, 232 more young soldiers.": a stage a speaker lists with no verb of its
    // own is on the side of the figure their list began with.
    if (
      placed.side === null &&
      placed.measure === "released" &&
      placed.counted !== "bodies" &&
      !placed.planned &&
      !FREEING_WORDS.test(claim.sentence.text)
    ) {
      const by = claimantFor(claim);
      const begun = facts.findLast(
        (f) =>
          f.fact.measure === "released" &&
          f.fact.claimantId === by &&
          !input.text.slice(f.fact.quote.start, claim.sentence.start).includes("\n"),
      );
      if (begun?.fact.side === "ukraine" || begun?.fact.side === "russia")
        placed.side = begun.fact.side;
    }
    // "155 Russian servicemen were returned … Earlier, 185 servicemen were returned": people the
    // article has named by one country only are that country's when it names them again.
    if (placed.side === null && placed.measure === "released" && placed.counted !== "bodies")
      placed.side = sideNamedBefore(input.text, start, claim.noun);
    // "84 Ukrainians returned today, 33 servicemen and 51 civilians": the parts are on the
    // whole's side.
    if (placed.side === null && placed.measure === "released" && claim.part) {
      const whole = facts.findLast((f) => f.fact.quote.start === claim.sentence.start);
      const wholeSide = whole ? (sideRead.get(whole.fact) ?? whole.fact.side) : null;
      if (wholeSide === "ukraine" || wholeSide === "russia") placed.side = wholeSide;
    }
    const storeLink =
      placed.measure !== "unclassified"
        ? linkEvent(k, placed, input.published)
        : regional
          ? linkEvent(k, { ...placed, measure: "released" }, input.published)
          : null;
    // A plan in an article that brings new talks is those talks' unless its sentence names an
    // event the store already has ("the agreement reached on May 16", "the 1,000-for-1,000"):
    // "the new exchange would bring home at least 1,000 on each side" is not May's deal.
    const linked =
      storeLink &&
      placed.planned &&
      proposed.events.some((e) => e.kind === "talks" || e.kind === "meeting") &&
      !proposed.events.some((e) => e.id === storeLink.id) &&
      !namesStoredEvent(claim.sentence, mentions, data.events)
        ? null
        : storeLink;
    // The clause's own day first ("On 24 August, under the agreements reached on 23 July, 146
    // …" is the exchange's); a plan stays with the deal the store has for it; then the store's
    // reading; then the day the paragraph, or the one before, last named.
    const inClause = cumulative
      ? null
      : (eventByPlace(mentions, allEvents, input.text, end) ??
        eventForFigure(
          mentions,
          allEvents,
          input.text,
          start,
          placed.counted,
          placed.planned,
          "clause",
        ));
    // A figure its clause dates to a stage of a staged exchange the article brings is that
    // stage's, not the whole's ("each released 405 on Saturday, completing a three-stage …").
    const stageOfNew =
      linked?.kind === "deal" &&
      inClause?.kind === "exchange" &&
      !placed.planned &&
      placed.number.kind !== "ratio" &&
      eventStart(inClause) === eventEnd(inClause) &&
      proposed.events.some((e) => e.id === linked.id) &&
      within(linked, eventStart(inClause) as string);
    // "500 for 500: the exchange of Oct 30–Nov 1": a deal the article brings, named right by the
    // figure, before the store's deal of another size the reader links any "N for N" to.
    const newDealBeside =
      linked !== null &&
      inClause?.kind === "deal" &&
      linked.kind === "deal" &&
      inClause.id !== linked.id &&
      proposed.events.some((e) => e.id === inClause.id) &&
      !proposed.events.some((e) => e.id === linked.id) &&
      !sameRatio(linked, placed.number.n, k);
    // "The May 23-25 exchange … with 1,000 prisoners released by each side": a figure whose
    // clause names a span, and no day of the span for it, is the span's, not its first day's.
    const spanOverDay =
      linked !== null &&
      inClause !== null &&
      inClause.kind === "deal" &&
      eventStart(inClause) !== eventEnd(inClause) &&
      eventStart(linked) === eventEnd(linked) &&
      within(inClause, eventStart(linked) as string) &&
      placed.date !== eventStart(linked);
    const keepLinked =
      !stageOfNew &&
      !newDealBeside &&
      !spanOverDay &&
      linked !== null &&
      (inClause === null ||
        (linked.kind === "deal" &&
          (placed.planned || placed.whole || placed.number.kind === "ratio")) ||
        (linked.kind !== "talks" &&
          placed.counted !== "bodies" &&
          within(linked, eventStart(inClause) as string)));
    const planEvent =
      placed.planned && !cumulative
        ? plannedTalks(mentions, allEvents, input.text, start, end, proposed.events)
        : null;
    // A plan in an article that brings new talks, whose sentence names nothing stored, is not
    // filed with stored talks its paragraph merely recalls ("the new exchange would …").
    const planFresh =
      planEvent && !namesStoredEvent(claim.sentence, mentions, data.events)
        ? planEvent.fresh
        : null;
    const lastNamed = eventForFigure(
      mentions,
      allEvents,
      input.text,
      start,
      placed.counted,
      placed.planned,
      "before",
    );
    // A wave of a span, named by its place ("307 on the second", "in waves of 390, 307 and
    // 303"): that day's exchange.
    const wave = cumulative
      ? null
      : (eventOfWave(placed, allEvents) ??
        eventOfListedWave(input.text, claim.sentence, start, mentions, allEvents));
    // "… 390 from each side on the first day, 307 on the second": a wave told by a bare figure
    // is on the side of the figure before it in its sentence.
    if (wave && placed.side === null && claim.noun === null) {
      const before = facts.findLast((f) => f.fact.quote.start === claim.sentence.start);
      if (before?.fact.side) placed.side = before.fact.side;
    }
    // The wave's day is the figure's day: it is judged against that day's figures.
    if (wave) {
      placed.date = eventStart(wave);
      placed.range = null;
    }
    // "390, 307 and 303 prisoners a side": a list's items share the words after its last.
    if (wave && placed.side === null && eachSideAfter(input.text, listEnd(input.text, start)))
      placed.side = "each";
    // "190 young soldiers a side on 17 June, 152 seriously wounded on 18 June": and the items
    // after a list's first share its "a side".
    if (
      !cumulative &&
      placed.side === null &&
      eachSideCarried(input.text, claim.sentence.start, start)
    )
      placed.side = "each";
    // "The Ukrainian side claimed that the 84 people it received included 33 civilians": a figure
    // the article gave before, told again with "the", is that figure's event, and so are the
    // parts its sentence gives of it (whatever day an earlier sentence named).
    const told = cumulative
      ? null
      : toldBefore(input.text, claim.sentence, start, claim.number.n, facts);
    // "… 410 Russian servicemen were returned. In return, 410 prisoners of war … were handed
    // over", "Kyiv in turn handed over 11": the other side of the same exchange as the figure
    // before.
    const inReturn = !cumulative && IN_RETURN.test(claim.sentence.text) ? facts.at(-1) : undefined;
    // The last release a figure of the sentence before (within a short paragraph) told.
    const releasedJustBefore = () =>
      facts.findLast(
        (f) =>
          f.fact.measure === "released" &&
          f.fact.quote.end <= claim.sentence.start &&
          claim.sentence.start - f.fact.quote.end < 300,
      );
    // "… the return of 140 Ukrainian defenders. The group included 97 seriously wounded and
    // 43 under 25": parts of the whole the sentence before told, of its exchange and side.
    const groupWhole =
      !cumulative &&
      (!claim.date || claim.dateInherited) &&
      GROUP_PARTS.test(input.text.slice(claim.sentence.start, start))
        ? releasedJustBefore()
        : undefined;
    if (groupWhole && placed.side === null && groupWhole.fact.side !== "total")
      placed.side = groupWhole.fact.side;
    // "147 defenders have come home. With them came eight civilians.": on the side of those
    // they came with.
    const cameWith =
      !cumulative && placed.side === null && WITH_THEM.test(claim.sentence.text)
        ? releasedJustBefore()
        : undefined;
    if (cameWith && cameWith.fact.side !== "total") placed.side = cameWith.fact.side;
    const again =
      (groupWhole && eventById(groupWhole.fact.eventId)) ??
      (told && eventById(told)) ??
      (inReturn && inReturn.fact.quote.end <= claim.sentence.start
        ? eventById(inReturn.fact.eventId)
        : null) ??
      (claim.part && claim.dateInherited ? eventById(retold.get(claim.sentence.start)) : null);
    if (told) retold.set(claim.sentence.start, told);
    // "Twelve hundred of our people are home", "the ministry said 405 servicemen had been
    // returned", with no day of their own: the figure the article already filed under one of
    // its new events, told again in another voice.
    const repeated =
      !cumulative && !placed.planned && (!claim.date || claim.dateInherited)
        ? toldAlready(
            facts,
            claim.number.n,
            claim.sentence.start,
            proposed.events,
            body,
            placed.counted,
          )
        : undefined;
    const placedEvent =
      wave ??
      again ??
      (repeated ? eventById(repeated.fact.eventId) : null) ??
      (keepLinked ? linked : inClause) ??
      // With no day of its own, the day its paragraph (or the article) last named.
      // (An exchange's place in the series, "the 64th exchange of the war", has no day of its
      // own: a range read beside it, "founded in March 2022", is where the count starts.)
      (cumulative || placed.date || (placed.range && placed.measure !== "exchange-ordinal")
        ? null
        : ((lastNamed && planFresh && !proposed.events.some((e) => e.id === lastNamed.id)
            ? planFresh
            : lastNamed) ??
          planFresh ??
          // ("Two exchanges, one handover": a count of the story's events is no one event's
          // figure, whichever day the article names first.)
          (EVENTS_COUNTED.test(input.text.slice(end, end + 30))
            ? null
            : eventForFigure(
                mentions,
                allEvents,
                input.text,
                start,
                placed.counted,
                placed.planned,
                "anywhere",
              ))));
    // "Since the full-scale invasion, 163 residents of the region have returned", "412 are listed
    // as prisoners of war": a running total, of a region or of children as much as of the
    // country, filed with the store's running totals.
    // (A day only carried over from the sentence before is not the figure's: "… on 11, 12 and
    // 14 June, 500 came home. At least 340 from the region are still listed as missing".)
    const running =
      (!cumulative ||
        claim.measure === "released-to-date" ||
        // ("Nineteen men from the district are still held": the district's standing count.)
        (regional && heldAsRead)) &&
      (((!claim.date || claim.dateInherited) && !claim.range) ||
        totalReachedOf(input.text, claim.sentence.start, start) ||
        countBesideSeries(input.text, claim.sentence, start, end))
        ? runningTotal(input.text, claim.sentence, start, end)
        : null;
    const tally = running ? allEvents.find((e) => e.kind === "tally") : undefined;
    if (running && tally) {
      // A region's standing count stays for an editor to classify, as its share of an exchange.
      placed.measure = regional ? ("unclassified" as Claim["measure"]) : running;
      // "Just over 1,500 have been brought back so far": with no noun, the running total before.
      placed.counted =
        near ??
        reachedCounted(input.text, claim.sentence.start, start) ??
        (claim.noun === null && lastRunning ? lastRunning.counted : placed.counted) ??
        "people";
      placed.side = running === "held" ? null : "ukraine";
      placed.planned = false;
    }
    // "Since March 2023, the Office has interviewed more than 250 released prisoners": a count
    // of people something was done to, for an editor to classify; since a year, a running one.
    const done = actedOn(input.text, claim.sentence, start);
    if (done) placed.measure = "unclassified" as Claim["measure"];
    const kept =
      done && sinceAYear(input.text, claim.sentence, start)
        ? allEvents.find((e) => e.kind === "tally")
        : undefined;
    // "Medinsky announced on Nov. 13 that Moscow was ready to transfer another 1,000 bodies": an
    // offer is filed with the statement that made it.
    const offered =
      placed.planned && !cumulative && !running ? statementAt(mentions, allEvents, start) : null;
    // "Today … 2,400 people will return": a plan dated by its words to a day of talks the article
    // names is those talks', before talks named nearer it on another day.
    const planDay = placed.date;
    const talksThatDay =
      planEvent && planDay && mentions.some((m) => m.from === planDay && TALKS_KINDS.has(m.kind))
        ? (allEvents.find((e) => TALKS_KINDS.has(e.kind) && eventStart(e) === planDay) ?? null)
        : null;
    // "In total, since the start of the implementation of the Istanbul agreements, 829 …": a
    // total under a deal, with no day of its own, is filed with the new talks that made it.
    // ("under the June deal": the talks of that month.)
    const deal =
      !claim.date && !claim.range && !running
        ? (UNDER_A_DEAL.exec(claim.sentence.text) ?? UNDER_IT.exec(claim.sentence.text))
        : null;
    const dealMonth = deal?.[1] ? MONTH_NAMES.indexOf(deal[1].toLowerCase() as never) + 1 : 0;
    // ("the Geneva agreements": the talks whose words name Geneva.)
    const dealWord = deal?.[1] && /^\p{Lu}/u.test(deal[1]) ? deal[1] : null;
    const talksOf = (fits: (m: EventMention) => boolean) =>
      mentions
        .filter((m) => TALKS_KINDS.has(m.kind) && fits(m))
        .map((m) => eventOfMention(allEvents, m))
        .find((e) => e !== undefined) ?? null;
    const underDeal = deal
      ? dealMonth > 0
        ? talksOf((m) => Number(m.from.slice(5, 7)) === dealMonth)
        : ((dealWord ? talksOf((m) => m.quote.text.includes(dealWord)) : null) ??
          plannedTalks(mentions, allEvents, input.text, start, end, proposed.events).fresh)
      : null;
    const chosen =
      kept ??
      tally ??
      offered ??
      underDeal ??
      planEvent?.named ??
      placedEvent ??
      talksThatDay ??
      planEvent?.nearest;
    // "23 September: … Agreed: 1,200 prisoners of war from each side, freed in stages", in an
    // article that dates the staged exchange that followed: the exchange's figure, filed with it.
    const carriedOut =
      chosen &&
      TALKS_KINDS.has(chosen.kind) &&
      placed.counted !== "bodies" &&
      (placed.planned ||
        /\bagreed\b[^.;]{0,40}$/i.test(input.text.slice(claim.sentence.start, start)))
        ? stagedAfter(proposed.events, chosen)
        : null;
    const event = carriedOut ?? chosen;
    if (!event) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: claim.date
          ? `no event in the store on ${claim.date}`
          : "no day or event named that the store can tie it to",
      });
      continue;
    }
    // "completing a three-stage exchange", "Third and final stage": how many stages an exchange
    // the article brings took is told by its proposed events themselves, not a figure to review
    // (the review logs of the later sets settled that stage counts are not facts).
    if (placed.measure === "wave-count" && proposed.events.some((e) => e.id === event.id)) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "a count of the stages of an event the article brings",
      });
      continue;
    }
    // "Ukraine and Russia exchanged seriously wounded prisoners on Tuesday … 164 Ukrainians were
    // returned": people named only by their country count what the words that set up the stage
    // say it was for, when they name one category.
    const category = stageCategory(proposed.events, event.id);
    if (
      category &&
      placed.measure === "released" &&
      !placed.planned &&
      placed.counted === "people" &&
      (/^(?:Ukrainians|Russians|people)$/i.test(claim.noun ?? "") ||
        // "Russia said it had received 118 of its own".
        /^\s+of (?:its|their) own\b/i.test(input.text.slice(end, end + 20)))
    )
      placed.counted = category;
    const check = judgeClaim(k, placed, input.published);
    // An article that brings new events and recalls an earlier one ("It follows the
    // 1,000-for-1,000 swap of May 23–25, in which 390, 307 and 303 …") repeats what the store
    // already holds: nothing for an editor to review.
    if (recalled(data.events, proposed.events, event, check)) {
      skipped.push({
        claim: claim.span.text,
        sentence: claim.sentence.text,
        why: "background: the store already holds this figure for that earlier event",
      });
      continue;
    }
    const fact = factOf(
      wholeByNow(placed, event, input.published),
      sourceId,
      event.id,
      claimantFor(claim),
      input,
      facts.length + 1,
    );
    sideRead.set(fact, sideAsRead);
    if (running) lastRunning = fact;
    facts.push({ fact, eventTitle: eventTitle(event.id), check });
  }
  // Figures the reader makes no claim of ("Moscow promised to hand over 6,000 bodies"), in a
  // clause that names an event: proposed with what the words beside them count, or as
  // "unclassified" for an editor to place. Never dropped without a word.
  const claimed = claims.map((c) => [c.number.start, c.number.end] as const);
  const dated = findDates(input.text, { refDate: input.published, spelledDays: true });
  for (const n of findNumbers(input.text)) {
    if (n.kind !== "cardinal") continue;
    if (claimed.some(([a, b]) => a < n.end && n.start < b)) continue;
    if (dated.some((d) => d.start < n.end && n.start < d.end)) continue;
    if (inSpacedRow(n.start, false)) continue;
    const sentence = sentenceAt(input.text, n.start);
    if (notAFigure(input.text, n.start, n.end)) continue;
    if (inOutletName(input.text, n.start, n.end, input.outlet)) continue;
    const sinceOrSum =
      sinceADay(input.text, sentence, n.start, n.end) ||
      sumOverEvents(input.text, sentence, n.start, n.end, mentions);
    // "That makes 3,214 of the 6,000 that Russia promised at the talks of 2 June": a share of
    // what an agreement promised is what it has brought so far.
    const shareOfPromise = OF_THE_AGREED.test(input.text.slice(n.end, n.end + 40));
    // (As for the claims above: "In all, Russia has now returned N bodies" after stages told.)
    const inAllDone =
      IN_ALL_DONE.test(input.text.slice(sentence.start, n.start)) &&
      STAGE_TOLD.test(input.text.slice(Math.max(0, sentence.start - 400), sentence.start));
    if (sinceOrSum || shareOfPromise || inAllDone) {
      // As for the claims above: a total so far of what an agreement brought, on its talks
      // ("In total, since June the Russian side has transferred … 4,657 bodies").
      const near = countedNear(input.text, n.start, n.end, clauseAt(n.start));
      const bodiesSum =
        near === "bodies" ||
        BODIES_AFTER.test(input.text.slice(n.end, n.end + 40)) ||
        BODIES_OF.test(input.text.slice(Math.max(sentence.start, n.start - 40), n.start));
      const people =
        near ??
        (/^\s+(?:[\p{L}-]+\s+)?(?:people|prisoners|captives|soldiers|servicemen|POWs|Ukrainians|Russians)\b/iu.test(
          input.text.slice(n.end, n.end + 30),
        )
          ? "people"
          : null);
      const agreement =
        (bodiesSum || people) &&
        n.n >= 10 &&
        !stageDay(input.text, sentence, n.start, n.end, input.published) &&
        !STAGES_AFTER.test(input.text.slice(n.end, n.end + 30)) &&
        !/^-?for-?/i.test(input.text.slice(n.end, n.end + 5))
          ? agreementOfSum(sentence, mentions, allEvents, proposed.events, bodiesSum)
          : null;
      if (agreement) {
        const party = (
          speakers(sentence.start, n.start - sentence.start) ??
          attributed({ sentence, number: { start: n.start } } as Claim)
        )?.party;
        const sum = figureClaim(sentence, n, {
          measure: "released-to-date",
          counted: bodiesSum ? "bodies" : people,
          side: bodiesSum
            ? otherWayBodies(sentence, n.end, bodiesSide(input.text, n.start, n.end, party))
            : eachWord(input.text, sentence, n.end)
              ? "each"
              : (sideOfPeople(input.text, sentence, n.end) ??
                sideByVoice(input.text, sentence, n.start, n.end, party) ??
                ownSide(party)),
          date: asOfSum(sentence, mentions, input.published),
          planned: false,
        });
        // (As for the claims above: the staged exchange as a whole its own words bring.)
        const whole = wholeOfStages(input.text, proposed.events, n.start, n.end, input.published);
        const filed = whole ? wholeByNow(sum, whole, input.published) : sum;
        facts.push({
          fact: factOf(
            filed,
            sourceId,
            (whole ?? agreement).id,
            claimantFor(sum),
            input,
            facts.length + 1,
          ),
          eventTitle: eventTitle((whole ?? agreement).id),
          check: judgeClaim(k, filed, input.published),
        });
        continue;
      }
      if (sinceOrSum) {
        skipped.push({
          claim: n.text,
          sentence: sentence.text,
          why: "a sum since a day, not the figure of any one event",
        });
        continue;
      }
    }
    // 'Kyiv expects "more than a thousand" people on each side': a figure in words that counts
    // people, past the quotation mark that closes it.
    const counted =
      countedNear(input.text, n.start, n.end, clauseAt(n.start)) ??
      (n.n >= 100 &&
      /^["”’]?\s+(?:people|prisoners|captives|soldiers|servicemen|POWs|defenders)\b/i.test(
        input.text.slice(n.end, n.end + 30),
      )
        ? "people"
        : // 'The deal promised "no fewer than 1,000" a side', after words of exchanging soldiers.
          peopleEachSide(input.text, n.start, n.end) ||
            // "(174 a side), the second the following day (91)": a bare figure in brackets in a
            // list whose first bracket counts prisoners a side counts them so too.
            eachSideSibling(input.text, sentence, n.start, n.end)
          ? "people"
          : null);
    const regional = regionalPart(
      input.text,
      sentence,
      n.end,
      (
        speakers(sentence.start, n.start - sentence.start) ??
        attributed({ sentence, number: { start: n.start } } as Claim)
      )?.name,
    );
    // "412 residents … are listed as prisoners of war, and several hundred more as missing": a
    // standing count told after another in its sentence, of people held or missing, for an
    // editor to classify with the running totals.
    const standingBefore = facts.findLast(
      (f) =>
        f.fact.quote.start === sentence.start &&
        f.fact.eventId === allEvents.find((e) => e.kind === "tally")?.id,
    );
    if (
      standingBefore &&
      n.n >= 100 &&
      /^\s+more\s+(?:as|are|were|remain)\s+(?:\p{L}+\s+)?(?:missing|held|detained|prisoners)\b/iu.test(
        input.text.slice(n.end, n.end + 40),
      )
    ) {
      const standing = figureClaim(sentence, n, {
        measure: "unclassified" as Claim["measure"],
        counted: "people",
        side: null,
        date: null,
        planned: false,
      });
      facts.push({
        fact: factOf(
          standing,
          sourceId,
          standingBefore.fact.eventId,
          standingBefore.fact.claimantId,
          input,
          facts.length + 1,
        ),
        eventTitle: eventTitle(standingBefore.fact.eventId),
        check: judgeClaim(k, standing, input.published),
      });
      continue;
    }
    // "like the one on March 19", "two of them": a small word with nothing counted beside it.
    if (!counted && !regional && (n.n < 10 || !/\d/.test(n.text))) {
      skipped.push({ claim: n.text, sentence: sentence.text, why: "a word, not a figure" });
      continue;
    }
    const before = input.text.slice(sentence.start, n.start);
    const planned = plannedAt(input.text, sentence, n.start, n.end);
    const plan = planned
      ? plannedTalks(mentions, allEvents, input.text, n.start, n.end, proposed.events)
      : null;
    // As for the claims above: a plan that names nothing stored is the new talks' first.
    const freshPlan =
      plan && !namesStoredEvent(sentence, mentions, data.events) ? plan.fresh : null;
    const lastNamed = eventForFigure(
      mentions,
      allEvents,
      input.text,
      n.start,
      counted,
      planned,
      "before",
    );
    const running = runningTotal(input.text, sentence, n.start, n.end);
    const tally = running ? allEvents.find((e) => e.kind === "tally") : undefined;
    const reached = running ? reachedCounted(input.text, sentence.start, n.start) : null;
    // "handed the Russian side a list of 412 deported children": the talks it was handed over at.
    const listed =
      !planned && LIST_OF.test(input.text.slice(Math.max(sentence.start, n.start - 40), n.start))
        ? plannedTalks(mentions, allEvents, input.text, n.start, n.end).latest
        : null;
    // As for the claims above: a figure with no day of its own that the article already filed
    // under one of its new events, told again in another voice.
    const repeated =
      !running &&
      !planned &&
      !findDates(sentence.text, { refDate: input.published, spelledDays: true }).length
        ? toldAlready(facts, n.n, sentence.start, proposed.events, body, counted)
        : undefined;
    // As for the claims above: an offer is filed with the statement that made it.
    const offered = planned && !running ? statementAt(mentions, allEvents, n.start) : null;
    const event =
      tally ??
      listed ??
      (repeated ? eventById(repeated.fact.eventId) : null) ??
      offered ??
      plan?.named ??
      eventByPlace(mentions, allEvents, input.text, n.end) ??
      eventForFigure(mentions, allEvents, input.text, n.start, counted, planned, "clause") ??
      (lastNamed && freshPlan && !proposed.events.some((e) => e.id === lastNamed.id)
        ? freshPlan
        : lastNamed) ??
      freshPlan ??
      plan?.nearest ??
      // "Seventeen residents … have returned home" in a lead that names no day: the event the
      // article goes on to give a day for, when it counts people it names.
      (counted && !planned && n.n >= 10
        ? eventForFigure(mentions, allEvents, input.text, n.start, counted, planned, "anywhere")
        : null);
    if (!event) {
      skipped.push({
        claim: n.text,
        sentence: sentence.text,
        why: "a figure with no event named beside it",
      });
      continue;
    }
    const after = input.text.slice(n.end, n.end + 60);
    // "Russia received the same number of servicemen and eight residents": the receiving side
    // the sentence names before the figure.
    const receiver = /\b(Russia|Ukraine|Kyiv|Moscow) (?:received|got|took back)\b/.exec(
      before,
    )?.[1];
    const party = (
      speakers(sentence.start, n.start - sentence.start) ??
      attributed({ sentence, number: { start: n.start } } as Claim)
    )?.party;
    const side: Fact["side"] =
      counted === "bodies"
        ? otherWayBodies(sentence, n.end, bodiesSide(input.text, n.start, n.end, party))
        : /\b(?:each|a side|per side|on each side)\b/i.test(after) ||
            eachSideSibling(input.text, sentence, n.start, n.end)
          ? "each"
          : receiver
            ? /^(?:Russia|Moscow)$/.test(receiver)
              ? "russia"
              : "ukraine"
            : (sideOfPeople(input.text, sentence, n.end) ??
              (/\bto Ukraine\b|\bUkrainian\b|\bUkraine received\b/i.test(before.slice(-40) + after)
                ? "ukraine"
                : /\bto Russia\b|\bRussian\b/i.test(before.slice(-40) + after)
                  ? "russia"
                  : sideByVoice(input.text, sentence, n.start, n.end, party)));
    const claim = figureClaim(sentence, n, {
      measure:
        running ??
        (counted && !regional && !listed ? "released" : ("unclassified" as Claim["measure"])),
      counted: running
        ? (counted ?? reached ?? "people")
        : regional
          ? (amongWhom(input.text, n.end, sentence.end) ??
            ofThem(input.text, n.end, sentence.start, facts) ??
            counted ??
            "people")
          : counted,
      side: running
        ? running === "held"
          ? null
          : "ukraine"
        : regional
          ? regionalSide(
              (
                speakers(sentence.start, n.start - sentence.start) ??
                attributed({ sentence, number: { start: n.start } } as Claim)
              )?.party,
            )
          : side,
      date: running ? null : eventStart(event),
      planned,
    });
    facts.push({
      fact: factOf(claim, sourceId, event.id, claimantFor(claim), input, facts.length + 1),
      eventTitle: eventTitle(event.id),
      check: judgeClaim(k, claim, input.published),
    });
  }
  // "17:30 Russia's Defence Ministry says 232 Russian servicemen have been returned" above
  // "14:12 … today 232 young guys are back in Ukraine" on a live page, newest first: a figure with
  // no day of its own is that of the day the article gives the same figure, before or after it.
  for (const p of facts) {
    const f = p.fact;
    if (f.value.type !== "number" || f.eventDate || f.measure !== "released" || f.planned) continue;
    const n = f.value.n;
    if (n < 10) continue;
    const dated = new Set(
      facts
        .map((o) => o.fact)
        .filter(
          (o) =>
            o !== f &&
            o.value.type === "number" &&
            o.value.n === n &&
            o.eventDate &&
            o.measure === "released" &&
            (o.counted === "bodies") === (f.counted === "bodies") &&
            !o.planned &&
            proposed.events.some((e) => e.id === o.eventId),
        )
        .map((o) => o.eventId),
    );
    const [only] = [...dated];
    if (dated.size !== 1 || !only || only === f.eventId) continue;
    f.eventId = only;
    p.eventTitle = eventTitle(only);
  }
  // "the return of 1,212 bodies on June 12 (with 27 going the other way)": an aside on the
  // figure before it is of its event and counts what it counts.
  for (const p of facts) {
    const f = p.fact;
    if (f.value.type !== "number") continue;
    const at = input.text.indexOf(f.value.said, f.quote.start);
    const on = asideOn(input.text, f.quote, at, facts);
    if (!on) continue;
    f.eventId = on.eventId;
    f.measure = on.measure;
    f.counted = on.counted;
    f.eventDate = on.eventDate;
    f.side = OTHER_WAY.test(input.text.slice(at + f.value.said.length, f.quote.end))
      ? otherSide(on.side)
      : (f.side ?? on.side);
    p.eventTitle = eventTitle(on.eventId);
  }
  // "Kyiv says it returned 29 bodies that day, Moscow says 31": a rival count of the figure just
  // told, in another voice, counts what it counts, on its side and event.
  for (const p of facts) {
    const f = p.fact;
    const rival = rivalOf(input.text, f, facts);
    if (!rival) continue;
    f.eventId = rival.eventId;
    f.measure = rival.measure;
    f.counted = rival.counted;
    f.side = rival.side;
    f.eventDate = rival.eventDate;
    f.asOf = rival.asOf;
    p.eventTitle = eventTitle(rival.eventId);
  }
  // "58 Ukrainian civilians came home in exchange for 40 Russians": the other side's figure
  // counts what the one it was exchanged for counts.
  for (const p of facts) {
    const f = p.fact;
    if (f.value.type !== "number" || f.measure !== "released" || f.counted !== "people") continue;
    const at = input.text.indexOf(f.value.said, f.quote.start);
    if (!/\bin (?:exchange|return) for\s+$/i.test(input.text.slice(Math.max(0, at - 20), at)))
      continue;
    if (!/^\s+(?:Russians|Ukrainians)\b/.test(input.text.slice(at + f.value.said.length))) continue;
    // (The first figure of the other side's in the sentence: the whole, not a part of it.)
    const whole = facts
      .map((o) => o.fact)
      .find(
        (o) =>
          o !== f &&
          o.quote.start === f.quote.start &&
          o.value.type === "number" &&
          input.text.indexOf(o.value.said, o.quote.start) < at &&
          o.side !== null &&
          o.side !== f.side,
      );
    if (whole?.counted === "civilians" || whole?.counted === "military") f.counted = whole.counted;
  }
  // "… on 16 June and on 18 July, receiving 29 and 19 in return": a bare list after as many
  // days of its kind is of those days in order.
  for (const p of facts) {
    const f = p.fact;
    if (f.value.type !== "number" || f.measure !== "released") continue;
    const at = input.text.indexOf(f.value.said, f.quote.start);
    if (at < 0) continue;
    const sentence = sentenceAt(input.text, at);
    const previous = sentence.start > 1 ? sentenceAt(input.text, sentence.start - 2) : null;
    const paired = eventOfPairedList(
      input.text,
      sentence,
      previous && previous.start < sentence.start ? previous : null,
      at,
      f.counted === "bodies" ? "bodies" : "exchange",
      mentions,
      allEvents,
    );
    if (!paired || paired.id === f.eventId) continue;
    f.eventId = paired.id;
    f.eventDate = eventStart(paired);
    p.eventTitle = eventTitle(paired.id);
  }
  // "8 to 10 September: 95-95, 88-88, 120-120": each item of a span's per-day list is of its
  // own day's exchange.
  for (const p of facts) {
    const f = p.fact;
    if (f.value.type !== "number" || f.measure !== "released" || f.counted === "bodies") continue;
    const at = input.text.indexOf(f.value.said, f.quote.start);
    if (at < 0) continue;
    const listed = eventOfDayList(input.text, sentenceAt(input.text, at), at, mentions, allEvents);
    if (!listed || listed.id === f.eventId) continue;
    f.eventId = listed.id;
    f.eventDate = eventStart(listed);
    p.eventTitle = eventTitle(listed.id);
  }
  // "130 captives, 65 from each side", "2,400 people will return" where 1,200 a side was
  // agreed: a figure no side is read for that is both sides' together.
  for (const p of facts) {
    const f = p.fact;
    if (f.side !== null || f.value.type !== "number" || f.measure !== "released") continue;
    if (f.counted === "bodies") continue;
    const at = input.text.indexOf(f.value.said, f.quote.start);
    if (at < 0) continue;
    const n = f.value.n;
    const split = EACH_SPLIT.exec(input.text.slice(at + f.value.said.length, f.quote.end));
    // "the three-stage exchange of 2,400 prisoners between 2 and 4 October": an exchange's
    // size told with no side is both sides'.
    if (
      !split &&
      /\b(?:exchange|swap)\s+of\s+$/i.test(input.text.slice(Math.max(0, at - 30), at)) &&
      /^\s+(?:prisoners|captives|people|POWs|prisoners of war)\b(?![^.;,]{0,30}\b(?:each|per side|a side|for)\b)/i.test(
        input.text.slice(at + f.value.said.length, at + f.value.said.length + 60),
      )
    ) {
      f.side = "total";
      continue;
    }
    const half =
      split?.[1] !== undefined
        ? findNumbers(split[1])[0]?.n === n / 2
        : facts.some(
            (o) =>
              o !== p &&
              o.fact.side === "each" &&
              o.fact.value.type === "number" &&
              o.fact.value.n * 2 === n &&
              o.fact.eventId === f.eventId,
          );
    if (half) f.side = "total";
    // "the return of 28 civilians. Fourteen returned to Ukraine and fourteen to Russia": a
    // figure the two sides' parts of the same event, told just after it, add up to.
    const parts = facts.filter(
      (o) =>
        o !== p &&
        o.fact.eventId === f.eventId &&
        o.fact.measure === "released" &&
        o.fact.value.type === "number" &&
        o.fact.quote.start >= f.quote.start &&
        o.fact.quote.start - f.quote.end < 400,
    );
    const sum = (side: Fact["side"]) =>
      parts.find((o) => o.fact.side === side && o.fact.value.type === "number")?.fact.value;
    const ua = sum("ukraine");
    const ru = sum("russia");
    if (ua?.type === "number" && ru?.type === "number" && ua.n + ru.n === n) f.side = "total";
  }
  // "3,214 of the 6,000 it promised", "offered 3,000 more", "the promise of 6,000": a pledge
  // whose own words count nothing, told of bodies, is a pledge of bodies (to Ukraine, when the
  // one pledging is Russia).
  for (const { fact: f } of facts) {
    if (f.value.type !== "number" || (f.counted !== null && f.counted !== "people")) continue;
    if (f.measure !== "released" && f.measure !== "unclassified") continue;
    const pledge = pledgedBodies(input.text, f.quote, f.value.said);
    if (!pledge) continue;
    f.counted = "bodies";
    f.measure = "released";
    if (f.side === null && pledge === "russia") f.side = "ukraine";
    // (Told in the outlet's own words, the pledge is Russia's claim, not the outlet's.)
    if (pledge === "russia" && f.claimantId === claimantId && !author) {
      f.claimantId = "ru-officials";
      if (
        !k.catalog.claimants.has(f.claimantId) &&
        !newClaimants.some((c) => c.id === f.claimantId)
      )
        newClaimants.push({ id: f.claimantId, name: "Russian officials", party: "russia" });
    }
  }
  // A headline repeating the body, a figure told twice in one voice: recorded once.
  const { kept, dropped } = dropRepeats(input.text, facts);
  for (const { item, why } of dropped)
    skipped.push({
      claim: item.fact.value.type === "number" ? item.fact.value.said : "",
      sentence: item.fact.quote.text,
      why,
    });
  kept.forEach((p, i) => {
    p.fact.id = `${sourceId}-f${i + 1}`;
  });
  return {
    ok: true,
    proposal: {
      source,
      claimant,
      claimants: newClaimants,
      events: proposed.events,
      facts: kept,
      skipped,
    },
  };
}

/**
 * The attribution of each sentence, by its start: its own, or, for "It added …" and "he said"
 * with no name, the last one named earlier in the same paragraph.
 */
function attributionsByParagraph(
  text: string,
  outlet: string,
): (claim: Claim) => Attribution | null {
  // A ministry's own statement speaks for the ministry, not for an outlet of that name.
  const named = attributionOf(`${outlet.replace(/\s*\([^)]*\)\s*$/, "")} said`);
  const ownVoice = named && !named.claimantId.endsWith("-officials") ? named : null;
  const bySentence = new Map<number, Attribution | null>();
  let last: Attribution | null = null;
  let lastMinistry: Attribution | null = null;
  let previous: number | null = null;
  let lastEnd = 0;
  for (const s of splitSentences(text)) {
    if (text.slice(lastEnd, s.start).includes("\n")) {
      last = null;
      previous = null;
    }
    lastEnd = s.end;
    // "The ministry had reported …": the ministry the article last named.
    const own: Attribution | null =
      attributionOf(s.text) ??
      leadAttribution(s.text) ??
      sourceInTail(s.text) ??
      (lastMinistry && THE_MINISTRY.test(s.text) ? lastMinistry : null);
    if (own?.claimantId.endsWith("ministry")) lastMinistry = own;
    // "This was announced by President Zelensky": the sentence before is his.
    if (own && previous !== null && THIS_WAS_SAID.test(s.text) && !bySentence.get(previous))
      bySentence.set(previous, own);
    // Attribution carries through a paragraph, as newsroom copy writes it ("According to the
    // Headquarters, … . Since March 2022, more than 4,750 …").
    // A sentence that names its own source ("officials said"), one the vocabulary does not
    // know, is not given the last one's.
    bySentence.set(s.start, own ?? (saysWho(s.text) ? null : last));
    // Only an attribution that leads its sentence ("According to the Headquarters, …") carries
    // on to the next; "Kyiv said 390, while Moscow said 270" speaks for itself alone.
    last = own && LEADS.test(s.text) ? own : null;
    previous = s.start;
  }
  return (claim) =>
    // A sentence with a speaker of its own gives each figure the speaker nearest it.
    attributionOf(claim.sentence.text, claim.number.start - claim.sentence.start) ??
    bySentence.get(claim.sentence.start) ??
    (saysWho(claim.sentence.text) ? null : ownVoice);
}

/**
 * The author of an opinion piece (an outlet or a heading that says "Opinion", "Op-ed",
 * "Comment"), from its byline: "By Olena Havryshko | 18 March 2026". Null for news copy.
 */
export function opinionAuthor(text: string, outlet: string): string | null {
  const head = text.slice(0, 400);
  if (
    !/\b(?:opinion|op-ed|commentary)\b/i.test(outlet) &&
    !/^\s*(?:Opinion|Op-ed|Comment)\s*[|:—–]/im.test(head)
  )
    return null;
  return (
    /^\s*By\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:[|,·—–]|$)/mu.exec(head)?.[1] ??
    null
  );
}

/**
 * A digest's line that names its source in a closing parenthesis: "▪️ Over 6,200 freed since 2022
 * (Coordination HQ)". Only a body the vocabulary knows.
 */
function sourceInTail(sentence: string): Attribution | null {
  const tail = /\(([^()]{3,60})\)\s*$/.exec(sentence.trim())?.[1];
  return tail && !/\d/.test(tail) ? attributionOf(`${tail} said`) : null;
}

/**
 * A live blog's entry led by its source: "18:30 — Ukraine's Coordination Headquarters has the
 * breakdown: 84 …", "Russia's Defence Ministry: “On 14 June, 290 …”".
 */
function leadAttribution(sentence: string): Attribution | null {
  const body = sentence.replace(/^\d{1,2}[:.]\d{2}\s*[—–-]\s*/, "");
  const colon = body.indexOf(":");
  if (colon < 3 || colon > 90) return null;
  return attributionOf(`${body.slice(0, colon)} said`);
}

/** Whether a sentence has a verb of saying at all (a non-global copy: SAID's lastIndex is shared). */
const SAYS = new RegExp(SAID.source, "i");
function saysWho(sentence: string): boolean {
  return SAYS.test(sentence);
}

/** "the ministry", and "the military department" as Russian agencies call the Defence Ministry. */
const THE_MINISTRY = /\bthe (?:ministry|military department|defen[cs]e department)\b/i;

/** "from the region", "from Volyn", "were from Volyn": people of one place among those freed. */
/**
 * "… were among the 212 young soldiers released": a share counts what its whole counts, as the
 * words beside the whole say it.
 */
/** "Eleven of them are from the region": what the figure just told before counts. */
function ofThem(
  text: string,
  end: number,
  sentenceStart: number,
  facts: readonly ProposedFact[],
): Fact["counted"] | undefined {
  if (!/^\s+of (?:them|these|those)\b/i.test(text.slice(end, end + 20))) return undefined;
  return facts.findLast((f) => f.fact.quote.start < sentenceStart)?.fact.counted ?? undefined;
}

/** " sick and wounded prisoners each", " wounded and sick soldiers on each side": two kinds of
 * prisoner in one noun, then "each". */
const KINDS_EACH =
  /^\s+(?:[\p{L}-]+\s+){1,4}and\s+(?:[\p{L}-]+\s+){1,6}?(?:each|a side|per side|on each side)\b/u;

/** "684 Ukrainians have now come home …, out of at least …": a part named by its side. */
const OUT_OF_SIDE =
  /\b\d[\d,]*\s+(Ukrainians|Russians)\b[^.;]{0,80},?\s+out of\s+(?:(?:at least|about|some|nearly|more than|over|roughly|no fewer than)\s+)?$/;

/** "Among those returning to Ukraine were …", "among the people sent to Russia, …". */
const AMONG_THOSE_TO =
  /\bamong (?:those|them|the (?:people|civilians|soldiers|prisoners|detainees))\s+(?:(?:returning|returned|going|gone|sent|coming|brought)\s+)(?:home\s+|back\s+)?to\s+(?:the\s+)?(Ukraine|Russia|Russian Federation)\b[^.;]*$/i;

/** "… are among the 164 Ukrainian defenders …": the side of the whole a share is among. */
function amongSide(text: string, end: number, sentenceEnd: number): Fact["side"] {
  const of =
    /^[^.;]*?\b(?:were|are|was|is) among (?:the\s+)?\d[\d,]*\s+(?:[\p{Ll}-]+\s+){0,2}?(Ukrainian|Russian)s?\b/u.exec(
      text.slice(end, sentenceEnd),
    )?.[1];
  return of === "Ukrainian" ? "ukraine" : of === "Russian" ? "russia" : null;
}

function amongWhom(text: string, end: number, sentenceEnd: number): Fact["counted"] {
  const m = /^[^.;]*?\b(?:were|are|was|is) among (?:the\s+)?(\d[\d,]*)/i.exec(
    text.slice(end, sentenceEnd),
  );
  if (!m?.[1]) return null;
  const at = end + m[0].length - m[1].length;
  return countedNear(text, at, at + m[1].length, text.slice(at, sentenceEnd));
}

const RESIDENTS_OF =
  /^\s*(?:[\p{L}'’-]+\s+)?(?:residents|natives|people)\s+of\s+(?:the\s+)?(?:region|district|oblast|\p{Lu}\p{Ll}+\s+(?:region|oblast|district))\b/u;
const FROM_PLACE =
  /^\s*(?:[\p{L}'’-]+\s+){0,5}?(?<!\b(?:home|back|returned|released|freed|brought|transferred|over)\s)(?:were\s+)?from\s+(?:the\s+)?(?:region|district|oblast|(?!(?:Russia|Ukraine|Belarus|Moscow|Kyiv|Russian|Ukrainian|Belarusian)\b)\p{Lu}\p{Ll}+)\b/u;

/**
 * Whether a figure is one place's share of those freed ("14 men from the region returned",
 * "Three of those freed on Friday were from Volyn"), in a sentence that sums nothing over
 * several stages ("across the three stages so far" is a sum, not a share of one exchange).
 */
function regionalPart(
  text: string,
  sentence: { start: number; end: number; text: string },
  end: number,
  speaker?: string,
): boolean {
  const after = text.slice(end, Math.min(sentence.end, end + 70));
  if (/\b(?:so far|in all|in total|across|since|altogether)\b/i.test(sentence.text)) return false;
  // "Seventeen residents of Chernihiv region were among the 212 …", or told by the region's
  // own administration: its people's share of an exchange.
  if (
    RESIDENTS_OF.test(after) &&
    (/^[^.;]*\bwere among\b/i.test(after) ||
      /\b(?:regional|district)\b[^.]*\badministration\b/i.test(speaker ?? ""))
  )
    return true;
  const from = FROM_PLACE.exec(after);
  if (!from) return false;
  // A share: "from the region", "were from Volyn", "five men from Volyn in Thursday's group";
  // not "95 soldiers from Mariupol came home", which is everyone the sentence counts.
  // "At least four other men from the Poltava region came home, the regional administration
  // said": others than the one the article is about, or told by the region itself.
  return (
    /\bfrom\s+(?:the\s+)?(?:region|district|oblast)\b|\bwere\s+from\b|\bother\b/i.test(from[0]) ||
    /\b(?:group|of those|among those|one of)\b/i.test(sentence.text) ||
    /\b(?:regional|district)\b[^.]*\badministration\b/i.test(speaker ?? "")
  );
}

/**
 * Whether "each side" is the figure's own: in its stretch of words ("each side freed 390",
 * "84 prisoners by each side"), not a figure's before it in the sentence ("146 … by each side
 * on 24 August and the return of eight Ukrainian civilians").
 */
function eachOwn(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): boolean {
  const before =
    text
      .slice(sentence.start, start)
      .split(/[,;:]|\band\b/)
      .pop() ?? "";
  const after = text.slice(end, sentence.end).split(/[,;:.]|\band\b/)[0] ?? "";
  return /\b(?:each|per side|a side)\b/i.test(before + after);
}

/**
 * "the 84 people it received", in a clause that names no day: the event of the fact the article
 * gave before with that value, if one.
 */
function toldBefore(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  n: number,
  facts: readonly ProposedFact[],
): string | null {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(sentence.start, start - 5), start))) return null;
  // ("the 1,000-for-1,000 exchange" names an exchange; it tells no figure again.)
  if (/^[\d,]*[-\s]for[-\s]\d/i.test(text.slice(start, start + 20))) return null;
  const earlier = facts.find(
    (f) =>
      f.fact.value.type === "number" &&
      f.fact.value.n === n &&
      f.fact.quote.end <= sentence.start &&
      f.fact.measure === "released",
  );
  return earlier?.fact.eventId ?? null;
}

/** Words that make a figure the sum of what its sentence lists. */
const IN_ALL = /\b(?:in all|in total|for a total of|combined|altogether|taken together)\b/i;

/**
 * Whether a figure sums several events of its sentence: "for a total of 3,657" after three
 * days, "more than two thousand in all" for bodies handed over "on Wednesday and Friday", or a
 * whole split after a colon ("98 Russian soldiers: 27 after the first batch, 51 after the
 * third").
 */
function sumOverEvents(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
  mentions: readonly EventMention[],
): boolean {
  const days = new Set(
    mentions.filter((m) => m.at >= sentence.start && m.at < sentence.end).map((m) => m.from),
  );
  const near = text.slice(Math.max(sentence.start, start - 25), Math.min(sentence.end, end + 25));
  if (days.size >= 2 && IN_ALL.test(near)) return true;
  // "Together with the releases of 10 and 11 June, 617 …": the days before it, added up.
  if (days.size >= 2 && /^\s*together with\b/i.test(text.slice(sentence.start, start))) return true;
  // "Two stages, ten days apart, have returned 238": several stages with no span named for
  // them ("in four stages between June 9 and June 14, which returned 916" is the span's).
  const before = text.slice(sentence.start, start);
  if (
    /\b(?:two|three|four|five|six|\d+) (?:\p{L}+ )?(?:stages|batches|waves|transfers|exchanges|swaps|releases)\b[^.;]{0,100}\b(?:(?:have|has)\s+(?:\p{L}+\s+)?)?(?:returned|brought|freed|released)\b[^.;]{0,20}$/iu.test(
      before,
    ) &&
    !mentions.some((m) => m.at >= sentence.start && m.at < sentence.end && m.from !== m.to)
  )
    return true;
  const after = text.slice(end, sentence.end);
  const colon = after.indexOf(":");
  if (colon < 0 || /[;.]/.test(after.slice(0, colon))) return false;
  const list = after.slice(colon + 1);
  const places = list.match(
    /\b(?:after|in|with) the (?:first|second|third|fourth|fifth|sixth)\b|\bon (?:\p{Lu}\p{Ll}+ \d{1,2}|\d{1,2} \p{Lu}\p{Ll}+)\b/gu,
  );
  return (places?.length ?? 0) >= 2;
}

/** The categories a stage of an exchange can be for, as its words name them. */
const CATEGORIES: readonly [RegExp, Fact["counted"]][] = [
  [/\b(?:seriously|severely|gravely) (?:wounded|injured|ill)\b/i, "seriously-wounded"],
  [/\bunder(?:-| )25s?\b|\baged 18 to 25\b|\byoung (?:soldiers|men|prisoners)\b/i, "under-25"],
];

/** The one category the words that set up a new exchange name, if they name exactly one. */
function stageCategory(brought: readonly Event[], id: string): Fact["counted"] {
  const words = brought.find((x) => x.id === id && x.kind === "exchange")?.quote?.text;
  if (!words) return null;
  // ("185 defenders, most of them seriously wounded": a stage for them mostly, not for them only.)
  const named = CATEGORIES.filter(([re]) => {
    const m = re.exec(words);
    return !!m && !MOSTLY.test(words.slice(Math.max(0, m.index - 30), m.index));
  }).map(([, c]) => c);
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** "600 … – 300 on each side –", "420 (210 from each side)": half of the figure a side, after it. */
const HALF_EACH_AFTER =
  /^[^.;\d]{0,50}?[–—(,]\s*(\d[\d,]*)\s+(?:on|from|for|to)\s+(?:each|either|both)\s+sides?\b/i;

/** The one country an article has given a noun of people before a figure ("Russian servicemen"). */
function sideNamedBefore(text: string, start: number, noun: string | null): Fact["side"] {
  const head = noun?.trim().split(/\s+/).at(-1)?.toLowerCase();
  if (!head || !/^(?:servicemen|soldiers|prisoners|pows|defenders|troops|captives)$/.test(head))
    return null;
  const before = text.slice(0, start);
  const named = (country: string) =>
    new RegExp(`\\b${country}\\s+(?:[\\p{L}-]+\\s+)?${head}\\b`, "iu").test(before);
  const ukr = named("Ukrainian");
  const rus = named("Russian");
  return ukr === rus ? null : ukr ? "ukraine" : "russia";
}

/** Whether the store gives a stored deal this figure ("1,000" of the 1,000-for-1,000). */
function sameRatio(deal: Event, n: number, k: Knowledge): boolean {
  return k.catalog.data.facts.some(
    (f) => f.eventId === deal.id && f.value.type === "number" && f.value.n === n,
  );
}

/** "most of them", "mostly", "many of them", "including": a category said of some, not all. */
const MOSTLY =
  /\b(?:most(?:\s+of\s+them)?|mostly|many(?:\s+of\s+them)?|some(?:\s+of\s+them)?|including|among them|several)\s+(?:of\s+whom\s+)?(?:were\s+|are\s+)?$/i;

/** "a list of 1,368", "lists of the first 640": people named on a list. */
const LIST_OF = /\blists? of (?:the )?(?:first |more than |some |about |nearly |several )?$/i;

/** Whose people a list names: "1,368 Ukrainian civilians", "63 residents of Russia's Kursk region". */
function listSide(text: string, end: number): Fact["side"] {
  const after = text.slice(end, end + 40);
  if (/^\s*(?:[\p{L}-]+\s+){0,1}?Ukrainian\b/u.test(after)) return "ukraine";
  if (/^\s*(?:[\p{L}-]+\s+){0,3}?(?:Russian\b|of Russia['’]s\b)/u.test(after)) return "russia";
  return null;
}

/** Words that tie a sum to an agreement: "under the Istanbul agreements", "the exchange agreed
 * in Istanbul", "in implementation of the agreements", "under the deal", "as agreed". */
const AGREEMENT_WORDS =
  /\b(?:agreements?|agreed|deal|accords?|in implementation of|stages?|batches|handovers)\b/i;
/** "on each side", "a side", "each released": the sum counts each side's. */
const EACH_WORD =
  /\b(?:(?:on|to|from|for) each side|a side|per side|each side|each released|each freed|each returned)\b/i;
/** "since the Vienna talks", "since the June 4 round", "since the agreement": a sum since it. */
const SINCE_TALKS =
  /\bsince (?:the|last)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:talks|round|agreements?|deal)\b/iu;
const HAVE_DONE = /\b(?:have|has)\s+(?:been\s+|now\s+|also\s+)?\p{L}+/u;
/** "in three stages", "across the four stages", "Five stages of the exchange … brought": a
 * figure its sentence sums over several stages. */
const LATEST_STAGE = /\b(?:the\s+)?(?:latest|last|most recent|newest)\s+$/i;
const STAGES_SUM =
  /(?:\b(?:in|across|over|during|from|with)\s+(?:the\s+|all\s+|its\s+|these\s+|those\s+)?|^(?:[\p{L}\d-]+\s+){0,2}?)(?:two|three|four|five|six|seven|eight|\d+|first\s+(?:two|three|four|five|six))\s+(?:\p{L}+\s+)?(?:stages|batches|handovers|transfers|swaps)\b/iu;
/**
 * Whether a figure is one stage's, told with its own day in a list of stages ("in four stages:
 * 190 on 17 June, 152 on 18 June", "on 8 August, with 138 each"), not the sum over them: a day
 * after it in its clause, or one day (not a list of days) just before it.
 */
function stageDay(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
  published: string,
): boolean {
  const stop = text.slice(end, sentence.end).search(/[,;:.]/);
  const after = text.slice(end, stop < 0 ? sentence.end : end + stop);
  const day = (s: string) =>
    findDates(s, { refDate: published, spelledDays: true }).filter(
      (d) => d.kind === "explicit" && d.date,
    );
  // (Not a day the sum runs from: "1,180 bodies since the previous round on June 4".)
  // (Nor the day of the promise it is a share of: "3,214 of the 6,000 promised on 2 June".)
  if (
    day(after).some(
      (d) =>
        !/\bsince\b/i.test(after.slice(0, d.start)) &&
        !AGREED_ON_BEFORE.test(after.slice(0, d.start)),
    )
  )
    return true;
  const before = text.slice(Math.max(sentence.start, start - 30), start);
  if (/\d\s*(?:,|and|&)\s*\d/.test(before)) return false;
  // A day right before it: "on 8 August, with 138 each" (not "on June 16, for a total of").
  const days = day(before);
  return days.length === 1 && /^,?\s*(?:with\s+)?$/i.test(before.slice(days[0]?.end ?? 0));
}
const OPPOSITE_WAY =
  /\b(?:the other way|in the other direction|in the opposite direction|the opposite way)\b/i;
/** "how many went the other way: …": the figures after it are of the other way. */
const OPPOSITE_WAY_LEAD =
  /\b(?:went|go|going|gone|were (?:handed|sent|returned))?\s*(?:the other way|in the other direction|in the opposite direction|the opposite way)\s*:[^:]*$/i;
/** A side's officials at large, named by the country alone ("Kyiv says", "by Ukraine's count"). */
const GENERIC_OFFICIALS = new Set(["ua-officials", "ru-officials"]);
/** "190 defenders", "167 of our defenders", "84 young defenders": Ukraine's soldiers. */
const DEFENDERS = /^\s+(?:of\s+our\s+)?(?:[\p{L}-]+\s+)?defenders\b/iu;
/** "So with today's group, ", "With the 84 freed on 14 August, ": a sentence that adds a stage
 * to those before it, leading up to the sum (not "With the third group, the return of 500 …
 * has been completed", the whole deal). */
const WITH_SUM =
  /^(?:so\s+)?(?:together\s+)?with\s+(?:today['’]s|yesterday['’]s|this|these|the\s+\d[\d,]*)\b[^,;.]{0,60},\s*(?:[\p{L}'’]+\s+){0,3}?$/iu;
const SO_FAR = /\b(?:so far|to date|until now|thus far)\b/i;
/** "339 of the 1,200 agreed on 23 July": a share of what an agreement promised, done so far. */
/** ("230 of the at least 1,200 agreed in July": the promise told as a bound.) */
const OF_THE_AGREED =
  /^\s+of the (?:(?:at least|more than|over|some|about)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+){0,2}?(?:agreed|promised)\b/iu;
/** "395 back since the talks, out of the 1,500 agreed": a share of the promise told after a
 * clause of its own (no other figure between). */
const OUT_OF_THE_AGREED =
  /^[^.;\d]{0,60}?,\s+out of the (?:(?:at least|more than|over|some|about)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+){0,2}?(?:agreed|promised)\b/iu;
const AGREEMENT_NAMED = /\b(?:agreements?|agreed|deal|accords?)\b/i;
const LIST_WORD = /\blists?\b/i;
const THAT_IS =
  /^(?:so far,?\s+)?(?:that is|that makes|that's|this makes|in all,?)\s+(?:[\p{L}-]+\s+){0,2}?$/iu;
const STAGES_WORD = /\b(?:stages|batches|handovers)\b/i;
/** "In all, Russia has now returned ": a sum told as done so far, leading up to its figure. */
const IN_ALL_DONE =
  /^(?:in all|in total|altogether),?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:has|have)\s+(?:now\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** "the second such handover", "the third stage": a stage told by its place in a series. */
const STAGE_TOLD =
  /\b(?:second|third|fourth|fifth|sixth|seventh)\s+(?:such\s+)?(?:stage|handover|batch|repatriation)\b/i;
const ownSide = (party: string | undefined): Fact["side"] =>
  party === "ukraine" || party === "russia" ? party : null;
/** "four stages", "three batches": a count of the stages, not of anyone freed. */
const STAGES_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:stages|batches|waves|transfers|exchanges|swaps|handovers|rounds|releases)\b/iu;
/** "of the 6,000 it promised", "the 6,000 Russia pledged", "the promise of 6,000", "pledged 6,000",
 * "offered 3,000 more": a figure of a pledge, by its words around it. */
const PLEDGE_BEFORE =
  /\b(?:(?:promise|pledge|offer)\s+of|(?:promised|pledged|offered)(?:\s+to\s+(?:return|hand over))?)\s+$/i;
const PLEDGE_AFTER =
  /^\s+(?:(?:that|which)\s+)?(?:it|Russia|Moscow|we|they)\s+(?:had\s+|has\s+)?(?:promised|pledged|offered)\b|^\s+more\b(?=[^.;]{0,40}$)/i;
const PLEDGER = /\b(?:Russia|Moscow|Medinsky|the Russian side)\b/;

/**
 * Whether a figure is a pledge told of bodies: pledge words around it, and bodies named in its
 * sentence or the sentence before (with no people named in its own). The pledging side, when
 * the sentence names Russia (or it was the subject just before): "russia"; else "other".
 */
function pledgedBodies(
  text: string,
  quote: { start: number; end: number; text: string },
  said: string,
): "russia" | "other" | null {
  const at = quote.text.indexOf(said);
  if (at < 0) return null;
  const before = quote.text.slice(0, at);
  const after = quote.text.slice(at + said.length);
  const more = /^\s+more\b/i.test(after);
  if (!PLEDGE_BEFORE.test(before) && !PLEDGE_AFTER.test(after)) return null;
  // ("offered 3,000 more": a pledge, when the words before it offer.)
  if (more && !/\b(?:promised|pledged|offered)\b[^.;]{0,40}$/i.test(before)) return null;
  if (
    /\b(?:people|prisoners|captives|soldiers|servicemen|civilians|children|POWs)\b/i.test(
      after.slice(0, 30),
    )
  )
    return null;
  const prior =
    text
      .slice(Math.max(0, quote.start - 300), quote.start)
      .split(/(?<=[.!?])\s+/)
      .at(-1) ?? "";
  const ofBodies = /\b(?:bod(?:y|ies)|remains|handovers?|repatriations?)\b/i;
  if (!ofBodies.test(quote.text) && !ofBodies.test(prior)) return null;
  return PLEDGER.test(quote.text) || /^\s*(?:It|Moscow|Russia)\b/.test(quote.text)
    ? "russia"
    : "other";
}

const BODIES_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:bod(?:y|ies)|remains)\b/iu;
const BODIES_OF = /\b(?:bod(?:y|ies)|remains) of\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function eachWord(text: string, sentence: { start: number; end: number }, end: number): boolean {
  // ("230 of the 1,200 prisoners agreed have now come home to each side": read past the share.)
  const share = OF_THE_AGREED.exec(text.slice(end, end + 80))?.[0].length ?? 0;
  if (EACH_WORD.test(text.slice(sentence.start, Math.min(sentence.end, end + share + 40))))
    return true;
  // ("230 of the 1,200 agreed in July have been exchanged on each side": past the share, to the
  // end of its clause.)
  if (!share) return false;
  const rest = text.slice(end + share, Math.min(sentence.end, end + share + 80));
  const stop = rest.search(/[,;:]/);
  return EACH_WORD.test(stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * The agreement a total so far counts toward: talks its sentence names ("since the June 4
 * round", "under the agreement reached in Istanbul on 23 July"), else, when its words speak of
 * an agreement or of stages, the talks the article brings that came last before the days the
 * sum counts (the only ones, when it brings one). Null when the article brings no talks.
 */
function agreementOfSum(
  sentence: { start: number; end: number; text: string },
  mentions: readonly EventMention[],
  events: readonly Event[],
  brought: readonly Event[],
  bodies = false,
): Event | null {
  const named = mentions
    .filter((m) => TALKS_KINDS.has(m.kind) && m.at >= sentence.start && m.at < sentence.end)
    .map((m) => eventOfMention(events, m))
    .find((e) => e !== undefined);
  if (named) return named;
  // ("5,657 bodies have come back since June": bodies returned under the pledge of the only
  // talks the article brings, when it brings one.)
  const onlyTalks = brought.filter((e) => TALKS_KINDS.has(e.kind)).length === 1;
  if (!AGREEMENT_WORDS.test(sentence.text) && !(bodies && onlyTalks)) return null;
  // "the June agreement", "the July deal": the talks of that month.
  const month = /\bthe\s+(\p{L}+)\s+(?:agreements?|deal|accords?)\b/iu.exec(sentence.text)?.[1];
  const m = month ? MONTH_NAMES.indexOf(month.toLowerCase() as never) + 1 : 0;
  if (m > 0)
    return (
      brought.find((e) => TALKS_KINDS.has(e.kind) && Number(eventStart(e)?.slice(5, 7)) === m) ??
      null
    );
  const days = mentions
    .filter((m) => m.at >= sentence.start && m.at < sentence.end && !TALKS_KINDS.has(m.kind))
    .map((m) => m.from)
    .sort();
  const first = days[0];
  const talks = brought
    .filter((e) => TALKS_KINDS.has(e.kind))
    .filter((e) => !first || (eventStart(e) ?? "") <= first)
    .sort((a, b) => (eventStart(a) ?? "").localeCompare(eventStart(b) ?? ""));
  return talks.at(-1) ?? null;
}

/**
 * The day a total so far is true on: the last day its sentence names as a stage counted ("four
 * stages between June 17 and July 1", "most recently on July 1"), else the article's. A day the
 * sum runs from ("since 11 June"), days it adds to ("Together with the releases of 10 and 11
 * June, 617 …") and the talks' own day are not where it ends.
 */
function asOfSum(
  sentence: { start: number; end: number; text: string },
  mentions: readonly EventMention[],
  published: string,
): string {
  const talksAt = mentions
    .filter((m) => TALKS_KINDS.has(m.kind))
    .map((m) => [m.quote.start - sentence.start, m.quote.end - sentence.start] as const);
  const days = findDates(sentence.text, { refDate: published, spelledDays: true })
    .filter(
      (d) =>
        // ("Since the first stage, on 14 August, …": the day the sum runs from, told aside.)
        // ("With the 84 freed on 14 August, 230 …": a stage the sum adds today's to.)
        !/\b(?:since|together with|after)\b[^,;.]{0,40}(?:,\s*on\s+)?$|^(?:so\s+)?with\s+the\s+\d[\d,]*\b[^,;.]{0,40}$/i.test(
          sentence.text.slice(0, d.start),
        ) &&
        // ("230 of the 1,200 agreed in July have come home": the day of the promise, not of the
        // last stage counted.)
        !AGREED_ON_BEFORE.test(sentence.text.slice(0, d.start)),
    )
    .filter((d) => !talksAt.some(([a, b]) => a <= d.start && d.end <= b))
    .map((d) => d.date ?? d.range?.to ?? null)
    .filter((d): d is string => d !== null && d <= published)
    .sort();
  return days.at(-1) ?? published;
}

/**
 * Whether a figure is a share of an agreed figure told as done: "175 of the 900 agreed are
 * home", "… of the 1,200 agreed have been exchanged on each side" (not "… will come home").
 */
function shareDone(text: string, end: number, sentenceEnd: number): boolean {
  const share = OF_THE_AGREED.exec(text.slice(end, end + 80));
  if (!share) return false;
  const rest = text.slice(end + share[0].length, sentenceEnd);
  const stop = rest.search(/[,;:]/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  if (/\b(?:will|would|shall|due|expected|yet|still|to be)\b/i.test(clause)) return false;
  return SHARE_DONE.test(clause);
}
const SHARE_DONE =
  /\b(?:(?:are|is)\s+(?:now\s+|already\s+)?(?:home|back|free)|(?:have|has)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:returned|freed|released|exchanged|repatriated|come|gone|handed)|came|went|returned)\b/i;

/** "agreed in ", "promised at the talks on ": the words before the day an agreement was made. */
const AGREED_ON_BEFORE =
  /\b(?:agreed|promised|pledged|struck|reached|signed)\b[^,;.\d]{0,40}?\b(?:in|on|of)\s+(?:the\s+)?$/i;

/** A day or month a sum runs from: "since May 25", "since the swap that ended on May 25". */
/** (Not "since the invasion", nor "since March 2022": a running total of the war.) */
const SINCE_A_DAY =
  /\bsince\s+(?!(?:the\s+)?(?:start\s+of\s+the\s+)?(?:full-scale\s+)?(?:invasion|war)\b|(?:\p{L}+\s+)?(?:19|20)\d\d\b)/iu;

/** Whether a figure is a sum since a day of the story (its clause says "since …" of a day). */
function sinceADay(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): boolean {
  const from = Math.max(text.lastIndexOf(";", start), text.lastIndexOf(":", start), sentence.start);
  const colon = text.indexOf(":", end);
  const semi = text.indexOf(";", end);
  const to = Math.min(
    sentence.end,
    colon < 0 ? sentence.end : colon,
    semi < 0 ? sentence.end : semi,
  );
  const clause = text.slice(from, to);
  const since = SINCE_A_DAY.exec(clause);
  if (!since) return false;
  const rest = clause.slice(since.index);
  // "since 17 July, when 1,000 bodies were returned": the figure of that day's return.
  if (/,\s*when\b/i.test(text.slice(from + since.index, start))) return false;
  return (
    /^since\s+(?:the\s+)?(?:[\p{L}\d,-]+\s+){0,6}?(?:(?:on|in)\s+)?(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu.test(
      rest,
    ) && /\b(?:have|has)\s+(?:been\s+|also\s+)?\p{L}+/u.test(clause)
  );
}

/** "… the headquarters put the total at 6,457", "… bringing the tally to 900": a running total
 * given later in the sentence than a figure. */
const TOTAL_AFTER =
  /\b(?:put|puts|putting|brought|brings|bringing|took|takes|taking|raised|raises|raising)\s+(?:the|its|their|our)\s+(?:total|tally|count|number)\b[^.;]{0,40}?\b(?:at|to)\s+(?:more than\s+|over\s+|about\s+)?\d/i;

/** Words after a figure that make it a plan: "640 servicemen it is ready to release". */
/** "1,200 prisoners per side whose exchange was agreed": a figure a deal agreed on. */
const AGREED_AFTER = /^[^.;,]{0,50}?\b(?:whose \p{L}+ )?(?:was|were|had been) agreed\b/iu;
const PLANNED_AFTER =
  /^[^.;,]{0,30}?\b(?:it|they|he|she|Russia|Ukraine|Moscow|Kyiv)?\s*(?:had\s+|has\s+)?(?:pledged|promised)\b|^[^.;]{0,60}?\b(?:(?:whose \p{L}+ )?(?:was|were|had been) agreed\b|(?:is|are|was|were) ready to|to be (?:freed|released|returned|exchanged|handed over)|(?:(?:will|would|should)|(?:is|are)?\s*due to) (?:come home|go home|be home|return|be (?:freed|released|returned|exchanged)))\b/iu;

/** Whether a figure is a plan by the words of its own sentence, before it or just after it. */
function plannedAt(text: string, sentence: { start: number }, start: number, end: number): boolean {
  const sentenceEnd = text.slice(end).search(/[.!?](?:\s|$)/);
  return (
    (PLANNED.test(text.slice(sentence.start, start)) &&
      !DONE_AFTER.test(text.slice(end, end + 80))) ||
    PLANNED_AFTER.test(text.slice(end, end + 80)) ||
    // "out of the 1,500 agreed", "the 6,000 promised": the size an agreement set.
    (/\bthe\s+(?:(?:at least|more than|over|some|about)\s+)?$/i.test(
      text.slice(start - 20, start),
    ) &&
      /^\s+(?:agreed|promised|pledged)\b(?!\s+(?:to|that|with)\b)/i.test(
        text.slice(end, end + 30),
      )) ||
    // "trucks carrying 1,212 bodies were waiting": bodies still to be handed over.
    IN_TRANSIT.test(text.slice(sentence.start, sentenceEnd < 0 ? undefined : end + sentenceEnd))
  );
}

/** Whether a sentence names an event the store already has, by its day or its name. */
function namesStoredEvent(
  sentence: { start: number; end: number; text: string },
  mentions: readonly EventMention[],
  stored: readonly Event[],
): boolean {
  if (/\d[\d,]*[-\s]for[-\s]\d|thousand-for-thousand/i.test(sentence.text)) return true;
  return mentions.some(
    (m) =>
      m.at >= sentence.start &&
      m.at < sentence.end &&
      stored.some(
        (e) =>
          e.status !== "unreviewed" &&
          (eventStart(e) as string) <= m.from &&
          m.to <= (eventEnd(e) as string),
      ),
  );
}

/**
 * The talks a plan was agreed at: those of the month the words after it name ("6,000 in June"),
 * or else, when no day nearer it says otherwise, the talks the article names nearest it.
 */
function plannedTalks(
  mentions: readonly EventMention[],
  events: readonly Event[],
  text: string,
  start: number,
  end: number,
  brought: readonly Event[] = [],
): { named: Event | null; nearest: Event | null; fresh: Event | null; latest: Event | null } {
  const talks = mentions.filter((m) => m.kind === "talks" || m.kind === "meeting");
  // "… agreed in July", and "The July deal covers at least 1,200 each": the talks of that month.
  const month =
    /^\s*(?:[a-z]+\s+){0,2}?in\s+([A-Z][a-z]+)\b/.exec(text.slice(end, end + 40))?.[1] ??
    /\b[Tt]he\s+([A-Z][a-z]+)\s+(?:deal|agreement|accord)\s+(?:covers|provides for|speaks of|envisages)\b[^.;]{0,30}$/.exec(
      text.slice(Math.max(0, start - 80), start),
    )?.[1];
  const index = month ? MONTH_NAMES.indexOf(month.toLowerCase() as never) : -1;
  const inMonth =
    index >= 0
      ? talks.filter((m) => Number(m.from.slice(5, 7)) === index + 1)
      : ([] as EventMention[]);
  const of = (pool: EventMention[], fresh = false) => {
    for (const m of [...pool].sort((a, b) => Math.abs(a.at - start) - Math.abs(b.at - start))) {
      const e = eventOfMention(events, m);
      if (e && (!fresh || brought.some((b) => b.id === e.id))) return e;
    }
    return null;
  };
  // "At the Istanbul talks on 23 September, the delegation gave Russia a list of 339": the talks
  // the figure's own sentence names, before the latest the article names.
  const sentence = sentenceAt(text, start);
  const own = talks.filter((m) => m.at >= sentence.start && m.at < sentence.end);
  const last =
    own.sort((a, b) => Math.abs(a.at - start) - Math.abs(b.at - start))[0] ??
    [...talks].sort((a, b) => b.from.localeCompare(a.from))[0];
  return {
    named: of(inMonth),
    // "The agreement provides for …": the talks named before it, before any named after it.
    nearest: of(talks.filter((m) => m.at < start)) ?? of(talks),
    // The new talks an article brings, for "the new exchange would …".
    fresh:
      of(
        talks.filter((m) => m.at < start),
        true,
      ) ?? of(talks, true),
    // The latest talks it names: where "a list of 339 children" was handed over.
    latest: last ? (eventOfMention(events, last) ?? null) : null,
  };
}

/**
 * "The first stage came on Monday (174 a side), the second the next day (91), the third …": a
 * bare figure in brackets, in a sentence whose first bracketed figure is one "a side" (or
 * "each"), is a figure of the same list, counted the same way.
 */
export function eachSideSibling(
  text: string,
  sentence: { start: number },
  start: number,
  end: number,
): boolean {
  if (text[start - 1] !== "(" || text[end] !== ")") return false;
  const before = text.slice(sentence.start, start - 1);
  const first = /\((?:\d{1,3}(?:,\d{3})+|\d+)(\s+[^()]{0,20})?\)/.exec(before);
  return !!first && /^\s+(?:a side|each|on each side|per side)$/i.test(first[1] ?? "");
}

const TALKS_KINDS = new Set<string>(["talks", "meeting"]);
/** "With them came eight civilians", "Alongside them, 12 civilians were freed". */
const WITH_THEM = /^\s*(?:with|alongside|together with) them\b/i;
/** "since the start of the implementation of the Istanbul agreements", "under the new deal". */
const UNDER_A_DEAL =
  /\b(?:since the (?:start|beginning) of (?:the\s+)?(?:implementation of\s+)?|under\s+)the\s+(?:(\p{L}+)\s+)?(?:agreements?|deal|accords?)\b/u;
/** "the track of the June agreement … with 740 freed under it so far": the deal "it" names. */
const UNDER_IT =
  /\bthe\s+(?:(\p{L}+)\s+)?(?:agreements?|deal|accords?)\b[^.;]{0,160}\bunder (?:it|them)\b/u;
/** ", 65 from each side": the half of a whole, told right after it. */
const EACH_SPLIT =
  /^\s*(?:[\p{L}-]+\s+){0,3}?,\s*([\d,]+|[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:from|on|for|of|to) each side\b/iu;
const OFFERED = /\b(?:ready to|prepared to|willing to|offer(?:s|ed)? to|will|would)\b/i;
/** The statement whose words offer a figure, if the text establishes one there. */
function statementAt(
  mentions: readonly EventMention[],
  events: readonly Event[],
  at: number,
): Event | null {
  const m = mentions.find(
    (x) => x.kind === "statement" && x.quote.start <= at && at < x.quote.end && x.at < at,
  );
  // (Not "said on June 7 that trucks carrying 1,212 bodies were waiting": the deal's figure.)
  // "… had said on Saturday that the stage was expected and that several hundred would come
  // home": the offer may be told after the figure, to the end of what was said.
  const offer = m
    ? OFFERED.test(m.quote.text.slice(m.at - m.quote.start, at - m.quote.start)) ||
      PLANNED_AFTER.test(m.quote.text.slice(at - m.quote.start))
    : false;
  return m && offer ? (eventOfMention(events, m) ?? null) : null;
}

/** "the number of children reunited … has reached 128": whom a total reached counts. */
function reachedCounted(text: string, sentenceStart: number, start: number): Fact["counted"] {
  const noun = totalReachedOf(text, sentenceStart, start);
  if (!noun) return null;
  if (/^(?:children|minors)$/.test(noun)) return "children";
  if (/^civilians$/.test(noun)) return "civilians";
  if (/^(?:bodies|remains)$/.test(noun)) return "bodies";
  return /^(?:captives|prisoners|people|servicemen|soldiers)$/.test(noun) ? "people" : null;
}

/**
 * The fact an earlier sentence filed the same figure under, with one of the article's new events
 * (one told with its day first: a headline's figure has none).
 */
function toldAlready(
  facts: readonly ProposedFact[],
  n: number,
  before: number,
  brought: readonly Event[],
  /** Where the body starts: a headline's telling, read with no words around it, is no guide. */
  body: number,
  /** What the figure counts: bodies are never the people told before with the same figure. */
  counted: Fact["counted"] | null,
): ProposedFact | undefined {
  const same = facts.filter(
    (f) =>
      f.fact.value.type === "number" &&
      f.fact.value.n === n &&
      (f.fact.counted === "bodies") === (counted === "bodies") &&
      f.fact.quote.start >= body &&
      f.fact.quote.end <= before &&
      brought.some((e) => e.id === f.fact.eventId),
  );
  return same.find((f) => f.fact.eventDate) ?? same[0];
}

/** The one staged exchange an article brings, held after the talks given: what they agreed. */
function stagedAfter(brought: readonly Event[], talks: Event): Event | null {
  const day = eventStart(talks);
  const spans = brought.filter(
    (e) =>
      e.kind === "deal" &&
      eventStart(e) !== eventEnd(e) &&
      !!day &&
      (eventStart(e) as string) > day,
  );
  return spans.length === 1 ? (spans[0] ?? null) : null;
}

/** "the Russian side will return 1,200 of its servicemen": the side the clause names before. */
function ownPeopleSide(
  text: string,
  sentenceStart: number,
  start: number,
  end: number,
): Fact["side"] {
  if (
    !/^\s+of\s+(?:its|their)\s+(?:own\s+)?(?:servicemen|soldiers|citizens|people|prisoners|nationals)\b/i.test(
      text.slice(end, end + 40),
    )
  )
    return null;
  const before = text.slice(sentenceStart, start);
  const names = [
    ...before.matchAll(
      /\b(?:the\s+)?(Russian|Ukrainian)\s+side\b|\b(Russia|Ukraine|Moscow|Kyiv)\b/g,
    ),
  ];
  const last = names.at(-1);
  if (!last) return null;
  const who = last[1] ?? last[2] ?? "";
  return /^(?:Russian|Russia|Moscow)$/.test(who) ? "russia" : "ukraine";
}

/** Whether a claim's day is only the day its speaker spoke, told after the figure. */
function saidOnDay(claim: Claim): boolean {
  const text = claim.sentence.text;
  const at = text.indexOf(claim.dateText as string);
  if (at < 0 || at < claim.number.end - claim.sentence.start) return false;
  return /\b(?:said|says|told|announced|reported|wrote|stated)\s+(?:\p{L}+\s+)?(?:on\s+)?$/iu.test(
    text.slice(Math.max(0, at - 40), at),
  );
}

/** Whether a claim's day is that of an agreement its sentence recalls after the figure. */
/**
 * "…, the first stage of the exchange agreed at the talks in Istanbul on 2 June 2025, and 164
 * Russian servicemen were handed over": the day of the agreement the sentence recalls before a
 * deed told in a clause of its own, not the deed's.
 */
function agreedBeforeDeed(claim: Claim): boolean {
  if (claim.planned) return false;
  const text = claim.sentence.text;
  const at = text.indexOf(claim.dateText as string);
  const figureAt = claim.number.start - claim.sentence.start;
  if (at < 0 || at + (claim.dateText as string).length > figureAt) return false;
  return (
    /\b(?:exchange|swap)\s+(?:agreed|reached|signed|concluded)\b[^.;,]{0,60}?\b(?:on|of)\s+$/iu.test(
      text.slice(Math.max(0, at - 80), at),
    ) &&
    /^[^.;]{0,12},\s*(?:and\s+)?[^.;,]{0,60}$/.test(
      text.slice(at + (claim.dateText as string).length, figureAt),
    ) &&
    /^\s*(?:[\p{L}-]+\s+){0,4}?(?:were|was|have been|has been)\s+(?:\p{L}+\s+)?(?:released|freed|returned|exchanged|handed over)\b/iu.test(
      text.slice(claim.number.end - claim.sentence.start),
    )
  );
}
function agreedOnDay(claim: Claim): boolean {
  const text = claim.sentence.text;
  const at = text.indexOf(claim.dateText as string);
  const figureEnd = claim.number.end - claim.sentence.start;
  if (at < figureEnd) return false;
  return (
    /\b(?:agreed|reached|signed|concluded)\s+(?:\p{L}+\s+){0,3}?(?:on|of)\s+$/iu.test(
      text.slice(Math.max(0, at - 40), at),
    ) &&
    /\b(?:were|was|have been|has been)\s+(?:\p{L}+\s+)?(?:released|freed|returned|exchanged|handed over)\b/iu.test(
      text.slice(figureEnd, at),
    )
  );
}

/** The day that leads the timeline line a sentence stands in ("1 November — …"), or null. */
function timelineDay(text: string, at: number, published: string): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lead =
    /^\s*(?:[•▪◦·*–-]\uFE0F?\s*)?(\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})\s*[:–—]\s/u.exec(
      text.slice(lineStart, at + 1),
    );
  if (!lead?.[1]) return null;
  return findSourceDates(lead[1], published)[0]?.date ?? null;
}

/** "…; Moscow says 74.", ", his counterpart Tatiana Moskalkova says 19.": a figure that is all a
 * voice's clause says. */
const RIVAL_VOICE =
  /(?:^|[;,]|\bbut|\bwhile)\s+(?:(?:his|her|their|its)\s+[\p{L} ]{0,40}?)?\p{Lu}[\p{L}'’ -]{0,60}?\s+(?:says|said|puts it at|counts|gives)\s+$/u;

/**
 * The fact a rival count answers: the figure told last before it, in its sentence or the one
 * before, that it is close to (a count of the same thing: 74 for 72, 31 for 29).
 */
function rivalOf(text: string, own: Fact, facts: readonly ProposedFact[]): Fact | null {
  if (own.value.type !== "number") return null;
  const n = own.value.n;
  const at = text.indexOf(own.value.said, own.quote.start);
  const length = own.value.said.length;
  if (at < 0 || !/^\s*(?:[.;]|$)/.test(text.slice(at + length, at + length + 2))) return null;
  const sentence = sentenceAt(text, at);
  if (!RIVAL_VOICE.test(text.slice(sentence.start, at))) return null;
  let best: { fact: Fact; at: number; n: number } | null = null;
  for (const { fact } of facts) {
    if (fact === own || fact.value.type !== "number") continue;
    const where = text.lastIndexOf(fact.value.said, at - 1);
    if (where < 0 || where < fact.quote.start || at - where > 300) continue;
    if (best && where <= best.at) continue;
    best = { fact, at: where, n: fact.value.n };
  }
  if (!best) return null;
  const m = best.n;
  return m > 0 && n / m >= 0.8 && n / m <= 1.25 && n !== m ? best.fact : null;
}

/** "two exchanges", "three separate swaps", "nine handovers": a count of events. */
const EVENTS_COUNTED =
  /^\s+(?:more\s+|separate\s+|further\s+)?(?:exchanges|swaps|handovers|rounds|stages)\b/i;

/** Whom a running total may count apart from everyone: the store keeps these totals alone. */
const TALLIED_APART = new Set<Fact["counted"]>(["children", "civilians", "bodies"]);
const CUMULATIVE = new Set(["returned-since-2022", "exchange-count", "held", "released-to-date"]);
const PLANNED =
  /\b(?:(?:agreement|deal|accord|memorandum)\b[^.;:]{0,60}?\b(?:speaks? of|covers|envisages?|foresees?)|promised|promise of|pledged?|pledging|pledge of|offer of|agreed to|will|would|should|ready to|intends? to|plans? to|expects?|(?:is|are) expected to|provides? for|to hand over|to hand back|to give back|to transfer|to return|to exchange|to release)\b[^.;:]{0,60}$/i;
/** "… under that pledge came on June 12, when 1,212 bodies were returned": done, not planned. */
const DONE_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,5}?(?:were|was|had been|have been)\s+(?:returned|handed over|freed|released|exchanged|repatriated|transferred)\b/iu;

function recalled(
  stored: readonly Event[],
  brought: readonly Event[],
  event: Event,
  check: ClaimCheck,
): boolean {
  if (brought.length === 0 || check.verdict !== "supported") return false;
  return stored.some((e) => e.id === event.id && e.status !== "unreviewed");
}

function within(event: Event, day: string): boolean {
  const start = eventStart(event);
  const end = eventEnd(event);
  return !!start && !!end && start <= day && day <= end;
}

function sentenceAt(text: string, at: number): { text: string; start: number; end: number } {
  return (
    splitSentences(text).find((s) => s.start <= at && at < s.end) ?? {
      text: text.slice(at, at + 1),
      start: at,
      end: at + 1,
    }
  );
}

const LEADS = /^(?:according to|per|citing|as (?:reported|stated|announced) by)\b/i;

const THIS_WAS_SAID =
  /^(?:this|that|it|these figures|the figures?)\s+(?:was|were|has been|have been)\s+(?:announced|reported|said|confirmed|stated|published|given)\s+by\b/i;

/**
 * A staged exchange as a whole that the article brings from the words a figure stands in
 * ("Between 9 June and 4 July, 1,007 came home to each side in six stages"): the figure is
 * that whole's, not a sum so far of the talks that agreed it.
 */
function wholeOfStages(
  text: string,
  brought: readonly Event[],
  start: number,
  end: number,
  published: string,
): Event | null {
  const deal = brought.find(
    (e) =>
      e.kind === "deal" &&
      e.quote !== undefined &&
      e.quote.start <= start &&
      end <= e.quote.end &&
      eventStart(e) !== eventEnd(e),
  );
  if (!deal?.quote) return null;
  // Only when the figure's own clause gives the whole's first and last day and no other figure
  // ("2,237 Ukrainians: 1,000 in May, 1,007 from June 9 to July 4, and 230 since" is a list).
  const quote = deal.quote;
  const cut = /[;:]|,\s+(?:and|while|but)\b|\s+and\s+(?:the|a|an)\b/g;
  let from = quote.start;
  let to = quote.end;
  for (const m of text.slice(quote.start, quote.end).matchAll(cut)) {
    const at = quote.start + (m.index ?? 0);
    if (at < start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  const clause = text.slice(from, to);
  const days = findDates(clause, { refDate: published, spelledDays: true });
  const others = findNumbers(clause).filter(
    (n) =>
      from + n.start !== start &&
      n.kind === "cardinal" &&
      // ("in six stages": how many stages, no other figure.)
      n.n >= 10 &&
      !days.some((d) => d.start < n.end && n.start < d.end),
  );
  const said = new Set(days.flatMap((d) => [d.date, d.range?.from, d.range?.to]));
  return others.length === 0 && said.has(eventStart(deal)) && said.has(eventEnd(deal))
    ? deal
    : null;
}

/**
 * "Bringing the number to 2,000" on a deal's last day is the deal's whole figure, and is filed
 * as that, not as a running figure on a day after which nothing more was added.
 */
function wholeByNow(
  claim: Claim,
  event: { kind: string; date: unknown } | null,
  published: string,
): Claim {
  if (claim.measure !== "released-to-date" || !event || event.kind !== "deal") return claim;
  const end = eventEnd(event as Event);
  const asOf = claim.date ?? claim.range?.to ?? (claim.days === null ? published : null);
  return end && asOf && asOf >= end ? { ...claim, measure: "released", soFar: false } : claim;
}

function factOf(
  claim: Claim,
  sourceId: string,
  eventId: string,
  claimantId: string,
  input: IngestInput,
  n: number,
): Fact {
  const cumulative =
    claim.measure === "returned-since-2022" ||
    claim.measure === "exchange-count" ||
    claim.measure === "held" ||
    claim.measure === "released-to-date";
  const asOf: DateOrRange | null = cumulative
    ? claim.date
      ? { on: claim.date }
      : claim.range
        ? { from: claim.range.from, to: claim.range.to }
        : { on: input.published }
    : null;
  const value: Fact["value"] = {
    type: "number",
    n: claim.number.n,
    qualifier: claim.number.qualifier,
    said: claim.number.text,
    ...(claim.number.n2 !== undefined && claim.number.kind !== "ratio"
      ? { n2: claim.number.n2 }
      : {}),
  };
  return {
    id: `${sourceId}-f${n}`,
    sourceId,
    eventId,
    measure: claim.measure as Fact["measure"],
    counted: claim.counted,
    side: claim.side,
    value,
    eventDate: cumulative ? null : claim.date,
    asOf,
    claimantId,
    quote: { text: claim.sentence.text, start: claim.sentence.start, end: claim.sentence.end },
    planned: claim.planned,
    status: "unreviewed",
    note: "Proposed by ingest: check the figure, its event and whom the outlet attributes it to.",
    addedAt: input.now,
  };
}

/** Applies a proposal to the store's data: one change, for one store.update. */
export function applyIngest(data: StoreData, proposal: IngestProposal): void {
  if (data.sources.some((s) => s.sha256 === proposal.source.sha256)) {
    throw new Error(`${proposal.source.id}: this text is already in the store`);
  }
  data.sources.push(proposal.source);
  for (const e of proposal.events ?? [])
    if (!data.events.some((x) => x.id === e.id)) data.events.push(e);
  for (const c of [proposal.claimant, ...(proposal.claimants ?? [])]) {
    if (c && !data.claimants.some((x) => x.id === c.id)) data.claimants.push(c);
  }
  data.facts.push(...proposal.facts.map((p) => p.fact));
}

/**
 * A claim for a figure ingest has placed itself: its sentence and number, what it measures and
 * counts, for whom and on what day; the reader's other cues (span, scope, parts, waves) unset.
 */
function figureClaim(
  sentence: Claim["sentence"],
  n: Claim["number"],
  read: Pick<Claim, "measure" | "counted" | "side" | "date" | "planned">,
): Claim {
  return {
    sentence,
    span: { start: n.start, end: n.end, text: n.text },
    number: {
      n: n.n,
      n2: n.n2,
      qualifier: n.qualifier,
      kind: n.kind,
      text: n.text,
      start: n.start,
      end: n.end,
    },
    ...read,
    noun: null,
    dateText: null,
    dateInherited: false,
    range: null,
    days: null,
    whole: false,
    sideAlso: null,
    soFar: false,
    part: null,
    partGroup: null,
    wave: null,
    waveNamed: false,
    scopeUnclear: false,
    weekday: null,
    dateBasis: null,
    cues: {},
  };
}
