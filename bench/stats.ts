/** Small statistics for the bench: percentiles and medians of timings. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Runs f n times and returns each run's milliseconds. */
export function time(n: number, f: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
