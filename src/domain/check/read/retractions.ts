/**
 * What a corrections notice takes back. In "Correction: Our report on Saturday's leg said 370
 * crossed each way. The right figure is 307", the 370 is the withdrawn version's, not a claim;
 * the 307 is. Within a notice, the words after "<the copy> said …" up to the clause's end are
 * the withdrawn version's, and so are "It also said …" sentences after one.
 */
import { ALSO_SAID, WITHDRAWN_SENTENCE } from "./figure-words.ts";

/** A notice: it says it is one, or tells what an earlier version said. */
const NOTICE =
  /(?:^|\n)\s*(?:\[[^\]\n]{0,40}\]\s*)?(?:corrections?(?: and clarifications| column)?|clarifications?|for the record|editor['’]s note|readers['’] editor|a reader (?:asked|wrote|pointed out|queried))\b|\bwe have (?:corrected|amended|updated|clarified)\b|\b(?:this|the) (?:article|story|piece|report) has been (?:corrected|amended|updated)\b/i;

/** The copy, as a notice names it, saying what it got wrong. */
const COPY_SAID =
  /\b(?:a|an|the|our|this|that|its|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|today['’]s|tonight['’]s|last (?:week|night)['’]s|this (?:morning|afternoon|evening|week)['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:report|story|article|piece|item|graphic|fact ?box|box|caption|headline|live ?blog|blog|chart|map|table|timeline|version|bulletin|broadcast|newsletter|alert|standfirst|subhead(?:ing)?|sidebar|explainer|script|segment|summary|entry|push notification|episode|podcast|edition|feature|preview|column|profile|analysis|interview|recap|roundup|briefing|infographic|video|clip|programme|program|newscast|photo caption|tweet from this account|faqs?|help ?sheet|fact ?sheet|guide|card|listicle|answer)\b[^.;]{0,80}?\b(?:also\s+)?(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|gave|put|stated|described|reported|called|listed|showed|referred to|misstated|dated|claimed|counted)\b|\b(?:it|we)\s+(?:also\s+)?(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:said|gave|put|stated|described|reported|called|listed|dated)\b/giu;

const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** A capital word that names the copy, not a speaker: "this FAQ said", "the Q&A said". */
const COPY_WORD = /^(?:FAQs?|Q&A|Page|Guide)$/;

export function isNotice(text: string): boolean {
  return NOTICE.test(text) || WITHDRAWN_SENTENCE.test(text);
}

/**
 * The spans of a sentence (offsets in it) that hold a withdrawn version's words: after each
 * "<the copy> said" in a notice, and the first clause of an "It also said …" that goes on from
 * one, each to the clause's end (a semicolon or the sentence's end).
 */
export function retractedSpans(
  s: string,
  notice: boolean,
  continuing: boolean,
): readonly { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (continuing && ALSO_SAID.test(s)) out.push({ start: 0, end: clauseEnd(s, 0) });
  if (!notice) return out;
  for (const m of s.matchAll(COPY_SAID)) {
    // "Correction to our 11am bulletin: Kyiv said 390 …": a speaker of its own, past a colon,
    // is saying what is right, not what the copy got wrong.
    const gap = m[0].replace(/^\S+\s+/, "");
    const speaker = /\b(\p{Lu}[\p{L}'’-]+)\s+(?:also\s+)?\S+$/u.exec(gap)?.[1];
    if (/:\s/.test(gap) || (speaker && !CALENDAR.test(speaker) && !COPY_WORD.test(speaker)))
      continue;
    const start = (m.index ?? 0) + m[0].length;
    out.push({ start, end: clauseEnd(s, start) });
  }
  return out;
}

/** Where the clause that starts at `from` ends: the next semicolon, or the sentence's end. */
export function clauseEnd(s: string, from: number): number {
  const at = s.indexOf(";", from);
  return at < 0 ? s.length : at;
}

export function inSpans(spans: readonly { start: number; end: number }[], at: number): boolean {
  for (const r of spans) if (at >= r.start && at < r.end) return true;
  return false;
}
