/**
 * "Timeline entry for mid-2024: how many …", "chart item for May 6: who …": the desk's label
 * says where the answer goes and, after "for", the time it is about. The place is dropped; the
 * time is kept as the question's own ("for mid-2024: how many …").
 */
const LABEL_WITH_TIME =
  /^(?:(?:for\s+)?(?:the\s+)?)?(?:timeline|chart|graphic|map|table|factbox|explainer|caption)\s+(?:entry|item|line|row|note|point|box)\s+(?=(?:for|on|in|at)\s+[^:]{2,40}:)/i;

export function dropLabelKeepTime(text: string): string {
  return text.replace(LABEL_WITH_TIME, "");
}

/**
 * "Per 001", "the analysis 001 cites": a desk's number for a source document, three digits with a
 * leading zero. It is never a figure asked or checked ("was it the biggest, per 001?" is not a
 * check of the figure 1), so it is read as "the source".
 */
export function sourceNumbersAsWords(text: string): string {
  return text.replace(/(?<![\d.,:/-])\b0\d\d\b(?![.,:/-]?\d)/g, "the source");
}
