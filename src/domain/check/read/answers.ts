/**
 * An answer's figure read with its question. In a Q&A, a quiz or a hearing's transcript, "How
 * many Ukrainians came home today? A: 309." states 309 Ukrainians came home today, but the
 * answer alone says nothing of what 309 counts. The question, with the figure put where it
 * asks "how many", is the sentence the answer means.
 */

/** The question asks for a count (not a difference, which no source states as such). */
const HOW_MANY = /\bhow\s+(?:many|much)\b/i;
const COMPARES = /\b(?:more|fewer|less|bigger|larger|smaller)\b[^?]*\bthan\b|\bdifference\b/i;

/** "Q:", "A:", "MS OKONJO-BAILEY:", "[VO]": who speaks, not what is said. */
const SPEAKER =
  /^\s*(?:\[[^\]]{1,20}\]\s*)?(?:[QA]\s*(?:\([^)]{1,60}\)\s*)?[:.)]|(?:[Qq]uestion|[Aa]nswer)\s*:|\p{Lu}[\p{Lu}\s.'’-]{1,40}:)?\s*/u;

/** Words an answer may start with before its figure: "Yes,", "Nearly", "It was". */
const LEAD_IN =
  /^(?:(?:yes|yeah|well|so|right|exactly|correct|just|only|it was|it's|it is|that's|that was|they were|we had|today|yesterday|tonight|so far|in all|in total|in (?:two|three|the two|the three) days|by our count)\b[,.:—–-]?\s*){0,3}$/i;

const OTHER_FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|both)\b/i;

/** After "how many": what is counted, then an auxiliary and the rest ("civilians does Russia hold"). */
const INVERTED =
  /^\s*([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:does|do|did|has|have|had)\s+(\p{Lu}[^?]*)$/u;

export interface AnswerReading {
  /** The question with the figure in place of "how many", then the rest of the answer. */
  text: string;
  /** Where the answer's figure sits in `text`. */
  at: number;
}

/**
 * The sentence an answer's first figure means, or null when the answer is not a short reply
 * to a how-many question (its figure then is read on its own words, as any other).
 */
export function answerReading(
  question: string,
  answer: string,
  figure: { start: number; end: number },
): AnswerReading | null {
  if (!/\?\s*$/.test(question) || !HOW_MANY.test(question) || COMPARES.test(question)) return null;
  const speaker = SPEAKER.exec(answer)?.[0].length ?? 0;
  if (figure.start < speaker || !LEAD_IN.test(answer.slice(speaker, figure.start).trim()))
    return null;
  const asked = question.replace(SPEAKER, "").replace(/\?\s*$/, "");
  const how = HOW_MANY.exec(asked);
  if (!how) return null;
  const said = answer.slice(figure.start, figure.end);
  const before = asked.slice(0, how.index);
  const after = asked.slice(how.index + how[0].length);
  const rest = answer
    .slice(figure.end)
    .replace(/^[\s,:;—–-]+/, "")
    .replace(/[.!]+\s*$/, "");
  // "697 – in just three days": a second figure in the answer is read on its own, and what it
  // says may be what is wrong; the pair is not put into the question's words.
  if (OTHER_FIGURE.test(rest)) return null;
  // "How many civilians does Russia hold?": the question's order turned back into a statement's,
  // "Russia hold 16,000 civilians", so the verb stands before the figure as in any sentence.
  const inverted = before.trim() === "" ? INVERTED.exec(after) : null;
  if (inverted) {
    const [, noun, clause] = inverted as unknown as [string, string, string];
    const lead = `${clause} `;
    return { text: `${lead}${said} ${noun}${rest ? `, ${rest}` : ""}.`, at: lead.length };
  }
  const text = `${before}${said}${after}${rest ? `, ${rest}` : ""}.`;
  return { text, at: before.length };
}
