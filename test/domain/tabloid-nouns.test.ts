// Tabloid copy counts those brought home as "heroes": a count of people like "prisoners". Each
// sentence is written for this file.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const verdictOf = (text: string, read: string, refDate: string) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read)?.verdict ?? "none";

describe("'heroes' counts people brought home", () => {
  it("checks a wave told in heroes", () => {
    expect(
      verdictOf("Tears on Sunday as the last 303 heroes came home.", "303", "2025-05-25"),
    ).toBe("supported");
  });
  it("catches a wrong wave told in heroes", () => {
    expect(
      verdictOf("Tears on Sunday as the last 330 heroes came home.", "330", "2025-05-25"),
    ).toBe("contradicted");
  });
});
