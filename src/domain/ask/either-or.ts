/**
 * "Was the count 57 by mid-2024 or by September 2024?": a question offering two readings of one
 * claim is no yes/no question. Each reading is checked on its own; when one holds and the other
 * does not, that one is the answer; when both or neither hold, the reply is unsure and offers
 * both, never a bare "Yes" to a question that asked "which".
 */
import type { AskAnswer } from "../answers.ts";
import { COUNT_START } from "./vocabulary.ts";

/** The words that open each choice alike ("by … or by …", "the … one or the one in …"). */
const LEADS = new Set(["the", "by", "in", "on", "from", "at", "since", "for", "before", "after"]);
const YES_NO_OPEN = /\b(?:was|is|were|are|did|does|do|has|had)\b/i;
const ASKS_WHICH = /\b(?:which|what|when|how|who|whose|where)\b/i;

export interface EitherOr {
  prefix: string;
  a: string;
  b: string;
}

/** The claim's shared words and the two choices, or null when the question offers none. */
export function eitherOrOf(question: string): EitherOr | null {
  const m = /^(.*\S)\s+or\s+([^?]+?)\s*\?+\s*$/i.exec(question.trim());
  if (!m?.[1] || !m[2]) return null;
  const b = m[2];
  const lead = b.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!LEADS.has(lead)) return null;
  const at = m[1].toLowerCase().lastIndexOf(` ${lead} `);
  if (at < 0) return null;
  const prefix = m[1].slice(0, at);
  const a = m[1].slice(at + 1);
  if (!YES_NO_OPEN.test(prefix) || ASKS_WHICH.test(prefix) || /\bor\b/i.test(a)) return null;
  return { prefix, a, b };
}

const said = (x: AskAnswer) =>
  /^yes\b/i.test(x.line) ? "yes" : /^no\b/i.test(x.line) ? "no" : null;

/** The two readings, each as asked and answered, put together into one reply (null: read whole). */
export function eitherOrAnswer(question: string, ask: (q: string) => AskAnswer): AskAnswer | null {
  // ("Counted from February or from March 2022?": where a total starts is read whole, from its quote.)
  const e = COUNT_START.test(question) ? null : eitherOrOf(question);
  if (!e) return null;
  const [qa, qb] = [`${e.prefix} ${e.a}?`, `${e.prefix} ${e.b}?`];
  const [a, b] = [ask(qa), ask(qb)];
  const [sa, sb] = [said(a), said(b)];
  if (!sa || !sb) return null;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const basis = (x: AskAnswer) => x.line.replace(/^yes\b[:,]?\s*/i, "");
  if (sa === "yes" && sb === "no")
    return { ...a, query: question, line: `${cap(e.a)}, not ${e.b} — ${basis(a)}` };
  if (sa === "no" && sb === "yes")
    return { ...b, query: question, line: `${cap(e.b)}, not ${e.a} — ${basis(b)}` };
  return {
    ...a,
    query: question,
    status: "unsure",
    line: `I'm not sure which reading holds (${e.a}; ${e.b}): here is each, checked.`,
    citations: [],
    disputes: [],
    derivation: null,
    choices: [
      { label: e.a, question: qa, line: a.line },
      { label: e.b, question: qb, line: b.line },
    ],
  };
}
