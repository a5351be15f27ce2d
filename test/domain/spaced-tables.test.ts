import { describe, expect, it } from "vitest";
import { tableCells } from "../../src/domain/check/read/tables.ts";
import { proposeArticle } from "../helpers/ingest.ts";

const REPORT = [
  "Field note 3, Riverside Aid Network, 5 May 2025",
  "Numbers are those published by Ukraine's Coordination Headquarters for the Treatment of Prisoners of War unless marked otherwise.",
  "",
  "Two stages of the prisoner exchange took place in April:",
  "",
  "   Day        Who                         To Ukraine   To Russia",
  "   08 April   young soldiers, 18-24          140           140",
  "   17 April   seriously wounded/sick          95            95",
  "   Total                                     235           235",
  "",
  "Our volunteers met the buses at two reception points.",
].join("\n");

function propose(text: string, published = "2025-05-05") {
  return proposeArticle(text, published, "Riverside Aid Network");
}

describe("a table laid out with spaces", () => {
  it("reads each figure with the header it stands under, flush right or not", () => {
    const text = [
      "  When      Group            Returned   Handed over",
      "  3 March   under-25s            120           118",
      "  9 March   mixed                 61            61",
    ].join("\n");
    const row = text.indexOf("  3 March");
    expect(
      tableCells(text)
        .get(row)
        ?.map((c) => [text.slice(c.start, c.end), c.words]),
    ).toEqual([
      ["120", "prisoners returned"],
      ["118", "prisoners handed over"],
    ]);
  });

  it("reads no table from prose with wide gaps, nor from a single row under a header", () => {
    const prose = "Kyiv   said   on Monday   that 40 came home.\nIt was   a quiet day.";
    expect(tableCells(prose).size).toBe(0);
    const lone = ["  Day      Group     Home", "  2 May    mixed       12"].join("\n");
    expect(tableCells(lone).size).toBe(0);
  });

  it("proposes each row's stage on its day, with its figures, whom they count and whose side", () => {
    const p = propose(REPORT);
    const days = (p.events ?? []).filter((e) => e.kind === "exchange").map((e) => e.id);
    expect(days).toEqual(expect.arrayContaining(["exchange-2025-04-08", "exchange-2025-04-17"]));
    const of = (n: number) =>
      p.facts
        .map((f) => f.fact)
        .filter((f) => f.value.type === "number" && f.value.n === n)
        .map((f) => [f.eventId, f.counted, f.side, f.claimantId]);
    expect(of(140)).toEqual([
      ["exchange-2025-04-08", "under-25", "ukraine", "ua-coordination-hq"],
      ["exchange-2025-04-08", "under-25", "russia", "ua-coordination-hq"],
    ]);
    expect(of(95).map((f) => f[1])).toEqual(["seriously-wounded", "seriously-wounded"]);
  });

  it("files no total row under the last row's day, and no range from a category cell", () => {
    const p = propose(REPORT);
    const said = p.facts.map((f) => (f.fact.value.type === "number" ? f.fact.value.said : ""));
    expect(said).not.toContain("235");
    expect(said).not.toContain("18-24");
  });
});

describe("whom a table row counts", () => {
  it("takes an age band written with a hyphen, no spaces, as the under-25s", async () => {
    const { tableRowCounted } = await import("../../src/domain/ingest-refine.ts");
    const text = "12 May | men aged 18-25 | 70 | 70";
    expect(tableRowCounted(text, text.indexOf("70"))).toBe("under-25");
    const spaced = "  12 May   men aged 18–24      70     70";
    expect(tableRowCounted(spaced, spaced.indexOf("70"))).toBe("under-25");
  });
});
