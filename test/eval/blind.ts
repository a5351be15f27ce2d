/**
 * The blind corpus (test/eval/blind/): drafts written and labelled from the seed texts by
 * writers who never saw the engine, split once into a dev half (tuned on) and a sealed half
 * (run once, at the end). Each label names a figure in a draft by its characters; the engine's
 * claim whose number overlaps it is the one scored.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { factcheck, type Verdict } from "../../src/domain/check/index.ts";
import type { Knowledge } from "../../src/domain/queries.ts";

export type Expected = Verdict | "none";
/**
 * "fresh": a second blind set, written after the sealed half was spent; "fresh2": a third,
 * written after the fresh set was spent; "fresh3": a fourth, after the third; "fresh4": a fifth,
 * after the fourth; "fresh5": a sixth, after the fifth; "fresh6": a seventh, after the sixth;
 * "fresh7": an eighth, after the seventh; "fresh8": a ninth, after the eighth; "fresh9": a tenth,
 * after the ninth; "fresh10": an eleventh, after the tenth; and so on to "fresh13", a fourteenth
 * (captions, tickers and straps; timelines, explainers and teaching sheets); "fresh14", a fifteenth
 * (reporters' chat messages to the desk; copy translated into English); "fresh15", a sixteenth
 * (voice memos and calls to the desk as speech-to-text renders them, and tabloid copy; European
 * English-service copy and numbered social threads); "fresh16", a seventeenth (opinion columns and
 * TV scripts; a data desk's boxes and tables, and anniversary look-backs dated 2025–2026); "fresh17", an
 * eighteenth (press-briefing transcripts and diplomatic cables; profiles of freed people and
 * children's news explainers); "fresh18", a nineteenth (fact boxes, sidebars and chart labels; podcast
 * notes and audio transcripts).
 * Each is run once, then becomes a dev set.
 */
export const HALVES = [
  "dev",
  "sealed",
  "fresh",
  "fresh2",
  "fresh3",
  "fresh4",
  "fresh5",
  "fresh6",
  "fresh7",
  "fresh8",
  "fresh9",
  "fresh10",
  "fresh11",
  "fresh12",
  "fresh13",
  "fresh14",
  "fresh15",
  "fresh16",
  "fresh17",
  "fresh18",
] as const;
export type Half = (typeof HALVES)[number];
/** Every half but the dev one: each was run once (blind) and has been read since. */
export const SPENT_HALVES = HALVES.filter((h) => h !== "dev");

export interface Label {
  figure: string;
  nth?: number;
  verdict: Expected;
  accept?: Expected[];
  correct?: string;
  error?: string;
  about?: string;
}

export interface Draft {
  id: string;
  date?: string;
  text: string;
  claims: Label[];
}

export interface Scored {
  draft: Draft;
  label: Label;
  got: Expected;
  /** The engine's correction figure, for a contradicted claim. */
  right: string | null;
  reason: string | null;
  ok: boolean;
}

export interface BlindScore {
  half: Half;
  drafts: number;
  scored: Scored[];
  /** Contradicted verdicts on numbers no label names. */
  strayContradictions: { draft: Draft; claim: string }[];
  matrix: Record<string, Record<string, number>>;
}

const ROOT = path.join(import.meta.dirname, "blind");
const EXPECTED: readonly Expected[] = [
  "supported",
  "contradicted",
  "disputed",
  "unverified",
  "none",
];

export function hasHalf(half: Half): boolean {
  return existsSync(path.join(ROOT, half));
}

export function loadHalf(half: Half): Draft[] {
  const dir = path.join(ROOT, half);
  const drafts: Draft[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".yaml") || f === "ingest.yaml") continue;
    const doc = parse(readFileSync(path.join(dir, f), "utf8")) as { drafts: Draft[] };
    drafts.push(...doc.drafts);
  }
  return drafts;
}

/** Where a label's figure sits in its draft: its nth occurrence, or null if it is not there. */
export function locate(text: string, label: Label): { start: number; end: number } | null {
  let at = -1;
  for (let i = 0; i < (label.nth ?? 1); i++) {
    at = text.indexOf(label.figure, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + label.figure.length };
}

export function scoreHalf(k: Knowledge, half: Half, drafts = loadHalf(half)): BlindScore {
  const scored: Scored[] = [];
  const strayContradictions: BlindScore["strayContradictions"] = [];
  const matrix: BlindScore["matrix"] = {};
  for (const e of EXPECTED) matrix[e] = Object.fromEntries(EXPECTED.map((g) => [g, 0]));
  for (const draft of drafts) {
    const result = factcheck(k, draft.text, { refDate: draft.date ?? null });
    const used = new Set<number>();
    for (const label of draft.claims) {
      const at = locate(draft.text, label);
      const i = at
        ? result.claims.findIndex(
            (c, j) =>
              !used.has(j) && c.start < at.end && at.start < c.start + Math.max(c.read.length, 1),
          )
        : -1;
      if (i >= 0) used.add(i);
      const c = i >= 0 ? result.claims[i] : undefined;
      const got: Expected = c ? c.verdict : "none";
      const ok = got === label.verdict || (label.accept ?? []).includes(got);
      const row = matrix[label.verdict] as Record<string, number>;
      row[got] = (row[got] ?? 0) + 1;
      scored.push({ draft, label, got, right: c?.right ?? null, reason: c?.reason ?? null, ok });
    }
    result.claims.forEach((c, j) => {
      if (!used.has(j) && c.verdict === "contradicted")
        strayContradictions.push({ draft, claim: c.claim });
    });
  }
  return { half, drafts: drafts.length, scored, strayContradictions, matrix };
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((a / b) * 100).toFixed(1)}%`);

/** The figures the issue's targets are set on. */
export function targets(s: BlindScore) {
  const correctCopy = s.scored.filter(
    (x) =>
      (x.label.verdict === "supported" || x.label.verdict === "disputed") &&
      !(x.label.accept ?? []).includes("contradicted"),
  );
  const wrong = s.scored.filter((x) => x.label.verdict === "contradicted");
  const supported = s.scored.filter((x) => x.label.verdict === "supported");
  const falseContradictions = s.scored.filter(
    (x) => x.got === "contradicted" && !x.ok && x.label.verdict !== "contradicted",
  );
  const rightFix = wrong.filter(
    (x) =>
      x.got === "contradicted" &&
      x.label.correct !== undefined &&
      digits(x.right) === digits(x.label.correct),
  );
  return {
    labels: s.scored.length,
    correctCopy: correctCopy.length,
    correctCopyContradicted: correctCopy.filter((x) => x.got === "contradicted").length,
    falseContradictions: falseContradictions.length,
    wrong: wrong.length,
    wrongContradicted: wrong.filter((x) => x.got === "contradicted").length,
    wrongSupported: wrong.filter((x) => x.got === "supported" && !x.ok).length,
    wrongWithRightFigure: rightFix.length,
    supported: supported.length,
    supportedGot: supported.filter((x) => x.ok).length,
    agreed: s.scored.filter((x) => x.ok).length,
  };
}

const digits = (t: string | null | undefined) => (t ?? "").replace(/\D/g, "");

export function formatBlind(s: BlindScore, misses = true): string {
  const t = targets(s);
  const lines = [
    `Blind corpus, ${s.half} half: ${s.drafts} drafts, ${t.labels} labelled figures`,
    `  agreed with the label:                 ${t.agreed}/${t.labels} (${pct(t.agreed, t.labels)})`,
    `  correct copy contradicted (target 0):  ${t.correctCopyContradicted} of ${t.correctCopy}`,
    `  any false "contradicted":              ${t.falseContradictions} (+${s.strayContradictions.length} on unlabelled numbers)`,
    `  wrong figures contradicted (≥95%):     ${t.wrongContradicted}/${t.wrong} (${pct(t.wrongContradicted, t.wrong)}), with the label's figure: ${t.wrongWithRightFigure}`,
    `  correct copy supported (≥85%):         ${t.supportedGot}/${t.supported} (${pct(t.supportedGot, t.supported)})`,
    `  wrong figures called supported:        ${t.wrongSupported}`,
    "",
    "  confusion (rows: label, columns: got)",
    `  ${"".padEnd(13)}${EXPECTED.map((v) => v.slice(0, 12).padStart(13)).join("")}`,
    ...EXPECTED.map(
      (e) =>
        `  ${e.padEnd(13)}${EXPECTED.map((g) => String(s.matrix[e]?.[g] ?? 0).padStart(13)).join("")}`,
    ),
  ];
  if (misses) {
    const wrong = s.scored.filter((x) => !x.ok);
    if (wrong.length > 0) lines.push("", "  Misses:");
    for (const x of wrong) {
      lines.push(
        `  [${x.draft.id}${x.draft.date ? ` ${x.draft.date}` : ""}] "${x.label.figure}" label ${x.label.verdict}${x.label.correct ? ` (${x.label.correct})` : ""} got ${x.got}${x.right ? ` (${x.right})` : ""}`,
        `      ${sentenceAround(x.draft.text, x.label)}`,
        ...(x.reason ? [`      ${x.reason}`] : []),
      );
    }
    for (const x of s.strayContradictions)
      lines.push(`  [${x.draft.id}] unlabelled "${x.claim}" got contradicted`);
  }
  return lines.join("\n");
}

function sentenceAround(text: string, label: Label): string {
  const at = locate(text, label);
  if (!at) return `(figure "${label.figure}" not found in the text)`;
  const from = Math.max(0, text.lastIndexOf(".", at.start - 1) + 1, at.start - 160);
  const toDot = text.indexOf(".", at.end);
  const to = Math.min(text.length, toDot < 0 ? text.length : toDot + 1, at.end + 160);
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}
