/**
 * "Total: 2,000 for each country" under lines that give a deal's waves one by one ("Friday: 390
 * each side", "Saturday: 307 more"): a row headed "Total" with no day of its own is that deal's
 * whole, and is judged against it. Only where every wave the draft's other figures were read
 * with belongs to one deal, and at least two of its waves are told; otherwise the row is left
 * as judged (matched on what it counts, or unverified).
 */
import type { ClaimCheck } from "../../answers.ts";
import { eventEnd, eventStart } from "../../catalog.ts";
import type { Knowledge } from "../../queries.ts";
import type { Claim } from "../read/claims.ts";
import { judge } from "./certainty.ts";

/** A row headed as the whole: "Total:", "In total —", "Overall:". */
const TOTAL_ROW = /^\W*(?:grand total|totals?|in total|overall|altogether|all told)\s*[:—–]/i;

export function judgeTotalRows(
  k: Knowledge,
  claims: readonly Claim[],
  figures: ClaimCheck[],
  refDate: string | null,
): void {
  const deals = new Set<string>();
  const waves = new Set<string>();
  figures.forEach((f, i) => {
    const c = claims[i];
    if (!f.eventId || !c || f.kind === "day") return;
    if (TOTAL_ROW.test(c.sentence.text)) return;
    const e = k.catalog.events.get(f.eventId);
    if (e?.partOf) {
      deals.add(e.partOf);
      waves.add(e.id);
    } else if (e && e.kind !== "deal") deals.add(`other:${e.id}`);
  });
  if (deals.size !== 1 || waves.size < 2) {
    wholeDealRows(k, claims, figures, refDate);
    return;
  }
  const deal = k.catalog.events.get([...deals][0] as string);
  const from = deal ? eventStart(deal) : null;
  const to = deal ? eventEnd(deal) : null;
  if (!deal || !from || !to) return;
  figures.forEach((f, i) => {
    const c = claims[i];
    if (!c || f.kind === "day" || f.verdict === "contradicted") return;
    if (!TOTAL_ROW.test(c.sentence.text) || c.date || c.range || c.part) return;
    if (c.measure !== "released" || c.number.kind !== "cardinal") return;
    // Only a row matched on nothing but what it counts: a day or name of its own decides.
    if (!/the draft names no day or exchange/i.test(f.reason)) return;
    const whole = judge(k, { ...c, range: { from, to }, whole: true }, refDate);
    if (whole.verdict === "unverified") return;
    figures[i] = {
      ...whole,
      reason: `Read as the whole of ${deal.title.replace(/^The /, "the ")}, whose waves the draft gives above the row. ${whole.reason}`,
    };
  });
}

/**
 * "Total: 1,000 a side." in copy filed once a deal is over, with no waves above it to fix
 * which deal: a row headed as the whole that was left unsure between the deal's parts is
 * supported when it is the deal's whole. It is never corrected that way (the row may be a
 * part's total), so only agreement is taken.
 */
/** A row headed as the whole, its figure next: "Total: 1,000", "Grand total 1,000 each", "Deal total: …". */
const WHOLE_ROW =
  /^\W*(?:grand total|(?:deal|final|overall) total|totals?|in total|overall|altogether|all told)(?:\s*[:—–]|\s+(?=\d))/i;

function wholeDealRows(
  k: Knowledge,
  claims: readonly Claim[],
  figures: ClaimCheck[],
  refDate: string | null,
): void {
  figures.forEach((f, i) => {
    const c = claims[i];
    if (!c || f.kind === "day" || f.verdict !== "unverified" || !f.eventId) return;
    if (!WHOLE_ROW.test(c.sentence.text) || c.part || c.range) return;
    if (c.measure !== "released" && c.measure !== "released-to-date") return;
    if (c.number.kind !== "cardinal") return;
    if (!/^Not marked wrong: unclear which part of the deal/.test(f.reason)) return;
    const e = k.catalog.events.get(f.eventId);
    const deal = e?.kind === "deal" ? e : e?.partOf ? k.catalog.events.get(e.partOf) : undefined;
    const from = deal ? eventStart(deal) : null;
    const to = deal ? eventEnd(deal) : null;
    if (!deal || !from || !to || (refDate !== null && refDate < to)) return;
    const whole = judge(
      k,
      {
        ...c,
        measure: "released",
        soFar: false,
        days: null,
        date: null,
        range: { from, to },
        whole: true,
      },
      refDate,
    );
    if (whole.verdict !== "supported") return;
    figures[i] = {
      ...whole,
      reason: `Read as the whole of ${deal.title.replace(/^The /, "the ")}, as the row is headed. ${whole.reason}`,
    };
  });
}
