/**
 * "Zelensky quote '… the only tangible result' – of what meeting?": the meeting a quoted remark
 * is about, not who said it. The stored quote that holds the words names the meeting by where it
 * was ("the meeting in Türkiye"); the one talks or meeting event the store holds at that place is
 * the answer, with the quote shown. Null when the question asks no meeting, no stored quote holds
 * the words, or the place fits no event or more than one.
 */
import type { Event } from "../../store/schema.ts";
import type { Citation } from "../answers.ts";
import { eventStart } from "../catalog.ts";
import { cite } from "../check/align/store-index.ts";
import { formatNewsroomDate } from "../dates.ts";
import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";

/** "Of what meeting", "from which talks", "at what summit": a meeting asked by its kind. */
export const MEETING_ASKED =
  /\b(?:of|from|at|in|about|after)\s+(?:what|which)\s+(?:meeting|talks|negotiations?|summit|round)\b/i;

/** The meeting named by its place in a quote: "the meeting in Türkiye", "talks in Istanbul". */
const MEETING_AT =
  /\b(?:meeting|talks|negotiations?|summit)\s+(?:in|at)\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)/;

/** Letters only, accents dropped; the country's two spellings made one. */
function plain(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\bturkiye\b/g, "turkey")
    .trim();
}

const MEETING_KINDS = new Set(["talks", "meeting"]);

export function quoteEvent(
  k: Knowledge,
  quote: string,
  asked: string,
  whoSays: (cs: readonly Citation[]) => string,
): Draft | null {
  if (!MEETING_ASKED.test(asked)) return null;
  const words = plain(quote);
  if (words.split(" ").length < 3) return null;
  const fact = [...k.catalog.facts.values()].find((f) => plain(cite(k, f).quote).includes(words));
  if (!fact) return null;
  const c = cite(k, fact);
  const place = MEETING_AT.exec(plain(c.quote))?.[1];
  if (!place) return null;
  const placeWords = place.split(" ");
  const fits = [...k.catalog.events.values()].filter(
    (e: Event) =>
      MEETING_KINDS.has(e.kind) &&
      [e.title ?? "", ...(e.aliases ?? [])].some((a) =>
        plain(a)
          .split(" ")
          .some((w) => placeWords.includes(w) && w.length > 3),
      ),
  );
  if (fits.length !== 1) return null;
  const e = fits[0] as Event;
  const day = eventStart(e);
  const d = blank();
  d.citations = [c];
  d.line = `${e.title ?? "The meeting"}${day ? `, ${formatNewsroomDate(day)}` : ""} (“${c.quote}”) — ${whoSays(d.citations)}`;
  return d;
}
