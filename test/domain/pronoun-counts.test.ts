// "The first two", "the other three": a few of the things just named, doing something, are
// not a count of people, and are never put right as one.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

describe("a few of what was just named", () => {
  it("'the first two came on Friday and Saturday' reads no figure from 'two'", () => {
    const claims = factcheck(
      k,
      "The swap came in three stages: the first two came on Friday and Saturday, the last on Sunday.",
      { refDate: "2025-05-26" },
    ).claims;
    expect(claims.find((c) => c.read === "two")).toBeUndefined();
    expect(claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});
