/** `/disputes`: every place the sources disagree, open first, and the arithmetic that holds. */
import type { DisputesAnswer } from "../../domain/answers.ts";
import { checkLines, disputeUnit } from "./citations.ts";
import type { Doc } from "./doc.ts";
import type { Unit } from "./limits.ts";
import { compact, context, header, plural, section, sectionsFromLines } from "./parts.ts";

export function disputesDoc(a: DisputesAnswer, options: { editor?: boolean } = {}): Doc {
  const total = a.total ?? a.disputes.length;
  const open = a.open ?? a.disputes.filter((d) => !d.resolution).length;
  const offset = a.offset ?? 0;
  const partial =
    total > a.disputes.length
      ? `showing ${offset + 1}–${offset + a.disputes.length} of ${total}`
      : null;
  const head = compact([
    header("Where the sources disagree"),
    context([
      `:warning: *${plural(total, "dispute", "disputes")}*, ${open} open`,
      partial,
      "Each one is worked out from the quotes, never written by hand.",
    ]),
    total === 0 ? section("No disputes: every source in the store agrees.") : null,
  ]);
  const units: Unit[] = a.disputes.map((d) => disputeUnit(d, options));
  if (a.checks.length > 0) {
    const hidden = (a.checksTotal ?? a.checks.length) - a.checks.length;
    units.push({
      blocks: sectionsFromLines([
        "*Arithmetic that holds*",
        ...checkLines(a.checks),
        ...(hidden > 0 ? [`_…and ${hidden} more_`] : []),
      ]),
      noun: ["list of checks", "lists of checks"],
    });
  }
  return { head, units, text: `${plural(total, "dispute", "disputes")} (${open} open)` };
}
