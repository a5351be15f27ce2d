/**
 * Scores the fact-check against the labelled cases: precision and recall per verdict and the
 * confusion matrix. Shared by `npm run eval` (prints) and the eval test (enforces targets).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { factcheck, type Verdict } from "../../src/domain/check/index.ts";
import type { Knowledge } from "../../src/domain/queries.ts";

export const VERDICTS: readonly (Verdict | "none")[] = [
  "supported",
  "contradicted",
  "disputed",
  "unverified",
  "none",
];

export interface Case {
  group: string;
  text: string;
  date?: string;
  context?: string;
  expect: Verdict[];
  note?: string;
}

export interface Outcome {
  c: Case;
  got: Verdict[];
  ok: boolean;
}

export interface Score {
  outcomes: Outcome[];
  /** matrix[expected][got]; "none" is a figure missed or one found where none was expected. */
  matrix: Record<string, Record<string, number>>;
  perVerdict: Record<
    string,
    { precision: number; recall: number; tp: number; fp: number; fn: number }
  >;
}

export function loadCases(): Case[] {
  return parse(readFileSync(path.join(import.meta.dirname, "cases.yaml"), "utf8")) as Case[];
}

export function evaluate(k: Knowledge, cases: readonly Case[]): Score {
  const matrix: Score["matrix"] = {};
  for (const e of VERDICTS) matrix[e] = Object.fromEntries(VERDICTS.map((g) => [g, 0]));
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const prefix = c.context ? `${c.context} ` : "";
    const result = factcheck(k, prefix + c.text, { refDate: c.date ?? "2025-05-26" });
    // Claims from the context sentence are not scored.
    // These cases label figures; days stated as claims are scored by the blind corpus.
    const got = result.claims
      .filter((v) => v.start >= prefix.length && v.kind !== "day")
      .map((v) => v.verdict);
    const n = Math.max(got.length, c.expect.length);
    for (let i = 0; i < n; i++) {
      const e = c.expect[i] ?? "none";
      const g = got[i] ?? "none";
      (matrix[e] as Record<string, number>)[g] =
        ((matrix[e] as Record<string, number>)[g] ?? 0) + 1;
    }
    outcomes.push({
      c,
      got,
      ok: got.length === c.expect.length && got.every((g, i) => g === c.expect[i]),
    });
  }
  const perVerdict: Score["perVerdict"] = {};
  for (const v of VERDICTS.filter((x) => x !== "none")) {
    const tp = matrix[v]?.[v] ?? 0;
    const fp = VERDICTS.filter((e) => e !== v).reduce((s, e) => s + (matrix[e]?.[v] ?? 0), 0);
    const fn = VERDICTS.filter((g) => g !== v).reduce((s, g) => s + (matrix[v]?.[g] ?? 0), 0);
    perVerdict[v] = {
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  }
  return { outcomes, matrix, perVerdict };
}

export function formatScore(score: Score): string {
  const lines: string[] = [];
  const total = score.outcomes.length;
  const right = score.outcomes.filter((o) => o.ok).length;
  lines.push(`Cases: ${total}, fully right: ${right} (${((right / total) * 100).toFixed(1)}%)`, "");
  lines.push("verdict        precision  recall   tp  fp  fn");
  for (const [v, s] of Object.entries(score.perVerdict)) {
    lines.push(
      `${v.padEnd(14)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  lines.push("", "confusion (rows: expected, columns: got)");
  lines.push(`${"".padEnd(14)}${VERDICTS.map((v) => v.slice(0, 12).padStart(13)).join("")}`);
  for (const e of VERDICTS) {
    lines.push(
      `${e.padEnd(14)}${VERDICTS.map((g) => String(score.matrix[e]?.[g] ?? 0).padStart(13)).join("")}`,
    );
  }
  const wrong = score.outcomes.filter((o) => !o.ok);
  if (wrong.length > 0) {
    lines.push("", "Misses:");
    for (const o of wrong)
      lines.push(
        `  [${o.c.group}] ${o.c.text}\n      expected ${JSON.stringify(o.c.expect)} got ${JSON.stringify(o.got)}`,
      );
  }
  return lines.join("\n");
}
