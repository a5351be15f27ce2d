/**
 * The one path every listener replies through: build the reply from the desk, and if that
 * throws, log it and send a friendly apology instead. Slack never sees a stack trace.
 */
import type { Logger } from "@slack/bolt";
import type { Desk } from "../app/desk.ts";
import type { Answer } from "../domain/answers.ts";
import type { Rendered, Rerun } from "../render/blocks/index.ts";
import type { SlackDeps } from "./deps.ts";

export const SORRY =
  "Sorry, something went wrong on my side while answering that. It has been logged; please try again in a moment.";

export function apology(text = SORRY): Rendered {
  return {
    text,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: `:warning: ${text}` } }],
  };
}

/** Rebuilds the answer a button stands for. */
export function answerRerun(desk: Desk, r: Rerun): Answer {
  switch (r.c) {
    case "swap":
      return desk.swap(r.a ?? "");
    case "totals":
      return desk.totals();
    case "sources":
      return desk.sources();
    case "disputes":
      return desk.disputes();
    case "help":
      return desk.help(r.a ?? null);
    case "ask": {
      const thread = r.t ?? [r.a ?? ""];
      return desk.ask(thread.at(-1) ?? "", thread.slice(0, -1));
    }
  }
}

/**
 * Whether a reply to this user carries the buttons that settle disputes: an editor, on a desk
 * that can record the resolution. A failed check shows no buttons rather than no answer.
 */
export async function showsEditorButtons(deps: SlackDeps, userId: string): Promise<boolean> {
  if (!deps.newsroom) return false;
  return deps.isEditor(userId).catch(() => false);
}

/** Slack ids: channels starting with D are direct messages. */
export const isDirect = (channel: string | undefined): boolean => Boolean(channel?.startsWith("D"));

export async function replyWith(
  logger: Logger,
  what: string,
  build: () => Rendered,
  send: (reply: Rendered) => Promise<unknown>,
): Promise<void> {
  let reply: Rendered;
  let failed = false;
  try {
    reply = build();
  } catch (err) {
    logger.error(`${what}: could not build the answer:`, err);
    reply = apology();
    failed = true;
  }
  try {
    await send(reply);
  } catch (err) {
    logger.error(`${what}: Slack did not take the reply:`, err);
    if (failed) return;
    // A reply Slack refuses (a limit we missed, say) still gets the asker an answer.
    await send(apology()).catch((again: unknown) =>
      logger.error(`${what}: the apology failed too:`, again),
    );
  }
}
