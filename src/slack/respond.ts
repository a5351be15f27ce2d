/**
 * respond() as Bolt makes it (a POST of the message as JSON to the request's response_url,
 * throwing Bolt's RespondError when Slack answers other than 2xx), except that it posts through
 * node:http rather than fetch (see postJson), and a reply built once for many askers is
 * serialised once. Bolt's own respond() runs JSON.stringify over the
 * whole message on every post, and fetch then checks and encodes the string again: for a
 * /totals at 100,000 facts (a 15 KB reply, answered from the desk's memo) about a tenth of a
 * millisecond of server CPU per command, and the garbage of three copies of it (issue 15).
 *
 * `ephemeral(reply)` is the message every command's reply is sent as; for a frozen reply (a
 * memoised answer's, see render/blocks/cache.ts) it is the same frozen message each time, and
 * its bytes are kept beside it. Any other message is serialised as Bolt would, every time.
 * The bytes posted are JSON.stringify's either way.
 */
import http from "node:http";
import https from "node:https";
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

/** Posts a JSON body to a URL; resolves with the answer once its body is read. */
export type PostJson = (url: string, body: string | Uint8Array) => Promise<Posted>;

/** The answer to a post, as the Response Bolt's respond() resolves with. */
export class Posted {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly #headers: http.IncomingHttpHeaders;
  readonly #body: Buffer;

  constructor(url: string, res: http.IncomingMessage, body: Buffer) {
    this.status = res.statusCode ?? 0;
    this.ok = this.status >= 200 && this.status <= 299;
    this.statusText = res.statusMessage ?? "";
    this.url = url;
    this.#headers = res.headers;
    this.#body = body;
  }

  get headers() {
    const all = this.#headers;
    return {
      get: (name: string): string | null => {
        const v = all[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
      },
      entries: (): Iterable<[string, string]> =>
        Object.entries(all).map(([k, v]): [string, string] => [
          k,
          Array.isArray(v) ? v.join(", ") : String(v),
        ]),
    };
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.#body;
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return this.#body.toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#body.toString("utf8"));
  }
}

/** Connections kept open between replies, as fetch keeps them. */
const AGENTS: Record<string, http.Agent> = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};
/** A reply Slack has not answered in this long has failed (fetch would wait five minutes). */
export const POST_TIMEOUT_MS = 30_000;

/**
 * A POST through node:http (https for Slack's own hooks), not fetch: fetch wraps each request in
 * WHATWG streams, Headers, an AbortSignal and a Response, about 0.3 ms of CPU a post on this
 * machine against 0.1 for the same post through node:http with a kept-alive connection, and
 * each /totals or /factcheck posts one reply (issue 15). The answer's body (Slack's "ok") is
 * read, so the connection can carry the next reply.
 */
export const postJson: PostJson = (url, body) => post(url, body, true);

/**
 * One POST. A kept-alive connection the server closed while it sat idle fails at once
 * (ECONNRESET) when it is reused; that post is sent again, once, on a new connection, as
 * Node's documentation advises (request.reusedSocket): nothing reached the server.
 */
function post(url: string, body: string | Uint8Array, again: boolean): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const agent = AGENTS[u.protocol];
    if (!agent) {
      reject(new Error(`cannot post to a ${u.protocol} URL`));
      return;
    }
    const request = (u.protocol === "https:" ? https : http).request(
      u,
      {
        method: "POST",
        agent,
        timeout: POST_TIMEOUT_MS,
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => resolve(new Posted(url, res, Buffer.concat(chunks))));
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`${u.host} did not answer in ${POST_TIMEOUT_MS / 1000} s`)),
    );
    request.on("error", (err: NodeJS.ErrnoException) => {
      if (again && request.reusedSocket && err.code === "ECONNRESET")
        post(url, body, false).then(resolve, reject);
      else reject(err);
    });
    request.end(body);
  });
}

/** respond() for `responseUrl`, posting through `post` (postJson) as Bolt's does through fetch. */
export function jsonRespond(post: PostJson, responseUrl: string): RespondFn {
  return async (message) => {
    const normalized = typeof message === "string" ? { text: message } : message;
    const response = await post(responseUrl, bodyOf(normalized));
    if (!response.ok) {
      throw new RespondError(
        `Failed to respond to the response_url: ${response.status} ${response.statusText}`,
        response.status,
      );
    }
    return response;
  };
}
