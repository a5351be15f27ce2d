// Fetching a page on a user's behalf: pages the project writes itself, served by nock; never
// the network. DNS is injected, so every address a host "resolves" to is the test's choice.
import { readFileSync } from "node:fs";
import path from "node:path";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  FetchRefused,
  fetchArticle,
  isPublicAddress,
  type Lookup,
} from "../../src/app/fetch-article.ts";

const PAGES = path.resolve(import.meta.dirname, "..", "fixtures", "pages");
const page = (name: string) => readFileSync(path.join(PAGES, name), "utf8");
const HTML = { "content-type": "text/html; charset=utf-8" };

/** A DNS that knows a few hosts: public ones, and some that point inside. */
const dns: Lookup = async (host) => {
  const table: Record<string, string[]> = {
    "news.example.org": ["93.184.216.34"],
    "other.example.org": ["93.184.216.35"],
    "intranet.example.org": ["10.0.0.5"],
    "metadata.example.org": ["169.254.169.254"],
    "loop.example.org": ["127.0.0.1"],
    "mixed.example.org": ["93.184.216.36", "192.168.1.10"],
    "v6loop.example.org": ["::1"],
    "mapped.example.org": ["::ffff:127.0.0.1"],
  };
  const found = table[host];
  if (!found) throw new Error("ENOTFOUND");
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};
const opts = { lookup: dns, timeoutMs: 2000 };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("fetchArticle", () => {
  it("reads the headline, byline, date and body, and keeps the text it built", async () => {
    nock("https://news.example.org")
      .get("/2025/06/12/bodies")
      .reply(200, page("bodies.html"), HTML);
    const a = await fetchArticle("https://news.example.org/2025/06/12/bodies", opts);
    expect(a.title).toBe("Ukraine receives 1,200 bodies of the fallen");
    expect(a.byline).toBe("Olena Kovalchuk");
    expect(a.published).toBe("2025-06-12");
    expect(a.siteName).toBe("Kyiv Ledger");
    expect(
      a.text.startsWith("Ukraine receives 1,200 bodies of the fallen\n\nOn Thursday, June 12,"),
    ).toBe(true);
    expect(a.text).toContain("\n\nIt was the first repatriation");
    expect(a.text).not.toContain("All rights reserved");
    expect(a.text).not.toContain("Politics");
  });

  it("follows a redirect to a public host, checking it again", async () => {
    nock("https://news.example.org")
      .get("/short")
      .reply(301, "", { location: "https://other.example.org/story" });
    nock("https://other.example.org").get("/story").reply(200, page("bodies.html"), HTML);
    const a = await fetchArticle("https://news.example.org/short", opts);
    expect(a.url).toBe("https://other.example.org/story");
  });

  it.each([
    ["ftp://news.example.org/a", /only http and https/],
    ["file:///etc/passwd", /only http and https/],
    ["https://user:pw@news.example.org/a", /user name or password/],
    ["http://127.0.0.1/a", /private, loopback or link-local/],
    ["http://[::1]/a", /private, loopback or link-local/],
    ["http://169.254.169.254/latest/meta-data", /private, loopback or link-local/],
    ["http://intranet.example.org/a", /private, loopback or link-local/],
    ["http://metadata.example.org/a", /private, loopback or link-local/],
    ["http://loop.example.org/a", /private, loopback or link-local/],
    ["http://mixed.example.org/a", /private, loopback or link-local/],
    ["http://v6loop.example.org/a", /private, loopback or link-local/],
    ["http://mapped.example.org/a", /private, loopback or link-local/],
    ["http://nowhere.example.org/a", /could not be found/],
  ])("refuses %s before any request is made", async (url, why) => {
    await expect(fetchArticle(url, opts)).rejects.toThrow(why);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("refuses a redirect into the private network", async () => {
    nock("https://news.example.org")
      .get("/go")
      .reply(302, "", { location: "http://10.1.2.3/admin" });
    await expect(fetchArticle("https://news.example.org/go", opts)).rejects.toThrow(
      /10\.1\.2\.3 is a private, loopback or link-local address/,
    );
  });

  it("refuses endless redirects", async () => {
    nock("https://news.example.org").persist().get("/loop").reply(302, "", { location: "/loop" });
    await expect(fetchArticle("https://news.example.org/loop", opts)).rejects.toThrow(
      /redirects more than 5/,
    );
  });

  it("refuses what is not HTML", async () => {
    nock("https://news.example.org")
      .get("/a.pdf")
      .reply(200, "%PDF-1.7", { "content-type": "application/pdf" });
    await expect(fetchArticle("https://news.example.org/a.pdf", opts)).rejects.toThrow(
      /application\/pdf, not an HTML page/,
    );
  });

  it("refuses a page over the size cap, declared or not", async () => {
    const big = `<html><body><p>${"x".repeat(5000)}</p></body></html>`;
    nock("https://news.example.org").get("/big").reply(200, big, HTML);
    await expect(
      fetchArticle("https://news.example.org/big", { ...opts, maxBytes: 1000 }),
    ).rejects.toThrow(/larger than/);
    nock("https://news.example.org")
      .get("/big2")
      .reply(200, () => big, { ...HTML, "content-length": "999999999" });
    await expect(
      fetchArticle("https://news.example.org/big2", { ...opts, maxBytes: 1000 }),
    ).rejects.toThrow(/larger than/);
  });

  it("gives up on a page that takes too long", async () => {
    nock("https://news.example.org").get("/slow").delay(1500).reply(200, page("bodies.html"), HTML);
    await expect(
      fetchArticle("https://news.example.org/slow", { ...opts, timeoutMs: 200 }),
    ).rejects.toThrow(/too long/);
  });

  it("refuses a page that is not an article, saying so", async () => {
    nock("https://news.example.org").get("/").reply(200, page("index.html"), HTML);
    const err = await fetchArticle("https://news.example.org/", opts).catch((e) => e);
    expect(err).toBeInstanceOf(FetchRefused);
    expect(err.message).toMatch(/not look like an article|too little text|no article/);
  });

  it("answers 404 with a clear line", async () => {
    nock("https://news.example.org").get("/gone").reply(404, "no", HTML);
    await expect(fetchArticle("https://news.example.org/gone", opts)).rejects.toThrow(
      /answered 404/,
    );
  });
});

describe("isPublicAddress", () => {
  it.each([
    ["93.184.216.34", true],
    ["2606:2800:220:1:248:1893:25c8:1946", true],
    ["10.0.0.1", false],
    ["172.16.5.4", false],
    ["192.168.0.1", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["224.0.0.1", false],
    ["fe80::1", false],
    ["fd00::1", false],
    ["::ffff:10.0.0.1", false],
    ["::ffff:7f00:1", false],
    ["64:ff9b::a9fe:a9fe", false],
    ["not-an-ip", false],
  ])("%s → %s", (ip, ok) => expect(isPublicAddress(ip)).toBe(ok));
});
