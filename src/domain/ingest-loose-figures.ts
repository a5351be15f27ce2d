/**
 * Figures that count no one: a length of time with a word between the figure and its unit
 * ("402 for 402, over three consecutive days"), and a manner of speaking that sets figures
 * against each other by place ("a thousand here, a few hundred there"). Each gives why, or null.
 */

/** "three consecutive days", "two straight weeks": how long, whatever stands before the unit. */
const LONG_AFTER =
  /^\s+(?:consecutive|successive|straight|running|long|full|whole|more|further|separate)\s+(?:days?|nights?|weeks?|months?|years?)\b/i;

/** "a thousand here, a few hundred there": rough sizes, no count of any event. */
const HERE_THERE_AFTER = /^\s+(?:here|there)\b(?=\s*[,;.]|\s+and\b)/i;

export function looseFigure(text: string, start: number, end: number): string | null {
  const said = text.slice(start, end);
  const after = text.slice(end, end + 40);
  const n = Number(said.replace(/,/g, ""));
  if (!(n >= 100) && LONG_AFTER.test(after)) return "how long, not how many";
  if (HERE_THERE_AFTER.test(after)) return "a manner of speaking, not a count";
  return null;
}
