// "Our strap says 'sixth exchange of 2025' for the April 19 swap – can I keep it?": the day is
// right, but the place in the year is nothing the store holds. A yes vouches for every part of
// a claim or it is no yes: a place the fact-check could not check leaves the answer in part.
import { factcheck } from "../check/index.ts";
import type { Knowledge } from "../queries.ts";
import type { Draft } from "./draft.ts";
import { DAY_WORD_VALUES, PLACE_READ } from "./vocabulary.ts";

/** The number a place is ("sixth", "6th", "twenty-first" → 6, 6, 21), or null. */
export function placeNumber(read: string): number | null {
  const w =
    read
      .replace(/^the\s+/i, "")
      .split(/\s+/)[0]
      ?.toLowerCase() ?? "";
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const parts = w.split("-").map((p) => DAY_WORD_VALUES[p]?.n);
  return parts.every((n) => n !== undefined)
    ? (parts.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) ?? null)
    : null;
}

/**
 * A yes whose claim says a day the fact-check puts right: no. One that says a place in a series
 * that nothing checked: "Only in part", said which.
 */
export function placeOpen(k: Knowledge, claim: string, d: Draft): Draft {
  if (!/^Yes\b/.test(d.line) || !claim) return d;
  const claims = factcheck(k, claim).claims;
  // "Agreed at the Istanbul talks on May 15": a yes on the agreement, but the day said of it is
  // one the fact-check puts right. The day is the answer: a no, the right day shown.
  const wrongDay = claims.find(
    (c) => c.verdict === "contradicted" && c.kind === "day" && c.right && !d.line.includes(c.read),
  );
  if (wrongDay)
    return {
      ...d,
      line: `No: ${d.line.replace(/^Yes:\s*/, "")} — on ${wrongDay.right}, not ${wrongDay.read.trim()}`,
    };
  const open = claims.filter(
    (c) => c.verdict === "unverified" && c.kind !== "day" && PLACE_READ.test(c.read.trim()),
  );
  // (A yes that itself states the place, "Yes: the 6th exchange", has checked it.)
  const left = open.filter((c) => {
    const n = placeNumber(c.read.trim());
    return n === null || !new RegExp(`\\b${n}(?:st|nd|rd|th)\\b`).test(d.line);
  });
  if (left.length === 0) return d;
  const said = [...new Set(left.map((c) => `“${c.read.trim()}”`))].join(", ");
  return {
    ...d,
    status: "unsure",
    line: `Only in part: ${d.line.replace(/^Yes:\s*/, "")}; nothing in the store confirms ${said}`,
  };
}
