// Replies of the desk's memoised (frozen) answers are rendered once per answer and options.
import { describe, expect, it } from "vitest";
import { factcheckAnswer } from "../../src/domain/check/index.ts";
import { analyse, swap, totals } from "../../src/domain/queries.ts";
import { renderBlocks, renderFactcheck } from "../../src/render/blocks/index.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

function frozen<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

describe("rendered replies", () => {
  it("of a frozen answer are built once per set of options, frozen, and the same as a fresh render", () => {
    const answer = frozen(totals(k));
    const a = renderBlocks(answer, { share: true, editor: false });
    expect(renderBlocks(answer, { share: true, editor: false })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.blocks[0])).toBe(true);
    expect(a).toEqual(renderBlocks(totals(k), { share: true, editor: false }));
    // Every option is part of the key.
    for (const other of [
      { share: false, editor: false },
      { share: true, editor: true },
      { share: true, editor: false, sharedBy: "U1" },
      { share: true, editor: false, report: false },
      { share: true, editor: false, start: 1 },
    ]) {
      const b = renderBlocks(answer, other);
      expect(b).not.toBe(a);
      expect(b).toEqual(renderBlocks(totals(k), other));
    }
    expect(renderBlocks(answer, { share: true, editor: false, sharedBy: "U2" })).not.toEqual(
      renderBlocks(answer, { share: true, editor: false, sharedBy: "U1" }),
    );
  });

  it("of an answer that is not frozen are built afresh each time", () => {
    const answer = swap(k, "may-24");
    const a = renderBlocks(answer, {});
    expect(renderBlocks(answer, {})).not.toBe(a);
    expect(renderBlocks(answer, {})).toEqual(a);
    expect(Object.isFrozen(a)).toBe(false);
  });

  it("of a frozen fact-check are built once, per report button", () => {
    const draft =
      "Russia and Ukraine each released 390 prisoners on May 23, 2025, in the first wave.";
    const answer = frozen(factcheckAnswer(k, draft, { refDate: null }));
    const a = renderFactcheck(answer);
    expect(renderFactcheck(answer)).toBe(a);
    expect(a).toEqual(renderFactcheck(factcheckAnswer(k, draft, { refDate: null })));
    expect(renderFactcheck(answer, { report: false })).not.toEqual(a);
    expect(renderFactcheck(answer, { report: false })).toBe(
      renderFactcheck(answer, { report: false }),
    );
  });
});
