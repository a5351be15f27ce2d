/** A question typed to the bot (a mention or a DM), answered in a thread from the desk. */
import type { Logger, webApi } from "@slack/bolt";
import { renderBlocks } from "../../../render/blocks/index.ts";
import { unescapeSlack } from "../../../render/escape.ts";
import type { SlackDeps } from "../../deps.ts";
import { replyWith, showsEditorButtons } from "../../reply.ts";

/** The question without the mentions that addressed it to the bot. */
export function questionText(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : null;
  const stripped = own ? text.replace(own, " ") : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, " ");
  return unescapeSlack(stripped).replace(/\s+/g, " ").trim();
}

/**
 * The questions asked in each thread, so a follow-up ("and on the 24th?") is read against the
 * ones before it. Kept in memory, per channel and thread, for the THREADS_KEPT threads asked in
 * most recently, THREAD_QUESTIONS questions each: reading the thread back from Slack would need
 * a history scope the app does not ask for. After a restart a follow-up is read on its own.
 */
export const THREADS_KEPT = 500;
export const THREAD_QUESTIONS = 4;

export class ThreadMemory {
  private readonly threads = new Map<string, string[]>();
  constructor(private readonly cap = THREADS_KEPT) {}

  earlier(channel: string, thread: string): string[] {
    return [...(this.threads.get(`${channel}:${thread}`) ?? [])];
  }

  remember(channel: string, thread: string, question: string): void {
    const key = `${channel}:${thread}`;
    const list = [...(this.threads.get(key) ?? []), question].slice(-THREAD_QUESTIONS);
    // Re-inserted, so the map's order is the order threads were last asked in.
    this.threads.delete(key);
    this.threads.set(key, list);
    while (this.threads.size > this.cap) {
      const oldest = this.threads.keys().next().value as string;
      this.threads.delete(oldest);
    }
  }

  get size(): number {
    return this.threads.size;
  }
}

const memories = new WeakMap<object, ThreadMemory>();

/** One memory per app (per deps), shared by the mention and the DM listeners. */
export function threadMemory(deps: object): ThreadMemory {
  let m = memories.get(deps);
  if (!m) {
    m = new ThreadMemory();
    memories.set(deps, m);
  }
  return m;
}

export async function answerInThread(
  deps: SlackDeps,
  io: { client: webApi.WebClient; logger: Logger },
  message: {
    channel: string;
    ts: string;
    thread_ts?: string;
    question: string;
    share: boolean;
    /** Who asked, when only they see the thread (a DM): editors get their buttons there. */
    privateTo?: string;
  },
): Promise<void> {
  // A thread in a channel is read by everyone, so it never carries an editor's buttons.
  const editor = message.privateTo ? await showsEditorButtons(deps, message.privateTo) : false;
  const memory = threadMemory(deps);
  const thread = message.thread_ts ?? message.ts;
  const earlier = memory.earlier(message.channel, thread);
  memory.remember(message.channel, thread, message.question);
  await replyWith(
    io.logger,
    "question",
    () => renderBlocks(deps.desk.ask(message.question, earlier), { share: message.share, editor }),
    (reply) =>
      io.client.chat.postMessage({
        channel: message.channel,
        thread_ts: message.thread_ts ?? message.ts,
        ...reply,
        unfurl_links: false,
        unfurl_media: false,
      }),
  );
}
