/**
 * `/ingest <link>`: fetch the article at a link and add it as an unreviewed source. For editors
 * and INGEST_USER_IDS; the asker alone gets the summary, with a pointer to `/review`.
 */
import type { AllMiddlewareArgs, Logger, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { FetchRefused } from "../../../app/fetch-article.ts";
import type { IngestOutcome, IngestRequest } from "../../../app/ingest.ts";
import type { Rendered } from "../../../render/blocks/index.ts";
import { renderIngest } from "../../../render/blocks/ingest.ts";
import type { SlackDeps } from "../../deps.ts";
import { NO_STORE, notice } from "../../notices.ts";
import { apology, replyWith } from "../../reply.ts";

export const NOT_INGEST_USER =
  "Adding sources is for the desk's editors (and those named in INGEST_USER_IDS), so nothing was added. Send the link to an editor, or ask whoever runs Factdesk to add you.";

export const INGEST_USAGE =
  "Give me the link of an article: `/ingest https://…`. To add a message's own text, use *Add as a source* on the message (⋮ → More message shortcuts).";

/** A Slack-formatted link, "<https://x|label>" or "<https://x>", or a bare one. */
export function linkIn(text: string): string | null {
  const m = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/.exec(text) ?? /\b(https?:\/\/\S+)/.exec(text);
  return m?.[1] ?? null;
}

/** The source added, or why not: what the asker is told. */
export async function ingestReply(
  deps: SlackDeps,
  user: string,
  what: { url: string } | { request: IngestRequest },
  logger: Logger,
): Promise<Rendered> {
  if (!(await (deps.canIngest?.(user) ?? Promise.resolve(false)).catch(() => false)))
    return notice(NOT_INGEST_USER);
  const ingester = deps.ingester;
  if (!ingester) return notice(NO_STORE);
  let outcome: IngestOutcome;
  try {
    outcome =
      "url" in what ? await ingester.url(what.url, user) : await ingester.text(what.request);
  } catch (err) {
    if (err instanceof FetchRefused) return notice(`Not added: ${err.message}.`);
    logger.error("ingest: could not add the source:", err);
    return apology();
  }
  return renderIngest(outcome);
}

export function ingestCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
    logger,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const url = linkIn(command.text ?? "");
    const reply = url
      ? await ingestReply(deps, command.user_id, { url }, logger)
      : notice(INGEST_USAGE);
    await replyWith(
      logger,
      "/ingest",
      () => reply,
      (r) => respond({ response_type: "ephemeral", ...r }),
    );
  };
}
