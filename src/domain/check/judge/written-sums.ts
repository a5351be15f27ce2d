/**
 * A sum the copy writes out ("390 + 307 + 303 = 1,000", "270 plus 120 is 390") is judged as one
 * reading: the parts are the deal's waves or one wave's split, and the sum is what they add up
 * to. Read alone, a part is easily taken for the whole's rival ("120" against "390"), and a
 * figure with no noun beside it is no claim at all. Only a sum whose parts the store holds is
 * judged; anything else is left to the figures' own verdicts.
 */
import type { Event, Fact } from "../../../store/schema.ts";
import type { ClaimCheck, Verdict } from "../../answers.ts";
import { eventStart } from "../../catalog.ts";
import { formatNumber, type NumberMention } from "../../numbers.ts";
import type { Knowledge } from "../../queries.ts";
import { cite } from "../align/store-index.ts";
import { countedAfter, type WrittenSum, writtenSums } from "../read/written-sums.ts";

interface Held {
  mention: NumberMention;
  verdict: Verdict;
  eventId: string;
  facts: readonly Fact[];
  about: string;
  reason: string;
  right?: string;
}

const WAVE_COUNTED: ReadonlySet<string> = new Set(["people", "military"]);

const exactNumber = (f: Fact): number | null =>
  f.value.type === "number" && f.value.qualifier === "exact" ? f.value.n : null;

/** A wave's one figure for each side, with the facts that give it; null when none or several. */
function waveFigure(k: Knowledge, waveId: string): { n: number; facts: Fact[] } | null {
  const facts = (k.catalog.factsByEvent.get(waveId) ?? []).filter(
    (f) => f.measure === "released" && f.side === "each" && !f.planned && exactNumber(f) !== null,
  );
  const values = new Set(facts.map(exactNumber));
  return values.size === 1 ? { n: [...values][0] as number, facts } : null;
}

/**
 * The parts as a deal's waves, each part a different wave's figure for each side: "390 + 307 +
 * 303 = 1,000". A sum that adds up is supported with each part; one that does not, where the
 * parts are all the deal's waves in order (at most one of them off), is put right by the whole.
 */
/**
 * "307 x 2 = 614": one wave's figure for each side, doubled to both sides'. The figure is
 * supported where exactly one wave holds it; the result is held to twice it.
 */
function asDoubled(k: Knowledge, sum: WrittenSum, refDate: string | null): Held[] | null {
  const part = sum.parts[0];
  if (!sum.doubled || !part) return null;
  const holding: { wave: Event; facts: Fact[] }[] = [];
  for (const [dealId, waves] of k.catalog.partsOf) {
    if (k.catalog.events.get(dealId)?.kind !== "deal") continue;
    for (const w of waves) {
      if (refDate && (eventStart(w) ?? "9999") > refDate) continue;
      const f = waveFigure(k, w.id);
      if (f?.n === part.n) holding.push({ wave: w, facts: f.facts });
    }
  }
  if (holding.length !== 1) return null;
  const { wave, facts } = holding[0] as { wave: Event; facts: Fact[] };
  const both = part.n * 2;
  const title = lowerFirst(wave.title);
  const fits = sum.total.n === both;
  return [
    {
      mention: part,
      verdict: "supported",
      eventId: wave.id,
      facts,
      about: `${wave.title}; released; each side`,
      reason: `The figure the copy doubles: ${title} had ${formatNumber(part.n)} for each side.`,
    },
    {
      mention: sum.total,
      verdict: fits ? "supported" : "contradicted",
      eventId: wave.id,
      facts,
      about: `${wave.title}; released; both sides together`,
      reason: fits
        ? `${formatNumber(part.n)} for each side in ${title}, ${formatNumber(both)} in all.`
        : `${formatNumber(part.n)} for each side in ${title} makes ${formatNumber(both)} in all, not ${formatNumber(sum.total.n)}.`,
      ...(fits ? {} : { right: formatNumber(both) }),
    },
  ];
}

const lowerFirst = (title: string): string => title.replace(/^(\w)/, (c) => c.toLowerCase());

function asWaves(k: Knowledge, sum: WrittenSum, refDate: string | null): Held[] | null {
  if (sum.doubled) return null;
  // "390 civilians + …" is no wave's figure for each side, whatever its value.
  if (sum.parts.some((p) => !WAVE_COUNTED.has(countedAfter(sum, p) ?? "people"))) return null;
  const added = sum.parts.reduce((a, p) => a + p.n, 0);
  for (const [dealId, waves] of k.catalog.partsOf) {
    const deal = k.catalog.events.get(dealId);
    if (deal?.kind !== "deal") continue;
    // A draft is not held to waves after its own date.
    const known = waves.filter((w) => !refDate || (eventStart(w) ?? "9999") <= refDate);
    const figures = known.map((w) => waveFigure(k, w.id));
    if (figures.length < 2 || figures.some((f) => f === null)) continue;
    const each = figures as { n: number; facts: Fact[] }[];
    const used = new Set<number>();
    const place = sum.parts.map((p, i) => {
      // The wave in the part's own place first ("390 + 307 + 303"), then any other unused one.
      const order = [i, ...each.keys()].filter((w) => w < each.length);
      const w = order.find((x) => !used.has(x) && each[x]?.n === p.n);
      if (w !== undefined) used.add(w);
      return w;
    });
    const whole = each.reduce((a, w) => a + w.n, 0);
    const title = deal.title.replace(/^The /, "the ");
    const partOf = (p: NumberMention, w: number): Held => ({
      mention: p,
      verdict: "supported",
      eventId: (known[w] as { id: string }).id,
      facts: (each[w] as { facts: Fact[] }).facts,
      about: `${(known[w] as { title: string }).title}; released; each side`,
      reason: `A part of the sum the copy writes out: ${lowerFirst((known[w] as { title: string }).title)} had ${formatNumber(p.n)} for each side.`,
    });
    const shown = each.map((w) => formatNumber(w.n)).join(" + ");
    if (place.every((w) => w !== undefined) && added === sum.total.n) {
      const all = used.size === each.length;
      return [
        ...sum.parts.map((p, i) => partOf(p, place[i] as number)),
        {
          mention: sum.total,
          verdict: "supported",
          eventId: dealId,
          facts: [...used].flatMap((w) => (each[w] as { facts: Fact[] }).facts),
          about: `${title}; released; each side; ${all ? "whole deal" : "waves added up"}`,
          reason: `The parts the copy adds are waves of ${title}, and they come to ${formatNumber(added)} for each side${all ? ` (${shown}: the whole deal)` : ""}.`,
        },
      ];
    }
    // "390 + 307 + 330 = 1,027": all the deal's waves, in order, one at most off, and a sum that
    // is not the deal's whole: the sum is put right; the odd part is left to its own reading.
    const inPlace = place.filter((w, i) => w === i).length;
    if (
      sum.parts.length === each.length &&
      inPlace >= each.length - 1 &&
      sum.total.n !== whole &&
      dealWhole(k, dealId) === whole
    ) {
      const held: Held[] = sum.parts.flatMap((p, i) => (place[i] === i ? [partOf(p, i)] : []));
      held.push({
        mention: sum.total,
        verdict: "contradicted",
        eventId: dealId,
        facts: (k.catalog.factsByEvent.get(dealId) ?? []).filter(
          (f) => f.measure === "released" && f.side === "each" && exactNumber(f) === whole,
        ),
        about: `${title}; released; each side; whole deal`,
        reason: `The store has ${shown} = ${formatNumber(whole)} for each side over ${title}, not ${formatNumber(sum.total.n)}.`,
        right: formatNumber(whole),
      });
      return held;
    }
  }
  return null;
}

/** The deal's stored whole for each side, where its sources give one exact figure. */
function dealWhole(k: Knowledge, dealId: string): number | null {
  const values = new Set(
    (k.catalog.factsByEvent.get(dealId) ?? [])
      .filter((f) => f.measure === "released" && f.side === "each")
      .map(exactNumber)
      .filter((n) => n !== null),
  );
  return values.size === 1 ? ([...values][0] as number) : null;
}

/**
 * The parts as one event's split on one side, adding up to that side's figure: "270 + 120 =
 * 390" (servicemen and civilians Russia received in the first wave).
 */
function asSplit(k: Knowledge, sum: WrittenSum, refDate: string | null): Held[] | null {
  if (sum.doubled) return null;
  const added = sum.parts.reduce((a, p) => a + p.n, 0);
  if (added !== sum.total.n) return null;
  for (const [eventId, facts] of k.catalog.factsByEvent) {
    const event = k.catalog.events.get(eventId);
    if (!event || (refDate && (eventStart(event) ?? "9999") > refDate)) continue;
    const released = facts.filter((f) => f.measure === "released" && !f.planned);
    for (const side of ["ukraine", "russia"] as const) {
      const partFacts = sum.parts.map((p) =>
        released.find((f) => f.side === side && exactNumber(f) === p.n),
      );
      if (partFacts.some((f) => f === undefined)) continue;
      const counted = new Set(partFacts.map((f) => f?.counted));
      if (counted.size !== sum.parts.length) continue;
      // "120 servicemen + 270 civilians = 390": the classes swapped are no support for either.
      const named = sum.parts.map((p) => countedAfter(sum, p));
      if (named.some((c, i) => c !== null && c !== "people" && c !== partFacts[i]?.counted))
        return null;
      const wholeFacts = released.filter(
        (f) => (f.side === side || f.side === "each") && exactNumber(f) === added,
      );
      if (wholeFacts.length === 0) continue;
      const title = event.title;
      const held: Held[] = sum.parts.map((p, i) => ({
        mention: p,
        verdict: "supported",
        eventId,
        facts: [partFacts[i] as Fact],
        about: `${title}; released (${partFacts[i]?.counted ?? "people"}); to ${side === "ukraine" ? "Ukraine" : "Russia"}; a part`,
        reason: `A part of the sum the copy writes out: ${formatNumber(p.n)} ${partFacts[i]?.counted ?? ""} of the ${formatNumber(added)} ${side === "ukraine" ? "Ukraine" : "Russia"} received in ${lowerFirst(title)}.`,
      }));
      held.push({
        mention: sum.total,
        verdict: "supported",
        eventId,
        facts: wholeFacts,
        about: `${title}; released; to ${side === "ukraine" ? "Ukraine" : "Russia"}; parts added up`,
        reason: `${sum.parts.map((p) => formatNumber(p.n)).join(" + ")} = ${formatNumber(added)}, the store's figure for ${lowerFirst(title)}.`,
      });
      return held;
    }
  }
  return null;
}

function checkOf(k: Knowledge, sum: WrittenSum, h: Held): ClaimCheck {
  const m = h.mention;
  return {
    sentence: sum.sentence.text,
    claim: m.text,
    start: m.start,
    end: m.end,
    verdict: h.verdict,
    read: m.text,
    about: h.about,
    eventId: h.eventId,
    store: h.right ?? formatNumber(m.n),
    citations: h.facts.map((f) => cite(k, f)).filter((c) => c.verified),
    correction: null,
    disputeIds: [],
    reason: h.reason,
    measure: "released",
    kind: "figure",
    ...(h.right ? { right: h.right } : {}),
  };
}

/**
 * The written sums' verdicts. A figure the draft's other readings already judged keeps its
 * verdict unless the sum supports it, or puts right one they left unverified; a figure they did
 * not read at all is added.
 */
export function judgeWrittenSums(
  k: Knowledge,
  text: string,
  refDate: string | null,
  figures: ClaimCheck[],
): ClaimCheck[] {
  const added: ClaimCheck[] = [];
  for (const sum of writtenSums(text)) {
    const held = asDoubled(k, sum, refDate) ?? asWaves(k, sum, refDate) ?? asSplit(k, sum, refDate);
    if (!held) continue;
    for (const h of held) {
      const check = checkOf(k, sum, h);
      const at = figures.findIndex(
        (f) => f.kind !== "day" && f.start < check.end && check.start < f.end,
      );
      if (at < 0) added.push(check);
      else if ((figures[at] as ClaimCheck).verdict === "unverified") figures[at] = check;
      // A stored disagreement the part falls on stays shown as such.
      else if (check.verdict === "supported" && (figures[at] as ClaimCheck).verdict !== "disputed")
        figures[at] = check;
    }
  }
  return added;
}
