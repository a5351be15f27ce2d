/**
 * Two digits swapped: "4,525" for 4,552, "679" for 697, "46th" for 64th. A figure that fits
 * nothing the store holds of its kind, but is the store's figure with two neighbouring digits
 * swapped, is almost always a typo of it. It is the one case where a figure with no day or
 * exchange of its own can be put right: only when exactly one stored figure of the same kind
 * is such a swap, and the figure itself fits no stored figure of that kind anywhere.
 */
import type { Fact } from "../../../store/schema.ts";
import type { Claim } from "../read/claims.ts";

/** The numbers made by swapping two neighbouring digits of n (no leading zero, not n itself). */
export function swappedDigits(n: number): number[] {
  if (!Number.isInteger(n) || n < 10) return [];
  const digits = String(n);
  const out = new Set<number>();
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    if (swapped.startsWith("0")) continue;
    out.add(Number(swapped));
  }
  return [...out];
}

/**
 * The stored facts whose figure is the claim's with two digits swapped, if they all give one
 * figure (for each side, or doubled for both together); otherwise none.
 */
export function transposedFacts(claim: Claim, facts: readonly Fact[]): Fact[] {
  if (claim.number.n2 !== undefined) return [];
  const swaps = new Set(swappedDigits(claim.number.n));
  if (swaps.size === 0) return [];
  const found = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.value.type !== "number" || f.value.n2 !== undefined) continue;
    const n = f.value.n;
    // "Each side" doubled: a total of 1,394 against 697 each is 1,394, not a swap of 697.
    const both = claim.side === "total" && f.side === "each" ? n * 2 : n;
    if (!swaps.has(both)) continue;
    const list = found.get(both) ?? [];
    list.push(f);
    found.set(both, list);
  }
  return found.size === 1 ? ([...found.values()][0] as Fact[]) : [];
}
