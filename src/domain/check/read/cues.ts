/** The cue words around a figure: whether it counts people, for which side, and as what measure. */
import type { Counted, Measure, Side } from "../../../store/schema.ts";
import { COUNTED_NOUNS, PLANNED } from "../vocabulary.ts";
import type { NounPhrase } from "./nouns.ts";

/** A bare number that still counts people: "another 307 were swapped", "Ukraine got 230 back". */
export function impliedCount(before: string, after: string): boolean {
  if (
    /^\s+(?:were|was|have been|had been|are|have|had|got|returned|came|went|more|back)\b/i.test(
      after,
    )
  )
    return true;
  if (/^\s+(?:(?:from|by|on|for) (?:each|either) side|each|apiece|per side)\b/i.test(after))
    return true;
  return (
    /\b(?:got|received|recovered|freed|released|returned|swapped|exchanged|traded|handed over|brought home)\s+(?:another\s+|a further\s+|the (?:final|last|remaining)\s+)?$/i.test(
      before,
    ) && /^\s*(?:$|[,;.–—)]|and\b|back\b|in\b|on\b)/i.test(after)
  );
}

/** The counted noun nearest a position in the sentence, preferring one before it. */
export function countedNear(s: string, at: number): Counted {
  const re = /[\p{L}][\p{L}'’-]*/gu;
  let best: { counted: Counted; d: number } | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const w = m[0].toLowerCase();
    let c: Counted | undefined = COUNTED_NOUNS[w];
    if (w === "prisoners" && /^\s+of\s+war\b/i.test(s.slice(m.index + m[0].length))) c = "military";
    if (!c || c === "exchanges") continue;
    const d = m.index < at ? at - m.index : (m.index - at) * 3;
    if (!best || d < best.d) best = { counted: c, d };
  }
  return best?.counted ?? "people";
}

export function sideOf(before: string, after: string, np: NounPhrase): Side | null {
  const a = after.toLowerCase();
  const b = before.toLowerCase();
  const near = (re: RegExp, s: string) => re.test(s);
  if (
    near(
      /^\s*(?:[\p{L}'’-]+\s+){0,5}?(?:(?:from|by|on|for|to) )?(?:each|either) (?:side|country|nation|party)\b|^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:each|apiece)\b|^\s*per side\b/u,
      a,
    )
  )
    return "each";
  if (
    near(
      /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:in total|in all|altogether|combined|between them|from both sides|on both sides)\b/u,
      a,
    ) ||
    /\b(?:a total of|in total|altogether|combined)\s*$/.test(b)
  )
    return "total";
  if (
    /\beach (?:side|country|party|nation)\b[^,.;:]{0,50}$/.test(b) ||
    /\beach of the two\b[^,.;:]{0,40}$/.test(b) ||
    /\b(?:ukraine|russia|kyiv|moscow) and (?:ukraine|russia|kyiv|moscow)\s+(?:\w+\s+)?each\s+[\p{L}]+\s+$/u.test(
      b,
    ) ||
    /\b(?:both|the two) (?:sides|countries|nations)\s+(?:\w+\s+)?each\s+[\p{L}]+\s+$/u.test(b) ||
    /\b(?:they|both|we) (?:would |will |have |had )?each\s+[\p{L}]+(?: back)?\s+$/u.test(b)
  )
    return "each";
  if (np.nationality) return np.nationality;
  if (
    /\b(?:ukraine|kyiv) (?:got|received|recovered|brought home|welcomed|secured)(?: back)?\s+$/.test(
      b,
    )
  )
    return "ukraine";
  if (/\b(?:russia|moscow) (?:got|received|recovered|welcomed|secured)(?: back)?\s+$/.test(b))
    return "russia";
  if (
    /^[^.;:,]{0,60}?\b(?:received|returned|handed over|transferred) (?:from|by) ukraine\b/.test(a)
  )
    return "russia";
  if (
    /^[^.;:,]{0,60}?\b(?:to russia|back to russia|from ukrainian (?:custody|captivity))\b/.test(a)
  )
    return "russia";
  if (
    /^[^.;:,]{0,60}?\b(?:(?:returned|brought|came|come|went|coming) (?:back )?home|(?:back )?to ukraine|from russian? (?:custody|captivity)|from russia)\b/.test(
      a,
    )
  )
    return "ukraine";
  if (
    /\b(?:both (?:sides|countries|nations)|the two (?:sides|countries|nations)|russia and ukraine|ukraine and russia|moscow and kyiv|kyiv and moscow)\s+(?:[\p{L}'’-]+\s+){0,6}$/u.test(
      b,
    )
  ) {
    // "the two sides swapped nearly 480" is a total; "both countries released 390 of their" is each.
    return np.ofTheir || /^\s*of (?:their|its)\b/.test(a) ? "each" : "total";
  }
  return null;
}

export function measureOf(
  counted: Counted | null,
  s: string,
  after: string,
  sinceStart: boolean,
  daysSoFar: boolean,
  exchangeSentence: boolean,
  clauseBefore: string,
): Measure | null {
  const a = after.toLowerCase();
  const byDate =
    /\bby (?:mid-|the end of |early |late )?(?:20\d\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i.test(
      s,
    );
  if (counted === "exchanges") {
    return sinceStart ||
      byDate ||
      /^\s*(?:\w+\s+)?(?:had|have|has)\b/.test(a) ||
      /\bin all\b/.test(a)
      ? "exchange-count"
      : null;
  }
  const releaseOfEarly = /\b(?:release|return|swap|exchange|freeing) of\s+(?:\w+\s+)?$/i.test(
    clauseBefore,
  );
  if (
    !releaseOfEarly &&
    /^[^.;]{0,50}?\b(?:detained|held|in captivity|imprisoned|being held|remain captive)\b/.test(
      a,
    ) &&
    !/^[^.;]{0,40}?\b(?:returned|freed|released|swapped|exchanged)\b/.test(a)
  )
    return "held";
  if (/\b(?:hold|holds|holding|is holding)\s+(?:\w+\s+)?$/i.test(clauseBefore)) return "held";
  // "The release of 1,000 Ukrainians held captive": the release, not the holding.
  const releaseOf = /\b(?:release|return|swap|exchange|freeing) of\s+(?:\w+\s+)?$/i.test(
    clauseBefore,
  );
  const returning =
    /\b(?:freed|returned|brought (?:back|home)|released|brought back|come home|came home|been freed)\b/i;
  if (sinceStart && (exchangeSentence || returning.test(s))) return "returned-since-2022";
  if (byDate && returning.test(s) && /\b(?:had|have|has)\b/i.test(s)) return "returned-since-2022";
  if (byDate && /\btotal\b/i.test(s) && returning.test(s)) return "returned-since-2022";
  if (daysSoFar && exchangeSentence) return "released-to-date";
  if (exchangeSentence || releaseOf || PLANNED.test(clauseBefore.slice(-50))) return "released";
  return null;
}
