/**
 * Which wave of a deal the words say a day or a figure was: "307 each on second day of
 * exchange", "Today a second group is crossing". The store keeps a deal's waves in order, so
 * the ordinal is checked against the wave the sentence's own figures or days were matched to
 * (or, for "today", the wave of the draft's own day). Where they agree it is supported; where
 * they do not it is unverified, saying both: which of the two is wrong is not ours to guess
 * (see certainty.ts, "which wave").
 */
import type { Event } from "../../../store/schema.ts";
import type { ClaimCheck } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { daysBetween } from "../../dates.ts";
import type { Knowledge } from "../../queries.ts";
import { dayText } from "../align/store-index.ts";
import { splitSentences } from "../read/sentences.ts";
import { TODAY_WORDS, WAVE_ORDINAL, WAVE_ORDINAL_WORDS } from "../vocabulary.ts";
import { lowerThe } from "./wording.ts";

export function waveOrdinalClaims(
  k: Knowledge,
  text: string,
  shown: readonly ClaimCheck[],
  refDate: string | null,
): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  for (const sentence of splitSentences(text)) {
    const s = sentence.text;
    for (const m of s.matchAll(WAVE_ORDINAL)) {
      const word = m[1] as string;
      const nth = WAVE_ORDINAL_WORDS[word.toLowerCase()];
      const start = sentence.start + (m.index ?? 0);
      const end = start + word.length;
      if (!nth || shown.some((c) => c.start < end && start < c.end)) continue;
      const wave = waveMeant(k, shown, sentence, s, refDate);
      if (!wave) continue;
      const deal = wave.partOf ? k.catalog.events.get(wave.partOf) : undefined;
      const parts = deal ? (k.catalog.partsOf.get(deal.id) ?? []) : [];
      const day = eventStart(wave);
      const dealStart = deal ? eventStart(deal) : null;
      if (!deal || !day || !dealStart) continue;
      const byDay = /^day$/i.test(m[2] as string);
      const actual = byDay ? daysBetween(dealStart, day) + 1 : parts.indexOf(wave) + 1;
      if (actual < 1) continue;
      const fits = actual === nth;
      const what = `${lowerThe(wave.title)} (${dayText(k, day)})`;
      out.push({
        sentence: s,
        claim: m[0],
        start,
        end,
        read: word,
        about: `which ${byDay ? "day" : "wave"} of ${lowerThe(deal.title)} it was`,
        eventId: wave.id,
        store: `${what}: the ${ORDINALS[actual - 1] ?? actual} ${byDay ? "day" : "wave"}`,
        citations: [],
        correction: null,
        disputeIds: [],
        measure: null,
        counted: null,
        side: null,
        date: day,
        kind: "day",
        verdict: fits ? "supported" : "unverified",
        reason: fits
          ? `The sentence is about ${what}, the deal's ${ORDINALS[actual - 1]} ${byDay ? "day" : "wave"}.`
          : `Not marked wrong: the words call it the ${word} ${byDay ? "day" : "wave"}, but the sentence's figures (or day) are those of ${what}, the deal's ${ORDINALS[actual - 1] ?? actual}; which of the two is wrong is not clear.`,
      });
    }
  }
  return out;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];

/** The one wave the sentence's own figures or days were matched to, or the draft's day's for "today". */
function waveMeant(
  k: Knowledge,
  shown: readonly ClaimCheck[],
  sentence: { start: number; end: number },
  s: string,
  refDate: string | null,
): Event | null {
  const waves = new Set<string>();
  for (const c of shown) {
    if (c.start < sentence.start || c.start >= sentence.end || !c.eventId) continue;
    if (c.verdict !== "supported" && c.verdict !== "disputed") continue;
    const e = k.catalog.events.get(c.eventId);
    if (e?.kind === "exchange" && e.partOf) waves.add(e.id);
  }
  if (waves.size === 0 && refDate && TODAY_WORDS.test(s))
    for (const e of k.catalog.eventsByDay.get(refDate) ?? [])
      if (e.kind === "exchange" && e.partOf && eventStart(e) === refDate) waves.add(e.id);
  if (waves.size !== 1) return null;
  return k.catalog.events.get([...waves][0] as string) ?? null;
}
