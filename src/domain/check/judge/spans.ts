/**
 * A count of days beside a figure ("over two days, 697 came home"): the deal's whole length,
 * or the deal so far. Its verdict is settled beside the figure it spans: more days than the
 * deal took is wrong whatever the reading; fewer days is the deal so far when the figure is that
 * far's, and wrong when the figure is the whole deal's ("in just two days, 2,000" of a three-day
 * deal). With no figure to tell, fewer days is left unverified.
 */
import type { ClaimCheck } from "../../answers.ts";
import { daysBetween } from "../../dates.ts";
import { pushTo } from "../../group.ts";
import type { Claim } from "../read/claims.ts";

export function judgeSpans(claims: readonly Claim[], checks: ClaimCheck[]): void {
  // The claims of each sentence, gathered once: a count of days is weighed only beside those.
  const bySentence = new Map<number, number[]>();
  claims.forEach((x, j) => {
    pushTo(bySentence, x.sentence.start, j);
  });
  claims.forEach((c, i) => {
    const own = checks[i];
    if (!c.spanOf || !own || own.verdict !== "contradicted") return;
    const stored = Number((own.right ?? "").replace(/\D/g, ""));
    if (!stored || c.number.n > stored) return;
    const beside = (bySentence.get(c.sentence.start) ?? [])
      .map((j) => ({ x: claims[j] as Claim, check: checks[j] }))
      .filter(
        ({ x }) =>
          x !== c &&
          // ("In two days 697 came home; the total is now 2,000": a semicolon ends the span's part.)
          samePart(
            c.sentence.text,
            c.number.start - c.sentence.start,
            x.number.start - x.sentence.start,
          ) &&
          (x.measure === "released-to-date" || x.measure === "released") &&
          (x.days === c.number.n ||
            (x.range !== null && daysBetween(x.range.from, x.range.to) + 1 === c.number.n)),
      );
    const wholeDeal = beside.some(({ check }) => check?.reason.includes("for the whole deal"));
    if (wholeDeal) return;
    // The figure was read as the deal's first days and matched against them (right or wrong):
    // the days are a span of the deal, whatever the figure's own verdict.
    const soFar = beside.some(
      ({ x, check }) =>
        (x.measure === "released-to-date" || x.range !== null) && check?.verdict !== "unverified",
    );
    const { right: _right, ...rest } = own;
    checks[i] = soFar
      ? {
          ...rest,
          verdict: "supported",
          correction: null,
          reason: `The first ${c.number.text} days of the deal, which took ${stored}: the figure beside it is the deal so far, checked as such.`,
        }
      : {
          ...rest,
          verdict: "unverified",
          correction: null,
          reason: `Not marked wrong: unclear whether “${c.number.text} days” is how long the deal took (${stored}) or the deal so far.`,
        };
  });
}

/** Whether two places in a sentence lie between the same semicolons. */
function samePart(s: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return !s.slice(from, to).includes(";");
}
