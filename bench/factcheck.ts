/**
 * Fact-check speed: a realistic draft (the evaluation sentences, repeated) of 1k, 10k and 100k
 * words, checked against the bundled store. Median of several runs each, and how the time
 * grows from one size to the next (linear growth is ×10). Also the two parsers alone on 10k
 * words, to show where the time goes.
 *
 *   node --import tsx bench/factcheck.ts        (add --expose-gc to collect between runs)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { extractClaims, factcheck } from "../src/domain/check/index.ts";
import { findDates } from "../src/domain/dates.ts";
import { findNumbers } from "../src/domain/numbers.ts";
import { analyse } from "../src/domain/queries.ts";
import { parseStoreText } from "../src/store/store.ts";
import { median, ms, time } from "./stats.ts";

export interface Row {
  name: string;
  figures: Record<string, string | number>;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const REF = "2025-05-26";
/** Runs per size; the median is reported. */
export const RUNS = 9;

/** A draft of about `words` words, made of the evaluation sentences in order, in paragraphs. */
export function draftOfWords(words: number): string {
  const cases = parse(readFileSync(path.join(ROOT, "test", "eval", "cases.yaml"), "utf8")) as {
    text: string;
  }[];
  return paragraphsOf(
    cases.map((c) => c.text),
    words,
  );
}

/**
 * About `words` words of news copy from every desk (markets, sport, weather, tech …): the
 * labelled number sentences of test/eval/numbers/dev.yaml in order, in paragraphs. Only their
 * text is used, to time the reader on figure-dense copy other than the exchange's.
 */
export function newsOfWords(words: number): string {
  const doc = parse(
    readFileSync(path.join(ROOT, "test", "eval", "numbers", "dev.yaml"), "utf8"),
  ) as { sentences: { text: string }[] };
  return paragraphsOf(
    doc.sentences.map((s) => s.text),
    words,
  );
}

function paragraphsOf(sentences: readonly string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[i % sentences.length] as string;
    out.push(s);
    count += s.split(/\s+/).length;
    if (i % 6 === 5) out.push("\n\n");
  }
  return out.join(" ");
}

export async function benchFactcheck(runs = RUNS): Promise<Row[]> {
  const file = path.join(ROOT, "data", "factdesk.json");
  const k = analyse(parseStoreText(readFileSync(file, "utf8"), file));
  // Warm up the JIT and the store's indexes, so each size is measured in the steady state.
  const warm = draftOfWords(10_000);
  for (let i = 0; i < 5; i++) factcheck(k, warm, { refDate: REF });
  const gc = (globalThis as { gc?: () => void }).gc;
  const rows: Row[] = [];
  const medians: Record<number, number> = {};
  for (const words of [1_000, 10_000, 100_000]) {
    const draft = draftOfWords(words);
    let claims = 0;
    const n = words >= 100_000 ? Math.max(7, Math.ceil(runs / 2) + 2) : runs;
    const t: number[] = [];
    for (let i = 0; i < n; i++) {
      gc?.(); // with --expose-gc, a collection left over from the last run is not billed to this one
      t.push(
        ...time(1, () => {
          claims = factcheck(k, draft, { refDate: REF }).claims.length;
        }),
      );
    }
    medians[words] = median(t);
    rows.push({
      name: `factcheck ${words / 1000}k words`,
      figures: {
        words,
        claims,
        runs: n,
        "median ms": Number(ms(median(t))),
        "min ms": Number(ms(Math.min(...t))),
        "ms per 1k words": Number(ms(median(t) / (words / 1000))),
      },
    });
  }
  rows.push({
    name: "growth",
    figures: {
      "10k/1k": Number(((medians[10_000] as number) / (medians[1_000] as number)).toFixed(1)),
      "100k/10k": Number(((medians[100_000] as number) / (medians[10_000] as number)).toFixed(1)),
      "linear would be": 10,
    },
  });
  const draft = draftOfWords(10_000);
  const news = newsOfWords(10_000);
  // Undated, as /factcheck in Slack: days take the archive's year, read in a second pass.
  const undated = time(runs, () => factcheck(k, draft, { refDate: null }));
  rows.push({
    name: "factcheck 10k words, undated",
    figures: { runs, "median ms": Number(ms(median(undated))) },
  });
  for (const [name, f] of [
    ["findNumbers alone, 10k words", () => findNumbers(draft)],
    ["findNumbers, 10k words of news", () => findNumbers(news)],
    ["findDates alone, 10k words", () => findDates(draft, { refDate: REF })],
    ["extractClaims alone, 10k words", () => extractClaims(draft, { refDate: REF })],
  ] as const) {
    // The readers alone take milliseconds: more runs, so a busy machine moves the median less.
    const n = name.startsWith("extractClaims") ? runs : Math.max(runs, 41);
    for (let i = 0; i < 5; i++) f();
    rows.push({ name, figures: { runs: n, "median ms": Number(ms(median(time(n, f)))) } });
  }
  return rows;
}

export function formatRows(rows: readonly Row[]): string {
  const lines: string[] = [];
  for (const r of rows) {
    const figures = Object.entries(r.figures)
      .map(([k, v]) => `${k} ${typeof v === "number" ? v.toLocaleString("en-US") : v}`)
      .join(" · ");
    lines.push(`${r.name.padEnd(32)} ${figures}`);
  }
  return lines.join("\n");
}

if (process.argv[1] === import.meta.filename) {
  const rows = await benchFactcheck();
  console.log(`Fact-check bench (node ${process.version}, target: 10k words under 100 ms median)`);
  console.log(formatRows(rows));
}
