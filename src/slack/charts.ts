/**
 * Uploads drawn charts to Slack with `files.uploadV2` (scope `files:write`): Slack's three
 * steps (files.getUploadURLExternal, the bytes to the upload URL, files.completeUploadExternal)
 * in one call, every image with its alt text and its title.
 */
import type { webApi } from "@slack/bolt";
import type { DrawnChart } from "../render/charts/index.ts";
import { truncate } from "../render/escape.ts";

/** Slack keeps a file's alt text to 1,000 characters. */
export const ALT_TEXT_MAX = 1000;

export interface ChartTarget {
  channel: string;
  /** The thread to upload into; absent: the channel (or DM) itself. */
  threadTs?: string | undefined;
  /** The message the files come with. */
  comment?: string;
}

/** One upload of one or more charts; resolves with the file ids Slack gave them. */
export async function uploadCharts(
  client: webApi.WebClient,
  target: ChartTarget,
  charts: readonly DrawnChart[],
): Promise<string[]> {
  const res = await client.files.uploadV2({
    channel_id: target.channel,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    ...(target.comment ? { initial_comment: target.comment } : {}),
    file_uploads: charts.map((c) => ({
      file: c.png,
      filename: `factdesk-${c.name}.png`,
      title: c.title,
      alt_text: truncate(c.alt, ALT_TEXT_MAX),
    })),
  });
  const completions = (res as { files?: { files?: { id?: string }[] }[] }).files ?? [];
  return completions.flatMap((c) => (c.files ?? []).map((f) => f.id ?? "")).filter(Boolean);
}

/** What went wrong, for a log line and the asker: Slack's error code when it gave one. */
export function uploadError(err: unknown): string {
  const e = err as { data?: { error?: string }; message?: string };
  return e.data?.error ?? e.message ?? String(err);
}
