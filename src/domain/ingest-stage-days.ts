/**
 * Days of a staged exchange told through its stages rather than written out: a count of days
 * from a stage whose day the text gave ("two days after the first stage"), a span told by its
 * first and last stages ("in five stages, the first on 9 June and the last on 26 June"), and a
 * count's starting day ("the first three stages, from June 9"), which is no day of a deed.
 */
import { type DateMention, findDates } from "./dates.ts";

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"] as const;

/** "after the first stage", "after the second wave": the stage a count of days runs from. */
const AFTER_NAMED_STAGE = new RegExp(
  `^\\s+the\\s+(${ORDINALS.join("|")})\\s+(?:stage|wave)\\b`,
  "i",
);

/**
 * "Two days after the first stage": the words naming the stage a count runs from, with the
 * count, so what happened on the day is read from the rest of its clause (a handover of bodies
 * counted from a stage is no stage). Empty when the day is no count from a stage.
 */
export function stageCountedFrom(text: string, d: DateMention): string {
  if (d.kind !== "relative" || !/\bdays?\s+(?:after|before)$/i.test(d.text)) return "";
  const named = AFTER_NAMED_STAGE.exec(text.slice(d.end, d.end + 40));
  return named ? d.text + named[0] : "";
}

/**
 * "Two days after the first stage", where the text gave "The first stage, on June 9": the
 * count runs from that stage's day, not from the day the text told last (which may be another
 * stage's). Null when the stage named was given no day of its own before.
 */
export function dayAfterNamedStage(
  text: string,
  d: DateMention,
  dates: readonly DateMention[],
): string | null {
  if (d.kind !== "relative" || !/\bdays?\s+(?:after|before)$/i.test(d.text)) return null;
  const ordinal = AFTER_NAMED_STAGE.exec(text.slice(d.end, d.end + 40))?.[1]?.toLowerCase();
  if (!ordinal) return null;
  // "The first stage, on June 9", "the first stage on 9 June", "the first stage (9 June)".
  const told = new RegExp(`\\b${ordinal}\\s+(?:stage|wave)\\s*(?:,\\s*)?(?:on\\s+|\\(\\s*)?$`, "i");
  const day = dates.find(
    (m) =>
      m.end <= d.start &&
      m.kind === "explicit" &&
      !!m.date &&
      told.test(text.slice(Math.max(0, m.start - 30), m.start)),
  )?.date;
  if (!day) return null;
  return findDates(d.text, { refDate: day, spelledDays: true })[0]?.date ?? null;
}

/** "ran in five stages, the first on": the words before a staged exchange's first day. */
const FIRST_OF_STAGES =
  /\bin\s+(?:[\p{L}\d]+\s+)?(?:stages|waves),?\s+(?:the\s+)?first\s+(?:on\s+)?$/iu;
/** "… and the last on": the words between its first day and its last. */
const THEN_LAST = /^\s*,?\s*(?:and\s+)?(?:the\s+)?(?:last|final)\s+(?:one\s+)?(?:on\s+)?$/i;

/**
 * "That exchange ran in five stages, the first on 9 June and the last on 26 June": one exchange
 * over the span from its first stage to its last, as "in five stages between 9 and 26 June" is.
 */
export function stagesFirstToLast(before: string, middle: string): boolean {
  return FIRST_OF_STAGES.test(before) && THEN_LAST.test(middle);
}

/** "the first three stages, from June 9", "in all stages since 9 June": what a count started. */
const COUNT_OF_STAGES_FROM = /\b(?:stages|waves|rounds)\b,?\s+(?:from|since)\s+$/i;

/**
 * The day a count of stages runs from, with no end given: no deed of its own (the stage on it is
 * told elsewhere, or not at all).
 */
export function startOfStagesCount(before: string, after: string): boolean {
  return COUNT_OF_STAGES_FROM.test(before) && !/^\s*(?:to|until|through|and|[–—-])\s/i.test(after);
}
