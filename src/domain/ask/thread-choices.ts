/**
 * Follow-ups whose words fit more than one point of the thread ("the day after that" after a
 * step back, "and may?" over a month of several exchanges): rather than answer one reading as if
 * it were sure, the reply says it is unsure and offers each reading as a question of its own.
 */

import type { Event } from "../../store/schema.ts";
import type { AskAnswer, AskChoice } from "../answers.ts";
import { eventStart } from "../catalog.ts";
import { formatNewsroomDate } from "../dates.ts";
import type { Knowledge } from "../queries.ts";
import type { AskReading } from "./read.ts";
import { countedText } from "./read.ts";

/** The figure question a reading asks, put of another day or exchange ("on May 25, 2025"). */
export function figureQuestion(r: AskReading, where: string): string {
  const subject = r.counted && r.counted !== "people" ? countedText(r.counted) : "people";
  return r.side === "ukraine"
    ? `how many ${subject} came home to Ukraine ${where}?`
    : r.side === "russia"
      ? `how many ${subject} did Russia get back ${where}?`
      : r.side === "total"
        ? `how many ${subject} were exchanged in all ${where}?`
        : r.side === "each"
          ? `how many ${subject} were released by each side ${where}?`
          : `how many ${subject} were released ${where}?`;
}

/** The answer made unsure: what it could not settle, and each reading as a choice. */
export function unsureAmong(answer: AskAnswer, what: string, choices: AskChoice[]): AskAnswer {
  return {
    ...answer,
    status: "unsure",
    line: `I'm not sure ${what}: here is what I understood, and the likeliest readings.`,
    citations: [],
    disputes: [],
    derivation: null,
    choices,
  };
}

/** The figure asked of each of these days, as choices. */
export function dayChoices(r: AskReading, days: readonly string[]): AskChoice[] {
  return days.map((day) => ({
    label: formatNewsroomDate(day),
    question: figureQuestion(r, `on ${formatNewsroomDate(day)}`),
    line: "",
  }));
}

/**
 * The exchanges a span holds, a deal's waves counted once as their deal (a month with a single
 * swap and a three-day deal holds two).
 */
export function exchangesIn(k: Knowledge, from: string, to: string): Event[] {
  const out = new Map<string, Event>();
  for (const e of k.catalog.exchanges) {
    const start = eventStart(e);
    if (!start || start < from || start > to) continue;
    const whole = e.partOf ? k.catalog.events.get(e.partOf) : undefined;
    out.set((whole ?? e).id, whole ?? e);
  }
  return [...out.values()];
}

/** The figure asked of each exchange, as choices (a deal by its title, a swap by its day). */
export function exchangeChoices(r: AskReading, events: readonly Event[]): AskChoice[] {
  return events.map((e) => {
    const where =
      e.kind === "deal"
        ? `in ${e.title.replace(/^The /, "the ")}`
        : `on ${formatNewsroomDate(eventStart(e) as string)}`;
    return {
      label: e.kind === "deal" ? e.title : formatNewsroomDate(eventStart(e) as string),
      question: figureQuestion(r, where),
      line: "",
    };
  });
}
