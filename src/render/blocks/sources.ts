/** `/sources`: every source in the store, with what it contributes and whom it quotes. */
import type { SourceSummary, SourcesAnswer } from "../../domain/answers.ts";
import type { Doc } from "./doc.ts";
import type { Unit } from "./limits.ts";
import { compact, context, esc, header, link, plural, section } from "./parts.ts";

const CLAIMANTS_SHOWN = 8;

function sourceUnit(s: SourceSummary): Unit {
  const names = s.claimants.slice(0, CLAIMANTS_SHOWN).map((c) => esc(c.name));
  const others = s.claimants.length - names.length;
  if (others > 0) names.push(`and ${others} more`);
  const lines = [
    [
      `*${esc(s.outlet)}*`,
      s.status === "unreviewed" ? "_(unreviewed)_" : null,
      esc(s.published),
      link(s.url),
    ]
      .filter(Boolean)
      .join(" · "),
    s.title ? `_“${esc(s.title)}”_${s.author ? ` by ${esc(s.author)}` : ""}` : null,
    `${plural(s.facts, "fact", "facts")}${names.length > 0 ? `; claims attributed to ${names.join(", ")}` : ""}`,
    s.notes ? `Note: ${esc(s.notes)}` : null,
  ];
  return {
    blocks: compact([section(lines.filter(Boolean).join("\n"))]),
    noun: ["source", "sources"],
  };
}

export function sourcesDoc(a: SourcesAnswer): Doc {
  const total = a.total ?? a.sources.length;
  const offset = a.offset ?? 0;
  const partial =
    total > a.sources.length
      ? `showing ${offset + 1}–${offset + a.sources.length} of ${total}`
      : null;
  const head = compact([
    header("Sources in the store"),
    context([plural(total, "source", "sources"), partial]),
  ]);
  if (a.sources.length === 0) head.push(...compact([section("The store has no sources yet.")]));
  return {
    head,
    units: a.sources.map(sourceUnit),
    text: `${plural(total, "source", "sources")} in the store`,
  };
}
