/** Spans of a draft (offsets), asked again and again whether any of them overlaps another span. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Whether any of the spans overlaps [start, end), for spans gathered once and asked about often:
 * sorted by start, with the furthest end reached so far, so each question is a binary search
 * rather than a pass over every span of the draft.
 */
export function overlapsAny(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    reach = Math.max(reach, s.end);
    furthest.push(reach);
  }
  return ({ start, end }) => {
    // The last span that starts before `end`; any overlap is among it and those before it.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Span).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) > start;
  };
}
