// normaliseAlias folds printable ASCII (most aliases, titles and ids) without NFKC; the fold
// must be the one the full path gives, for every string, ASCII or not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildCatalog,
  eventStart,
  normaliseAlias,
  startingBetween,
  startingWith,
} from "../../src/domain/catalog.ts";
import { type Event, emptyStore } from "../../src/store/schema.ts";

const full = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("normaliseAlias", () => {
  it("folds printable ASCII as the full path does, and everything else through it", () => {
    const chars = [
      " ",
      "\t",
      "\n",
      "-",
      "_",
      "A",
      "z",
      "'",
      "’",
      "–",
      "ﬁ",
      "é",
      "\u00a0",
      "1",
      "~",
      "\x7f",
      "Ⅻ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (cs) => {
        const s = cs.join("");
        expect(normaliseAlias(s)).toBe(full(s));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(normaliseAlias(s)).toBe(full(s));
      }),
      { numRuns: 500 },
    );
    expect(normaliseAlias("  May-24__Wave  2 ")).toBe("may 24 wave 2");
  });
});

// The fact-check finds a day's or a month's events by a binary search of the catalog's sorted
// lists instead of a pass over the archive; it must find what the pass found, in its order,
// for any days the schema lets through (a "2025-02-30" too), repeated days and undated events.
describe("startingBetween and startingWith", () => {
  const day = fc
    .tuple(
      fc.constantFrom("2024", "2025"),
      fc.constantFrom("01", "02", "05", "12"),
      fc.constantFrom("01", "09", "10", "28", "30", "31"),
    )
    .map(([y, m, d]) => `${y}-${m}-${d}`);
  // A span's days must be real ones: the catalog counts the days between them.
  const realDay = day.filter(
    (d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d),
  );
  const events = fc.array(
    fc.record({
      date: fc.option(
        fc.oneof(
          day.map((on) => ({ on })),
          fc.tuple(realDay, realDay).map(([from, to]) => ({ from, to })),
        ),
      ),
      kind: fc.constantFrom("exchange", "deal", "talks"),
    }),
    { maxLength: 40 },
  );
  it("finds what a pass over the list finds, in the list's order", () => {
    fc.assert(
      fc.property(events, day, day, (drafts, a, b) => {
        const data = emptyStore();
        data.events = drafts.map(
          (d, i): Event => ({
            id: `e-${i}`,
            kind: d.kind as Event["kind"],
            title: `E ${i}`,
            date: d.date,
            partOf: null,
            aliases: [],
          }),
        );
        const { dated, exchanges } = buildCatalog(data);
        const [from, to] = a <= b ? [a, b] : [b, a];
        for (const list of [dated, exchanges]) {
          const start = (e: Event) => eventStart(e) as string;
          expect(startingBetween(list, from, to)).toEqual(
            list.filter((e) => start(e) >= from && start(e) <= to),
          );
          for (const prefix of [from.slice(0, 7), from.slice(0, 4), from, ""])
            expect(startingWith(list, prefix)).toEqual(
              list.filter((e) => start(e).startsWith(prefix)),
            );
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
