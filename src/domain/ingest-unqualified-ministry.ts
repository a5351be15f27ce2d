/**
 * "The Interior Ministry says …" in an article that writes "Russia's Defence Ministry" (or
 * "Moscow's"): a ministry named without its country belongs to the side whose ministries the
 * article leaves unqualified, the other side's being the ones it names with their country. When
 * the article qualifies both sides' ministries, or neither, the name says no side: null. The
 * same ministry named in full before ("Russia's Defence Ministry … the Defence Ministry") is
 * that country's.
 */
const BARE =
  /^(?:[Tt]he\s+)?((?:Ministry of (?:\p{Lu}[\p{L}-]*|and)(?:\s+(?:\p{Lu}[\p{L}-]*|and))*)|(?:\p{Lu}[\p{L}-]*\s+Ministry))$/u;
const RUSSIAN_QUALIFIED =
  /\b(?:Russia|Moscow)['’]s\s+(?:\p{Lu}[\p{L}-]*\s+)?Ministry\b|\bMinistry of [\p{L} ]{3,40}? of (?:Russia|the Russian Federation)\b|\bRussian (?:\p{Lu}[\p{L}-]*\s+)?Ministry\b/u;
const UKRAINIAN_QUALIFIED =
  /\b(?:Ukraine|Kyiv)['’]s\s+(?:\p{Lu}[\p{L}-]*\s+)?Ministry\b|\bMinistry of [\p{L} ]{3,40}? of Ukraine\b|\bUkrainian (?:\p{Lu}[\p{L}-]*\s+)?Ministry\b/u;

export function unqualifiedMinistry(
  phrase: string,
  text: string,
): { name: string; party: "ukraine" | "russia"; full?: string } | null {
  const body = BARE.exec(phrase.trim())?.[1];
  if (!body) return null;
  // ("Russia's Defence Ministry said … The Defence Ministry added", "the Ministry of Defence of
  // the Russian Federation … the Ministry of Defence": the same ministry, short, under the
  // words that named it in full.)
  const esc = body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const fulls = [
    new RegExp(`\\b(?:Russia|Moscow|Ukraine|Kyiv)['’]s\\s+${esc}\\b`, "gu"),
    new RegExp(`\\b${esc}\\s+of\\s+(?:the\\s+)?(?:Russian Federation|Russia|Ukraine)\\b`, "gu"),
  ].flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
  const russianFull = (m: string) => /\b(?:Russia|Moscow|Russian)\b/.test(m);
  const full = fulls[0];
  // (Both sides' ministries of that name: the short one says neither.)
  if (full && fulls.some((m) => russianFull(m) !== russianFull(full))) return null;
  if (full) {
    const rus = russianFull(full);
    return {
      name: `${rus ? "Russia" : "Ukraine"}'s ${body}`,
      party: rus ? "russia" : "ukraine",
      full,
    };
  }
  const russian = RUSSIAN_QUALIFIED.test(text);
  const ukrainian = UKRAINIAN_QUALIFIED.test(text);
  if (russian === ukrainian) return null;
  const country = russian ? "Ukraine" : "Russia";
  return { name: `${country}'s ${body}`, party: russian ? "ukraine" : "russia" };
}
