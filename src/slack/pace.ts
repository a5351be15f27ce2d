/**
 * A bound on the requests being handled at once. A request's replay claim is written into the
 * page cache and acked at once (store/handled.ts), so nothing held back a sender: under a flood
 * (the load test's 2,000 commands at concurrency 50) thousands of replies were under way at
 * once, and some waited more than 10 s for their turn. So at most `limit` requests are between
 * their ack and the end of their handling (the reply posted, the run recorded); the next one
 * waits, first come first served, for a place.
 *
 * It waits after its ack, not before: an ack never waits for earlier requests' replies or
 * recordings. When the ack waited for a place (until 2026-12-01), a Slack slow to take replies
 * held every place, and new requests waited for them before their ack, where a bare Bolt app
 * acks at once: in the round-trip bench at concurrency 50, 274 of 3,000 requests of one run
 * waited, up to 159 ms each, the tail of Factdesk's acks (issue 15). Slack does not send more
 * slowly because an ack is late; it shows the user an error after 3 s and retries.
 *
 * A request with an `ack` (commands, actions, shortcuts, views) gets one that acks, then waits
 * for a place: its handler acks first thing, so it is acked at once and its answer waits its
 * turn. A handler that works before its ack (a modal checking what was typed) does that work
 * unpaced, inside Slack's 3 s as before. Events are acked by Bolt before any middleware and
 * have no `ack`: they wait for a place before their handling. Slack's retries and replays are
 * acked before they get here (app.ts, replays.ts).
 *
 * The bound is well above what one newsroom sends at once (a slow `/ingest` holding a place
 * while it fetches a page does not hold up the desk), and low enough that the replies of a
 * flood go out in the order it came in, at the pace the desk can answer.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

/** How many requests may be handled at once. */
export const UNANSWERED_LIMIT = 64;

export interface Pace {
  /**
   * A chain step (chain.ts): the steps after it see the `ack` it sets on its own arguments.
   */
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Requests being handled now. */
  readonly open: number;
  /** Requests waiting for a place. */
  readonly waiting: number;
}

type Ack = (...args: unknown[]) => Promise<void>;

export function paceRequests(limit = UNANSWERED_LIMIT): Pace {
  if (!(limit >= 1)) throw new Error(`paceRequests: a limit of at least 1, not ${limit}`);
  let open = 0;
  // First come, first served: a place given up goes straight to the longest waiting.
  const queue: (() => void)[] = [];
  let head = 0;
  const take = (): Promise<void> | undefined => {
    if (open < limit) {
      open++;
      return undefined;
    }
    return new Promise<void>((resolve) => queue.push(resolve));
  };
  const release = () => {
    if (head < queue.length) {
      const next = queue[head] as () => void;
      queue[head++] = noop;
      if (head > 1024 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      next();
    } else open--;
  };
  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const ack = (args as { ack?: Ack }).ack;
    if (typeof ack !== "function") {
      await take();
      try {
        await args.next();
      } finally {
        release();
      }
      return;
    }
    // The place, once asked for: a handler that does not await its ack may end before it comes.
    let placed: Promise<void> | null = null;
    (args as { ack?: Ack }).ack = async (...a: unknown[]) => {
      await ack(...a);
      placed ??= take() ?? Promise.resolve();
      await placed;
    };
    try {
      await args.next();
    } finally {
      if (placed) await (placed as Promise<void>).then(release);
    }
  };
  return {
    middleware,
    get open() {
      return open;
    },
    get waiting() {
      return queue.length - head;
    },
  };
}

const noop = () => {};
