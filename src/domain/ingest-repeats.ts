/**
 * Figures an article tells more than once: a headline that repeats its body ("Nine children
 * returned …" over "Nine Ukrainian children … were returned"), and the same figure of the same
 * event told again by the same speaker ("Eighty-four … returned, the ministry said. “… 84 …
 * were returned”"). An editor records each once: the first telling in the body is kept.
 */
import type { Fact } from "../store/schema.ts";

/**
 * Where an article's body starts: past its heading lines (a headline, a byline, a line giving
 * the day it came out), the lines before the first one that ends a sentence.
 */
export function bodyStart(text: string): number {
  let at = 0;
  for (const line of text.split("\n")) {
    if (/[.!?]["”’)]?\s*$/.test(line.trim())) return at;
    at += line.length + 1;
  }
  return 0;
}

const figureOf = (f: Fact) => (f.value.type === "number" ? f.value.n : null);

/**
 * "All nine children are now home", "the 212", "the final 201": a figure pointing back at one
 * told before.
 */
function pointsBack(f: Fact): boolean {
  if (f.value.type !== "number") return false;
  const at = f.quote.text.indexOf(f.value.said);
  return (
    at >= 0 &&
    /\b(?:all|the|those|these)\s+(?:(?:final|last|first|remaining|same|other)\s+)?$/i.test(
      f.quote.text.slice(0, at),
    )
  );
}

/** "Our figure, from the ministry, is 31": a figure given again as the one a voice stands by. */
function restated(f: Fact): boolean {
  if (f.value.type !== "number") return false;
  const at = f.quote.text.indexOf(f.value.said);
  return (
    at >= 0 &&
    /\b(?:our|its|their|the)\s+(?:own\s+)?(?:figure|count|number|tally)\b[^.;]{0,40}\b(?:is|was|stands at|remains)\s+$/i.test(
      f.quote.text.slice(0, at),
    )
  );
}

/** "not among the 142 today": a figure with no noun of its own after it. */
function bare(f: Fact): boolean {
  if (f.value.type !== "number") return false;
  const at = f.quote.text.indexOf(f.value.said);
  return (
    at >= 0 &&
    !/^\s+(?:[\p{L}-]+\s+)?(?:people|prisoners|soldiers|servicemen|men|captives|civilians|defenders|Ukrainians|Russians|POWs)\b/iu.test(
      f.quote.text.slice(at + f.value.said.length),
    )
  );
}

/** "gives 45, not 41", "45 rather than 41": the figure after the denial. */
function denied(f: Fact): boolean {
  if (f.value.type !== "number") return false;
  const at = f.quote.text.indexOf(f.value.said);
  return at >= 0 && /\d\s*,?\s+(?:not|rather than|instead of)\s+$/i.test(f.quote.text.slice(0, at));
}

/**
 * Whether `later` tells the same figure of the same event as `first`: in the same voice, or in
 * any voice when its words point back at it.
 */
function sameTelling(first: Fact, later: Fact): boolean {
  return (
    figureOf(first) !== null &&
    figureOf(first) === figureOf(later) &&
    first.eventId === later.eventId &&
    first.measure === later.measure &&
    (first.counted === later.counted ||
      // ("142 prisoners of war came home … He was not among the 142": the people the figure
      // pointed back at were soldiers, whatever the later words call them.)
      // (Not "the 84 people it received" nor "the 70 prisoners it took back": a figure that
      // names its people again may be another voice's count of them.)
      (pointsBack(later) &&
        bare(later) &&
        later.side === null &&
        later.counted === "people" &&
        first.counted === "military")) &&
    (first.claimantId === later.claimantId || pointsBack(later)) &&
    (later.side === null ||
      later.side === first.side ||
      // (Its side read afresh from words that tell no side: the side told first stands.)
      (first.claimantId === later.claimantId && restated(later)) ||
      // "1,006 on each side … Of the 1,006 Ukrainians": each side's figure, pointed back at
      // for one side in the same voice (Moscow's "the 390 it got back" is its own count).
      (first.side === "each" &&
        later.side !== "total" &&
        first.claimantId === later.claimantId &&
        pointsBack(later)))
  );
}

/** A sentence of a few words that opens a paragraph or a bullet: "• 178 home.", "Bodies: 1,000." */
function leadIn(text: string, f: Fact): boolean {
  const before = text.slice(text.lastIndexOf("\n", f.quote.start - 1) + 1, f.quote.start);
  return (
    /^\s*(?:[•▪·*–—-]\s*)?$/.test(before) &&
    f.quote.text.trim().split(/\s+/).length <= 4 &&
    /[.!:]\s*$/.test(f.quote.text.trim())
  );
}

/** Another telling of the same figure later in the same paragraph. */
function sameParagraph(text: string, f: Fact, other: Fact): boolean {
  if (figureOf(f) === null || figureOf(f) !== figureOf(other)) return false;
  if (other.quote.start <= f.quote.start) return false;
  return !text.slice(f.quote.start, other.quote.start).includes("\n");
}

/**
 * The facts with repeats dropped, each with why: a heading's figure the body gives again (with
 * any event or voice: the body's telling is the fuller), and a later telling of a fact already
 * kept.
 */
export function dropRepeats<T extends { fact: Fact }>(
  text: string,
  facts: readonly T[],
): { kept: T[]; dropped: { item: T; why: string }[] } {
  const body = bodyStart(text);
  const kept: T[] = [];
  const dropped: { item: T; why: string }[] = [];
  for (const item of facts) {
    const f = item.fact;
    if (
      f.quote.start < body &&
      facts.some((x) => x.fact.quote.start >= body && figureOf(x.fact) === figureOf(f))
    ) {
      dropped.push({ item, why: "a headline that repeats a figure of the body" });
      continue;
    }
    // "• 178 home. Ukraine and Russia exchanged 178 prisoners each …": a paragraph's lead-in
    // of a few words that the paragraph tells again, fuller.
    if (leadIn(text, f) && facts.some((x) => x !== item && sameParagraph(text, f, x.fact))) {
      dropped.push({ item, why: "a lead-in that its paragraph tells again" });
      continue;
    }
    // "The first stage and the 212": pointing back, with nothing said of it, adds nothing.
    if (
      f.measure === "unclassified" &&
      pointsBack(f) &&
      kept.some((x) => figureOf(x.fact) === figureOf(f))
    ) {
      dropped.push({ item, why: "a figure pointing back at one told before" });
      continue;
    }
    // "… 722 prisoners in four stages. (… the correct figure is 722.)": a figure whose words say
    // nothing of what it counts, filed on the event the same figure was filed on just before,
    // is that figure told again.
    if (
      f.measure === "unclassified" &&
      kept.some(
        (x) =>
          x.fact.measure !== "unclassified" &&
          figureOf(x.fact) === figureOf(f) &&
          x.fact.eventId === f.eventId &&
          x.fact.quote.end <= f.quote.start &&
          f.quote.start - x.fact.quote.end < 400,
      )
    ) {
      dropped.push({ item, why: "the same figure of the same event, told again" });
      continue;
    }
    // "The ministry gives 45, not 41": the figure set aside is the one told before, named only
    // to be denied; it is no new claim of the voice that denies it.
    if (denied(f) && kept.some((x) => figureOf(x.fact) === figureOf(f))) {
      dropped.push({ item, why: "a figure told before, named again only to be denied" });
      continue;
    }
    if (kept.some((x) => sameTelling(x.fact, f))) {
      dropped.push({ item, why: "the same figure of the same event, told again" });
      continue;
    }
    kept.push(item);
  }
  return { kept, dropped };
}
