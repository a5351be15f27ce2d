/**
 * A loaded store's rows with the strings they repeat held once. JSON.parse makes a string of
 * every value it reads, so at 100,000 facts the archive held 117,000 copies of its events' ids
 * (each fact's eventId), 105,000 of its sources' and claimants' ids, and every quote a second
 * time beside the source text it is cut from: about 10 MB of the heap the open leaves behind.
 * Here each fact's ids, day and figure as said are the one string of that value, and a quote
 * that is the source text at its offsets (as the catalog checks) is that part of the text:
 * V8 keeps it as a slice of the text, not a copy. Every value is the same string as before,
 * character for character: only where it is kept changes.
 */
import type { StoreData } from "./schema.ts";

export function shareStrings(data: StoreData): StoreData {
  const pool = new Map<string, string>();
  const one = (s: string): string => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  for (const e of data.events) {
    e.id = one(e.id);
    if (e.partOf !== null) e.partOf = one(e.partOf);
  }
  for (const c of data.claimants) c.id = one(c.id);
  const texts = new Map<string, string>();
  for (const s of data.sources) {
    s.id = one(s.id);
    texts.set(s.id, s.text);
  }
  for (const f of data.facts) {
    f.eventId = one(f.eventId);
    f.sourceId = one(f.sourceId);
    f.claimantId = one(f.claimantId);
    if (f.eventDate !== null) f.eventDate = one(f.eventDate);
    f.value.said = one(f.value.said);
    const text = texts.get(f.sourceId);
    if (text === undefined) continue;
    const cut = text.slice(f.quote.start, f.quote.end);
    if (cut === f.quote.text) f.quote.text = cut;
  }
  return data;
}
