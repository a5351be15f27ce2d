/**
 * `npm run bench:numbers`: every number reader, then every date reader, on the dev and the
 * sealed halves of test/eval/numbers and the dev half of its blind set (test/eval/numbers/blind),
 * as tables. `-- --dev` leaves the sealed half unread; `-- --blind-sealed` adds the blind set's
 * sealed half, which is run once;
 * `-- --misses` (with `--changes`, also wrong units and changes) lists each reader's misses and false positives on the dev halves (the engineer's
 * and the blind set's; never a sealed one); `-- --ours` runs `findNumbers` and `findDates` alone.
 */
import { performance } from "node:perf_hooks";
import {
  DATE_READERS as ALL_DATE_READERS,
  NUMBER_READERS as ALL_NUMBER_READERS,
} from "./readers.ts";
import { scoreDates, scoreNumbers } from "./score.ts";
import { loadHalf, type NumbersHalf, type Reading, type Sentence } from "./set.ts";

const args = new Set(process.argv.slice(2));
// `--ours`: our readers alone (the libraries take seconds a half), for a quick look while tuning.
const NUMBER_READERS = args.has("--ours") ? ALL_NUMBER_READERS.slice(0, 1) : ALL_NUMBER_READERS;
const DATE_READERS = args.has("--ours") ? ALL_DATE_READERS.slice(0, 1) : ALL_DATE_READERS;
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

for (const half of args.has("--misses") ? (["dev", "blind/dev"] as const) : []) {
  const set = loadHalf(half);
  for (const r of NUMBER_READERS) {
    console.log(`\n## ${r.name}: ${half} misses (gold not matched) and readings not matched`);
    for (const s of set) {
      const readings = r.read(s.text);
      const one = scoreNumbers([s], () => readings);
      const clean = one.matched === one.gold && one.predicted === one.matched;
      // `--changes`: a sentence whose figures are all read is still shown when a unit or a
      // change is read wrong.
      if (
        clean &&
        (!args.has("--changes") || one.matched === 0 || (one.unitAcc === 1 && one.changeAcc === 1))
      )
        continue;
      const show = (x: Reading, text: string) =>
        `${text}=${x.value}${x.value2 !== undefined ? `..${x.value2}` : ""}${x.unit ? ` ${x.unit}` : ""}${x.change && x.change !== "=" ? ` ${x.change}` : ""}`;
      const shown = readings.map((x) => show(x, s.text.slice(x.start, x.end)));
      const labelled = s.quantities.map((g) => show(g, g.text));
      console.log(
        `${s.id}: ${s.text}\n   gold: ${labelled.join(" | ")}\n   read: ${shown.join(" | ")}`,
      );
    }
  }
}
