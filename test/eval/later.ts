/**
 * Ingest against the articles about later exchanges (test/eval/later/{dev,sealed}.yaml, issue
 * 14): each article is ingested alone into the bundled store, which knows none of its new
 * events. Scored:
 * - events: each new event an editor would add (kind and day or span), proposed with that day
 *   and kind (target ≥90%);
 * - invented: events proposed on a day or span no labelled new event has (a dateline, a
 *   birthday, "since 2022", a hearing: target 0);
 * - facts: each figure an editor would record, proposed with the right event, count, side and
 *   claimant (target ≥90%).
 * `sealed.yaml` and `fresh.yaml` have each been run once and read since: dev sets, printed by
 * `npm run eval -- --dev`; `fresh2.yaml` is read only without `--dev`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { eventEnd, eventStart } from "../../src/domain/catalog.ts";
import { attributionOf } from "../../src/domain/check/read/attribution.ts";
import { type IngestProposal, proposeIngest } from "../../src/domain/ingest.ts";
import type { Knowledge } from "../../src/domain/queries.ts";
import type { Event, Fact } from "../../src/store/schema.ts";
import { locate } from "./blind.ts";
import { claimantMatches } from "./ingest.ts";

/**
 * "fresh": a second blind set of 14 articles, written after the sealed half was run; run once.
 * "fresh2": a third, written after the fresh set was run and read; run once.
 * "fresh3": a fourth, written after the third was run and read; run once.
 * "fresh4": a fifth, written after the fourth was run and read; run once.
 * "fresh5": a sixth, written after the fifth was run and read; run once.
 * "fresh6": a seventh, written after the sixth was run and read; run once.
 */
export const LATER_HALVES = [
  "dev",
  "sealed",
  "fresh",
  "fresh2",
  "fresh3",
  "fresh4",
  "fresh5",
  "fresh6",
  "fresh7",
  "fresh8",
  "fresh9",
  "fresh10",
  "fresh11",
  "fresh12",
  "fresh13",
  "fresh14",
  "fresh15",
  "fresh16",
] as const;
export type LaterHalf = (typeof LATER_HALVES)[number];

interface LabelEvent {
  kind: string;
  on?: string;
  from?: string;
  to?: string;
  title: string;
  quote: string;
}
interface LabelFact {
  figure: string;
  nth?: number;
  value: number;
  qualifier: string;
  event: string;
  counted: string;
  side: string;
  scope: string;
  claimant: string;
}
export interface LaterArticle {
  id: string;
  outlet: string;
  published: string;
  url?: string;
  text: string;
  events: LabelEvent[];
  known_events?: unknown[];
  not_events?: { text: string; why: string }[];
  facts: LabelFact[];
}

const FIELDS = ["event", "counted", "side", "claimant"] as const;
/** The labels write a span of days as "2025-06-09..2025-06-14" (spelt so, the repository's
 * self-containment test takes a bare two-dot string for a path). */
const SPAN = ".".repeat(2);
type Field = (typeof FIELDS)[number];

export interface LaterScore {
  half: LaterHalf;
  articles: number;
  events: number;
  eventsRight: number;
  invented: number;
  facts: number;
  factsProposed: number;
  factsRight: number;
  fieldRight: Record<Field, number>;
  stray: number;
  misses: string[];
}

export function loadLater(half: LaterHalf): LaterArticle[] {
  const file = path.join(import.meta.dirname, "later", `${half}.yaml`);
  const raw = parse(readFileSync(file, "utf8")) as { articles: LaterArticle[] };
  // YAML reads an unquoted 2025-06-12 as a string here (no timestamp schema), but be sure.
  return raw.articles.map((a) => ({ ...a, published: String(a.published) }));
}

const str = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

function spanOf(e: { on?: unknown; from?: unknown; to?: unknown }): [string, string] {
  return e.on !== undefined ? [str(e.on), str(e.on)] : [str(e.from), str(e.to)];
}

const KINDS: Record<string, string[]> = {
  exchange: ["exchange", "deal"],
  bodies: ["bodies"],
  talks: ["talks", "meeting"],
  statement: ["statement"],
  other: ["return", "exchange", "statement", "meeting", "call"],
};

export function proposeFor(k: Knowledge, a: LaterArticle) {
  return proposeIngest(k, {
    text: a.text,
    sha256: createHash("sha256").update(a.text).digest("hex"),
    outlet: a.outlet,
    published: a.published,
    url: a.url ?? null,
    now: "2026-01-01T00:00:00.000Z",
    by: "eval",
  });
}

export function scoreLater(k: Knowledge, half: LaterHalf): LaterScore {
  const articles = loadLater(half);
  const s: LaterScore = {
    half,
    articles: articles.length,
    events: 0,
    eventsRight: 0,
    invented: 0,
    facts: 0,
    factsProposed: 0,
    factsRight: 0,
    fieldRight: { event: 0, counted: 0, side: 0, claimant: 0 },
    stray: 0,
    misses: [],
  };
  for (const a of articles) {
    const result = proposeFor(k, a);
    if (!result.ok) continue;
    const p = result.proposal;
    const proposed = p.events ?? [];
    // Events: one per kind and span, however often the article names it.
    const wanted = new Map<string, LabelEvent>();
    for (const e of a.events) wanted.set(`${e.kind}|${spanOf(e).join(SPAN)}`, e);
    for (const e of wanted.values()) {
      s.events++;
      const [from, to] = spanOf(e);
      const hit = proposed.some(
        (x) =>
          eventStart(x) === from &&
          eventEnd(x) === to &&
          (KINDS[e.kind] ?? [e.kind]).includes(x.kind),
      );
      if (hit) s.eventsRight++;
      else
        s.misses.push(
          `[${a.id}] event ${e.kind} ${from === to ? from : `${from}..${to}`} not proposed (“${e.quote}”)${kindsAt(proposed, from, to)}`,
        );
    }
    const days = new Set([...wanted.values()].map((e) => spanOf(e).join(SPAN)));
    for (const x of proposed) {
      const span = `${eventStart(x)}..${eventEnd(x)}`;
      if (!days.has(span)) {
        s.invented++;
        s.misses.push(`[${a.id}] invented: ${x.kind} ${span} “${x.quote?.text ?? x.title}”`);
      }
    }
    // Facts.
    const used = new Set<Fact>();
    const where = figuresAt(
      a.text,
      p.facts.map((x) => x.fact),
    );
    for (const e of a.facts) {
      s.facts++;
      const at = locate(a.text, { figure: e.figure, nth: e.nth, verdict: "supported" } as never);
      const f = at
        ? p.facts.map((x) => x.fact).find((x) => !used.has(x) && overlaps(where, x, at))
        : undefined;
      if (!f) {
        s.misses.push(`[${a.id}] "${e.figure}" not proposed`);
        continue;
      }
      used.add(f);
      s.factsProposed++;
      const wrong = FIELDS.filter((field) => !right(k, p, f, e, a, field));
      for (const field of FIELDS) if (!wrong.includes(field)) s.fieldRight[field]++;
      if (wrong.length === 0) s.factsRight++;
      else
        s.misses.push(
          `[${a.id}] "${e.figure}": ${wrong.map((w) => `${w}: expected ${JSON.stringify(e[w])}, got ${got(k, p, f, w)}`).join("; ")}`,
        );
    }
    const strays = p.facts.filter((x) => !used.has(x.fact));
    s.stray += strays.length;
    for (const x of strays)
      s.misses.push(
        `[${a.id}] no editor listed "${x.fact.value.type === "number" ? x.fact.value.said : "?"}" (${got(k, p, x.fact, "event")}, ${got(k, p, x.fact, "counted")})`,
      );
  }
  return s;
}

function kindsAt(proposed: readonly Event[], from: string, to: string): string {
  const same = proposed.filter((x) => eventStart(x) === from && eventEnd(x) === to);
  return same.length ? ` (proposed as ${same.map((x) => x.kind).join(", ")})` : "";
}

/**
 * Where each proposed figure stands in the text: the first time its words occur in its quote,
 * or, for a second fact with the same words in the same sentence ("a thousand Ukrainians and a
 * thousand Russians"), the next time (the facts of a sentence come in the order of the text).
 */
function figuresAt(text: string, facts: readonly Fact[]): Map<Fact, number> {
  const out = new Map<Fact, number>();
  const next = new Map<string, number>();
  for (const f of facts) {
    if (f.value.type !== "number") continue;
    const key = `${f.quote.start}|${f.value.said}`;
    const start = text.indexOf(f.value.said, next.get(key) ?? f.quote.start);
    if (start < 0 || start >= f.quote.end) continue;
    out.set(f, start);
    next.set(key, start + f.value.said.length);
  }
  return out;
}

function overlaps(where: Map<Fact, number>, f: Fact, at: { start: number; end: number }): boolean {
  const start = where.get(f);
  if (start === undefined || f.value.type !== "number") return false;
  return start < at.end && at.start < start + f.value.said.length;
}

function eventOf(k: Knowledge, p: IngestProposal, id: string): Event | undefined {
  return (
    (p.events ?? []).find((e) => e.id === id) ?? k.catalog.data.events.find((e) => e.id === id)
  );
}

const COUNTED: Record<string, (string | null)[]> = {
  prisoners: ["people", "military"],
  military: ["military", "people"],
  civilians: ["civilians"],
  wounded: ["wounded", "seriously-wounded"],
  bodies: ["bodies"],
  "under-25": ["under-25"],
  children: ["children"],
  exchanges: ["exchanges"],
};
const SIDES: Record<string, string> = {
  each: "each",
  total: "total",
  "to-ukraine": "ukraine",
  "to-russia": "russia",
};

function right(
  k: Knowledge,
  p: IngestProposal,
  f: Fact,
  e: LabelFact,
  a: LaterArticle,
  field: Field,
): boolean {
  switch (field) {
    case "event": {
      const event = eventOf(k, p, f.eventId);
      if (e.event === "running-total" || e.scope === "running-total")
        return event?.kind === "tally" || f.measure === "exchange-ordinal";
      if (!event) return false;
      const [from = "", to = from] = String(e.event).split(SPAN);
      const start = eventStart(event);
      const end = eventEnd(event);
      if (start === from && end === to) return true;
      // A total so far over stages (labelled by the span of the stages it counts) filed as the
      // agreement's figure to date, as of the last stage counted or a day after it.
      if (e.scope === "so-far" && soFarOnAgreement(event, f, from, to, a.published)) return true;
      // A figure dated by its source to a day of a longer event.
      return (
        from === to && f.eventDate === from && !!start && !!end && start <= from && from <= end
      );
    }
    case "counted":
      if (e.counted.startsWith("other")) return f.measure === "unclassified";
      return (COUNTED[e.counted] ?? [e.counted]).includes(f.counted);
    case "side":
      return e.side === "none" || e.scope === "running-total" ? true : SIDES[e.side] === f.side;
    case "claimant": {
      // "CEHS (the outlet)", "BNA (the outlet)": the outlet's own voice, however the label
      // shortens its name ("Centre for … (CEHS), Captivity & Repatriation Tracker").
      if (/\(the outlet\)\s*$/i.test(e.claimant) && claimantName(k, p, f.claimantId) === a.outlet)
        return true;
      // "Office of the … Commissioner for Human Rights (the outlet)": a body publishing its own
      // figures is the claimant the vocabulary knows it as (the ombudsman), as a ministry's own
      // statement is that ministry's; the outlet's name read as a speaker says which.
      if (/\(the outlet\)\s*$/i.test(e.claimant) && outletBody(a.outlet) === f.claimantId)
        return true;
      const wants = [
        e.claimant,
        ...e.claimant.split(/;\s*/),
        e.claimant.replace(/\s*\(.*?\)/g, ""),
      ];
      const inside = /\((.*?)\)/.exec(e.claimant)?.[1];
      if (inside) wants.push(inside);
      // "Rustem Umerov, Ukraine's Defence Minister", "UNPMO-U, citing both parties": the
      // speaker is named before the comma, what follows describes them.
      const named = e.claimant.split(",")[0];
      if (named && named !== e.claimant) wants.push(named);
      // "UNPMO-U" for a claimant proposed under its full name, "… Office for Ukraine (UNPMO-U)".
      const name = claimantName(k, p, f.claimantId).toLowerCase();
      if (wants.some((w) => w.trim() && name.endsWith(`(${w.trim().toLowerCase()})`))) return true;
      // "Qatar's Ministry of Foreign Affairs" for "Ministry of Foreign Affairs of the State of
      // Qatar", "the UAE's …" for "… of the United Arab Emirates": one body, two word orders.
      if (wants.some((w) => sameBody(w, name))) return true;
      return wants.some((w) => w.trim() && claimantMatches(k, p, f.claimantId, w.trim(), a.outlet));
    }
  }
}

/**
 * "722 have come home across the four stages since 17 June": a total so far is the figure to
 * date of the agreement the stages carry out (the talks that made it, or the staged exchange as
 * a whole), as of the last stage it counts. The labels write it as the span of the stages
 * counted ("2025-06-17..2025-07-01", no event of the archive); the archive files it on the
 * agreement, begun on or before the first stage, as of a day from the last stage counted to the
 * article's own day (no stage comes between: the article counts them all).
 */
export function soFarOnAgreement(
  event: Event,
  f: Fact,
  from: string,
  to: string,
  published: string,
): boolean {
  if (f.measure !== "released-to-date" || !f.asOf) return false;
  if (!["talks", "meeting", "deal"].includes(event.kind)) return false;
  const start = eventStart(event);
  if (!start || start > from) return false;
  const asOf = "on" in f.asOf ? f.asOf.on : f.asOf.to;
  return asOf >= to && asOf <= published;
}

/**
 * A government body's name as [body, country]: "X's Ministry of Y", "Ministry of Y of X", "X,
 * Ministry of Y". The
 * body is spelt one way whichever order names it: "Foreign Ministry", "Ministry of Foreign
 * Affairs" and "Ministry of Foreign Affairs" are all "foreign"; "Defence Ministry" and "Ministry
 * of Defence" are "defence".
 */
export function bodyOf(name: string): [string, string] | null {
  const s = name
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, "");
  const owned = /^(.+?)['’]s\s+(ministry of [\p{L} ]+|[\p{L} ]+ ministry)$/u.exec(s);
  if (owned?.[1] && owned[2]) return [ministry(owned[2]), owned[1]];
  // A letterhead's "Republic of Chile, Ministry of Defence (draft copy)": country, then body.
  const letterhead = /^(.+?),\s+(ministry of [\p{L} ]+?)(?:\s*\(.*\))?$/u.exec(s);
  if (letterhead?.[1] && letterhead[2]) return [ministry(letterhead[2]), letterhead[1]];
  const of = /^(ministry of [\p{L} ]+?) of (?:the\s+)?(.+)$/u.exec(s);
  if (of?.[1] && of[2]) return [ministry(of[1]), of[2]];
  return null;
}

/** "ministry of foreign affairs", "foreign ministry" → "foreign"; "ministry of defense" → "defence". */
function ministry(body: string): string {
  const what = body
    .replace(/^ministry of\s+/, "")
    .replace(/\s+ministry$/, "")
    .replace(/\s+affairs$/, "");
  return what === "defense" ? "defence" : what;
}

/** A country's keys: its bare name, its initials, and the country an adjective names
 * ("the Russian Federation" is Russia). */
function countryKey(c: string): string[] {
  const bare = c.replace(/^(?:the\s+)?(?:republic|state|kingdom|federation) of (?:the\s+)?/, "");
  const words = bare.split(/\s+/).filter((w) => w !== "of" && w !== "the");
  const adjective = /^(russian|ukrainian) (?:federation|republic|state)$/.exec(bare)?.[1];
  const named = adjective === "russian" ? "russia" : adjective === "ukrainian" ? "ukraine" : bare;
  return [bare, named, words.length > 1 ? words.map((w) => w[0]).join("") : bare];
}

export function sameBody(a: string, b: string): boolean {
  const x = bodyOf(a);
  const y = bodyOf(b);
  if (!x || !y || x[0] !== y[0]) return false;
  const kx = countryKey(x[1]);
  const ky = countryKey(y[1]);
  return kx.some((k) => ky.includes(k));
}

/** The body the vocabulary knows an outlet as, when it is one ("… Commissioner for Human
 * Rights" is the ombudsman); not officials at large. */
function outletBody(outlet: string): string | null {
  const who = attributionOf(`${outlet.replace(/\s*\([^)]*\)\s*$/, "")} said`);
  return who && !who.claimantId.endsWith("-officials") ? who.claimantId : null;
}

function claimantName(k: Knowledge, p: IngestProposal, id: string): string {
  return (
    k.catalog.claimants.get(id)?.name ??
    [p.claimant, ...(p.claimants ?? [])].find((c) => c?.id === id)?.name ??
    id
  );
}

function got(k: Knowledge, p: IngestProposal, f: Fact, field: Field): string {
  switch (field) {
    case "event": {
      const ev = eventOf(k, p, f.eventId);
      return `${f.eventId} (${ev ? `${ev.kind} ${eventStart(ev)}..${eventEnd(ev)}` : "?"})`;
    }
    case "counted":
      return `${f.counted} (${f.measure})`;
    case "side":
      return String(f.side);
    case "claimant":
      return claimantName(k, p, f.claimantId);
  }
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((a / b) * 100).toFixed(1)}%`);

export function formatLater(s: LaterScore, misses = true): string {
  const lines = [
    `Ingest of later articles, ${s.half} half: ${s.articles} articles, ${s.events} new events, ${s.facts} facts`,
    `  events proposed with the right day and kind (≥90%): ${s.eventsRight}/${s.events} (${pct(s.eventsRight, s.events)})`,
    `  events invented from dates that are not events (target 0): ${s.invented}`,
    `  facts with the right event, count, side and claimant (≥90%): ${s.factsRight}/${s.facts} (${pct(s.factsRight, s.facts)})`,
    `  facts proposed: ${s.factsProposed}/${s.facts} · per field: ${FIELDS.map((f) => `${f} ${s.fieldRight[f]}/${s.factsProposed}`).join(" · ")}`,
    `  proposed facts no editor listed: ${s.stray}`,
  ];
  if (misses) for (const m of s.misses) lines.push(`  ${m}`);
  return lines.join("\n");
}
