/**
 * Requests already handled, in the store: the first delivery of a request is claimed here and
 * a replay of it (the same signed request sent again inside the signature window, before or
 * after a restart) finds its claim and is not applied again. Claims are written through the
 * store's one write queue, so two deliveries at once are decided in order.
 */
import type { HandledRequest } from "../store/schema.ts";
import type { Store } from "../store/store.ts";

/**
 * How long a claim is kept: Slack's five-minute signature window in the past, plus the five
 * minutes of clock skew accepted ahead, so nothing Bolt would still accept has been forgotten.
 */
export const KEEP_HANDLED_MS = 10 * 60 * 1000;

export interface Handled {
  /** True for the first delivery of `key`; false for a replay of one already claimed. */
  claim(key: string): Promise<boolean>;
}

/** Pure: the claims still inside the window, and whether `key` is new among them. */
export function claimIn(
  handled: readonly HandledRequest[],
  key: string,
  now: Date,
): { fresh: boolean; kept: HandledRequest[] } {
  const since = now.getTime() - KEEP_HANDLED_MS;
  const kept = handled.filter((h) => Date.parse(h.at) >= since);
  if (kept.some((h) => h.key === key)) return { fresh: false, kept };
  return { fresh: true, kept: [...kept, { key, at: now.toISOString() }] };
}

export function storeHandled(store: Store, now: () => Date = () => new Date()): Handled {
  return {
    claim: (key) =>
      store.update(
        (data) => {
          const { fresh, kept } = claimIn(data.handled ?? [], key, now());
          data.handled = kept;
          return fresh;
        },
        ["handled"],
      ),
  };
}

/** For a desk without a store (tests, a bare desk): the same rule, in memory. */
export function memoryHandled(now: () => Date = () => new Date()): Handled {
  let handled: HandledRequest[] = [];
  return {
    claim: async (key) => {
      const { fresh, kept } = claimIn(handled, key, now());
      handled = kept;
      return fresh;
    },
  };
}
