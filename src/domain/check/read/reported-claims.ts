/**
 * Claims the copy reports others making, not its own. A fact-check piece quotes the false post
 * it rates ("Claim: 5,000 were freed on May 23. Rating: False"), and news copy tells what a
 * rumour said ("A viral post claimed 5,000 came home"): the figure is the post's, and a
 * correction "5,000 → 390" would tell the editor to change a quotation. Named speakers (Kyiv,
 * the ministry, "Zelensky's post") are not covered: their words are claims the copy vouches for
 * having been made, and the store can check them.
 */
import { clauseEnd } from "./retractions.ts";

/** A line that labels what follows as the claim being rated: "Claim:", "What was claimed:". */
const CLAIM_LABEL =
  /^\s*(?:the\s+|viral\s+|original\s+)?(?:claim|what (?:was|is|they) claimed|what the (?:post|video|tweet|meme)s? (?:said|says|claimed|claims)|the post|post|viral post|rumou?r)\s*:\s*/i;

/** Who or what made the claim: an unnamed post, video, rumour, or users online. */
const UNNAMED_SAYER =
  /\b(?:a|an|one|another|the|some|many|several|these|those|other|similar|viral|online|anonymous|pro-\w+)\s+(?:[\p{L}-]+\s+){0,4}?(?:posts?|tweets?|videos?|memes?|messages?|claims?|rumou?rs?|graphics?|images?|clips?|threads?|channels?|accounts?|users?|bloggers?|commentators?|influencers?|screenshots?)\b|\b(?:posts|tweets|videos|messages|rumou?rs|users)\b/giu;

/**
 * A word every UNNAMED_SAYER match ends in (its nouns' stems, with its flags), and the words
 * every CLAIM_THAT match holds. Both searches try their long alternations at every "the", "a"
 * or "one" of a sentence, about a fifth of the fact-check of a 10k-word draft; a sentence
 * without these words cannot match, and this plain test of it costs a hundredth of that.
 */
const SAYER_NOUN =
  /post|tweet|video|meme|message|claim|rumou?r|graphic|image|clip|thread|channel|account|user|blogger|commentator|influencer|screenshot/iu;
const CLAIM_THAT_WORDS = /(?:claim|rumou?r|suggestion|assertion|allegation)\s+that/iu;

/** The verb that hands the figure to the sayer. */
const SAYER_VERB =
  /^[^.;:!?]{0,80}?\b(?:said|say|says|saying|claimed|claim|claims|claiming|stated|states|stating|put|puts|putting|suggested|suggests|suggesting|alleged|alleges|alleging|asserted|asserts|asserting|insisted|insists|showed|shows|showing|reported|reports|reporting|gave|gives)\b(?:\s+that)?/iu;

/** What marks a sayer as a rumour rather than a source: it is viral, shared, rated or online. */
const ONLINE =
  /\b(?:viral|went viral|widely[- ]shared|shared|circulat\w*|social[- ]media|online|users?|rated|debunk\w*|fake|false|misleading|anonymous|(?:instagram|tiktok|facebook|telegram|youtube|whatsapp|x|twitter|vk)\s+(?:posts?|videos?|channels?|users?|accounts?|messages?|threads?))\b/i;

/** "The claim that … is false": the claim's words run up to the verdict on them. */
const CLAIM_THAT =
  /\b(?:the|a|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:claim|rumou?r|suggestion|assertion|allegation)\s+that\b([^.;]*?)\b(?:is|was|are|were)\s+(?:(?:simply|also|entirely|partly|mostly|completely)\s+)?(?:false|wrong|untrue|not true|incorrect|inaccurate|misleading|baseless|unfounded|unsupported|fabricated)\b/giu;

/** A named speaker or owner: "by Zelensky", "the ministry's channel", "Kyiv's post". */
const NAMED = /\bby\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}.-]*['’]s?\s|\bof\s+(?:the\s+)?\p{Lu}/u;

/** A fact-check piece: it rates claims, so the posts it speaks of are what it rates. */
const RATING_PIECE =
  /(?:^|\n)\s*(?:our\s+)?(?:rating|verdict|claim)\s*:|\bwe rated\b|\bour rating\b|\bfact[- ]check(?:ed|ing)?\b[^.\n]{0,40}\b(?:post|claim|video)/i;

/** A rating put before the quoted claim it rates: 'FALSE: "Russia freed 2,000 …"'. */
const RATED_QUOTE =
  /^\s*(?:false|true|mostly (?:true|false)|half[- ]true|partly (?:true|false)|misleading|missing context|unproven|fake|needs context)\s*[:.—–-]\s*(["“][^"”]+["”])/i;

export function isRatingPiece(text: string): boolean {
  return RATING_PIECE.test(text);
}

export function reportedClaimSpans(
  s: string,
  ratingPiece = false,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const label = CLAIM_LABEL.exec(s);
  if (label) out.push({ start: label[0].length, end: s.length });
  const rated = RATED_QUOTE.exec(s);
  if (rated?.[1]) {
    const start = rated[0].length - rated[1].length;
    out.push({ start, end: start + rated[1].length });
  }
  if (CLAIM_THAT_WORDS.test(s))
    for (const m of s.matchAll(CLAIM_THAT)) {
      const start = (m.index ?? 0) + m[0].indexOf(" that") + 5;
      out.push({ start, end: start + (m[1] ?? "").length });
    }
  if (!SAYER_NOUN.test(s)) return out;
  for (const m of s.matchAll(UNNAMED_SAYER)) {
    const at = (m.index ?? 0) + m[0].length;
    const verb = SAYER_VERB.exec(s.slice(at));
    if (!verb) continue;
    const said = s.slice(m.index ?? 0, at + verb[0].length);
    const before = s.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    if (!ratingPiece && !ONLINE.test(said) && !ONLINE.test(before)) continue;
    if (NAMED.test(said.slice(m[0].length))) continue;
    const start = at + verb[0].length;
    out.push({ start, end: clauseEnd(s, start) });
  }
  return out;
}
