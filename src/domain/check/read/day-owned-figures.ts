/**
 * A figure a day or wave owns outright, with no verb of release: "Saturday's haul was 390",
 * "Day one was 390, day two 370", "Yesterday's wave: 370", "Friday's was 309", "Day Two saw 370
 * cross". The day's possessive (or "day one" as the subject) says the figure is that day's
 * batch; only a text about exchanges reads it so, and only as the one day's count: running
 * words ("total", "tally", "so far") are left to the readers that know them.
 */

/** A day said as a word: a weekday, today or yesterday, or the exchange's "day one"/"day 2". */
const DAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|day\s+(?:one|two|three|four|[1-4]))`;
/** What a single day's batch is called: never a running count. */
const BATCH = "(?:haul|wave|group|figure|batch|stage|number)";

/**
 * Before the figure: the day (owning or as subject), at most an ordinal and a batch noun, then
 * "was"/"is"/"saw"/a colon, or nothing where a list repeats the pattern ("…, day two 370").
 */
const DAY_OWNED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])${DAY}(?:['’]s)?(?:\s+it)?(?:\s+(?:first|second|third|final|last))?(?:\s+${BATCH})?\s*(?:(?:was|is|saw)\s+|:\s*)?$`,
  "iu",
);
/** After the figure: the clause ends, or goes on to the next day's figure or a verb of crossing. */
const DAY_OWNED_AFTER = /^\s*(?:[.!,;)]|and\b|cross(?:ed)?\b|$)/i;

/** Whether a bare figure is the batch of the day just before it. */
export function dayOwnedFigure(before: string, after: string): boolean {
  return DAY_OWNED_BEFORE.test(before) && DAY_OWNED_AFTER.test(after);
}
