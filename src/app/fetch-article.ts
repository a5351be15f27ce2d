/**
 * Fetching a page on a user's behalf, then reading the article out of it. Fetching is a door
 * into the network, so every hop is checked:
 * - only http: and https:, no user:password@ in the link;
 * - the host's every address (after DNS, the lookup injectable for tests) must be public: no
 *   private, loopback, link-local, CGNAT, multicast, documentation or unspecified address, in
 *   IPv4 or IPv6 (mapped and NAT64 addresses are read as the IPv4 they carry); the connection
 *   is made to the address that was checked, so a second DNS answer cannot swap it;
 * - redirects are followed by hand (at most 5), each new link checked the same way;
 * - a deadline for the whole fetch, a size cap (Content-Length and the bytes that arrive),
 *   and HTML only (text/html, application/xhtml+xml).
 * What fails is a FetchRefused with one line for the person who asked.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { type Article, extractArticle } from "../domain/article.ts";

export class FetchRefused extends Error {}

export type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;

export interface FetchOptions {
  /** DNS, for tests: every address the host resolves to. */
  lookup?: Lookup;
  /** Whole fetch, redirects included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

const defaultLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

const BLOCKED = (() => {
  const b = new net.BlockList();
  const v4: [string, number][] = [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.0.2.0", 24],
    ["192.88.99.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["198.51.100.0", 24],
    ["203.0.113.0", 24],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ];
  for (const [a, p] of v4) b.addSubnet(a, p, "ipv4");
  const v6: [string, number][] = [
    ["::", 128],
    ["::1", 128],
    ["100::", 64],
    ["2001:db8::", 32],
    ["2001::", 23],
    ["fc00::", 7],
    ["fe80::", 10],
    ["fec0::", 10],
    ["ff00::", 8],
  ];
  for (const [a, p] of v6) b.addSubnet(a, p, "ipv6");
  return b;
})();

/** The IPv4 address an IPv6 one carries (::ffff:1.2.3.4, 64:ff9b::1.2.3.4), if any. */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::ffff:0:)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const hi = Number.parseInt(hex[1], 16);
    const lo = Number.parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** Whether an address may be fetched from: a public unicast address. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return !BLOCKED.check(address, "ipv4");
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4) return isPublicAddress(v4);
    if (/^::ffff:/i.test(address)) return false;
    return !BLOCKED.check(address, "ipv6");
  }
  return false;
}

/** Checks a link and resolves its host; the address to connect to. */
async function checkUrl(
  raw: string,
  lookup: Lookup,
): Promise<{ url: URL; address: string; family: number }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused(`"${raw}" is not a link`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefused(`only http and https links can be fetched, not ${url.protocol}`);
  if (url.username || url.password)
    throw new FetchRefused("a link with a user name or password in it is not fetched");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }];
  else {
    try {
      addresses = await lookup(host);
    } catch {
      throw new FetchRefused(`${host} could not be found (DNS)`);
    }
  }
  if (addresses.length === 0) throw new FetchRefused(`${host} could not be found (DNS)`);
  const bad = addresses.find((a) => !isPublicAddress(a.address));
  if (bad)
    throw new FetchRefused(
      `${host} is a private, loopback or link-local address (${bad.address}); only public sites are fetched`,
    );
  const first = addresses[0] as { address: string; family: number };
  return { url, address: first.address, family: first.family };
}

interface Page {
  url: string;
  html: string;
}

/** The page at a link, HTML only, redirects checked hop by hop. */
export async function fetchPage(link: string, options: FetchOptions = {}): Promise<Page> {
  const lookup = options.lookup ?? defaultLookup;
  const maxBytes = options.maxBytes ?? 2_000_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let current = link;
  for (let hop = 0; ; hop++) {
    const { url, address, family } = await checkUrl(current, lookup);
    const left = deadline - Date.now();
    if (left <= 0) throw new FetchRefused(`${link} took too long to answer`);
    const res = await get(url, address, family, left, maxBytes);
    if (res.status >= 300 && res.status < 400 && res.location) {
      if (hop >= maxRedirects)
        throw new FetchRefused(`${link} redirects more than ${maxRedirects} times`);
      current = new URL(res.location, url).toString();
      continue;
    }
    if (res.status !== 200)
      throw new FetchRefused(`${url.host} answered ${res.status}, not a page`);
    const type = (res.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (type !== "text/html" && type !== "application/xhtml+xml")
      throw new FetchRefused(
        `${url.toString()} is ${type || "of no stated type"}, not an HTML page`,
      );
    return { url: url.toString(), html: res.body ?? "" };
  }
}

interface Response {
  status: number;
  location?: string | undefined;
  contentType?: string | undefined;
  body?: string;
}

function get(
  url: URL,
  address: string,
  family: number,
  timeoutMs: number,
  maxBytes: number,
): Promise<Response> {
  return new Promise((resolveOuter, rejectOuter) => {
    const resolve = (r: Response) => {
      clearTimeout(timer);
      resolveOuter(r);
    };
    const reject = (e: Error) => {
      clearTimeout(timer);
      rejectOuter(e);
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "GET",
        headers: {
          "user-agent": "Factdesk (newsroom source ingest)",
          accept: "text/html,application/xhtml+xml;q=0.9",
        },
        // Connect to the address that was checked, never to a second DNS answer.
        lookup: (_host, opts, cb) => {
          if ((opts as { all?: boolean }).all)
            (cb as unknown as (e: null, a: unknown[]) => void)(null, [{ address, family }]);
          else cb(null, address, family);
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location: res.headers.location });
          return;
        }
        const contentType = res.headers["content-type"];
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          res.destroy();
          reject(
            new FetchRefused(
              `${url.host}: the page is larger than ${Math.round(maxBytes / 1e6)} MB`,
            ),
          );
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            res.destroy();
            req.destroy();
            reject(
              new FetchRefused(
                `${url.host}: the page is larger than ${Math.round(maxBytes / 1e6)} MB`,
              ),
            );
            return;
          }
          chunks.push(c);
        });
        res.on("end", () => {
          resolve({ status, contentType, body: decode(Buffer.concat(chunks), contentType) });
        });
        res.on("error", (e) => reject(new FetchRefused(`${url.host}: ${e.message}`)));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new FetchRefused(`${url.host} took too long to answer`));
    }, timeoutMs);
    req.on("error", (e) => {
      reject(
        e instanceof FetchRefused
          ? e
          : new FetchRefused(`${url.host} could not be reached: ${e.message}`),
      );
    });
    req.end();
  });
}

function decode(body: Buffer, contentType: string | undefined): string {
  const charset = /charset=([\w-]+)/i.exec(contentType ?? "")?.[1]?.toLowerCase() ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** Fetches a link and reads the article in it; refuses what is not an article. */
export async function fetchArticle(link: string, options: FetchOptions = {}): Promise<Article> {
  const page = await fetchPage(link, options);
  const article = extractArticle(page.html, page.url);
  if (!article.ok) throw new FetchRefused(`${page.url}: ${article.why}`);
  return article.article;
}
