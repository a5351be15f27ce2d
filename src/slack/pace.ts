/**
 * A bound on the requests taken in and not yet answered. A request's replay claim is written
 * into the page cache and acked at once (store/handled.ts), so an ack no longer waits for the
 * disk, and nothing else held back a sender: under a flood (the load test's 2,000 commands at
 * concurrency 50) every request was acked within a millisecond and its reply left for later,
 * thousands of replies were under way at once, and some waited more than 10 s for their turn
 * while new requests kept coming, or a request waited more than Slack's 3 s for its ack. So at
 * most `limit` requests are between their claim and the end of their handling (the reply
 * posted, the run recorded); the next one waits, first come first served, before it is claimed
 * and acked, and its sender with it. Slack's retries and replays are acked before they get
 * here, and events are acked by Bolt before any middleware, so only their handling waits.
 *
 * The bound is well above what one newsroom sends at once (a slow `/ingest` holding a place
 * while it fetches a page does not hold up the desk), and low enough that the replies of a
 * flood go out as fast as it comes in.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

/** How many requests may be taken in and not yet answered. */
export const UNANSWERED_LIMIT = 64;

export interface Pace {
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Requests being handled now. */
  readonly open: number;
  /** Requests waiting for a place. */
  readonly waiting: number;
}

export function paceRequests(limit = UNANSWERED_LIMIT): Pace {
  if (!(limit >= 1)) throw new Error(`paceRequests: a limit of at least 1, not ${limit}`);
  let open = 0;
  // First come, first served: a place given up goes straight to the longest waiting.
  const queue: (() => void)[] = [];
  let head = 0;
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
  const middleware: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
    if (open < limit) open++;
    else await new Promise<void>((resolve) => queue.push(resolve));
    try {
      await next();
    } finally {
      release();
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
