/**
 * "Were the 4,552 only soldiers?": a figure asked to be of one group alone (the military, or the
 * civilians), answered no when every quote that gives the figure and names a group names both.
 * When the quotes differ (one calls them all POWs, another counts civilians in), null: the
 * disagreement is shown as before, never settled here.
 */
import type { Fact } from "../../store/schema.ts";
import { cite } from "../check/align/store-index.ts";
import { formatNumber } from "../numbers.ts";
import type { Knowledge } from "../queries.ts";
import { factsWithValue } from "./align.ts";
import type { Draft } from "./draft.ts";
import type { AskReading } from "./read.ts";

const ONLY_GROUP =
  /\b(?:only|just|all|solely|purely|exclusively|entirely)\s+(?:(?:the\s+)?(?:military|soldiers|servicemen|service members|pows?|prisoners of war|troops|combatants|fighters|civilians)\b)/i;
const MILITARY =
  /\b(?:military|soldiers?|servicemen|service members|pows?|prisoners of war|troops|combatants)\b/i;
const CIVILIAN = /\b(?:civilians?|non-combatants?)\b/i;

export interface OnlyHelp {
  blank: () => Draft;
  said: (cs: ReturnType<typeof cite>[]) => string;
}

export function onlyGroupCheck(
  k: Knowledge,
  r: AskReading,
  question: string,
  help: OnlyHelp,
): Draft | null {
  if (!ONLY_GROUP.test(question)) return null;
  const asked = [...new Set([r.value?.n, ...r.values].filter((n): n is number => n !== undefined))];
  if (asked.length !== 1) return null;
  const n = asked[0] as number;
  const facts = factsWithValue(k, n).filter((f) => !f.planned);
  const naming = facts.filter((f) => MILITARY.test(f.quote.text) || CIVILIAN.test(f.quote.text));
  const both = (f: Fact) => MILITARY.test(f.quote.text) && CIVILIAN.test(f.quote.text);
  if (naming.length === 0 || !naming.every(both)) return null;
  const d = help.blank();
  d.citations = naming.map((f) => cite(k, f));
  d.line = `No: the ${formatNumber(n)} counts military and civilians alike (“${naming[0]?.quote.text}”) — ${help.said(d.citations)}`;
  return d;
}
