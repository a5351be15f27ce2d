import { describe, expect, it } from "vitest";
import { pooledRatio } from "../../bench/pooled.ts";
import { median, percentile } from "../../bench/stats.ts";

/** A seeded run of acks: a floor of jitter, and a few stalls that hold `width` acks in a row. */
function run(
  seed: number,
  n: number,
  stalls: number,
  width: number,
  scale = 1,
  heavy = true,
): number[] {
  let a = seed;
  const next = () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a / 2 ** 31;
  };
  const acks = Array.from({ length: n }, () => (10 + 10 * next()) * scale);
  for (let s = 0; s < stalls; s++) {
    const at = Math.floor(next() * (n - width));
    const stall = heavy ? 20 + 200 * next() ** 3 : 40 + 20 * next();
    for (let i = at; i < at + width; i++) acks[i] = (acks[i] as number) + stall * scale;
  }
  return acks;
}

describe("the round trip's pooled ack p99 ratio", () => {
  it("is the p99 of every rep's acks together, against the baseline's", () => {
    const f = [run(1, 3000, 3, 50), run(2, 3000, 2, 50)];
    const b = [run(3, 3000, 3, 50), run(4, 3000, 1, 50)];
    const r = pooledRatio(f, b, { resamples: 50 });
    expect(r.factdeskP99).toBe(percentile(f.flat(), 99));
    expect(r.baselineP99).toBe(percentile(b.flat(), 99));
    expect(r.ratio).toBeCloseTo(r.factdeskP99 / r.baselineP99, 12);
  });

  it("gives the same interval for the same acks and seed", () => {
    const f = [run(5, 1000, 2, 50)];
    const b = [run(6, 1000, 2, 50)];
    expect(pooledRatio(f, b, { seed: 7 })).toEqual(pooledRatio(f, b, { seed: 7 }));
  });

  it("does not call a difference where both sides have the same stalls by chance", () => {
    // Five reps a side, both sides from one process of stalls: the median of the reps' own
    // ratios wanders (the old figure), while the pooled interval holds ×1.
    const f = [11, 12, 13, 14, 15].map((s) => run(s, 3000, 2, 50));
    const b = [21, 22, 23, 24, 25].map((s) => run(s, 3000, 2, 50));
    const perRep = f.map((x, i) => percentile(x, 99) / percentile(b[i] as number[], 99));
    const r = pooledRatio(f, b);
    expect(Math.max(...perRep) / Math.min(...perRep)).toBeGreaterThan(1.5);
    expect(r.lo).toBeLessThanOrEqual(1);
    expect(r.hi).toBeGreaterThanOrEqual(1);
    expect(r.lo).toBeLessThanOrEqual(r.ratio);
    expect(r.hi).toBeGreaterThanOrEqual(r.ratio);
    expect(median(perRep)).toBeGreaterThan(0);
  });

  it("tells a side that is slower throughout from one that met worse luck", () => {
    const f = [31, 32, 33, 34, 35].map((s) => run(s, 3000, 4, 50, 1.6, false));
    const b = [41, 42, 43, 44, 45].map((s) => run(s, 3000, 4, 50, 1, false));
    const r = pooledRatio(f, b);
    expect(r.lo).toBeGreaterThan(1.25);
  });
});
