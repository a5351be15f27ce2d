// Tables pasted as text: a figure alone in its cell is read with its column's header, or with the
// table's title, and the row's day (our own tables, in the shapes research notes and desks use).
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { tableCells } from "../../src/domain/check/read/tables.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdicts = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate })
    .claims.filter((c) => c.kind !== "day")
    .map((c) => [c.read, c.verdict, c.right ?? null]);

describe("a table's cells", () => {
  it("takes the columns a title names in brackets as the header of the rows below it", () => {
    const text = [
      "Handovers this quarter, one a line (day | who | to Kyiv | to Moscow):",
      "3 March | young men | 120 | 118",
    ].join("\n");
    const row = text.indexOf("3 March");
    expect(
      tableCells(text)
        .get(row)
        ?.map((c) => [text.slice(c.start, c.end), c.words]),
    ).toEqual([
      ["120", "prisoners to kyiv freed"],
      ["118", "prisoners to moscow freed"],
    ]);
    // The title is no row of its own.
    expect(tableCells(text).has(0)).toBe(false);
  });

  it("reads rows written with slashes under a title naming their columns so, and no others", () => {
    const text = [
      "Table 3. Handovers (day / who / to Kyiv / to the Russian Federation / via):",
      "3 March / young men / 120 / 118 / Qatar",
      "Note: 23/5 and 24/5 were counted last month.",
    ].join("\n");
    const cells = tableCells(text);
    const row = text.indexOf("3 March");
    expect(cells.get(row)?.map((c) => [text.slice(c.start, c.end), c.words])).toEqual([
      ["120", "prisoners to kyiv freed"],
      ["118", "prisoners to russia freed"],
    ]);
    expect([...cells.keys()]).toEqual([row]);
    expect(tableCells("Figures per side, 23/5: 390 / 390 / 390").size).toBe(0);
  });

  it("reads a bare figure with its column's header and the row's day", () => {
    const table = [
      "Day | Freed by each side | Reported by",
      "23 May 2025 | 390 | two outlets",
      "25 May 2025 | 330 | a recap",
    ].join("\n");
    expect(verdicts(table, "2025-05-28")).toEqual([
      ["390", "supported", null],
      ["330", "contradicted", "303"],
    ]);
  });

  it("takes what is counted from the title's bracket when the table has no header", () => {
    const table = [
      "Swaps earlier in 2025 (prisoners per side)",
      "19.03.2025 | 175 | UAE mediation",
      "06.05.2025 | 250 | mediator not named",
    ].join("\n");
    expect(verdicts(table, "2025-05-26")).toEqual([
      ["175", "supported", null],
      ["250", "contradicted", "205"],
    ]);
  });

  it("keeps each cell's own words and side, and puts a wrong figure right without rewriting the row", () => {
    const table = [
      "Comparison",
      "03.01.2024 | 230 to Ukraine | 248 to Russia | 490 in total",
      "19.03.2025 | 175 to Ukraine | 175 to Russia | 350 in total",
    ].join("\n");
    const claims = factcheck(k, table, { refDate: "2025-05-26" }).claims.filter(
      (c) => c.kind !== "day",
    );
    expect(claims.map((c) => [c.read, c.verdict])).toEqual([
      ["230", "supported"],
      ["248", "supported"],
      ["490", "contradicted"],
      ["175", "supported"],
      ["175", "supported"],
      ["350", "supported"],
    ]);
    expect(claims[2]?.correction).toBeNull();
  });

  it("finds no table in prose with a stray bar, nor in a single row", () => {
    expect(tableCells("Kyiv said 390 | Moscow agreed.").size).toBe(0);
    expect(tableCells("On May 23 each side freed 390 prisoners.").size).toBe(0);
  });
});
