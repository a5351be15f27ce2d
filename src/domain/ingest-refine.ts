/**
 * What later copy counts that the fact-check's reader does not place: bodies of the fallen,
 * young soldiers under 25, children, the seriously wounded. And which event a figure belongs
 * to when the sentence names more than one day ("On 24 August, under the agreements reached on
 * 23 July, 146 servicemen were returned" is the exchange's, not the talks'). Pure helpers for
 * ingest.ts, reading only the source text around a figure.
 */
import type { Counted, Event } from "../store/schema.ts";
import { eventEnd, eventStart } from "./catalog.ts";
import type { EventMention } from "./ingest-events.ts";

const BODIES_AFTER = /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:bod(?:y|ies)|remains)\b/i;
const BODIES_BEFORE =
  /\bbod(?:y|ies) of\s+(?:the\s+)?(?:(?:more|fewer) than|about|nearly|some|over)?\s*$/i;
const UNDER_25 =
  /^\s*(?:[A-Za-z'-]+\s+){0,3}?(?:(?:aged|under the age of|under|below the age of)\s+(?:18\s+(?:to|and|-|–)\s+)?25\b|under-25s?\b)/i;
const YOUNG_BEFORE = /\b(?:under-25s?|young soldiers|young men|young ones)\b[^.;]{0,20}$/i;
const CHILDREN_AFTER = /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:children|kids|minors|teenagers)\b/i;
const SERIOUSLY_WOUNDED_AFTER =
  /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:seriously|severely|badly|gravely) (?:wounded|injured|ill)\b/i;

const BARE_NEXT = new Set(
  "on in at after before to and were was had have of for from the by with".split(" "),
);

/**
 * Whose bodies: Russia's when the words beside the figure say so ("Russia 24", "the bodies of
 * 19 Russian soldiers", "handed over to Russia"); otherwise Ukraine's, the side the returns of
 * the fallen mostly bring home.
 */
export function bodiesSide(text: string, start: number, end: number): "ukraine" | "russia" {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  if (
    /\bRussia(?:n)?\s*(?:received\s*|got\s*)?$|\bbodies of\s*$/i.test(before) &&
    /\bRussia\s*$/i.test(before)
  )
    return "russia";
  if (/^\s*(?:[A-Za-z-]+\s+){0,2}?Russian\b|^[^.;]{0,30}\bto Russia\b/i.test(after))
    return "russia";
  if (/\bRussia\s*$/.test(before)) return "russia";
  return "ukraine";
}

/** What the words beside a figure say it counts, when they say more than "prisoners". */
export function countedNear(
  text: string,
  start: number,
  end: number,
  clause: string,
): Counted | null {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 40), start);
  if (BODIES_AFTER.test(after) || BODIES_BEFORE.test(before)) return "bodies";
  if (CHILDREN_AFTER.test(after)) return "children";
  if (UNDER_25.test(after) || YOUNG_BEFORE.test(before)) return "under-25";
  if (SERIOUSLY_WOUNDED_AFTER.test(after)) return "seriously-wounded";
  // "1,200 on June 13", "Russia 24": a bare figure (no noun after it) in a clause about bodies
  // and not about prisoners.
  const next = /^\s*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  if (
    (!next || BARE_NEXT.has(next)) &&
    /\bbod(?:y|ies)\b|\bremains\b|\brepatriat/i.test(clause) &&
    !/\b(?:prisoners|POWs|servicemen|captives)\b/i.test(clause)
  )
    return "bodies";
  return null;
}

/** Ages that are figures but not facts of the story ("soldiers under 25", "aged 19"). */
export function anAge(text: string, start: number, end: number): string | null {
  const said = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  if (
    /^(?:under|over|aged)\s+\d+$/i.test(said) ||
    /\b(?:age of|aged|turns?|turned|at)\s+$/i.test(before)
  )
    return "an age";
  if (
    /^\s*(?:to\s+\d+\b|-year-old|years? old|years? of age)/i.test(after) &&
    /\baged?\s*$/i.test(before)
  )
    return "an age";
  if (/^-year-old|^\s*years?\s+old/i.test(after)) return "an age";
  return null;
}

/** Ages, durations, times and names: figures the reader made no claim of that are no facts. */
export function notAFigure(text: string, start: number, end: number): string | null {
  const age = anAge(text, start, end);
  if (age) return age;
  const said = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  if (/\d[\d,]*[-\s]for[-\s]\d|thousand-for-thousand/i.test(said)) return "the name of an exchange";
  if (
    /^\s*(?:minutes?|hours?|days?|weeks?|months?|years?|km|kilomet|miles?|stages?|rounds?|batches|waves?|per ?cent|%)\b/i.test(
      after,
    )
  )
    return "a duration or a count of stages";
  if (/^:\d\d/.test(after) || /\d:$/.test(before)) return "a time";
  return null;
}

/** "In return, the same number of Ukrainian prisoners were handed over": the figure is each side's. */
export function sameNumberFollows(text: string, sentenceEnd: number): boolean {
  const next = text.slice(sentenceEnd, sentenceEnd + 260);
  const stop = next.search(/[.!?](?:\s|$)/);
  const sentence = stop >= 0 ? next.slice(0, stop) : next;
  return /\bthe same number\b/i.test(sentence);
}

/** The event a mention names, among the events known to the (augmented) store. */
export function eventOfMention(events: readonly Event[], m: EventMention): Event | undefined {
  const kinds: Record<string, string[]> = {
    exchange: ["exchange", "deal"],
    deal: ["deal", "exchange"],
    talks: ["talks", "meeting"],
    meeting: ["meeting", "talks"],
    bodies: ["bodies"],
    return: ["return", "exchange"],
  };
  const ok = kinds[m.kind] ?? [m.kind];
  return events.find(
    (e) => ok.includes(e.kind) && eventStart(e) === m.from && eventEnd(e) === m.to,
  );
}

/**
 * The event a figure at `at` belongs to by the days the text names: bodies to a return of
 * bodies, a plan to the talks that agreed it, anything else to an exchange (a single day before
 * a span). "clause": the nearest day named in the figure's own clause; "before": the last day
 * named earlier in its paragraph, or else in the paragraph before. Null when none fits.
 */
export function eventForFigure(
  mentions: readonly EventMention[],
  events: readonly Event[],
  text: string,
  at: number,
  counted: Counted | null,
  planned: boolean,
  where: "clause" | "before" | "anywhere",
): Event | null {
  const fits = (x: EventMention) =>
    planned
      ? x.kind === "talks"
      : counted === "bodies"
        ? x.kind === "bodies"
        : x.kind === "exchange" || x.kind === "return" || x.kind === "deal";
  let pool: EventMention[];
  if (where === "clause") {
    pool = mentions.filter((m) => m.quote.start <= at && at < m.quote.end && fits(m));
    // A single day before a span; then the nearest.
    const single = pool.filter((m) => m.from === m.to);
    if (single.length) pool = single;
    // "1,200 on June 13": a day that follows the figure in the same stretch of words wins.
    const follows = (m: EventMention) => m.at > at && !/[,;:(]/.test(text.slice(at, m.at));
    pool.sort(
      (a, b) =>
        Number(follows(b)) - Number(follows(a)) || Math.abs(a.at - at) - Math.abs(b.at - at),
    );
  } else if (where === "anywhere") {
    // The last resort: the day the article names nearest the figure, before or after it.
    pool = mentions.filter((m) => fits(m) && m.from === m.to);
    pool.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at));
  } else {
    const paragraphStart = text.lastIndexOf("\n\n", at);
    const previous = paragraphStart > 0 ? text.lastIndexOf("\n\n", paragraphStart - 1) : -1;
    const here = mentions.filter((m) => m.at > paragraphStart && m.at < at && fits(m));
    const there = mentions.filter((m) => m.at > previous && m.at <= paragraphStart && fits(m));
    pool = (here.length ? here : there).sort((a, b) => b.at - a.at);
  }
  for (const m of pool) {
    const e = eventOfMention(events, m);
    if (e) return e;
  }
  return null;
}
