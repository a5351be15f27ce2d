/**
 * Several global middlewares as one. Bolt hands each middleware a fresh copy of every argument
 * (a spread of a dozen keys: body, payload, the command or action, ack, respond, say, context,
 * client, logger…) and a promise chain of its own; Factdesk's five (retries, response_url,
 * pace, replays, the router) cost a /totals five such copies before its handler ran. Chained
 * here, each step gets an object whose prototype is the arguments Bolt gave, with a `next` of
 * its own that runs the step after it (after the last, Bolt's own `next`). A step reads its
 * arguments as it would from Bolt's (destructuring and `in` see through the prototype); it
 * must not rely on them being its own properties (a spread of them would lose all but `next`).
 * Each step's object inherits from the step's before it, so a step may hand the steps after it
 * an argument of its own by setting it on its object (pace.ts wraps `ack` so).
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

export function chain(
  steps: readonly Middleware<AnyMiddlewareArgs>[],
): Middleware<AnyMiddlewareArgs> {
  return (args) => {
    const run = (i: number, from: typeof args): Promise<void> => {
      const step = steps[i];
      if (!step) return args.next();
      const own = Object.create(from) as typeof args;
      own.next = () => run(i + 1, own);
      return step(own);
    };
    return run(0, args);
  };
}
