/**
 * Verdicts for the claims in a draft. A claim is matched to the store's facts for the same
 * event (by date or name) and the same measure, count and side; only then can it be supported
 * or contradicted. A number that merely looks like a stored one is unverified, never wrong.
 */
import type { Event, Fact, Side } from "../store/schema.ts";
import type { ClaimCheck, Verdict } from "./answers.ts";
import { eventStart, normaliseAlias } from "./catalog.ts";
import { type Claim, extractClaims } from "./claims.ts";
import { formatNewsroomDate } from "./dates.ts";
import { valueText } from "./labels.ts";
import { formatNumber, type Interval, interval, overlaps } from "./numbers.ts";
import type { Knowledge } from "./queries.ts";
import { citation } from "./views.ts";

export type { ClaimCheck as ClaimVerdict, Verdict };

export interface FactcheckResult {
  claims: ClaimCheck[];
  counts: Record<Verdict, number>;
}

const SIDE_WORDS: Record<Side, string> = {
  each: "by each side",
  total: "by both sides together",
  ukraine: "returned to Ukraine",
  russia: "returned to Russia",
};

export function factcheck(
  k: Knowledge,
  text: string,
  options: { refDate: string },
): FactcheckResult {
  const claims = extractClaims(text, options).map((c) => judge(k, c));
  const counts: Record<Verdict, number> = {
    supported: 0,
    contradicted: 0,
    disputed: 0,
    unverified: 0,
  };
  for (const c of claims) counts[c.verdict]++;
  return { claims, counts };
}

/** Events a claim is about: by its date first, then by names in the sentence. */
function eventsFor(k: Knowledge, claim: Claim): Event[] {
  const { catalog } = k;
  const out: Event[] = [];
  if (claim.date) {
    // The exchange on that very day first; a deal spanning the day after its waves.
    const onDay = [...(catalog.eventsByDay.get(claim.date) ?? [])];
    const rank = (e: Event) => (e.kind === "exchange" ? (eventStart(e) === claim.date ? 0 : 1) : e.kind === "deal" ? 3 : 2);
    out.push(...onDay.sort((a, b) => rank(a) - rank(b)));
  }
  for (const hint of claim.eventHints) {
    const e = catalog.eventsByAlias.get(normaliseAlias(hint)) ?? aliasEvent(k, hint);
    if (e && !out.includes(e)) out.push(e);
  }
  // A deal's figures answer for a sentence about one of its waves ("1,000 from each side").
  for (const e of [...out]) {
    if (e.partOf) {
      const parent = catalog.events.get(e.partOf);
      if (parent && !out.includes(parent)) out.push(parent);
    }
  }
  return out;
}

function aliasEvent(k: Knowledge, hint: string): Event | undefined {
  if (/istanbul|türkiye|turkey/.test(hint)) return k.catalog.events.get("talks-2025-05-16");
  if (/1,?000|thousand/.test(hint)) {
    return [...k.catalog.events.values()].find((e) => e.kind === "deal");
  }
  return undefined;
}

function matchesSide(fact: Fact, side: Side | null): boolean {
  if (side === null) return true;
  if (fact.side === side) return true;
  if (fact.side === "each" && (side === "ukraine" || side === "russia")) return true;
  return false;
}

/** The interval a fact gives for the claim's side ("each" doubled for a both-sides total). */
function factInterval(fact: Fact, side: Side | null): Interval | null {
  if (fact.value.type !== "number") return null;
  const i = interval(fact.value);
  if (side === "total" && fact.side === "each") return { ...i, min: i.min * 2, max: i.max * 2 };
  return i;
}

function relevantFacts(k: Knowledge, claim: Claim, events: readonly Event[]): Fact[] {
  const pool: Fact[] = [];
  const cumulative = claim.measure === "returned-since-2022" || claim.measure === "exchange-count";
  const sources = cumulative
    ? [...k.catalog.facts.values()].filter((f) => f.measure === claim.measure)
    : events.flatMap((e) => k.catalog.factsByEvent.get(e.id) ?? []);
  for (const f of sources) {
    if (f.measure !== claim.measure || f.value.type !== "number") continue;
    const countedOk =
      claim.counted === null ||
      f.counted === claim.counted ||
      // "prisoners" in a draft may stand for POWs in a source, and the reverse.
      (claim.counted === "people" && f.counted === "military") ||
      (claim.counted === "military" && f.counted === "people");
    if (!countedOk) continue;
    const sideOk =
      matchesSide(f, claim.side) ||
      (claim.side === "total" && f.side === "each") ||
      (claim.side === null && f.side !== "total");
    if (sideOk) pool.push(f);
  }
  // Exact count and side beat the loose matches: use them when there are any.
  const strict = pool.filter(
    (f) =>
      f.counted === claim.counted &&
      (claim.side === null ||
        f.side === claim.side ||
        (f.side === "each" && claim.side !== "total")),
  );
  const chosen = strict.length > 0 ? strict : pool;
  // A wave's own figure beats its deal's when both speak.
  const direct = chosen.filter((f) => events[0] && f.eventId === events[0].id);
  return direct.length > 0 ? direct : chosen;
}

function judge(k: Knowledge, claim: Claim): ClaimCheck {
  const { catalog, findings } = k;
  const read = claimText(claim);
  const events = eventsFor(k, claim);
  const base = {
    sentence: claim.sentence.text,
    claim: claim.span.text,
    start: claim.span.start,
    end: claim.span.end,
    read,
    about: describe(claim, events[0]),
    eventId: events[0]?.id ?? null,
  };
  const noEvent =
    events.length === 0 &&
    claim.measure !== "returned-since-2022" &&
    claim.measure !== "exchange-count";
  let facts: Fact[];
  if (noEvent) {
    // No date or name: match on what it counts, and only a figure that fits can speak.
    facts = [...catalog.facts.values()].filter(
      (f) =>
        f.measure === claim.measure &&
        f.value.type === "number" &&
        matchesSide(f, claim.side) &&
        (claim.counted === null || f.counted === claim.counted),
    );
    const claimI = claimInterval(claim);
    const fitting = facts.filter((f) => {
      const fi = factInterval(f, claim.side);
      return fi && overlaps(fi, claimI);
    });
    if (fitting.length === 0) {
      return {
        ...base,
        verdict: "unverified",
        store: null,
        citations: [],
        correction: null,
        disputeIds: [],
        reason:
          "The draft gives no date or event the store can tie this figure to, and no stored figure of this kind matches it.",
      };
    }
    facts = fitting;
  } else {
    facts = relevantFacts(k, claim, events);
  }
  if (facts.length === 0) {
    return {
      ...base,
      verdict: "unverified",
      store: null,
      citations: [],
      correction: null,
      disputeIds: [],
      reason: events[0]
        ? `The store has no figure for this about ${events[0].title}.`
        : "Nothing in the store speaks to this.",
    };
  }

  const claimI = claimInterval(claim);
  const fits = facts.filter((f) => {
    const fi = factInterval(f, claim.side);
    return fi !== null && overlaps(fi, claimI);
  });
  const disputeIds = [...new Set(facts.flatMap((f) => findings.byFact.get(f.id) ?? []))].filter(
    (id) => !id.startsWith("date:"),
  );
  const storeValues = [...new Set(facts.map((f) => displayFor(f, claim.side)))];
  const cites = (fs: readonly Fact[]) =>
    fs.map((f) => citation(catalog, f)).filter((c) => c.verified);

  if (disputeIds.length > 0) {
    const disputedFacts = facts.filter((f) =>
      (findings.byFact.get(f.id) ?? []).some((id) => disputeIds.includes(id)),
    );
    if (disputedFacts.length > 0) {
      return {
        ...base,
        verdict: "disputed",
        store: storeValues.join(" or "),
        citations: cites(facts),
        correction: null,
        disputeIds,
        reason: `The sources disagree: ${storeValues.join(" vs ")}. ${fits.length > 0 ? "The draft's figure matches one side." : "The draft's figure matches neither."}`,
      };
    }
  }
  if (fits.length > 0) {
    return {
      ...base,
      verdict: "supported",
      store: [...new Set(fits.map((f) => displayFor(f, claim.side)))].join(" / "),
      citations: cites(fits),
      correction: null,
      disputeIds: [],
      reason: `Matches ${fits.length === 1 ? "the source" : `${new Set(fits.map((f) => f.claimantId)).size} claimants`}.`,
    };
  }
  const best = [...facts].sort(
    (a, b) =>
      Number(b.status === "reviewed") - Number(a.status === "reviewed") ||
      Number(a.planned) - Number(b.planned),
  )[0] as Fact;
  const right = displayFor(best, claim.side);
  return {
    ...base,
    verdict: "contradicted",
    store: storeValues.join(" / "),
    citations: cites(facts),
    correction: correctedSentence(claim, right),
    disputeIds: [],
    reason: `The store has ${right}${events[0] ? ` for ${events[0].title.replace(/^The /, "the ")}` : ""}, not ${read}.`,
  };
}

function claimInterval(claim: Claim): Interval {
  const i = interval({
    n: claim.number.n,
    qualifier: claim.number.qualifier,
    ...(claim.number.n2 !== undefined ? { n2: claim.number.n2 } : {}),
  });
  return i;
}

function claimText(claim: Claim): string {
  return claim.number.text;
}

function displayFor(f: Fact, side: Side | null): string {
  if (side === "total" && f.side === "each" && f.value.type === "number") {
    return `${formatNumber(f.value.n * 2)} (${valueText(f)} each side)`;
  }
  return valueText(f);
}

function correctedSentence(claim: Claim, right: string): string {
  const s = claim.sentence;
  const at = claim.span.start - s.start;
  const number = claim.number.text;
  const figure = right.replace(/ \(.*\)$/, "");
  return `${s.text.slice(0, at)}${figure}${s.text.slice(at + number.length)}`;
}

function describe(claim: Claim, event: Event | undefined): string {
  const what = claim.counted ?? "figure";
  const side = claim.side ? ` ${SIDE_WORDS[claim.side]}` : "";
  const when = event
    ? ` — ${event.title}${eventStart(event) ? `, ${formatNewsroomDate(eventStart(event) as string)}` : ""}`
    : claim.date
      ? ` — ${formatNewsroomDate(claim.date)}`
      : "";
  return `${claim.measure} ${what}${side}${when}`;
}
