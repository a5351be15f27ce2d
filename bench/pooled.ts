/**
 * The round trip's ack p99 ratio from every rep's acks at once, with an interval that says how
 * far the machine can move it (issue 15).
 *
 * Why not the median of the reps' ratios: at concurrency 50 one stall of the machine (another
 * process, a collection in either server or in the load) delays the 50 requests in flight
 * together, so a rep's p99 (its 30th slowest of 3,000) is close to that rep's single worst
 * stall, and a ratio of two reps is a ratio of two extremes: ×0.47–2.68 across the five reps of
 * one row in the 15:01Z table, the median landing on one side of ×1.25 or the other by chance.
 * Pooled, the p99 of 15,000 acks is their 150th slowest, shaped by several stalls on each side.
 *
 * The interval: a block bootstrap. Acks close in time share a stall, so single acks are not
 * independent draws; blocks of consecutive acks (in the order they came back) are resampled
 * with replacement within each rep, keeping the reps' weights, and the ratio recomputed. Its
 * 2.5th and 97.5th percentiles are the 95% interval; seeded, so a table can be reproduced.
 */

export interface PooledRatio {
  /** p99 of all of Factdesk's acks over p99 of all of the baseline's. */
  ratio: number;
  factdeskP99: number;
  baselineP99: number;
  /** The 95% block-bootstrap interval of the ratio. */
  lo: number;
  hi: number;
}

export interface PoolOptions {
  /** Consecutive acks resampled together (default 100: twice the highest concurrency). */
  block?: number;
  resamples?: number;
  seed?: number;
  /** Which percentile (default 99). */
  p?: number;
}

/** The k-th smallest (0-based) by the rank stats.ts uses for a percentile. */
const rank = (n: number, p: number) => Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1));

/**
 * The percentile, found by selection (Hoare's quickselect, in place) rather than a sort: a
 * row's 400 resamples of 15,000 acks a side took seconds sorted.
 */
function percentileOf(values: Float64Array, p: number): number {
  if (values.length === 0) return Number.NaN;
  const k = rank(values.length, p);
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

const concat = (reps: readonly (readonly number[])[]) => Float64Array.from(reps.flat());

/** Mulberry32: a small seeded generator, so the interval is the same for the same acks. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One resample of a side: each rep rebuilt from its own blocks, drawn with replacement. */
function resample(reps: readonly (readonly number[])[], block: number, next: () => number) {
  const out = new Float64Array(reps.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const rep of reps) {
    const blocks = Math.ceil(rep.length / block);
    let filled = 0;
    while (filled < rep.length) {
      const start = Math.floor(next() * blocks) * block;
      const end = Math.min(rep.length, start + block, start + rep.length - filled);
      for (let i = start; i < end; i++) out[at++] = rep[i] as number;
      filled += end - start;
    }
  }
  return out;
}

export function pooledRatio(
  factdesk: readonly (readonly number[])[],
  baseline: readonly (readonly number[])[],
  options: PoolOptions = {},
): PooledRatio {
  const p = options.p ?? 99;
  const block = Math.max(1, options.block ?? 100);
  const resamples = options.resamples ?? 400;
  const next = random(options.seed ?? 15);
  const factdeskP99 = percentileOf(concat(factdesk), p);
  const baselineP99 = percentileOf(concat(baseline), p);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++)
    ratios.push(
      percentileOf(resample(factdesk, block, next), p) /
        percentileOf(resample(baseline, block, next), p),
    );
  ratios.sort((a, b) => a - b);
  return {
    ratio: factdeskP99 / baselineP99,
    factdeskP99,
    baselineP99,
    lo: ratios.length ? (ratios[rank(ratios.length, 2.5)] as number) : Number.NaN,
    hi: ratios.length ? (ratios[rank(ratios.length, 97.5)] as number) : Number.NaN,
  };
}
