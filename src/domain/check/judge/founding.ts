/**
 * When a body was set up: "the Coordination Headquarters, created in March 2023". The store
 * keeps the month a source gives ("back in March 2022"), so a month or a year the draft gives is
 * held to it: supported when it is that month (or year), contradicted when it is another, with
 * the quote. Only a month or year that the founding verb itself is dated by is read
 * ("set up in March 2023", "since March 2022, when … was established").
 */
import type { ClaimCheck } from "../../answers.ts";
import { MONTH_NAMES, monthNumber, parseMonthYear } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import { cite } from "../align/store-index.ts";
import { splitSentences } from "../read/sentences.ts";
import { FOUNDED_BODIES, FOUNDED_VERB } from "../vocabulary.ts";

const MONTH_YEAR = `(?:(${MONTH_NAMES.join("|")})\\s+(?:of\\s+)?)?((?:19|20)\\d\\d)`;
/** "created in March 2023", "set up back in 2022": the date the verb is dated by. */
const AFTER_VERB = new RegExp(`^\\s+(?:back\\s+)?in\\s+${MONTH_YEAR}\\b`, "i");
/** "Since March 2022, when the Coordination Headquarters was established". */
const SINCE_WHEN = new RegExp(`\\bsince\\s+${MONTH_YEAR},?\\s+when\\b`, "i");

export function foundingClaims(k: Knowledge, text: string): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  for (const body of FOUNDED_BODIES) {
    const fact = (k.catalog.factsByEvent.get(body.event) ?? []).find(
      (f) => f.measure === "took-place-on" && f.value.type === "text",
    );
    const event = k.catalog.events.get(body.event);
    if (!fact || !event || fact.value.type !== "text") continue;
    // Most drafts never name the body: they are not split into sentences again for it.
    if (!body.name.test(text)) continue;
    const stored = parseMonthYear(fact.value.key);
    if (!stored) continue;
    for (const s of splitSentences(text)) {
      if (!body.name.test(s.text) || !FOUNDED_VERB.test(s.text)) continue;
      for (const found of datesOfFounding(s.text)) {
        const sameYear = found.year === stored.year;
        const fits = sameYear && (found.month === null || found.month === stored.month);
        const start = s.start + found.at;
        out.push({
          sentence: s.text,
          claim: found.text,
          start,
          end: start + found.text.length,
          read: found.text,
          about: `the day — ${event.title}`,
          eventId: event.id,
          store: fact.value.key,
          citations: [cite(k, fact)].filter((c) => c.verified),
          correction: null,
          disputeIds: [],
          measure: null,
          counted: null,
          side: null,
          date: null,
          kind: "day",
          verdict: fits ? "supported" : "contradicted",
          ...(fits ? {} : { right: fact.value.key }),
          reason: fits
            ? `The store has it set up in ${fact.value.key}.`
            : `The store has it set up in ${fact.value.key}, not ${found.text}.`,
        });
      }
    }
  }
  return out;
}

function datesOfFounding(
  s: string,
): { text: string; at: number; month: number | null; year: number }[] {
  const out: { text: string; at: number; month: number | null; year: number }[] = [];
  const verb = new RegExp(FOUNDED_VERB.source, "gi");
  for (const v of s.matchAll(verb)) {
    const after = (v.index ?? 0) + v[0].length;
    const m = AFTER_VERB.exec(s.slice(after));
    if (!m) continue;
    const text = m[0].replace(/^\s+(?:back\s+)?in\s+/i, "");
    out.push({ text, at: after + m[0].length - text.length, ...monthYear(m) });
  }
  const since = SINCE_WHEN.exec(s);
  if (since) {
    const text = since[0].replace(/^since\s+/i, "").replace(/,?\s+when$/i, "");
    out.push({ text, at: (since.index ?? 0) + since[0].indexOf(text), ...monthYear(since) });
  }
  return out;
}

function monthYear(m: RegExpExecArray): { month: number | null; year: number } {
  const month = m[1] ? monthNumber(m[1]) : null;
  return { month, year: Number(m[2]) };
}
