/**
 * Replays: Slack's retries carry X-Slack-Retry-Num and are skipped in app.ts, but the same
 * signed request sent again inside the five-minute window carries nothing to tell it apart.
 * Each request is named by the id Slack gives it, and only its first delivery goes on to the
 * listeners: events by event_id, slash commands and shortcuts by trigger_id, button clicks by
 * action and action_ts, modal submissions by view id and the request's signed timestamp (a
 * modal resubmitted after a validation error comes with a new one).
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Handled } from "../app/handled.ts";

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

/** Acks a replay (so Slack's side is answered) and stops it before any listener. */
export function skipReplays(handled: Handled): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, logger, next } = args;
    const key = requestKey(body, context[REQUEST_TS]);
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
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
    logger.info(`ignored a replay of ${key}`);
  };
}
