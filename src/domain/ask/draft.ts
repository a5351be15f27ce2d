/** The answer a question's reading builds before the door's own fields are added. */
import type { AskAnswer } from "../answers.ts";

export type Draft = Omit<
  AskAnswer,
  "kind" | "query" | "context" | "reading" | "asked" | "understood"
>;

/** An answered draft with nothing in it yet, for a builder to fill. */
export const blank = (): Draft => ({
  status: "answered",
  line: "",
  citations: [],
  derivation: null,
  nearest: null,
  disputes: [],
  check: null,
  notes: [],
  choices: [],
  event: null,
});
