import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMrkdwn, truncate, unescapeSlack } from "../../src/render/escape.ts";

describe("escapeMrkdwn", () => {
  it.each([
    ["<!channel>", "&lt;!channel&gt;"],
    ["<@U123>", "&lt;@U123&gt;"],
    ["<https://a|b>", "&lt;https://a|b&gt;"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["&amp;", "&amp;amp;"],
  ])("%s → %s", (input, out) => {
    expect(escapeMrkdwn(input)).toBe(out);
  });

  it("leaves every other character alone, so quotes read verbatim", () => {
    const text = '*bold* _it_ ~s~ `code` "q" ‘s’ — مايو ٢٤ 🇺🇦 | #general @here';
    expect(escapeMrkdwn(text)).toBe(text);
  });

  it("never leaves < or > and round-trips through unescapeSlack", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const e = escapeMrkdwn(s);
        expect(e).not.toMatch(/[<>]/);
        expect(unescapeSlack(e)).toBe(s);
      }),
    );
  });
});

describe("truncate", () => {
  it("returns short text unchanged", () => {
    expect(truncate("307 prisoners", 20)).toBe("307 prisoners");
  });

  it("cuts to the limit and ends with an ellipsis", () => {
    const out = truncate("a".repeat(50), 10);
    expect(out).toBe(`${"a".repeat(9)}…`);
    expect(out.length).toBe(10);
  });

  it("never cuts inside an escape entity", () => {
    const text = escapeMrkdwn("ab <!channel> & more text here");
    for (let max = 1; max < text.length; max++) {
      const out = truncate(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.slice(0, -1)).not.toMatch(/&[a-z]{0,3}$/);
    }
  });

  it("never splits an emoji into half a surrogate pair", () => {
    const text = "🇺🇦".repeat(10);
    for (let max = 2; max < text.length; max++) {
      const out = truncate(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(() => encodeURIComponent(out)).not.toThrow();
    }
  });

  it("holds for any escaped text and any limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.nat(500), (s, max) => {
        const out = truncate(escapeMrkdwn(s), max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.endsWith("…") ? out.slice(0, -1) : out).not.toMatch(/&[a-z]{0,3}$/);
        expect(() => encodeURIComponent(out)).not.toThrow();
      }),
    );
  });
});

describe("unescapeSlack", () => {
  it("undoes Slack's escaping once", () => {
    expect(unescapeSlack("&lt;!channel&gt; &amp;amp;")).toBe("<!channel> &amp;");
  });
});
