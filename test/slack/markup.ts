/** Finds Slack markup that would be live in a reply, other than what the bot itself writes. */
import type { Block } from "../../src/render/blocks/index.ts";

/** Every text Slack will parse: section text and fields, context elements, headers, buttons. */
export function textsOf(blocks: readonly Block[], fallback?: string): string[] {
  const out: string[] = fallback === undefined ? [] : [fallback];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string")
        out.push(o.text);
      else Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
}

/**
 * What would become a mention, a channel ping or a link: any "<" left after removing the
 * bot's own links (labelled "link"), mentions of `users` and channel references, and any ">"
 * that is not a quote marker at the start of a line.
 */
export function liveMarkup(texts: readonly string[], users: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const t of texts) {
    const rest = t
      .replace(/<https?:\/\/[^\s<>|]+\|link>/g, "")
      .replace(/<@([UW][A-Z0-9]+)>/g, (m, id: string) => (users.includes(id) ? "" : m))
      .replace(/<#[CGD][A-Z0-9]+>/g, "");
    if (rest.includes("<")) found.push(t);
    else if (rest.split("\n").some((line) => line.replace(/^>( |$)/, "").includes(">")))
      found.push(t);
  }
  return found;
}

/** A button as the renderers write it. */
export interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

/** Every button in the blocks' actions, in order. */
export const buttonsIn = (blocks: readonly Block[] = []): Button[] =>
  blocks.flatMap((b) => (b.type === "actions" ? (b.elements as Button[]) : []));
