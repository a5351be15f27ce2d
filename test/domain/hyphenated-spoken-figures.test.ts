// A TV script writes a figure the presenter says as one word with hyphens ("four-twenty",
// "two-oh-six"): one figure of hundreds, not its first word alone.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { findNumbers } from "../../src/domain/numbers.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const read = (text: string) => findNumbers(text).map((m) => [m.text, m.n]);

describe("hyphenated spoken hundreds", () => {
  it("reads 'four-twenty' and 'two-oh-six' whole", () => {
    expect(read("PRESENTER: four-twenty came back")).toContainEqual(["four-twenty", 420]);
    expect(read("then two-oh-six more crossed")).toContainEqual(["two-oh-six", 206]);
    expect(read("then two-oh-six more crossed")).not.toContainEqual(["two", 2]);
  });

  it("still leaves a hyphenated clock time alone", () => {
    expect(read("back at five-forty")).not.toContainEqual(["five-forty", 540]);
  });

  it("a hyphenated wave figure in a script is checked as said", () => {
    const got = factcheck(
      analyse(bundledData()),
      "ANCHOR: Day one is done. Each side handed over three-ninety, the buses are back.",
      { refDate: "2025-05-23" },
    ).claims.filter((c) => c.kind !== "day");
    expect(got.map((c) => [c.read, c.verdict])).toContainEqual(["three-ninety", "supported"]);
    expect(got.map((c) => c.verdict)).not.toContain("contradicted");
  });
});
