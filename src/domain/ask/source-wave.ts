/**
 * "The Epoch Times piece covers the first leg, yeah? which leg is it": the wave of a deal a
 * source reports, asked by the source. A report is of the wave its own headline numbers ("2nd
 * Leg of Biggest Exchange"), else of the one wave that falls on the single day it was published;
 * null when neither says (a recap published after the deal covers every wave).
 */
import type { Event, Source } from "../../store/schema.ts";
import { eventStart } from "../catalog.ts";
import type { Knowledge } from "../queries.ts";

const COVERS =
  /\b(?:cover(?:s|ed|ing)?|is about|was about|report(?:s|ed|ing)? on|writ(?:es|ing) about|describ(?:es|ed|ing))\b/i;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
};
const TITLE_WAVE = /\b(first|second|third|1st|2nd|3rd) (?:leg|wave|day|round|stage|part)\b/i;

/** The source a question names by its outlet ("the epoch times piece"), or null. */
function sourceIn(k: Knowledge, lower: string): Source | null {
  const named = k.catalog.data.sources.filter((s) => {
    const outlet = s.outlet.toLowerCase().replace(/^the /, "");
    return !outlet.startsWith("unknown") && lower.includes(outlet);
  });
  return named.length === 1 ? (named[0] as Source) : null;
}

export function waveOfSource(k: Knowledge, question: string): { wave: Event; why: string } | null {
  const lower = question.toLowerCase();
  if (!COVERS.test(lower)) return null;
  const source = sourceIn(k, lower);
  const deal = k.catalog.deals[0];
  if (!source || !deal) return null;
  const waves = k.catalog.partsOf.get(deal.id) ?? [];
  const titled = source.title ? TITLE_WAVE.exec(source.title) : null;
  const place = titled?.[1] ? ORDINALS[titled[1].toLowerCase()] : undefined;
  if (place && waves[place - 1])
    return { wave: waves[place - 1] as Event, why: `its headline: “${source.title}”` };
  const on = source.published && "on" in source.published ? source.published.on : null;
  const wave = on ? waves.find((w) => eventStart(w) === on) : undefined;
  return wave ? { wave, why: `published on that day` } : null;
}
