/**
 * Requests already handled: the first delivery of a request is claimed here and a replay of it
 * (the same signed request sent again inside the signature window, before or after a restart)
 * finds its claim and is not applied again. With a store, claims are kept in a small file
 * beside it (store/handled.ts), written before each ack without rewriting the archive; they
 * are decided one at a time, in the order they are made.
 */

import type { FactStore as Store } from "../store/fact-store.ts";
import { claimIn } from "../store/handled.ts";
import type { HandledRequest } from "../store/schema.ts";

export { claimIn, KEEP_HANDLED_MS } from "../store/handled.ts";

export interface Handled {
  /** True for the first delivery of `key`; false for a replay of one already claimed. */
  claim(key: string): Promise<boolean>;
}

export function storeHandled(store: Store, now: () => Date = () => new Date()): Handled {
  return { claim: (key) => store.claim(key, now()) };
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
