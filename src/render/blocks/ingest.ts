/**
 * What "Add as a source" and `/ingest` tell the person who asked: the source added, the new
 * events it proposes, the facts (how many agree with the store, differ, or are new), what was
 * found but not stored, the disputes it opened, and where to approve it all: `/review`.
 */
import type { IngestOutcome } from "../../app/ingest.ts";
import { eventEnd, eventStart } from "../../domain/catalog.ts";
import { formatDateRange, formatNewsroomDate } from "../../domain/dates.ts";
import { figureLabel, valueText } from "../../domain/labels.ts";
import type { Rendered } from "./index.ts";
import {
  compact,
  context,
  esc,
  header,
  plural,
  quote,
  section,
  sectionsFromLines,
} from "./parts.ts";

const SHOWN = 12;

export function renderIngest(outcome: IngestOutcome): Rendered {
  if (!outcome.ok) {
    const text = `That source is already in the store (${outcome.sourceId}): nothing was added twice. Its proposals are in /review.`;
    return { text, blocks: compact([section(`:information_source: ${esc(text)}`)]) };
  }
  const { proposal: p, opened } = outcome;
  const s = p.source;
  const day = "on" in s.published ? formatNewsroomDate(s.published.on) : "undated";
  const events = p.events ?? [];
  const verdicts = { supported: 0, contradicted: 0, disputed: 0, new: 0 };
  for (const f of p.facts) {
    const v = f.check.verdict;
    if (v === "supported" || v === "contradicted" || v === "disputed") verdicts[v]++;
    else verdicts.new++;
  }
  const unclassified = p.facts.filter((f) => f.fact.measure === "unclassified").length;
  const eventLines = events.slice(0, SHOWN).map((e) => {
    const from = eventStart(e);
    const to = eventEnd(e);
    const when =
      from && to && from !== to ? formatDateRange(from, to) : formatNewsroomDate(from ?? "");
    return `• *${esc(e.title)}* (${esc(e.kind)}, ${esc(when)}): \`/swap ${esc(e.aliases[0] ?? e.id)}\` once approved${e.quote ? `\n${quote(e.quote.text, 300)}` : ""}`;
  });
  const factLines = p.facts
    .slice(0, SHOWN)
    .map(
      (f) =>
        `• *${esc(valueText(f.fact))}* ${esc(figureLabel(f.fact.measure, f.fact.counted, f.fact.side))} · ${esc(f.eventTitle)}`,
    );
  const text = `Added ${s.outlet} (${day}) as a source: ${plural(events.length, "new event", "new events")}, ${plural(p.facts.length, "proposed fact", "proposed facts")}, ${plural(opened.length, "new dispute", "new disputes")}. Approve them in /review.`;
  return {
    text,
    blocks: compact([
      header("Added as a source"),
      section(
        `*${esc(s.outlet)}*, ${esc(day)}${s.title ? ` — “${esc(s.title)}”` : ""}${s.author ? ` · by ${esc(s.author)}` : ""}`,
      ),
      context([
        `*${plural(events.length, "new event", "new events")}*`,
        `*${plural(p.facts.length, "proposed fact", "proposed facts")}*: ${verdicts.supported} agree with the store, ${verdicts.contradicted} differ, ${verdicts.disputed} where sources already disagree, ${verdicts.new} new${unclassified ? ` (${unclassified} unclassified)` : ""}`,
        `*${plural(opened.length, "new dispute", "new disputes")}*`,
        `${plural(p.skipped.length, "figure", "figures")} found but not stored`,
      ]),
      ...(eventLines.length ? sectionsFromLines(["*New events*", ...eventLines]) : []),
      ...(factLines.length
        ? sectionsFromLines([
            "*Proposed facts*",
            ...factLines,
            ...(p.facts.length > SHOWN ? [`_…and ${p.facts.length - SHOWN} more_`] : []),
          ])
        : []),
      ...(opened.length
        ? sectionsFromLines([
            "*New disputes*",
            ...opened.slice(0, 5).map((d) => `• ${esc(d.title)}`),
          ])
        : []),
      section(
        "Everything here is *unreviewed* until an editor approves it: `/review` shows it by source and by event, beside the store's figures.",
      ),
    ]),
  };
}
