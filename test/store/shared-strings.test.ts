// A loaded store holds each repeated id once and each quote as a slice of its source's text
// (src/store/shared-strings.ts): only where the strings are kept changes, never what they say.
// Held here over the bundled store and a generated archive, with quotes that are not the
// source's text at their offsets (kept as written, and not vouched for by the catalog).
import { describe, expect, it } from "vitest";
import { generateStore } from "../../bench/generate.ts";
import { buildCatalog, trimLists } from "../../src/domain/catalog.ts";
import { findDisputes } from "../../src/domain/disputes.ts";
import { parseStoreBytes, parseStoreText } from "../../src/store/store.ts";
import { bundledData } from "../helpers/store.ts";

describe("a loaded store's shared strings", () => {
  it("reads every row as written, character for character", () => {
    const data = generateStore(2_000);
    const [a, b] = [data.facts[3], data.facts[7]];
    if (!a || !b) throw new Error("no facts");
    // A quote that is not its source's text at its offsets, and one past the text's end.
    a.quote = { ...a.quote, text: `${a.quote.text.slice(0, -1)}X` };
    b.quote = { text: "never said", start: 1e9, end: 1e9 + 10 };
    const text = JSON.stringify(data);
    expect(parseStoreText(text, "x.json")).toEqual(JSON.parse(text));
    expect(parseStoreBytes(Buffer.from(text), "x.json")).toEqual(JSON.parse(text));
    const bundled = JSON.stringify(bundledData());
    expect(parseStoreText(bundled, "b.json")).toEqual(JSON.parse(bundled));
  });

  it("leaves the catalog vouching for the quotes it did, and only those", () => {
    const data = generateStore(500);
    const [a, b] = [data.facts[3], data.facts[7]];
    if (!a || !b) throw new Error("no facts");
    a.quote = { ...a.quote, text: `${a.quote.text.slice(0, -1)}X` };
    b.status = "rejected";
    const catalog = buildCatalog(parseStoreText(JSON.stringify(data), "x.json"));
    expect(catalog.verified.has(a.id)).toBe(false);
    expect(catalog.verified.has(b.id)).toBe(false);
    expect(catalog.verified.has("no-such-fact")).toBe(false);
    const others = data.facts.filter((f) => f !== a && f !== b);
    expect(others.every((f) => catalog.verified.has(f.id))).toBe(true);
  });

  it("keeps every list of the indexes whole and in order when trimmed", () => {
    const lists = new Map<string, number[]>([
      ["one", [1]],
      ["many", []],
    ]);
    for (let i = 0; i < 40; i++) lists.get("many")?.push(i);
    trimLists(lists);
    expect(lists.get("one")).toEqual([1]);
    expect(lists.get("many")).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // And the disputes' indexes agree with the disputes themselves.
    const findings = findDisputes(buildCatalog(generateStore(3_000)));
    for (const d of findings.disputes) {
      expect(findings.byEvent.get(d.eventId)).toContain(d);
      for (const side of d.sides)
        for (const f of side.factIds) expect(findings.byFact.get(f)).toContain(d.id);
    }
  });
});
