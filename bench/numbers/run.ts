/**
 * `npm run bench:numbers`: every number reader, then every date reader, on the dev and the
 * sealed halves of test/eval/numbers and the dev half of its blind set (test/eval/numbers/blind),
 * as tables. `-- --dev` leaves the sealed half unread; `-- --blind-sealed` adds the blind set's
 * sealed half, which is run once;
 * `-- --misses` lists each reader's misses and false positives on the dev half.
 */
import { performance } from "node:perf_hooks";
import { DATE_READERS, NUMBER_READERS } from "./readers.ts";
import { scoreDates, scoreNumbers } from "./score.ts";
import { loadHalf, type NumbersHalf, type Sentence } from "./set.ts";

const args = new Set(process.argv.slice(2));
// The blind set's sealed half is read only when asked for (`--blind-sealed`): it is run once.
const halves: NumbersHalf[] = args.has("--dev")
  ? ["dev", "blind/dev"]
  : [
      "dev",
      "sealed",
      "blind/dev",
      ...(args.has("--blind-sealed") ? (["blind/sealed"] as const) : []),
    ];

/** Median ms for one pass over the sentences, scaled to 1,000 sentences. */
function msPer1k(sentences: readonly Sentence[], read: (text: string) => unknown): number {
  for (const s of sentences) read(s.text); // warm up
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (const s of sentences) read(s.text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return ((times[2] ?? 0) / sentences.length) * 1000;
}

const pct = (x: number) => (100 * x).toFixed(1);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  return [
    line(head),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

for (const half of halves) {
  const set = loadHalf(half);
  const nq = set.reduce((a, s) => a + s.quantities.length, 0);
  console.log(`\n## Numbers, ${half} half: ${set.length} sentences, ${nq} labelled quantities\n`);
  const rows = NUMBER_READERS.map((r) => {
    const s = scoreNumbers(set, r.read);
    return [
      r.name,
      pct(s.precision),
      pct(s.recall),
      pct(s.f1),
      pct(s.valueChangeF1),
      pct(s.unitAcc),
      pct(s.changeAcc),
      msPer1k(set, r.read).toFixed(1),
      `${s.fp.nonQuantity}/${s.fp.wrongValue}/${s.fp.unlabelled}`,
    ];
  });
  console.log(
    table(
      [
        "reader",
        "precision",
        "recall",
        "F1",
        "value+change F1",
        "unit acc",
        "change acc",
        "ms per 1k",
        "FP name/value/other",
      ],
      rows,
    ),
  );

  const nd = set.reduce((a, s) => a + s.dates.length, 0);
  console.log(`\n## Dates, ${half} half: ${nd} labelled date spans\n`);
  const drows = DATE_READERS.map((r) => {
    const s = scoreDates(set, r.read);
    return [
      r.name,
      pct(s.precision),
      pct(s.recall),
      pct(s.f1),
      `${pct(s.resolvedAcc)} (of ${s.resolvable})`,
      msPer1k(set, r.read).toFixed(1),
    ];
  });
  console.log(table(["reader", "precision", "recall", "F1", "resolved acc", "ms per 1k"], drows));
}

if (args.has("--misses")) {
  const set = loadHalf("dev");
  for (const r of NUMBER_READERS) {
    console.log(`\n## ${r.name}: dev misses (gold not matched) and readings not matched`);
    for (const s of set) {
      const readings = r.read(s.text);
      const one = scoreNumbers([s], () => readings);
      if (one.matched === one.gold && one.predicted === one.matched) continue;
      const shown = readings.map(
        (x) =>
          `${s.text.slice(x.start, x.end)}=${x.value}${x.value2 !== undefined ? `..${x.value2}` : ""}${x.unit ? ` ${x.unit}` : ""}${x.change && x.change !== "=" ? ` ${x.change}` : ""}`,
      );
      console.log(`${s.id}: ${s.text}\n   read: ${shown.join(" | ")}`);
    }
  }
}
