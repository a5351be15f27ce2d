/** Posts a digest with the Web API, turning Slack's failures into PostErrors the scheduler retries. */

import type { types } from "@slack/bolt";
import { ErrorCode, type WebClient } from "@slack/web-api";
import type { DigestAnswer } from "../domain/answers.ts";
import { type PostDigest, PostError } from "./digest.ts";

export type RenderDigest = (digest: DigestAnswer) => { text: string; blocks: types.KnownBlock[] };

export function slackPoster(client: WebClient, render: RenderDigest): PostDigest {
  return async (channel, digest) => {
    const { text, blocks } = render(digest);
    try {
      const res = await client.chat.postMessage({ channel, text, blocks, unfurl_links: false });
      if (!res.ok || !res.ts) throw new PostError(res.error ?? "no ts in the reply");
      return { ts: res.ts };
    } catch (err) {
      if (err instanceof PostError) throw err;
      const e = err as {
        code?: string;
        retryAfter?: number;
        data?: { error?: string };
        message: string;
      };
      if (e.code === ErrorCode.RateLimitedError)
        throw new PostError("rate limited", e.retryAfter ?? null);
      if (e.code === ErrorCode.PlatformError) throw new PostError(e.data?.error ?? e.message);
      throw new PostError(e.message);
    }
  };
}
