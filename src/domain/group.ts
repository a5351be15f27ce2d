/** Appends to the list under a key, creating it: grouping in one pass, without copying lists. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * pushTo for an index kept as long as the store is (the catalog's, the disputes'). V8 learns
 * per place in the code whether the lists made there live long, and once most do it makes them
 * straight in the old generation: with the archive's lasting lists made by pushTo, every
 * passing list the analysis groups with it was made there too, and at 100,000 facts that left
 * 22 MB of the start-up's short-lived lists in the old generation, the process's peak. Lasting
 * lists are made here, passing ones by pushTo.
 */
export function keepIn<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
