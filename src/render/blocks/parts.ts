/**
 * Block Kit building blocks. Every string from an answer goes in through esc(); the only raw
 * markup in a reply is what these helpers add (*bold*, > quotes, <url|link>, <@user>).
 */
import { escapeMrkdwn as esc, truncate } from "../escape.ts";
import { type Block, LIMITS } from "./limits.ts";

export { esc };

export function header(text: string): Block {
  return {
    type: "header",
    text: { type: "plain_text", text: truncate(esc(text).trim() || "Factdesk", LIMITS.headerText) },
  };
}

/** A mrkdwn section, cut to Slack's limit; null when there is nothing to say. */
export function section(mrkdwn: string): Block | null {
  const text = mrkdwn.trim();
  if (!text) return null;
  return { type: "section", text: { type: "mrkdwn", text: truncate(text, LIMITS.sectionText) } };
}

export function context(elements: readonly (string | null | undefined)[]): Block | null {
  const els = elements
    .map((e) => e?.trim())
    .filter((e): e is string => Boolean(e))
    .slice(0, LIMITS.contextElements)
    .map((e) => ({ type: "mrkdwn" as const, text: truncate(e, LIMITS.contextText) }));
  return els.length > 0 ? { type: "context", elements: els } : null;
}

export const divider = (): Block => ({ type: "divider" });

export function compact(blocks: readonly (Block | null)[]): Block[] {
  return blocks.filter((b): b is Block => b !== null);
}

/** Text quoted verbatim as a mrkdwn quote, every line marked, cut to `max`. */
export function quote(text: string, max = 900): string {
  return truncate(esc(text.trim()), max)
    .split(/\r?\n/)
    .map((line) => `>${line ? ` ${line}` : ""}`)
    .join("\n");
}

/** A link Slack will render, or null for anything that is not a plain http(s) URL. */
export function link(url: string | null | undefined, label = "link"): string | null {
  if (!url || url.length > 2000 || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return null;
  return `<${url.replace(/&/g, "&amp;")}|${esc(label)}>`;
}

/** A safe mention for an id Slack gave us; anything else is shown as escaped text. */
export function userMention(id: string): string {
  return /^[UW][A-Z0-9]{2,20}$/.test(id) ? `<@${id}>` : esc(id);
}

export function channelMention(id: string): string {
  return /^[CGD][A-Z0-9]{2,20}$/.test(id) ? `<#${id}>` : esc(id);
}

/** Lines packed into as few sections as Slack's section limit allows. */
export function sectionsFromLines(lines: readonly string[], max = LIMITS.sectionText): Block[] {
  const out: Block[] = [];
  let current = "";
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && current.length + 1 + line.length > max) {
      out.push(section(current) as Block);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  const last = section(current);
  if (last) out.push(last);
  return out;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
