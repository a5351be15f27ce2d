/**
 * "Call the swap what?", "his exact words?", "what did Moscow hint it would offer?": someone's
 * words asked, not a count. With no figure cue beside them, a stored figure is never the answer.
 */
export const WORDS_SOUGHT =
  /\bcall(?:s|ed)? (?:it|this|that|the [\w-]+) what\b|\bexact words\b|\bwhat (?:did|does|do) (?:[\w.'’-]+ ){1,4}?(?:hint|hinted|say|call|offer|promise|propose|suggest|warn|pledge|quip)\b|\bquote\b/i;
