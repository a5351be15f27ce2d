/** `/swap`: one exchange, each figure with its quotes, its arithmetic and its disputes. */
import type { SwapAnswer } from "../../domain/answers.ts";
import { checkLines, disputeUnit, figureUnit, isDisputed } from "./citations.ts";
import type { Doc } from "./doc.ts";
import type { Unit } from "./limits.ts";
import { compact, context, esc, header, plural, section, sectionsFromLines } from "./parts.ts";

export function swapDoc(a: SwapAnswer, options: { editor?: boolean } = {}): Doc {
  const shown = new Set(a.disputes.map((d) => d.id));
  const e = a.event;
  const head = compact([
    header(e.title),
    context([
      e.dateText ? `*${esc(e.dateText)}*` : null,
      a.parent
        ? `Part of ${esc(a.parent.title)}${a.parent.dateText ? ` (${esc(a.parent.dateText)})` : ""}`
        : null,
      a.parts.length > 0
        ? `In ${plural(a.parts.length, "part", "parts")}: ${a.parts.map((p) => esc(p.dateText ?? p.title)).join(", ")}`
        : null,
      a.disputes.length > 0
        ? `:warning: *${plural(a.disputes.length, "dispute", "disputes")}* about this ${e.kind === "talks" ? "event" : "exchange"}`
        : null,
    ]),
    a.matchNote ? section(`_${esc(a.matchNote)}_`) : null,
    a.figures.length === 0 ? section("The store has no figures for this event yet.") : null,
  ]);
  const units: Unit[] = a.figures.map((f) => figureUnit(f, { disputes: shown }));
  if (a.checks.length > 0)
    units.push({
      blocks: sectionsFromLines(["*Arithmetic*", ...checkLines(a.checks)]),
      noun: ["check", "checks"],
    });
  units.push(...a.disputes.map((d) => disputeUnit(d, options)));

  const lead = a.figures[0];
  const figureText = lead
    ? `: ${esc(lead.label)}: ${lead.readings.map((r) => esc(r.valueText)).join(" or ")}${isDisputed(lead, shown) ? " (disputed)" : ""}`
    : "";
  const text = `${esc(e.title)}${e.dateText ? `, ${esc(e.dateText)}` : ""}${figureText}${a.disputes.length > 0 ? ` · ${plural(a.disputes.length, "dispute", "disputes")}` : ""}`;
  return { head, units, text };
}
