/**
 * The article in a web page: its headline, byline, date and body, read with Mozilla's
 * Readability (the reader view of Firefox) on linkedom. The text kept as the source is built
 * here once — the headline, then each paragraph, separated by blank lines — and is stored byte
 * for byte: every quote is an offset into it. A page Readability does not take for an article,
 * or with too little text to be one, is refused with the reason.
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface Article {
  url: string;
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD, from the page's metadata, when it gives one. */
  published: string | null;
  siteName: string | null;
  /** The headline and the paragraphs, blank lines between them: the source text. */
  text: string;
}

/** The little of the DOM read here (the project compiles without the DOM library). */
interface El {
  textContent: string | null;
  parentElement: El | null;
  closest(selector: string): El | null;
  getAttribute(name: string): string | null;
}
interface Document {
  documentElement: unknown;
  body: unknown;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; why: string };

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption";
const MIN_CHARS = 250;

const clean = (s: string | null | undefined) => (s ?? "").replace(/[\u00a0\s]+/g, " ").trim();

export function extractArticle(html: string, url: string): ExtractResult {
  let document: Document;
  try {
    ({ document } = parseHTML(html) as unknown as { document: Document });
  } catch {
    return { ok: false, why: "the page could not be read as HTML" };
  }
  if (!document?.documentElement || !document.body)
    return { ok: false, why: "the page has no body: not an article" };
  const meta = metaDate(document);
  if (!isProbablyReaderable(document as never, { minContentLength: 140, minScore: 20 }))
    return { ok: false, why: "this page does not look like an article (too little running text)" };
  const parsed = new Readability(document as never).parse();
  if (!parsed?.content) return { ok: false, why: "no article could be found in this page" };
  const { document: body } = parseHTML(
    `<!doctype html><html><body>${parsed.content}</body></html>`,
  ) as unknown as {
    document: Document;
  };
  const byline = clean(parsed.byline) || null;
  const paragraphs: string[] = [];
  for (const el of Array.from(body.querySelectorAll(BLOCKS))) {
    // A block inside another block is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (!t) continue;
    if (byline && (t === byline || t === `By ${byline}`)) continue;
    if (paragraphs.at(-1) !== t) paragraphs.push(t);
  }
  const title = clean(parsed.title) || null;
  if (title && paragraphs[0] === title) paragraphs.shift();
  const bodyText = paragraphs.join("\n\n");
  if (bodyText.length < MIN_CHARS || paragraphs.length < 2)
    return { ok: false, why: "this page has too little text to be an article" };
  const published = isoDay(parsed.publishedTime) ?? meta;
  return {
    ok: true,
    article: {
      url,
      title,
      byline,
      published,
      siteName: clean(parsed.siteName) || null,
      text: title ? `${title}\n\n${bodyText}\n` : `${bodyText}\n`,
    },
  };
}

function isoDay(s: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(clean(s));
  return m?.[1] ?? null;
}

function metaDate(document: Document): string | null {
  for (const sel of [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    "time[datetime]",
  ]) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime");
    const day = isoDay(v);
    if (day) return day;
  }
  return null;
}
