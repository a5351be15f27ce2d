/**
 * `/factcheck <text>`: check every figure in a draft against the store, privately. Ack at once,
 * answer through response_url (ephemeral), then record the run for the digest; a failed record
 * is logged and never costs the asker the answer.
 */
import type { AllMiddlewareArgs, Logger, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Desk, FactcheckOptions } from "../../../app/desk.ts";
import type { FactcheckAnswer } from "../../../domain/answers.ts";
import { type Rendered, renderBlocks, renderFactcheck } from "../../../render/blocks/index.ts";
import { unescapeSlack } from "../../../render/escape.ts";
import type { SlackDeps } from "../../deps.ts";
import { notice, slowDown } from "../../notices.ts";
import { replyWith } from "../../reply.ts";
import { ephemeral } from "../../respond.ts";

const HELP = /^(help|\?|-h|--help)$/i;

/**
 * Checks `raw` (as Slack sent it: & < > escaped) and renders the result; usage when there is
 * nothing to check. `done` gets the answer once it is built, for recording.
 */
export function factcheckReply(
  desk: Desk,
  raw: string,
  done: (answer: FactcheckAnswer) => void,
  opts: FactcheckOptions = {},
): Rendered {
  const text = unescapeSlack(raw).trim();
  if (!text || HELP.test(text)) return renderBlocks(desk.help("factcheck"), { share: false });
  const answer = desk.factcheck(text, opts);
  done(answer);
  return renderFactcheck(answer);
}

/**
 * Records a run for the digest; a failure is only logged, never costs the asker the answer.
 * Written before this resolves and synced to disk with the runs of the next few milliseconds
 * ("soon"): a run is a count for the digest, which nothing acknowledged depends on, and an
 * fsync of its own cost each /factcheck about a tenth of a millisecond of CPU (issue 15).
 */
export async function recordRun(
  desk: Desk,
  answer: FactcheckAnswer | null,
  by: string,
  logger: Logger,
): Promise<void> {
  if (!answer) return;
  try {
    await desk.recordFactcheck(answer, by, undefined, { sync: "soon" });
  } catch (err) {
    logger.error("factcheck: could not record the run:", err);
  }
}

/**
 * A polite refusal when `user` is over their fact-checks a minute, or null to go on. Only a
 * check that would run counts: usage and help are free.
 */
export function overFactcheckLimit(deps: SlackDeps, user: string, raw: string): Rendered | null {
  const limit = deps.limits?.factchecks;
  const text = unescapeSlack(raw).trim();
  if (!limit || !text || HELP.test(text)) return null;
  const taken = limit.take(user, (deps.clock ?? Date.now)());
  return taken.ok ? null : notice(slowDown("fact-checks", limit.perMinute, taken.retryInS));
}

export function factcheckCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
    logger,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const refused = overFactcheckLimit(deps, command.user_id, command.text ?? "");
    if (refused) {
      await respond({ response_type: "ephemeral", ...refused }).catch((err: unknown) =>
        logger.error("/factcheck: could not say the limit was reached:", err),
      );
      return;
    }
    let answer: FactcheckAnswer | null = null;
    await replyWith(
      logger,
      "/factcheck",
      () =>
        factcheckReply(deps.desk, command.text ?? "", (a) => {
          answer = a;
        }),
      (reply) => respond(ephemeral(reply)),
    );
    await recordRun(deps.desk, answer, command.user_id, logger);
  };
}
