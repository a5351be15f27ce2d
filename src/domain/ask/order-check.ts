/**
 * "So the call came after the swap had started?", "were the talks before the first wave?": which
 * of two events came first, checked on the days the store holds for each. Yes or no only when
 * both events are named (or one is the thread's, "the call") and their days do not overlap;
 * otherwise null, and the check is read as any other.
 */
import type { Event } from "../../store/schema.ts";
import type { Citation } from "../answers.ts";
import { eventEnd, eventStart } from "../catalog.ts";
import { cite } from "../check/align/store-index.ts";
import { formatDateRange, formatNewsroomDate } from "../dates.ts";
import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";
import { eventNamedIn } from "./read.ts";
import { saidOrder } from "./said-order.ts";

const ORDER =
  /^(.*?)\s+(?:(?:came|come|comes|was|were|is|are|happened|happen|took place|take place|held|occurred|fell|started|began|started)\s+)?(?:(?:only|already|just|well|even|actually|really)\s+)?(before|after|ahead of|prior to|earlier than|later than)\s+(.+?)\s*[?.!]*\s*$/i;
/** "After the swap had started", "before it began": the other event's first day is meant. */
const ITS_START = /\b(?:start\w*|began|begun|begin\w*|kick\w* off|got under ?way|opened)\b/i;
const ITS_END = /\b(?:ended|end|over|finished|wrapped up|concluded|closed|was done)\b/i;
/** The kinds of event a bare noun names ("the call"), when the store holds one of that kind. */
const KIND_NOUNS: readonly [RegExp, Event["kind"]][] = [
  [/\b(?:call|calls|phone call|phoned|phone)\b/i, "call"],
  [/\b(?:talks|negotiations)\b/i, "talks"],
  [/\b(?:attack|strike|strikes|raid)\b/i, "attack"],
];

/** The event a part of the claim names: by name, else by a noun of its kind, else the thread's. */
function eventOfPart(k: Knowledge, part: string, thread: Event | null): Event | null {
  const named = eventNamedIn(k, part);
  if (named) return named;
  for (const [re, kind] of KIND_NOUNS) {
    if (!re.test(part)) continue;
    if (thread?.kind === kind) return thread;
    const all = [...k.catalog.events.values()].filter((e) => e.kind === kind);
    return all.length === 1 ? (all[0] as Event) : null;
  }
  return /^\s*(?:so\s+|and\s+|but\s+)?(?:it|that|this|they)\s*$/i.test(part) ? thread : null;
}

/** Who dates an event: its facts that say its day, else those of its first wave; or none. */
function datedBy(k: Knowledge, e: Event): Citation[] {
  const from = eventStart(e);
  const to = eventEnd(e) ?? from;
  const dated = (id: string) =>
    (k.catalog.factsByEvent.get(id) ?? []).filter(
      (f) =>
        !f.planned &&
        ((f.value.type === "date" && f.value.date === from) ||
          (!!f.eventDate && !!from && !!to && f.eventDate >= from && f.eventDate <= to)),
    );
  const own = dated(e.id);
  const first = (k.catalog.partsOf.get(e.id) ?? [])[0];
  // (The talks' day is said as the day the deal was agreed there: a stated day is its witness.)
  const said = [...k.catalog.facts.values()].filter(
    (f) => !f.planned && f.value.type === "date" && f.value.date === from,
  );
  const facts = own.length > 0 ? own : first ? dated(first.id) : said;
  return facts.map((f) => cite(k, f));
}

export function orderCheck(
  k: Knowledge,
  claim: string,
  context: readonly string[],
  whoSays: (cs: readonly Citation[]) => string,
): Draft | null {
  const m = ORDER.exec(
    claim
      .replace(/^(?:so|and|but|then)\s+/i, "")
      .replace(/^(?:did|does|do|was|were|is|are)\s+/i, ""),
  );
  if (!m?.[1] || !m[2] || !m[3]) return null;
  // (Figures in either part make it a claim of counts, "390 before the talks", read otherwise;
  // an act said of the event, "the deal was agreed after the talks", has its own day, not the
  // event's, and is not an order of the two events.)
  if (/\d{3,}/.test(m[1])) return null;
  if (
    [m[1], m[3]].some((x) =>
      /\b(?:agreed|announced|proposed|planned|signed|negotiated|brokered|arranged|confirmed|reported|struck|sealed|decided|set up|settled|approved|called for|first mentioned)\b/i.test(
        x,
      ),
    )
  )
    return null;
  // ("Lavrov said Moscow would hand over its draft before the swap ended": what someone said
  // would happen is what they said, not the order of the saying and the swap.)
  if (
    /\b(?:say|says|said|saying|told|tell|promis\w*|pledg\w*|vow\w*|claim\w*|insist\w*)\b[^.?!]*\b(?:would|will|'ll|was going to|were going to|to be)\b/i.test(
      m[1],
    )
  )
    return saidOrder(k, claim, whoSays);
  const last = context.at(-1);
  const thread = last ? eventNamedIn(k, last) : null;
  const a = eventOfPart(k, m[1], thread);
  const b = eventOfPart(k, m[3], null);
  if (!a || !b || a.id === b.id || !a.date || !b.date) return null;
  // (One event a part of the other, a wave of its deal, has no order to check.)
  if (a.partOf === b.id || b.partOf === a.id) return null;
  const [aFrom, aTo] = [eventStart(a) as string, eventEnd(a) as string];
  const [bFrom, bTo] = [eventStart(b) as string, eventEnd(b) as string];
  const after = /^(?:after|later than)$/i.test(m[2]);
  // The edge of the other event the words compare with: its start or its end, or the whole.
  const edge = ITS_START.test(m[3]) ? "start" : ITS_END.test(m[3]) ? "end" : "whole";
  const [lo, hi] = edge === "start" ? [bFrom, bFrom] : edge === "end" ? [bTo, bTo] : [bFrom, bTo];
  const before = aTo < lo;
  const later = aFrom > hi;
  if (!before && !later) return null;
  const yes = after ? later : before;
  const [byA, byB] = [datedBy(k, a), datedBy(k, b)];
  // (Both days said by a source, or no order is stated.)
  if (byA.length === 0 || byB.length === 0) return null;
  const citations = [...byA, ...byB];
  const when = (e: Event) => {
    const from = eventStart(e) as string;
    const to = eventEnd(e) as string;
    return from === to ? `on ${formatNewsroomDate(from)}` : `over ${formatDateRange(from, to)}`;
  };
  // ("First wave of …" mid-sentence as "the first wave of …"; a name keeps its capital.)
  const title = (e: Event) =>
    e.title
      .replace(/^The /, "the ")
      .replace(/^(First|Second|Third|Final|Last) /, (w) => `the ${w.toLowerCase()}`);
  const said = `${yes ? "Yes" : "No"}: ${title(a)} ${when(a)}, ${later ? "after" : "before"} ${title(b)} ${when(b)} — ${whoSays(citations)}`;
  return { ...blank(), line: said, citations };
}
