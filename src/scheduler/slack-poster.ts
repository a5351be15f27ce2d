/** Posts a digest with the Web API, turning Slack's failures into PostErrors the scheduler retries. */

import type { types } from "@slack/bolt";
import { ErrorCode, type WebClient } from "@slack/web-api";
import type { DigestAnswer } from "../domain/answers.ts";
import type { DrawnChart } from "../render/charts/draw.ts";
import type { ChartTarget } from "../slack/charts.ts";
import { type PostDigest, PostError } from "./digest.ts";

export type RenderDigest = (digest: DigestAnswer) => { text: string; blocks: types.KnownBlock[] };

export interface DigestChartOptions {
  /** Draws the chart the digest carries; absent: the digest goes without one. */
  draw: (digest: DigestAnswer) => Promise<DrawnChart>;
  /** Uploads it into the digest's thread. */
  upload: (target: ChartTarget, charts: DrawnChart[]) => Promise<unknown>;
  log: (line: string) => void;
  /** Called once the chart is in (or has failed), for tests and the bench. */
  done?: (outcome: "uploaded" | "empty" | "failed") => void;
}

/**
 * The digest's chart (its running totals) goes into the digest's thread once the digest is
 * posted, and never holds it up: the post is recorded at once, and a chart that cannot be
 * drawn or uploaded is logged, not retried (tomorrow's digest carries a fresh one).
 */
function attachChart(o: DigestChartOptions, channel: string, ts: string, digest: DigestAnswer) {
  void (async () => {
    const t0 = performance.now();
    try {
      const chart = await o.draw(digest);
      if (chart.empty) return o.done?.("empty");
      const t1 = performance.now();
      await o.upload({ channel, threadTs: ts }, [chart]);
      o.log(
        `digest chart: drawn in ${Math.round(t1 - t0)} ms, uploaded in ${Math.round(performance.now() - t1)} ms`,
      );
      o.done?.("uploaded");
    } catch (err) {
      const e = err as { data?: { error?: string }; message?: string };
      o.log(`digest chart not posted: ${e.data?.error ?? e.message ?? String(err)}`);
      o.done?.("failed");
    }
  })();
}

export function slackPoster(
  client: WebClient,
  render: RenderDigest,
  chart?: DigestChartOptions,
): PostDigest {
  return async (channel, digest) => {
    const { text, blocks } = render(digest);
    try {
      const res = await client.chat.postMessage({ channel, text, blocks, unfurl_links: false });
      if (!res.ok || !res.ts) throw new PostError(res.error ?? "no ts in the reply");
      if (chart) attachChart(chart, channel, res.ts, digest);
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
