/**
 * What a button re-runs. A reply's buttons carry the query, not the answer: the answer is
 * rebuilt from the store when clicked, so a shared answer is never staler than the store.
 */
import { z } from "zod";
import type { Answer } from "../../domain/answers.ts";

export const RERUN_COMMANDS = ["swap", "totals", "sources", "disputes", "help", "ask"] as const;

/** A thread kept in a button: its questions, oldest first, each cut short. */
export const THREAD_MAX = 5;
export const THREAD_QUESTION_MAX = 300;

const Rerun = z.object({
  /** The query: one of RERUN_COMMANDS. */
  c: z.enum(RERUN_COMMANDS),
  /** Its argument: an event id for swap, a topic for help. */
  a: z.string().max(200).optional(),
  /** For ask: the thread's questions, oldest first, the one answered last. */
  t: z.array(z.string().max(THREAD_QUESTION_MAX)).min(1).max(THREAD_MAX).optional(),
  /** The first unit to show, for the pages after the first. */
  s: z.number().int().nonnegative().max(10_000).optional(),
});

export type Rerun = z.infer<typeof Rerun>;

/** The query that rebuilds this answer. */
export function rerunOf(answer: Answer): Rerun {
  switch (answer.kind) {
    case "swap":
      // The event id is one of its aliases, so swap(id) finds exactly this event again.
      return { c: "swap", a: answer.event.id.slice(0, 200) };
    case "help":
      return answer.topic ? { c: "help", a: answer.topic.slice(0, 200) } : { c: "help" };
    case "ask":
      return {
        c: "ask",
        t: [...answer.context, answer.query]
          .slice(-THREAD_MAX)
          .map((q) => q.slice(0, THREAD_QUESTION_MAX)),
      };
    default:
      return { c: answer.kind };
  }
}

export function encodeRerun(r: Rerun): string {
  return JSON.stringify(r);
}

/** The query in a button's value, or null when the value is not one this app wrote. */
export function decodeRerun(value: string | undefined): Rerun | null {
  if (!value || value.length > 2000) return null;
  try {
    const parsed = Rerun.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
