// Property-based: whatever people type, the parsers and queries answer without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, parseDateQuery } from "../../src/domain/dates.ts";
import { findNumbers, parseNumberWords } from "../../src/domain/numbers.ts";
import { analyse, ask, swap } from "../../src/domain/queries.ts";
import { renderText } from "../../src/render/text.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

/** Text as people and pasted drafts produce it: markup, mentions, RTL, emoji, control characters. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.stringMatching(/^[<>&!@#|*_~`\-–—:./ 0-9a-zA-Z]{0,200}$/),
  fc.constantFrom(
    "<!channel>",
    "<!here|here>",
    "<@U123ABC>",
    "<#C123|general>",
    "<https://evil.example|click>",
    "&amp; &lt; &gt;",
    "‏مايو ٢٤‏",
    "מאי 24",
    "🇺🇦🔥 may 24 🔥",
    "\u0000\u0007\u001b[31m",
    "may-24\u202e",
    "9".repeat(5000),
  ),
  fc
    .tuple(
      fc.constantFrom("may ", "24 ", "nearly ", "1,000-for-", "three hundred and ", "/swap "),
      fc.string({ maxLength: 40 }),
    )
    .map(([a, b]) => a + b),
);

describe("parsers never throw", () => {
  it("numbers", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        for (const m of findNumbers(s)) {
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(Number.isFinite(m.n)).toBe(true);
        }
        parseNumberWords(s);
      }),
      { numRuns: 500 },
    );
  });

  it("dates", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        parseDateQuery(s, { defaultYear: 2025 });
        for (const d of findDates(s, { refDate: "2025-05-26" }))
          expect(s.slice(d.start, d.end)).toBe(d.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("queries answer anything", () => {
  it("swap and ask always return an answer that renders", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const a = swap(k, s);
        expect(["swap", "help"]).toContain(a.kind);
        expect(renderText(a).length).toBeGreaterThan(0);
        const b = ask(k, s);
        expect(renderText(b).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("huge input is answered, not echoed whole", () => {
    const huge = "may 24 ".repeat(20_000);
    const a = ask(k, huge);
    expect(renderText(a).length).toBeLessThan(20_000);
  });
});
