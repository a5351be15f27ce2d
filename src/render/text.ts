/**
 * Answer object → plain text for the terminal. Mirrors the Block Kit renderer section by
 * section, from the same object, so a reporter at a terminal and one in Slack read the same.
 */

import type {
  Answer,
  AskAnswer,
  Check,
  Citation,
  ClaimCheck,
  DisputesAnswer,
  DisputeView,
  EventSummary,
  FactcheckAnswer,
  Figure,
  HelpAnswer,
  Reading,
  SourcesAnswer,
  SwapAnswer,
  TotalsAnswer,
} from "../domain/answers.ts";
import { ECHO_MAX, oneLine, truncate } from "./escape.ts";
import { isDerived, readingLine } from "./reading.ts";
import { stripInvisible } from "./user-text.ts";

const INDENT = "    ";

export function renderText(answer: Answer): string {
  switch (answer.kind) {
    case "swap":
      return swapText(answer);
    case "totals":
      return totalsText(answer);
    case "sources":
      return sourcesText(answer);
    case "disputes":
      return disputesText(answer);
    case "help":
      return helpText(answer);
    case "ask":
      return askText(answer);
  }
}

/** What was understood, in one line: "how many · civilians (“civilians”) · May 23, 2025". */
export function understoodLine(a: AskAnswer): string {
  return a.understood
    .map((p) => (p.from ? `${p.value} (“${oneLine(stripInvisible(p.from))}”)` : p.value))
    .join(" · ");
}

/** A question answered: the first line answers it; the quotes, sums and disputes follow. */
function askText(a: AskAnswer): string {
  const lines = [a.line];
  const asked = truncate(oneLine(stripInvisible(a.query)), ECHO_MAX);
  const thread =
    a.context.length > 0
      ? ` (after: ${a.context.map((c) => `“${truncate(oneLine(stripInvisible(c)), 80)}”`).join(" → ")})`
      : "";
  lines.push(`  Read as: ${understoodLine(a)} — you asked “${asked}”${thread}`);
  if (a.derivation) lines.push("", `Worked out: ${a.derivation.expression}`);
  if (a.citations.length > 0) {
    lines.push("", a.citations.length === 1 ? "Quote:" : "Quotes:");
    for (const c of a.citations.slice(0, 6)) lines.push(...citationText(c));
    if (a.citations.length > 6) lines.push(`${INDENT}…and ${a.citations.length - 6} more`);
  }
  if (a.nearest && (a.nearest.before || a.nearest.after)) {
    lines.push("", "Nearest stored counts:");
    for (const [label, p] of [
      ["before", a.nearest.before],
      ["after", a.nearest.after],
    ] as const) {
      const r = p?.figure.readings[0];
      const c = r?.citations[0];
      if (p && r && c)
        lines.push(
          `  ${label}: ${r.valueText} as of ${p.asOf} — ${c.claimant.party === "press" ? c.source.outlet : `${c.claimant.name}, via ${c.source.outlet}`}`,
        );
    }
  }
  for (const n of a.notes) lines.push("", n);
  for (const d of a.disputes) lines.push("", ...disputeText(d));
  if (a.choices.length > 0) {
    lines.push("", "Did you mean:");
    for (const c of a.choices) {
      lines.push(`  • ${c.label}: ${c.line}`, `    ask: ${c.question}`);
    }
  }
  if (a.event) lines.push("", `The whole exchange: /swap ${a.event.date ?? a.event.id}`);
  return lines.join("\n");
}

function eventLine(e: EventSummary): string {
  return e.dateText ? `${e.title} (${e.dateText})` : e.title;
}

/** "2 claimants agree (3 sources)"; one claimant repeated by outlets is still one. */
export function agreementText(r: Reading): string {
  const outlets = new Set(r.citations.map((c) => c.source.id)).size;
  const claimants = r.claimants.length;
  if (claimants <= 1 && outlets <= 1) return "1 source";
  if (claimants === outlets) return `${claimants} sources agree`;
  if (claimants === 1)
    return `${outlets} outlets, all quoting ${r.claimants[0]?.name ?? "one claimant"}`;
  return `${claimants} claimants agree (${outlets} outlets)`;
}

export function citationText(c: Citation): string[] {
  const by = c.claimant.party === "press" ? "" : `${c.claimant.name}, via `;
  const meta = [`${by}${c.source.outlet}`, c.source.published, c.source.url]
    .filter(Boolean)
    .join(" · ");
  const flags = c.status === "unreviewed" ? " (unreviewed)" : "";
  if (!c.verified) {
    return [`${INDENT}[quote withheld: it no longer matches its source] — ${meta}${flags}`];
  }
  // A quote that is itself a quotation keeps its own marks rather than doubling them.
  const quoted = /^[“"]/.test(c.quote) ? c.quote : `“${c.quote}”`;
  return [`${INDENT}${quoted}`, `${INDENT}  — ${meta}${flags}`];
}

function figureText(f: Figure, disputeIds: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  const planned = f.planned ? " (planned)" : "";
  const disputed = f.disputeIds.some((id) => disputeIds.has(id));
  const values = f.readings.map((r) => r.valueText);
  const head = disputed
    ? `! ${f.label}${planned}: ${values.join(" or ")}  [DISPUTED]`
    : `${f.label}${planned}: ${values.join(" / ")}`;
  lines.push(head);
  for (const r of f.readings) {
    lines.push(`  ${r.valueText} — ${agreementText(r)}`);
    for (const c of r.citations) lines.push(...citationText(c));
  }
  return lines;
}

function disputeText(d: DisputeView): string[] {
  const lines = [`! DISPUTE: ${d.title}${d.betweenParties ? " (between the parties)" : ""}`];
  lines.push(`  ${d.sentence}`);
  for (const side of d.sides) {
    lines.push(`  • ${side.valueText}`);
    for (const c of side.citations) lines.push(...citationText(c));
  }
  if (d.resolution) {
    const r = d.resolution;
    const what = r.verdict === "trust" ? `trusts ${r.trustedValue ?? "one figure"}` : "both stand";
    // The terminal styles nothing, but a bidi override in a note would still reorder the line.
    const note = r.note ? ` — ${oneLine(stripInvisible(r.note))}` : "";
    lines.push(`  Resolved by ${r.by} on ${r.at}: ${what}${note}`);
  }
  return lines;
}

function checkText(c: Check): string[] {
  return [
    `${c.ok ? "✓" : "✗"} ${c.label}: ${c.expression} ${c.ok ? "fits" : "does not fit"} ${c.against.valueText}`,
  ];
}

function swapText(a: SwapAnswer): string {
  const lines = [eventLine(a.event)];
  if (a.parent) lines.push(`Part of ${eventLine(a.parent)}`);
  if (a.parts.length > 0) lines.push(`Waves: ${a.parts.map(eventLine).join("; ")}`);
  if (a.matchNote) lines.push(`Note: ${a.matchNote}`);
  const ids = new Set(a.disputes.map((d) => d.id));
  if (a.figures.length === 0) lines.push("", "The store has no figures for this event yet.");
  for (const f of a.figures) lines.push("", ...figureText(f, ids));
  if (a.checks.length > 0) lines.push("", "Arithmetic:", ...a.checks.flatMap(checkText));
  for (const d of a.disputes) lines.push("", ...disputeText(d));
  return lines.join("\n");
}

/** A bar of up to `width` blocks, in eighths, for the waves chart. */
export function bar(n: number, max: number, width = 20): string {
  if (max <= 0 || n <= 0) return "";
  const eighths = Math.round((n / max) * width * 8);
  const full = "█".repeat(Math.floor(eighths / 8));
  const part = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8] ?? "";
  return full + part;
}

export function waveValue(f: Figure | null): number | null {
  const cite = f?.readings[0]?.citations[0];
  if (!f || !cite) return null;
  const n = Number(f.readings[0]?.valueText.replace(/[^\d.]/g, ""));
  return Number.isFinite(n) ? n : null;
}

function totalsText(a: TotalsAnswer): string {
  const lines: string[] = [];
  if (a.deal) {
    lines.push(eventLine(a.deal.event));
    if (a.deal.total) lines.push(...figureText(a.deal.total, new Set()));
    const values = a.deal.waves.map((w) => waveValue(w.figure) ?? 0);
    const max = Math.max(0, ...values);
    lines.push("", "Wave by wave (each side):");
    a.deal.waves.forEach((w, i) => {
      const v = values[i] ?? 0;
      const label = (w.event.dateText ?? w.event.title).padEnd(14);
      lines.push(
        `  ${label} ${bar(v, max).padEnd(21)} ${w.figure ? (w.figure.readings[0]?.valueText ?? "?") : "no figure"}`,
      );
    });
    for (const c of a.deal.checks) lines.push(...checkText(c));
  }
  if (a.exchanges.length > 0) {
    lines.push("", `Exchanges in ${a.year ?? "the year"}:`);
    for (const e of a.exchanges) {
      const f = e.figure;
      lines.push(
        `  ${(e.event.dateText ?? "").padEnd(14)} ${f ? `${f.readings.map((r) => r.valueText).join(" or ")} (${lowerLabel(f.label)})` : "no figure"} — ${e.event.title}`,
      );
    }
  }
  if (a.timeline.length > 0) {
    lines.push("", "Ukrainians returned since the full-scale invasion (as each source had it):");
    for (const p of a.timeline) {
      const r = p.figure.readings[0];
      const c = r?.citations[0];
      lines.push(
        `  ${p.asOf}: ${r?.valueText ?? "?"} — ${c ? (c.claimant.party === "press" ? c.source.outlet : `${c.claimant.name}, via ${c.source.outlet}`) : ""}`,
      );
      if (c)
        lines.push(
          ...citationText(c)
            .map((l) => `  ${l}`)
            .slice(0, 1),
        );
    }
  }
  if (a.exchangeCount.length > 0) {
    lines.push("", "Exchanges counted since the invasion:");
    for (const p of a.exchangeCount) {
      const r = p.figure.readings[0];
      const c = r?.citations[0];
      lines.push(
        `  ${p.asOf}: ${p.figure.measure === "exchange-ordinal" ? `the ${r?.citations[0]?.said ?? r?.valueText}` : r?.valueText} — ${c?.source.outlet ?? ""}`,
      );
    }
  }
  for (const d of a.disputes) lines.push("", ...disputeText(d));
  return lines.join("\n");
}

function sourcesText(a: SourcesAnswer): string {
  const lines = [`${a.sources.length} sources in the store:`];
  for (const s of a.sources) {
    lines.push("");
    lines.push(`• ${s.outlet}${s.status === "unreviewed" ? " (unreviewed)" : ""} — ${s.published}`);
    if (s.title) lines.push(`  “${s.title}”${s.author ? ` by ${s.author}` : ""}`);
    if (s.url) lines.push(`  ${s.url}`);
    lines.push(
      `  ${s.facts} facts; claims attributed to: ${s.claimants.map((c) => c.name).join(", ")}`,
    );
    if (s.notes) lines.push(`  Note: ${s.notes}`);
  }
  return lines.join("\n");
}

function disputesText(a: DisputesAnswer): string {
  const open = a.disputes.filter((d) => !d.resolution).length;
  const lines = [`${a.disputes.length} disputes (${open} open):`];
  for (const d of a.disputes) lines.push("", ...disputeText(d));
  if (a.checks.length > 0) {
    lines.push("", "Arithmetic that holds:");
    for (const c of a.checks) lines.push(...checkText(c));
  }
  return lines.join("\n");
}

function helpText(a: HelpAnswer): string {
  const lines: string[] = [];
  const typed = a.query ? oneLine(a.query) : "";
  if (a.problem)
    lines.push(typed ? `${a.problem} (you asked: “${truncate(typed, ECHO_MAX)}”)` : a.problem);
  if (a.suggestions.length > 0) {
    for (const s of a.suggestions)
      lines.push(`  • ${eventLine(s)}${s.aliases[0] ? ` — try: ${s.aliases[0]}` : ""}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push("How to ask:", ...a.usage.map((u) => `  ${u}`));
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Fact-check reports

const VERDICT_HEAD: Record<ClaimCheck["verdict"], string> = {
  contradicted: "✗ CONTRADICTED",
  disputed: "! DISPUTED",
  supported: "✓ SUPPORTED",
  unverified: "? UNVERIFIED",
};

/** "12 claims in 340 words: 1 contradicted, 2 disputed, 8 supported, 1 unverified". */
export function factcheckSummary(a: FactcheckAnswer): string {
  const n = a.claims.length;
  const parts = (["contradicted", "disputed", "supported", "unverified"] as const).map(
    (v) => `${a.counts[v]} ${v}`,
  );
  return `Fact-check: ${n} ${n === 1 ? "claim" : "claims"} in ${a.words.toLocaleString("en-US")} ${a.words === 1 ? "word" : "words"}: ${parts.join(", ")}`;
}

/**
 * A fact-check as a report an editor reads top down: the summary, then the contradictions
 * (each with the right figure's quote, its source and the corrected sentence), then the
 * disputes (both figures, both sources), then what is supported, then what could not be checked.
 */
export function factcheckText(a: FactcheckAnswer): string {
  const lines = [factcheckSummary(a)];
  if (a.claims.length === 0) {
    lines.push("", "No checkable figures found.");
    return lines.join("\n");
  }
  for (const verdict of ["contradicted", "disputed", "supported", "unverified"] as const) {
    const claims = a.claims.filter((c) => c.verdict === verdict);
    // Contradictions and disputes each get a block; the rest are a compact list.
    const spaced = verdict === "contradicted" || verdict === "disputed";
    claims.forEach((c, i) => {
      if (spaced || i === 0) lines.push("");
      lines.push(...claimCheckText(c));
    });
  }
  return lines.join("\n");
}

function claimCheckText(c: ClaimCheck): string[] {
  const head = `${VERDICT_HEAD[c.verdict]}: “${c.claim}” — ${c.about}`;
  const lines = claimLines(c, head);
  // The reading goes right under the head line, so the why sits beside the verdict.
  if (c.reading) lines.splice(1, 0, `  ${readingLine(c.reading, c.verdict)}`);
  return lines;
}

function claimLines(c: ClaimCheck, head: string): string[] {
  switch (c.verdict) {
    case "contradicted":
      return [
        head,
        `  In: ${c.sentence}`,
        `  ${c.reason}`,
        ...(c.correction ? [`  Correction: ${c.correction}`] : []),
        ...c.citations.flatMap(citationText),
      ];
    case "disputed":
      return [head, `  In: ${c.sentence}`, `  ${c.reason}`, ...c.citations.flatMap(citationText)];
    case "supported": {
      const first = c.citations[0];
      const more = c.citations.length > 1 ? ` (and ${c.citations.length - 1} more)` : "";
      return [
        `${head}`,
        // A derived figure shows the figures it comes from ("3 + 387 = 390").
        ...(isDerived(c) ? [`  ${c.reason}`] : []),
        ...(first ? citationText(first).map((l, i) => (i === 0 ? `${l}${more}` : l)) : []),
      ];
    }
    case "unverified":
      return [head, `  ${c.reason}`];
  }
}

/** "POWs and servicemen released…" → "POWs and servicemen released…"; "Prisoners…" → "prisoners…". */
function lowerLabel(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
