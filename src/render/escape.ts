/**
 * Text the bot did not write (what a user typed, source quotes, outlet names) goes into Slack
 * mrkdwn only through escapeMrkdwn, so `<!channel>`, `<@U123>` or `<https://a|b>` in it stay
 * inert text. Only & < > are escaped: Slack asks for nothing else, and quotes must read verbatim.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ELLIPSIS = "…";

/**
 * How much of what was typed a reply echoes, in Slack and the terminal alike: enough to
 * recognise it; 4,000 characters of it helps nobody.
 */
export const ECHO_MAX = 200;

/** What was typed, on one line: each run of whitespace (newlines too) becomes one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Shortens text to at most `max` UTF-16 units (Slack's limits count at least that), ending in
 * "…". Never cuts inside an escape entity (`&amp;`) or a surrogate pair, so the result is still
 * valid escaped text.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return "";
  let cut = max - ELLIPSIS.length;
  // An entity is at most 5 units (&amp;): an "&" in the last 4 with no ";" after it is cut open.
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp >= 0 && cut - amp < 5 && !text.slice(amp, cut).includes(";")) cut = amp;
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Slack sends what users type with & < > already escaped; undo it once so the desk sees the
 * words as typed. Whatever comes back out is escaped again by the renderer.
 */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
