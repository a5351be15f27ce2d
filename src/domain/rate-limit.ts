/**
 * How often one user may add to the store: problem reports and fact-check runs are written and
 * kept, and one user sent 400 reports in 3.6 s. A sliding window per user: at most `perMinute`
 * in any 60 seconds. Pure, no clock of its own: the caller says when. Kept in memory, which is
 * enough now that one process owns a store (a restart forgets at most one minute).
 */
export const WINDOW_MS = 60_000;

export type Take = { ok: true } | { ok: false; retryInS: number };

/** One user's hits inside the window, oldest first: `times` from `head` on. */
interface Hits {
  times: number[];
  head: number;
}

export class PerUserLimit {
  readonly perMinute: number;
  readonly #hits = new Map<string, Hits>();

  constructor(perMinute: number) {
    this.perMinute = perMinute;
  }

  /**
   * Counts one for `user` at `now` (ms) if the window has room; otherwise says how long to wait.
   * Hits leave from the oldest end, so a take costs the same however many the window holds.
   */
  take(user: string, now: number): Take {
    const since = now - WINDOW_MS;
    let hits = this.#hits.get(user);
    if (!hits) {
      hits = { times: [], head: 0 };
      this.#hits.set(user, hits);
    }
    const { times } = hits;
    while (hits.head < times.length && (times[hits.head] as number) <= since) hits.head++;
    // Let go of the spent front once it is most of the list.
    if (hits.head > 32 && hits.head * 2 > times.length) {
      times.splice(0, hits.head);
      hits.head = 0;
    }
    if (times.length - hits.head >= this.perMinute) {
      const oldest = times[hits.head] as number;
      return { ok: false, retryInS: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
    }
    // A clock that went back must not put a hit before one already counted.
    times.push(Math.max(now, times.at(-1) ?? now));
    // Users who have gone quiet are forgotten, so the map does not grow with every user ever seen.
    if (this.#hits.size > 1000)
      for (const [u, h] of this.#hits)
        if ((h.times.at(-1) ?? -Infinity) <= since) this.#hits.delete(u);
    return { ok: true };
  }
}

/** The limits a desk applies, one per kind of write. */
export interface UserLimits {
  reports: PerUserLimit;
  factchecks: PerUserLimit;
}

export const DEFAULT_PER_MINUTE = 10;

export function userLimits(perMinute: { reports?: number; factchecks?: number } = {}): UserLimits {
  return {
    reports: new PerUserLimit(perMinute.reports ?? DEFAULT_PER_MINUTE),
    factchecks: new PerUserLimit(perMinute.factchecks ?? DEFAULT_PER_MINUTE),
  };
}
