// Every quote in the bundled store is its source text, character for character, at its
// offsets; every figure appears in its quote; the source texts are data/sources byte for byte
// (the project's own copy of the seeds).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/domain/numbers.ts";
import { buildBundledStore, serialiseStore, sha256 } from "../../src/store/curation.ts";
import { parseStoreText } from "../../src/store/store.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const bundledFile = path.join(root, "data", "factdesk.json");
const store = parseStoreText(readFileSync(bundledFile, "utf8"), bundledFile);
const sources = new Map(store.sources.map((s) => [s.id, s]));

describe("bundled store", () => {
  it("is what the curation file builds (run `npm run build:store` after editing it)", () => {
    expect(readFileSync(bundledFile, "utf8")).toBe(
      serialiseStore(buildBundledStore(path.join(root, "data"))),
    );
  });

  it("holds the five seed texts byte for byte", () => {
    expect(store.sources).toHaveLength(5);
    for (const s of store.sources) {
      const file = readFileSync(path.join(root, "data", "sources", s.file as string));
      expect(Buffer.from(s.text, "utf8").equals(file), s.id).toBe(true);
      expect(s.sha256).toBe(sha256(s.text));
    }
  });

  it.each(store.facts.map((f) => [f.id, f] as const))(
    "%s: quote is the source text at its offsets",
    (_id, fact) => {
      const source = sources.get(fact.sourceId);
      expect(source, `source ${fact.sourceId}`).toBeDefined();
      expect(source?.text.slice(fact.quote.start, fact.quote.end)).toBe(fact.quote.text);
    },
  );

  it.each(store.facts.map((f) => [f.id, f] as const))(
    "%s: the figure is in the quote",
    (_id, fact) => {
      expect(fact.quote.text).toContain(fact.value.said);
      if (fact.value.type === "number") {
        const read = findNumbers(fact.value.said).map((m) => m.n);
        expect(read, `"${fact.value.said}" should state ${fact.value.n}`).toContain(fact.value.n);
      }
      if (fact.value.type === "date") {
        const [, month, day] = fact.value.date.split("-").map(Number);
        const name = new Date(Date.UTC(2000, (month as number) - 1, 1)).toLocaleString("en-US", {
          month: "long",
          timeZone: "UTC",
        });
        expect(fact.value.said).toContain(`${name} ${day}`);
      }
    },
  );

  it("links every fact to a known source, event and claimant", () => {
    const events = new Set(store.events.map((e) => e.id));
    const claimants = new Set(store.claimants.map((c) => c.id));
    for (const f of store.facts) {
      expect(sources.has(f.sourceId), f.id).toBe(true);
      expect(events.has(f.eventId), f.id).toBe(true);
      expect(claimants.has(f.claimantId), f.id).toBe(true);
    }
  });

  it("has unique ids", () => {
    for (const list of [store.sources, store.events, store.facts, store.claimants]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("files the three waves of May 23-25 under the 1,000-for-1,000 deal", () => {
    const waves = store.events.filter((e) => e.partOf === "deal-1000-for-1000");
    expect(waves.map((e) => (e.date && "on" in e.date ? e.date.on : null)).sort()).toEqual([
      "2025-05-23",
      "2025-05-24",
      "2025-05-25",
    ]);
  });
});
