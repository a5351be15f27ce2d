/**
 * Freezes an answer and everything in it. An answer shared between callers (cached per analysed
 * store) must not be changed by one of them for the others: a caller that tries throws instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
