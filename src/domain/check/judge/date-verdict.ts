/**
 * Days stated as claims, against the days the store's events took place. A day is supported
 * when an event of the kind its clause names happened on it; disputed when the sources give
 * that event two days and this is one of them; contradicted only when the clause names the
 * event beyond doubt (the talks, the start or end of a deal, its second or third wave) and the
 * store's one such event nearby took place on another day. Anything looser is unverified.
 */
import type { Event } from "../../../store/schema.ts";
import type { Citation, ClaimCheck, ClaimReading } from "../../answers.ts";
import { eventEnd, eventStart, startingWith } from "../../catalog.ts";
import {
  addDaysIso,
  dayNumber,
  daysBetween,
  formatDateRange,
  formatMonthYear,
  formatNewsroomDate,
  isIsoDate,
  monthNumber,
  weekdayNumber,
  weekdayOf,
} from "../../dates.ts";
import { extend } from "../../extend.ts";
import type { Knowledge } from "../../queries.ts";
import { eventSummary } from "../../views.ts";
import { cite } from "../align/store-index.ts";
import { type DateClaim, isWholeMonth } from "../read/date-claims.ts";
import { NAMES_THE_DEAL } from "../vocabulary.ts";
import { BASIS_NOTES } from "./reading.ts";
import { capital, lowerThe } from "./wording.ts";

/** How far from a stated day the event it names may lie and still be the one meant. */
const NEAR_DAYS = 10;

export function judgeDateClaim(
  k: Knowledge,
  dc: DateClaim,
  refDate: string | null = null,
): ClaimCheck {
  const check = weekBefore(k, dc, refDate, comingWeekday(k, dc, judgeDay(k, dc)));
  return extend(lastDayOnly(k, dc, check), { reading: dayReading(k, dc, check) });
}

/** The deal named outright: "the 1,000-for-1,000 exchange", "the thousand-for-thousand swap". */
const NAMES_THIS_DEAL = /\b(?:1,?000|thousand)[- ](?:for|4)[- ](?:1,?000|thousand)\b/i;
const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * "FINAL STAGE SUNDAY" in a Saturday ticker: a bare weekday read as the one before the draft
 * may be the one after it. When that one is the event's day, which is meant is unsure: the
 * day is not put right.
 */
function comingWeekday(k: Knowledge, dc: DateClaim, check: ClaimCheck): ClaimCheck {
  if (check.verdict !== "contradicted" || dc.basis !== "draft" || !dc.date) return check;
  if (!BARE_WEEKDAY.test(dc.span.text.trim())) return check;
  const coming = addDaysIso(dc.date, 7);
  const read = dc.date;
  return unsureWhenEventDay(
    k,
    dc,
    check,
    coming,
    (what) =>
      `Not marked wrong: “${dc.span.text}” may be the coming ${weekdayOf(coming)}, ${formatNewsroomDate(coming)}, when ${what}, rather than the one before the draft (${formatNewsroomDate(read)}).`,
  );
}

/**
 * The other reading of a weekday (`other`): when the store's event fell on it, the claim is not
 * put right but left unverified, with `reason` saying which day may be meant.
 */
function unsureWhenEventDay(
  k: Knowledge,
  dc: DateClaim,
  check: ClaimCheck,
  other: string,
  reason: (what: string) => string,
): ClaimCheck {
  const then = judgeDay(k, { ...dc, date: other });
  if (then.verdict !== "supported") return check;
  const event = then.eventId ? k.catalog.events.get(then.eventId) : undefined;
  const what = event ? `${lowerThe(event.title)} ${verbFor(dc)}` : "the store's event took place";
  const { right: _, ...rest } = check;
  return { ...rest, verdict: "unverified", reason: reason(what) };
}

/** "Last Friday" and the like: a weekday with "last" before it. */
const LAST_WEEKDAY = /^last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * "Agreed last Friday" in Saturday's copy: the day before the draft is "yesterday" to most
 * speakers, so "last Friday" may be the Friday a week earlier. When that one is the event's
 * day, which is meant is unsure: the day is not put right.
 */
function weekBefore(
  k: Knowledge,
  dc: DateClaim,
  refDate: string | null,
  check: ClaimCheck,
): ClaimCheck {
  if (check.verdict !== "contradicted" || dc.basis !== "draft" || !dc.date) return check;
  if (!LAST_WEEKDAY.test(dc.span.text.trim())) return check;
  if (!refDate || addDaysIso(refDate, -1) !== dc.date) return check;
  const earlier = addDaysIso(dc.date, -7);
  return unsureWhenEventDay(
    k,
    dc,
    check,
    earlier,
    (what) =>
      `Not marked wrong: “${dc.span.text}” may be ${weekdayOf(earlier)} ${formatNewsroomDate(earlier)}, a week before the day before the draft, when ${what}.`,
  );
}

/**
 * "Completed between 23 and 26 May": where only a span's last day is put right (the deal's end),
 * the claim is that day's words ("26 May"), so the editor sees which day is wrong.
 */
function lastDayOnly(k: Knowledge, dc: DateClaim, check: ClaimCheck): ClaimCheck {
  if (check.verdict !== "contradicted" || !dc.range) return check;
  // "From 23 until 26 May": a span that starts on the deal's first day is wrong at its end only.
  const deal = check.eventId ? k.catalog.events.get(check.eventId) : undefined;
  const startsRight = deal?.kind === "deal" && eventStart(deal) === dc.range.from;
  if (dc.about !== "end" && !startsRight) return check;
  const text = dc.span.text;
  const day = String(Number(dc.range.to.slice(8, 10)));
  const at = [...text.matchAll(/\d{1,2}(?!\d)/g)]
    .filter((m) => m[0] === day || m[0] === day.padStart(2, "0"))
    .pop();
  if (!at || at.index === 0) return check;
  // The day's words: its number and a month written after it ("26 May"), or the number alone.
  const rest =
    /^\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Za-z]+\.?)?/.exec(text.slice(at.index))?.[0] ??
    at[0];
  const month = /\s+(?:of\s+)?[A-Za-z]+\.?$/.exec(rest);
  const words =
    month && monthNumber(month[0].trim().replace(/^of\s+/, "")) === 0
      ? rest.slice(0, month.index)
      : rest;
  const start = dc.span.start + at.index;
  return { ...check, claim: words, read: words, start, end: start + words.length };
}

const ABOUT_WORDS: Record<DateClaim["about"], string> = {
  talks: "the day of the talks",
  call: "the day of the call",
  statement: "the day of the statement",
  meeting: "the day of the meeting",
  start: "the day the deal began",
  end: "the day the deal ended",
  wave2: "the day of the deal's second wave",
  wave3: "the day of the deal's third wave",
  exchange: "the day of an exchange",
};

/** A day's reading: which event's day the words make it, and from which words. */
function dayReading(k: Knowledge, dc: DateClaim, check: ClaimCheck): ClaimReading {
  const event = check.eventId ? k.catalog.events.get(check.eventId) : undefined;
  const fixed = dc.basis === "guess" && check.date === null && check.verdict !== "unverified";
  const note = fixed
    ? "year taken from the store: the one such event near that day"
    : BASIS_NOTES[dc.basis];
  return {
    event: {
      value: event ? event.title : "no event of that kind near that day",
      from: dc.span.text,
      ...(note ? { note } : {}),
    },
    counted: { value: "a day", from: null },
    side: { value: "", from: null },
    scope: { value: ABOUT_WORDS[dc.about], from: dc.cue },
    part: null,
    unclear:
      dc.basis === "guess" && !fixed ? [`the day (“${dc.span.text}”: ${BASIS_NOTES.guess})`] : [],
  };
}

function judgeDay(k: Knowledge, dc: DateClaim): ClaimCheck {
  const nearby = (dc.date ?? dc.range?.from) ? null : yearFromNearbyEvent(k, dc);
  // "Completed … between 23 and 26 May": the day a deal ended is the span's last.
  const said = dc.date ?? (dc.about === "end" ? dc.range?.to : dc.range?.from) ?? nearby;
  // A year taken from the one event of the kind near that day is the archive's, not a guess.
  const guessed = dc.basis === "guess" && nearby === null;
  const base = {
    sentence: dc.sentence.text,
    claim: dc.span.text,
    start: dc.span.start,
    end: dc.span.end,
    read: dc.span.text,
    measure: null,
    counted: null,
    side: null,
    date: dc.date,
    correction: null,
    kind: "day" as const,
  };
  const unverified = (reason: string, event: Event | null = null): ClaimCheck =>
    extend(base, {
      verdict: "unverified",
      about: aboutText(dc, event),
      eventId: event?.id ?? null,
      store: event ? dayOf(event) : null,
      citations: [],
      disputeIds: [],
      reason,
    });
  if (!said) {
    const known = dc.weekday !== null ? onlyEventOfCue(k, dc) : null;
    // "The last wave came on Sunday", undated: a weekday gives no date, but when the store's
    // one such event fell on that weekday, the draft agrees with it. Another weekday is not
    // marked wrong: nothing says the draft means this event.
    if (known && weekdayNumber(known.day) === dc.weekday)
      return extend(base, {
        verdict: "supported",
        date: known.day,
        about: aboutText(dc, known.event),
        eventId: known.event.id,
        store: `${weekdayOf(known.day)}, ${formatNewsroomDate(known.day)}`,
        citations: citationsFor(k, known.event),
        disputeIds: [],
        reason: `${capital(lowerThe(known.event.title))} ${verbFor(dc)} on ${weekdayOf(known.day)}, ${formatNewsroomDate(known.day)} (the day taken from the store: the draft gives no date).`,
      });
    // "The 1,000-for-1,000 exchange began on Thursday": the sentence names the deal itself, so
    // the draft means it, and no week makes the weekday right.
    const deal = known ? (known.event.partOf ?? known.event.id) : null;
    if (known && deal && dc.weekday !== null && NAMES_THIS_DEAL.test(dc.sentence.text)) {
      const right = `${weekdayOf(known.day)}, ${formatNewsroomDate(known.day)}`;
      return extend(base, {
        verdict: "contradicted",
        date: known.day,
        about: aboutText(dc, known.event),
        eventId: known.event.id,
        store: right,
        right,
        citations: citationsFor(k, known.event),
        disputeIds: [],
        reason: `${capital(lowerThe(known.event.title))} ${verbFor(dc)} on ${right}, not on a ${WEEKDAY_NAMES[dc.weekday]}.`,
      });
    }
    return unverified(
      known
        ? `The store has ${lowerThe(known.event.title)} on ${weekdayOf(known.day)}, ${formatNewsroomDate(known.day)}; the draft gives no date to tell whether “${dc.span.text}” means it.`
        : `The day “${dc.span.text}” cannot be fixed: no year, and no draft date to count from.`,
      known?.event ?? null,
    );
  }
  if (dc.range && isWholeMonth(dc.range)) return judgeMonth(k, dc, base, unverified);

  // "Thursday, May 23": the calendar says which of the two is wrong.
  const named = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(dc.span.text);
  if (named && dc.date && !guessed) {
    const actual = weekdayOf(dc.date);
    if (actual.toLowerCase() !== (named[1] as string).toLowerCase()) {
      const event = onTheDay(k, dc.date);
      return extend(base, {
        verdict: "contradicted",
        about: aboutText(dc, event),
        eventId: event?.id ?? null,
        store: `${actual}, ${formatNewsroomDate(dc.date)}`,
        right: `${actual}, ${formatNewsroomDate(dc.date)}`,
        citations: event ? citationsFor(k, event) : [],
        disputeIds: [],
        reason: `${formatNewsroomDate(dc.date)} was a ${actual}, not a ${named[1]}.`,
      });
    }
  }
  // "The exchange ran from May 23 to May 26": a span that starts on the deal's first day but
  // not ends on its last is the deal's span, put right, not its first wave's day.
  const overrun =
    dc.range && !guessed && dc.range.from < dc.range.to ? dealSpanMissed(k, dc, dc.range) : null;
  const target = overrun ? null : namedEvent(k, dc, said);
  if (target) {
    const days = daysOf(k, target);
    const cites = citationsFor(k, target);
    const expected = target.kind === "deal" ? [cueDay(dc, target) ?? ""] : days;
    const spans =
      dc.range !== null && dc.range.from === eventStart(target) && dc.range.to === eventEnd(target);
    if (expected.includes(said) || spans) {
      const disputed = !spans && expected.length > 1;
      return extend(base, {
        verdict: disputed ? "disputed" : "supported",
        about: aboutText(dc, target),
        eventId: target.id,
        store: spans ? dayOf(target) : expected.map(formatNewsroomDate).join(" or "),
        citations: cites,
        disputeIds: disputed ? [`date:${target.id}`] : [],
        reason: disputed
          ? `The sources give ${lowerThe(target.title)} two days: ${days.map(formatNewsroomDate).join(" and ")}; say whose date it is.`
          : `${capital(lowerThe(target.title))} took place on ${dayOf(target)}.`,
      });
    }
    if (!strong(dc) || guessed)
      return unverified(
        `The store has ${lowerThe(target.title)} on ${dayOf(target)}; the draft's “${dc.span.text}” may mean another event.`,
        target,
      );
    // "Today, the third day of the exchange", written on the second: the draft's own day and
    // the wave its words name disagree, and either may be the slip.
    if (/^(?:today|tonight)$/i.test(dc.span.text.trim()) && dc.basis === "draft")
      return unverified(
        `The draft is dated ${formatNewsroomDate(said)}, but the words name ${lowerThe(target.title)}, which the store has on ${dayOf(target)}: check which is meant.`,
        target,
      );
    // "By the end of the third day (24 May)": the day is another wave's of the same deal, so the
    // ordinal and the day disagree, and either may be the slip.
    const sibling = target.partOf
      ? (k.catalog.partsOf.get(target.partOf) ?? []).find(
          (e) => e.id !== target.id && eventStart(e) === said,
        )
      : undefined;
    // (Unless a figure of the sentence is the named wave's own: then two signals agree.)
    const waveFigures = new Set(
      (k.catalog.factsByEvent.get(target.id) ?? []).flatMap((f) =>
        f.value.type === "number" ? [f.value.n] : [],
      ),
    );
    const corroborated = (dc.sentence.text.match(/\d[\d,]*/g) ?? []).some((n) =>
      waveFigures.has(Number(n.replace(/,/g, ""))),
    );
    if (sibling && !corroborated && /^(?:wave2|wave3|start|end)$/.test(dc.about))
      return unverified(
        `The words name ${lowerThe(target.title)} (${dayOf(target)}), but ${formatNewsroomDate(said)} was the day of ${lowerThe(sibling.title)}: check which is meant.`,
        target,
      );
    const right = cueDay(dc, target) ?? (days[0] as string);
    return extend(base, {
      verdict: "contradicted",
      about: aboutText(dc, target),
      eventId: target.id,
      store: formatNewsroomDate(right),
      right: formatNewsroomDate(right),
      citations: cites,
      disputeIds: [],
      reason: `${capital(lowerThe(target.title))} ${verbFor(dc)} on ${formatNewsroomDate(right)}, not ${formatNewsroomDate(said)}.`,
    });
  }
  const span = dc.range && !guessed ? dealSpanMissed(k, dc, dc.range) : null;
  if (span) {
    const right = `${formatNewsroomDate(span.from)} to ${formatNewsroomDate(span.to)}`;
    return {
      ...base,
      ...wrongEnd(dc, dc.range as { from: string; to: string }, span),
      verdict: "contradicted",
      about: aboutText(dc, span.deal),
      eventId: span.deal.id,
      store: right,
      right,
      citations: citationsFor(k, span.deal),
      disputeIds: [],
      reason: `${capital(lowerThe(span.deal.title))} ran from ${right}, not over ${dc.span.text}.`,
    };
  }
  // "The Istanbul talks of May 16, 2024": the store's talks of May 16 a year on. A year that
  // is one off, on the very day of the one event of the kind the words name, is a wrong year.
  const moved = dc.basis === "written" ? sameDayAnotherYear(k, dc, said) : null;
  if (moved) {
    const from = eventStart(moved.event);
    const to = eventEnd(moved.event);
    // A span a year off is put right as the span: "23–25 May 2024" → "May 23–25, 2025".
    const right =
      dc.range && from && to && from !== to
        ? formatDateRange(from, to)
        : formatNewsroomDate(moved.day);
    return extend(base, {
      verdict: "contradicted",
      about: aboutText(dc, moved.event),
      eventId: moved.event.id,
      store: right,
      right,
      citations: citationsFor(k, moved.event),
      disputeIds: [],
      reason: `${capital(lowerThe(moved.event.title))} ${verbFor(dc)} on ${right}: the year is wrong.`,
    });
  }
  return unverified(
    `The store has no ${dc.about === "talks" ? "talks" : dc.about === "call" ? "call" : dc.about === "statement" ? "such statement" : dc.about === "meeting" ? "such meeting" : "exchange"} on ${formatNewsroomDate(said)} or near it.`,
  );
}

/**
 * "The exchange of May 2024": a month names no day, so it is only held to the year. It is
 * supported when an event of the kind its words name took place in that month, and put right
 * only when none did and the one month a year off that has such an event (with a figure the
 * sentence gives, for a plain "exchange") is the event's.
 */
function judgeMonth(
  k: Knowledge,
  dc: DateClaim,
  base: Omit<
    ClaimCheck,
    "verdict" | "about" | "eventId" | "store" | "citations" | "disputeIds" | "reason"
  >,
  unverified: (reason: string, event?: Event | null) => ClaimCheck,
): ClaimCheck {
  const range = dc.range as { from: string; to: string };
  const fits = (e: Event) =>
    dc.about === "talks" ||
    dc.about === "call" ||
    dc.about === "statement" ||
    dc.about === "meeting"
      ? e.kind === dc.about
      : e.kind === "deal" || e.kind === "exchange";
  // The month's events found by day, not by a pass over every dated event of the archive.
  const inMonth = (month: string) => startingWith(k.catalog.dated, month).filter(fits);
  const month = range.from.slice(0, 7);
  const monthText = formatMonthYear(month);
  const here = inMonth(month);
  if (here.length > 0) {
    const event =
      here.find((e) => givesAFigureOf(k, e, dc.sentence.text)) ??
      (NAMES_THE_DEAL.test(dc.sentence.text) ? here.find((e) => e.kind === "deal") : undefined) ??
      (here[0] as Event);
    return extend(base, {
      verdict: "supported",
      about: aboutText(dc, event),
      eventId: event.id,
      store: dayOf(event),
      citations: citationsFor(k, event),
      disputeIds: [],
      reason: `${capital(lowerThe(event.title))} took place in ${monthText} (${dayOf(event)}).`,
    });
  }
  const year = Number(month.slice(0, 4));
  const moved = new Map<string, Event>();
  for (const y of [year - 1, year + 1]) {
    const other = `${y}${month.slice(4)}`;
    for (const e of inMonth(other))
      if (
        dc.about !== "exchange" ||
        givesAFigureOf(k, e, dc.sentence.text) ||
        (e.kind === "deal" && NAMES_THE_DEAL.test(dc.sentence.text))
      )
        moved.set(other, e);
  }
  if (moved.size !== 1)
    return unverified(`The store has no event of this kind in ${monthText} to check it against.`);
  const [right, event] = [...moved][0] as [string, Event];
  return extend(base, {
    verdict: "contradicted",
    about: aboutText(dc, event),
    eventId: event.id,
    store: dayOf(event),
    right: formatMonthYear(right),
    citations: citationsFor(k, event),
    disputeIds: [],
    reason: `${capital(lowerThe(event.title))} ${verbFor(dc)} in ${formatMonthYear(right)} (${dayOf(event)}): the year is wrong.`,
  });
}

/** The store's one event a cue names outright (the talks, a deal's start, end or wave), with its day. */
function onlyEventOfCue(k: Knowledge, dc: DateClaim): { event: Event; day: string } | null {
  const found: { event: Event; day: string }[] = [];
  for (const e of k.catalog.dated) {
    if (dc.about === "talks" || dc.about === "call" || dc.about === "meeting") {
      if (e.kind === dc.about) found.push({ event: e, day: eventStart(e) as string });
      continue;
    }
    if (e.kind !== "deal") continue;
    const parts = k.catalog.partsOf.get(e.id) ?? [];
    const pick =
      dc.about === "start"
        ? { event: e, day: eventStart(e) }
        : dc.about === "end"
          ? { event: e, day: eventEnd(e) }
          : dc.about === "wave2" || dc.about === "wave3"
            ? (() => {
                const wave = parts[dc.about === "wave2" ? 1 : 2];
                return wave ? { event: wave, day: eventStart(wave) } : null;
              })()
            : null;
    if (pick?.day) found.push({ event: pick.event, day: pick.day });
  }
  return found.length === 1 ? (found[0] as { event: Event; day: string }) : null;
}

/** The one event of a list, or null for none or several. */
function onlyOne(list: readonly Event[]): Event | null {
  return list.length === 1 ? (list[0] as Event) : null;
}

/** The talks, the deal (for its start or end), a wave, or the exchange on that day. */
function namedEvent(k: Knowledge, dc: DateClaim, day: string): Event | null {
  const events = eventsNear(k, day);
  switch (dc.about) {
    case "talks":
      return onlyOne(events.filter((e) => e.kind === "talks"));
    case "call":
      return onlyOne(events.filter((e) => e.kind === "call"));
    case "statement": {
      // Several statements near the day: the one whose title shares a word with the cue ("Lavrov said").
      const said = events.filter((e) => e.kind === "statement");
      const words = (dc.cue.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
        (w) => !/^(?:said|says)$/.test(w),
      );
      const named = said.filter((e) => words.some((w) => e.title.toLowerCase().includes(w)));
      // A cue that names its speaker ("Trump's post") is never another speaker's statement.
      const speaker = /\b(?:trump|lavrov)\b/i.test(dc.cue);
      return onlyOne(said.length > 1 || speaker ? named : said);
    }
    case "meeting":
      return onlyOne(events.filter((e) => e.kind === "meeting"));
    case "start":
    case "end":
      return onlyOne(events.filter((e) => e.kind === "deal")) ?? onTheDay(k, day);
    case "wave2":
    case "wave3": {
      const deal = onlyOne(events.filter((e) => e.kind === "deal"));
      const parts = deal ? (k.catalog.partsOf.get(deal.id) ?? []) : [];
      return parts[dc.about === "wave2" ? 1 : 2] ?? null;
    }
    default:
      return onTheDay(k, day);
  }
}

function onTheDay(k: Knowledge, day: string): Event | null {
  const list = (k.catalog.eventsByDay.get(day) ?? []).filter(
    (e) => e.kind === "exchange" || e.kind === "talks",
  );
  return list.length === 1 ? (list[0] as Event) : (list.find((e) => e.kind === "exchange") ?? null);
}

/** A clause that names the event beyond doubt. */
const strong = (dc: DateClaim) => dc.about !== "exchange";

/** The deal as a whole is the subject: "the exchange ran …", "traded 1,000 each between …". */
const WHOLE_DEAL_SPAN =
  /\b(?:the|this|that|last week's|a|its)\s+(?:[\p{L}\d,-]+\s+){0,3}?(?:exchange|swap|deal|operation|handover)\b|\b(?:traded|swapped|exchanged|freed|released|handed (?:back|over)|returned|carried out)\b/iu;
/** A part of the deal: its first days, a wave, the count so far. */
const PART_OF_SPAN =
  /\b(?:first|opening|second|third|last|final|two|(?<![\d,.])2(?![\d,.])|so far|to date|wave|stage|leg|round|group|batch|tranche)\b/i;

/**
 * "The exchange ran from May 22 to 24", "traded 1,000 each between Thursday and Sunday": a span
 * of days given for the deal as a whole that reaches outside the store's span of it. Only a span
 * that overlaps one deal, sticks out of it, holds no other event, and is told of the whole deal.
 */
function dealSpanMissed(
  k: Knowledge,
  dc: DateClaim,
  range: { from: string; to: string },
): { deal: Event; from: string; to: string } | null {
  const s = dc.sentence.text;
  if (!WHOLE_DEAL_SPAN.test(s) || PART_OF_SPAN.test(s) || range.from >= range.to) return null;
  if (daysBetween(range.from, range.to) > 7) return null;
  const deals = [...k.catalog.events.values()].filter((e) => {
    const from = eventStart(e);
    const to = eventEnd(e);
    return e.kind === "deal" && from && to && from < to && range.from <= to && range.to >= from;
  });
  if (deals.length !== 1) return null;
  const deal = deals[0] as Event;
  const from = eventStart(deal) as string;
  const to = eventEnd(deal) as string;
  if (range.from >= from && range.to <= to) return null;
  // Another exchange inside the span named is another reading of it.
  for (const e of k.catalog.events.values()) {
    const day = eventStart(e);
    if (e.id === deal.id || e.partOf === deal.id || !day) continue;
    if (e.kind !== "exchange" && e.kind !== "deal") continue;
    if (day >= range.from && day <= range.to) return null;
  }
  return { deal, from, to };
}

/**
 * "Between Friday and Monday" for a Friday-to-Sunday deal: the day that is wrong is the last, so
 * the claim is that word, not the first day, which is right (as "26" is in "May 23–26").
 */
function wrongEnd(
  dc: DateClaim,
  range: { from: string; to: string },
  span: { from: string; to: string },
): { claim: string; read: string; start: number } | Record<string, never> {
  const words = /^(.+?)(\s+(?:and|to|through|until|till)\s+|\s*[-–—]\s*)(.+)$/i.exec(dc.span.text);
  if (!words || range.from !== span.from || range.to === span.to) return {};
  const last = words[3] as string;
  return { claim: last, read: last, start: dc.span.end - last.length };
}

function cueDay(dc: DateClaim, e: Event): string | null {
  if (dc.about === "start") return eventStart(e);
  if (dc.about === "end") return eventEnd(e);
  return eventStart(e);
}

/** Every day the sources give an event: the day it is filed under, and any other a source names. */
export function daysOf(k: Knowledge, e: Event): string[] {
  if (e.kind === "deal") {
    const start = eventStart(e);
    const end = eventEnd(e);
    return [start, end].filter((d): d is string => !!d);
  }
  const days = new Set<string>();
  const start = eventStart(e);
  if (start) days.add(start);
  for (const f of k.catalog.factsByEvent.get(e.id) ?? []) if (f.eventDate) days.add(f.eventDate);
  return [...days].sort();
}

export function citationsFor(k: Knowledge, e: Event): Citation[] {
  const facts = (k.catalog.factsByEvent.get(e.id) ?? []).filter(
    (f) => f.value.type === "number" || f.value.type === "date",
  );
  return facts
    .slice(0, 3)
    .map((f) => cite(k, f))
    .filter((c) => c.verified);
}

const DAY_TEXTS = new WeakMap<Event, string>();

/** An event's day as written ("May 24, 2025", "May 23–25, 2025"): once per event, not per day checked. */
function dayOf(e: Event): string {
  let text = DAY_TEXTS.get(e);
  if (text === undefined) {
    text = eventSummary(e).dateText ?? "no day";
    DAY_TEXTS.set(e, text);
  }
  return text;
}

function verbFor(dc: DateClaim): string {
  if (dc.about === "start") return "began";
  if (dc.about === "end") return "ended";
  return "took place";
}

function aboutText(dc: DateClaim, e: Event | null): string {
  const what =
    dc.about === "start" ? "the day it began" : dc.about === "end" ? "the day it ended" : "the day";
  return e ? `${what} — ${e.title}` : `${what} (“${dc.cue}”)`;
}

const NEAR = new WeakMap<Knowledge, Map<string, Event[]>>();

/** The dated events within NEAR_DAYS of a day, worked out once per day and store. */
function eventsNear(k: Knowledge, day: string): Event[] {
  let byDay = NEAR.get(k);
  if (!byDay) {
    byDay = new Map();
    NEAR.set(k, byDay);
  }
  let events = byDay.get(day);
  if (!events) {
    const d = dayNumber(day);
    events = k.catalog.dated.filter((e) => {
      const span = spanOf(k, e);
      return span !== null && span.from - NEAR_DAYS <= d && d <= span.to + NEAR_DAYS;
    });
    byDay.set(day, events);
  }
  return events;
}

/**
 * "The talks in Istanbul on May 15", undated: no event on May 15 fixes the year, but the one
 * event of the kind the words name within a few days of May 15 in any year does.
 */
function yearFromNearbyEvent(k: Knowledge, dc: DateClaim): string | null {
  if (!dc.monthDay || dc.about === "exchange") return null;
  const years = new Set<string>();
  for (const e of k.catalog.dated) {
    const start = eventStart(e) as string;
    const kindFits =
      dc.about === "talks" ||
      dc.about === "call" ||
      dc.about === "statement" ||
      dc.about === "meeting"
        ? e.kind === dc.about
        : e.kind === "deal" || e.kind === "exchange";
    const candidate = `${start.slice(0, 4)}-${dc.monthDay}`;
    if (kindFits && isIsoDate(candidate) && Math.abs(daysBetween(start, candidate)) <= NEAR_DAYS)
      years.add(start.slice(0, 4));
  }
  return years.size === 1 ? `${[...years][0]}-${dc.monthDay}` : null;
}

const SPANS = new WeakMap<Knowledge, Map<string, { from: number; to: number }>>();

/** The days of the store's dated events as numbers, worked out once per analysed store. */
function spansOf(k: Knowledge) {
  let spans = SPANS.get(k);
  if (!spans) {
    spans = new Map();
    for (const e of k.catalog.dated) {
      const start = eventStart(e) as string;
      spans.set(e.id, { from: dayNumber(start), to: dayNumber(eventEnd(e) ?? start) });
    }
    SPANS.set(k, spans);
  }
  return spans;
}

const spanOf = (k: Knowledge, e: Event) => spansOf(k).get(e.id) ?? null;

/** "Began … on May 23": the day named is the deal's first. */
const BEGAN = /\b(?:began|begun|begins|started|starts|got under way|opened|kicked off)\b/i;

function sameDayAnotherYear(
  k: Knowledge,
  dc: DateClaim,
  said: string,
): { event: Event; day: string } | null {
  const year = Number(said.slice(0, 4));
  const found: { event: Event; day: string }[] = [];
  // "The exchange of May 23-25, 2024": the deal of May 23–25 a year on.
  if (dc.range) {
    for (const y of [year - 1, year + 1]) {
      const from = `${y}${dc.range.from.slice(4)}`;
      const to = `${y}${dc.range.to.slice(4)}`;
      for (const e of k.catalog.eventsByDay.get(from) ?? [])
        if (
          eventStart(e) === from &&
          eventEnd(e) === to &&
          (givesAFigureOf(k, e, dc.sentence.text) ||
            (e.kind === "deal" && NAMES_THE_DEAL.test(dc.sentence.text)))
        )
          found.push({ event: e, day: from });
    }
    return found.length === 1 ? (found[0] as { event: Event; day: string }) : null;
  }
  for (const y of [year - 1, year + 1]) {
    const day = `${y}${said.slice(4)}`;
    if (!isIsoDate(day)) continue;
    const event = namedEvent(k, { ...dc, date: day, range: null }, day);
    if (!event) continue;
    const expected = event.kind === "deal" ? cueDay(dc, event) : eventStart(event);
    const onTheDay =
      expected === day || (dc.about === "exchange" && daysOf(k, event).includes(day));
    // An exchange is one of many: its year is only shown wrong when the sentence also gives
    // one of its figures. Talks and a deal's start or end are named by the words themselves.
    if (
      onTheDay &&
      (dc.about !== "exchange" ||
        givesAFigureOf(k, event, dc.sentence.text) ||
        (event.partOf !== undefined &&
          eventStart(event) === day &&
          NAMES_THE_DEAL.test(dc.sentence.text) &&
          BEGAN.test(dc.sentence.text)))
    )
      found.push({ event, day });
  }
  return found.length === 1 ? (found[0] as { event: Event; day: string }) : null;
}

function givesAFigureOf(k: Knowledge, e: Event, sentence: string): boolean {
  const digits = new Set((sentence.match(/\d[\d,]*/g) ?? []).map((d) => d.replace(/,/g, "")));
  return (k.catalog.factsByEvent.get(e.id) ?? []).some(
    (f) => f.value.type === "number" && digits.has(String(f.value.n)),
  );
}
