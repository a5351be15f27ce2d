// overlapsAny answers what a pass over every span would: whether any overlaps the one asked of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlapsAny } from "../../src/domain/check/overlaps.ts";

const span = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 }))
  .map(([start, length]) => ({ start, end: start + length }));

describe("overlapsAny", () => {
  it("agrees with a pass over every span, empty and nested spans included", () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 20 }),
        fc.array(span, { maxLength: 20 }),
        (spans, asked) => {
          const any = overlapsAny(spans);
          for (const q of asked)
            expect(any(q)).toBe(spans.some((s) => s.start < q.end && q.start < s.end));
        },
      ),
    );
  });

  it("finds nothing among no spans", () => {
    expect(overlapsAny([])({ start: 0, end: 10 })).toBe(false);
  });
});
