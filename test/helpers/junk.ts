/**
 * Junk text for the parsers' never-throw tests, as fast-check arbitraries: mostly the pieces a
 * parser looks for (so it gets deep), the rest any UTF-16 unit (lone surrogates, controls, RTL
 * marks). One definition instead of a hand-rolled generator per test file; fast-check shrinks
 * a failing input and prints the seed that replays it.
 */
import fc from "fast-check";

export function junkText(
  pieces: readonly string[],
  maxLength: number,
  minLength = 0,
): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pieces) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  );
  // Pieces average a few characters: enough of them to reach the length asked for.
  return fc
    .array(piece, { minLength: Math.ceil(minLength / 2), maxLength: Math.max(1, maxLength) })
    .map((parts) => parts.join("").slice(0, Math.max(maxLength, minLength)))
    .filter((s) => s.length >= minLength);
}

/** One long junk text, the same every run (a fixed seed), for the size tests. */
export function longJunk(pieces: readonly string[], length: number, seed: number): string {
  const [text] = fc.sample(junkText(pieces, length, length), { seed, numRuns: 1 });
  return text ?? "";
}
