/**
 * respond() as Bolt makes it (a POST of the message as JSON to the request's response_url,
 * throwing Bolt's RespondError when Slack answers other than 2xx), except that a reply built
 * once for many askers is serialised once. Bolt's own respond() runs JSON.stringify over the
 * whole message on every post, and fetch then checks and encodes the string again: for a
 * /totals at 100,000 facts (a 15 KB reply, answered from the desk's memo) about a tenth of a
 * millisecond of server CPU per command, and the garbage of three copies of it (issue 15).
 *
 * `ephemeral(reply)` is the message every command's reply is sent as; for a frozen reply (a
 * memoised answer's, see render/blocks/cache.ts) it is the same frozen message each time, and
 * its bytes are kept beside it. Any other message is serialised as Bolt would, every time.
 * The bytes posted are JSON.stringify's either way.
 */
import { RespondError, type RespondFn } from "@slack/bolt";
import type { Rendered } from "../render/blocks/index.ts";

export type EphemeralReply = Rendered & { readonly response_type: "ephemeral" };

const messages = new WeakMap<Rendered, EphemeralReply>();
/** The bytes of each message ephemeral() made of a frozen reply, once serialised. */
const bytes = new WeakMap<EphemeralReply, Uint8Array | null>();
const encoder = new TextEncoder();

/** `reply` as an ephemeral message: for a frozen reply, one frozen message, kept with it. */
export function ephemeral(reply: Rendered): EphemeralReply {
  if (!Object.isFrozen(reply)) return { response_type: "ephemeral", ...reply };
  let message = messages.get(reply);
  if (!message) {
    message = Object.freeze({ response_type: "ephemeral" as const, ...reply });
    messages.set(reply, message);
    bytes.set(message, null);
  }
  return message;
}

/** The JSON body of `message`: serialised once for a message ephemeral() made of a frozen reply. */
export function bodyOf(message: unknown): string | Uint8Array {
  const kept = bytes.get(message as EphemeralReply);
  if (kept) return kept;
  const text = JSON.stringify(message);
  if (kept === undefined) return text;
  const encoded = encoder.encode(text);
  bytes.set(message as EphemeralReply, encoded);
  return encoded;
}

/** respond() for `responseUrl`, posting through `fetchFn` as Bolt's does. */
export function jsonRespond(fetchFn: typeof fetch, responseUrl: string): RespondFn {
  return async (message) => {
    const normalized = typeof message === "string" ? { text: message } : message;
    const response = await fetchFn(responseUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: bodyOf(normalized),
    });
    if (!response.ok) {
      throw new RespondError(
        `Failed to respond to the response_url: ${response.status} ${response.statusText}`,
        response.status,
      );
    }
    return response;
  };
}
