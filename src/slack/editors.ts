/**
 * Who is an editor: a user named in EDITOR_USER_IDS, or a member of EDITOR_USERGROUP. The
 * group's members come from the Web API and are kept for a few minutes, so most clicks cost
 * no call. When Slack cannot say, the answer is "not an editor": a refusal can be retried, a
 * change made by the wrong person cannot be taken back unseen.
 */
import type { Logger, webApi } from "@slack/bolt";
import type { EditorsConfig } from "../config.ts";

export type IsEditor = (userId: string) => Promise<boolean>;

export const GROUP_TTL_MS = 5 * 60_000;

export interface EditorsOptions {
  config: EditorsConfig | undefined;
  client: webApi.WebClient;
  logger: Logger;
  ttlMs?: number;
  now?: () => number;
}

export function editors(options: EditorsOptions): IsEditor {
  const { client, logger } = options;
  const named = new Set(options.config?.userIds ?? []);
  const group = options.config?.usergroup ?? null;
  const ttl = options.ttlMs ?? GROUP_TTL_MS;
  const now = options.now ?? Date.now;
  let cached: { members: ReadonlySet<string>; until: number } | null = null;
  // Clicks that arrive while a lookup is under way share it instead of each calling Slack.
  let pending: Promise<ReadonlySet<string> | null> | null = null;

  const label = group ? ("id" in group ? group.id : `@${group.handle}`) : "";

  async function groupId(): Promise<string | null> {
    if (!group) return null;
    if ("id" in group) return group.id;
    const res = await client.usergroups.list({});
    const found = res.usergroups?.find((g) => g.handle?.toLowerCase() === group.handle);
    if (!found?.id) {
      logger.warn(
        `EDITOR_USERGROUP ${label}: no such user group in this workspace; nobody is an editor through it`,
      );
      return null;
    }
    return found.id;
  }

  async function lookUp(): Promise<ReadonlySet<string> | null> {
    try {
      const id = await groupId();
      const members = id
        ? new Set((await client.usergroups.users.list({ usergroup: id })).users ?? [])
        : new Set<string>();
      cached = { members, until: now() + ttl };
      return members;
    } catch (err) {
      // Not cached: the next click asks Slack again.
      const e = err as { data?: { error?: string }; message?: string };
      logger.error(
        `could not look up the editors in ${label} (${e.data?.error ?? e.message ?? "unknown error"}); treating the user as not an editor`,
      );
      return null;
    }
  }

  return async (userId) => {
    if (named.has(userId)) return true;
    if (!group) return false;
    if (cached && cached.until > now()) return cached.members.has(userId);
    pending ??= lookUp().finally(() => {
      pending = null;
    });
    const members = await pending;
    return members?.has(userId) ?? false;
  };
}
