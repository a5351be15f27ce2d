/**
 * Text a user wrote, shown to someone else (a reader's report note in /review and the digest,
 * an editor's resolution note, what was typed echoed back into a reply that can be shared).
 * Escaping & < > keeps mentions and links inert; this also keeps the writer from styling or
 * disguising what others read:
 * - bidi overrides, embeddings, isolates and marks, zero-width characters and other invisible
 *   controls are removed, so the text reads in the order it was typed and hides nothing;
 * - Slack's formatting characters * _ ~ ` are shown as look-alikes that format nothing
 *   (∗ ˍ ∼ ˋ): readable as typed, never bold, italic, struck or code;
 * - URLs and bare domains are not linked: "://" becomes ":⁄⁄" and a dot inside a domain a
 *   one-dot leader (evil․example), which Slack does not link.
 * The terminal gets only the first: it renders no formatting and links nothing.
 */
import { escapeMrkdwn, oneLine, truncate } from "./escape.ts";

/**
 * Invisible or reordering characters: controls (Cc) but tab and line breaks, and format
 * characters (Cf): bidi overrides, embeddings, isolates and marks, zero-width spaces and
 * joiners, the byte-order mark, soft hyphens, invisible operators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const KEEP = new Set(["\t", "\n", "\r"]);

const LOOKALIKE: Record<string, string> = { "*": "∗", _: "ˍ", "~": "∼", "`": "ˋ" };

/** Removes what would reorder or hide text; everything else is left as typed. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => (KEEP.has(c) ? c : ""));
}

/** Plain, unlinked, unstyled: ready for escapeMrkdwn. */
export function neutralise(text: string): string {
  return stripInvisible(text)
    .replace(/[*_~`]/g, (c) => LOOKALIKE[c] ?? c)
    .replace(/:\/\//g, ":⁄⁄")
    .replace(/([\p{L}\p{N}-])\.(?=[\p{L}][\p{L}\p{N}-]*)/gu, "$1․");
}

/** For mrkdwn: neutralised, on one line, escaped, and at most `max` characters. */
export function userText(text: string, max: number): string {
  return truncate(escapeMrkdwn(oneLine(neutralise(text))), max);
}
