import { readFileSync } from "node:fs";
import path from "node:path";
import type { Fact, StoreData } from "../../src/store/schema.ts";
import { parseStoreText } from "../../src/store/store.ts";

export const BUNDLED = path.resolve(import.meta.dirname, "..", "..", "data", "factdesk.json");

/** A fresh copy of the bundled store's data, safe to change in a test. */
export function bundledData(): StoreData {
  return parseStoreText(readFileSync(BUNDLED, "utf8"), BUNDLED);
}

/** A fact for rule tests; the quote is checked only where a test says so. */
export function fact(partial: Partial<Fact> & Pick<Fact, "id" | "value">): Fact {
  return {
    sourceId: "src-a",
    eventId: "ev",
    measure: "released",
    counted: "people",
    side: "each",
    eventDate: null,
    asOf: null,
    claimantId: "press-a",
    quote: { text: "x", start: 0, end: 1 },
    planned: false,
    status: "reviewed",
    ...partial,
  };
}

export function num(n: number, qualifier: "exact" | "about" | "nearly" | "more-than" = "exact") {
  return { type: "number" as const, n, qualifier, said: String(n) };
}
