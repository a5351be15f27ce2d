/**
 * Archive scale: generated stores of 1k, 10k and 100k facts, each measured in fresh
 * processes (median of several), with how each figure grows from one scale to the next.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateStore } from "./generate.ts";
import { median, ms } from "./stats.ts";

export interface ArchiveRow {
  facts: number;
  startupMs: number;
  /** CPU time of the start-up, every thread of the process. */
  startupCpuMs: number;
  rssMb: number;
  swap: { p50: number; p99: number };
  totals: { p50: number; p99: number };
  disputes: { p50: number; p99: number };
  factcheck10k: { p50: number; p99: number };
  digest: { p50: number; p99: number };
}

/** A 10,000-word draft made of the evaluation sentences. */
export function draftOfWords(words: number): string {
  const cases = readFileSync(
    path.resolve(import.meta.dirname, "..", "test", "eval", "cases.yaml"),
    "utf8",
  );
  const sentences = [...cases.matchAll(/^\s+text: "(.*)"$/gm)].map((m) => m[1] as string);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[i % sentences.length] as string;
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join(" ");
}

export function benchArchive(scales = [1_000, 10_000, 100_000], runs = 3): ArchiveRow[] {
  const dir = mkdtempSync(path.join(tmpdir(), "factdesk-bench-"));
  const draft = path.join(dir, "draft.txt");
  writeFileSync(draft, draftOfWords(10_000));
  const rows: ArchiveRow[] = [];
  try {
    for (const scale of scales) {
      const file = path.join(dir, `store-${scale}.json`);
      writeFileSync(file, JSON.stringify(generateStore(scale)));
      const samples: ArchiveRow[] = [];
      for (let r = 0; r < runs; r++) {
        const out = execFileSync(
          process.execPath,
          [
            "--expose-gc",
            "--import",
            "tsx",
            path.join(import.meta.dirname, "archive-child.ts"),
            file,
            draft,
          ],
          { encoding: "utf8", maxBuffer: 1 << 20 },
        );
        samples.push(JSON.parse(out.trim().split("\n").at(-1) as string));
      }
      const med = (f: (r: ArchiveRow) => number) => median(samples.map(f));
      const q = (k: "swap" | "totals" | "disputes" | "factcheck10k" | "digest") => ({
        p50: med((r) => r[k].p50),
        p99: med((r) => r[k].p99),
      });
      rows.push({
        facts: samples[0]?.facts ?? scale,
        startupMs: med((r) => r.startupMs),
        startupCpuMs: med((r) => r.startupCpuMs),
        rssMb: med((r) => r.rssMb),
        swap: q("swap"),
        totals: q("totals"),
        disputes: q("disputes"),
        factcheck10k: q("factcheck10k"),
        digest: q("digest"),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function formatArchive(rows: readonly ArchiveRow[]): string {
  const lines = [
    "facts     start-up (CPU)       RSS MB  swap p50/p99   totals p50/p99  disputes p50/p99  factcheck 10k p50/p99  digest p50",
  ];
  for (const r of rows) {
    lines.push(
      [
        String(r.facts).padEnd(9),
        `${ms(r.startupMs)} ms (${ms(r.startupCpuMs)})`.padStart(19),
        r.rssMb.toFixed(0).padStart(7),
        `${ms(r.swap.p50)}/${ms(r.swap.p99)}`.padStart(14),
        `${ms(r.totals.p50)}/${ms(r.totals.p99)}`.padStart(15),
        `${ms(r.disputes.p50)}/${ms(r.disputes.p99)}`.padStart(17),
        `${ms(r.factcheck10k.p50)}/${ms(r.factcheck10k.p99)}`.padStart(22),
        `${ms(r.digest.p50)}`.padStart(11),
      ].join(" "),
    );
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as ArchiveRow;
    const b = rows[i] as ArchiveRow;
    const g = (x: number, y: number) => (y / x).toFixed(1);
    lines.push(
      `growth ${a.facts}→${b.facts} (×${g(a.facts, b.facts)} facts): start-up ×${g(a.startupMs, b.startupMs)}, RSS ×${g(a.rssMb, b.rssMb)}, swap p99 ×${g(a.swap.p99, b.swap.p99)}, totals p99 ×${g(a.totals.p99, b.totals.p99)}, disputes p99 ×${g(a.disputes.p99, b.disputes.p99)}, factcheck p50 ×${g(a.factcheck10k.p50, b.factcheck10k.p50)}, digest ×${g(a.digest.p50, b.digest.p50)}`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] === import.meta.filename) {
  const scales = process.argv.slice(2).map(Number).filter(Boolean);
  console.log(formatArchive(benchArchive(scales.length ? scales : undefined)));
}
