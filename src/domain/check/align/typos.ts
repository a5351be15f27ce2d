/**
 * Two digits swapped: "4,525" for 4,552, "679" for 697, "46th" for 64th; or, for a large stored
 * figure, a digit dropped: "1,600" for 16,000. A figure that fits
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

export type Typo = "swapped" | "dropped";

/**
 * A digit dropped from a large figure: "1,600" or "6,000" for 16,000. Only for stored figures of
 * four digits or more, where a figure a tenth the size is not a plausible reading of its own.
 */
export function droppedDigit(claimed: number, stored: number): boolean {
  if (!Number.isInteger(claimed) || !Number.isInteger(stored) || stored < 1000) return false;
  const a = String(claimed);
  const b = String(stored);
  if (a.length + 1 !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (b.slice(0, i) + b.slice(i + 1) === a) return true;
  return false;
}

/**
 * The stored facts whose figure is the claim's mistyped (two digits swapped, or, where `dropped`
 * is allowed, a digit dropped from a large figure), if they all give one figure (for each side,
 * or doubled for both together); otherwise none.
 */
export function typoFacts(
  claim: Claim,
  facts: readonly Fact[],
  dropped = false,
): { facts: Fact[]; typo: Typo } | null {
  if (claim.number.n2 !== undefined) return null;
  const swaps = new Set(swappedDigits(claim.number.n));
  const found = new Map<number, Fact[]>();
  let kind: Typo = "swapped";
  for (const f of facts) {
    if (f.value.type !== "number" || f.value.n2 !== undefined) continue;
    const n = f.value.n;
    // "Each side" doubled: a total of 1,394 against 697 each is 1,394, not a swap of 697.
    const both = claim.side === "total" && f.side === "each" ? n * 2 : n;
    const swapped = swaps.has(both);
    const lost = dropped && droppedDigit(claim.number.n, both);
    if (!swapped && !lost) continue;
    if (lost && !swapped) kind = "dropped";
    const list = found.get(both) ?? [];
    list.push(f);
    found.set(both, list);
  }
  return found.size === 1 ? { facts: [...found.values()][0] as Fact[], typo: kind } : null;
}
