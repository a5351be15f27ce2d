/**
 * Replays: Slack's retries carry X-Slack-Retry-Num and are skipped in app.ts, but the same
 * signed request sent again inside the five-minute window carries nothing to tell it apart.
 * Each request is named by the id Slack gives it, and only its first delivery goes on to the
 * listeners: events by event_id, slash commands and shortcuts by trigger_id, button clicks by
 * action and action_ts, modal submissions by view id and the request's signed timestamp (a
 * modal resubmitted after a validation error comes with a new one).
 *
 * What the claim guarantees: no request is handled before its claim is durable, so a replay,
 * in this process or after a restart, finds it and is not handled again. That is a rule about
 * when the handler runs, not about when Slack is answered: Bolt acks every event before any
 * middleware runs, and a slash command, a button or a shortcut (whose handlers ack with nothing,
 * first thing) is acked here before its claim is written, then handled once the claim is on
 * disk. A process that dies in between has acked a request it never handled, as one that dies
 * after the ack and before the reply always has; it has handled nothing twice. Waiting for the
 * claim's fsync before the ack cost every command that fsync in its ack latency, and a bare
 * app acks at once. A modal submission is still claimed before its ack, which its handler
 * writes (a validation error goes back in it).
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Handled } from "../app/handled.ts";
import { ACKED_EARLY } from "./listeners/route.ts";

/** The request's signed timestamp, put in the context by the HTTP receiver. */
export const REQUEST_TS = "requestTimestamp";

const str = (v: unknown): string | null =>
  typeof v === "string" && v.length > 0 && v.length <= 200 ? v : null;

type Loose = Record<string, unknown> | undefined;

/** The request's name, or null for kinds that change nothing (option lookups, unknown kinds). */
export function requestKey(body: unknown, requestTs: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const b = body as Record<string, unknown>;
  const team = str((b.team as Loose)?.id) ?? str(b.team_id) ?? "-";
  const user = str((b.user as Loose)?.id) ?? str(b.user_id) ?? "-";
  if (b.type === "event_callback") {
    const id = str(b.event_id);
    return id ? `event:${team}:${id}` : null;
  }
  if (typeof b.command === "string") {
    const trigger = str(b.trigger_id);
    return trigger ? `command:${team}:${trigger}` : null;
  }
  if (b.type === "block_actions") {
    const action = Array.isArray(b.actions) ? (b.actions[0] as Loose) : undefined;
    const id = str(action?.action_id);
    const ts = str(action?.action_ts);
    return id && ts ? `action:${team}:${user}:${id}:${ts}` : null;
  }
  if (b.type === "view_submission" || b.type === "view_closed") {
    const view = str((b.view as Loose)?.id);
    const ts = str(requestTs);
    return view && ts ? `view:${team}:${view}:${ts}` : null;
  }
  if (b.type === "message_action" || b.type === "shortcut") {
    const trigger = str(b.trigger_id);
    return trigger ? `shortcut:${team}:${trigger}` : null;
  }
  return null;
}

/**
 * Acks a replay (so Slack's side is answered) and stops it before any listener. A request
 * `acksFirst` says may be acked before its handler runs is acked before its claim is made,
 * and marked so (ACKED_EARLY) for the router; its handler still runs only once the claim is on
 * disk.
 */
export function skipReplays(
  handled: Handled,
  acksFirst: (body: unknown) => boolean = () => false,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, logger, next } = args;
    const key = requestKey(body, context[REQUEST_TS]);
    const ack = (args as { ack?: () => Promise<void> }).ack;
    let acked = false;
    if (key && ack && acksFirst(body)) {
      await ack();
      acked = true;
      context[ACKED_EARLY] = true;
    }
    let first = true;
    if (key) {
      try {
        first = await handled.claim(key);
      } catch (err) {
        // The store refused the claim: answering once more is better than not answering.
        logger.error(`could not record ${key} as handled; answering it anyway:`, err);
      }
    }
    if (first) return next();
    if (ack && !acked) await ack();
    logger.info(`ignored a replay of ${key}`);
  };
}
