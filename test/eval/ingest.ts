/**
 * Ingestion against the blind articles (test/eval/blind/{dev,sealed}/ingest.yaml): for each fact
 * a careful editor would record, did ingest propose it with the right event, count, side, scope
 * and claimant? Facts of things the store has no measure for (drones, "three waves") are
 * counted apart: the issue's target is on the facts the store can hold.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { eventEnd, eventStart } from "../../src/domain/catalog.ts";
import { type IngestProposal, proposeIngest } from "../../src/domain/ingest.ts";
import type { Knowledge } from "../../src/domain/queries.ts";
import type { Fact } from "../../src/store/schema.ts";
import { type Half, locate } from "./blind.ts";

export interface ExpectedFact {
  figure: string;
  nth?: number;
  value?: number;
  qualifier?: string;
  event: string;
  asOf?: string;
  counted: string;
  side: string;
  scope: string;
  claimant: string;
}

export interface Article {
  id: string;
  outlet: string;
  published: string;
  text: string;
  facts: ExpectedFact[];
  not_facts?: string[];
}

const FIELDS = ["event", "counted", "side", "scope", "claimant"] as const;
type Field = (typeof FIELDS)[number];

export interface IngestScore {
  half: Half;
  articles: number;
  /** Facts of kinds the store tracks, and how many came out right on every field. */
  trackable: number;
  allRight: number;
  proposed: number;
  fieldRight: Record<Field, number>;
  /** Facts of kinds the store has no measure for; proposed anyway would be noise. */
  untracked: number;
  /** Proposed facts no expected fact names (a number the editor would not record). */
  stray: number;
  misses: { article: string; figure: string; wrong: string[] }[];
}

export function loadArticles(half: Half): Article[] {
  const file = path.join(import.meta.dirname, "blind", half, "ingest.yaml");
  return (parse(readFileSync(file, "utf8")) as { articles: Article[] }).articles;
}

const TRACKED = new Set([
  "prisoners",
  "military",
  "civilians",
  "wounded",
  "exchanges",
  "drones",
  "missiles",
  "waves",
]);

/** The writers' "other: drones" (and "other: waves of the exchange") are kinds the store now tracks. */
const normalCounted = (c: string) =>
  /^other:.*drone/i.test(c)
    ? "drones"
    : /^other:.*missile/i.test(c)
      ? "missiles"
      : /^other:.*\b(?:waves|stages)\b/i.test(c)
        ? "waves"
        : c;

export function scoreIngest(k: Knowledge, half: Half): IngestScore {
  const articles = loadArticles(half);
  const score: IngestScore = {
    half,
    articles: articles.length,
    trackable: 0,
    allRight: 0,
    proposed: 0,
    fieldRight: { event: 0, counted: 0, side: 0, scope: 0, claimant: 0 },
    untracked: 0,
    stray: 0,
    misses: [],
  };
  for (const a of articles) {
    const result = proposeIngest(k, {
      text: a.text,
      sha256: createHash("sha256").update(a.text).digest("hex"),
      outlet: a.outlet,
      published: String(a.published),
      now: "2026-01-01T00:00:00.000Z",
      by: "eval",
    });
    if (!result.ok) continue;
    const p = result.proposal;
    const used = new Set<Fact>();
    for (const e of a.facts) {
      if (!TRACKED.has(normalCounted(e.counted))) {
        score.untracked++;
        continue;
      }
      score.trackable++;
      const at = locate(a.text, { ...e, verdict: "supported" });
      const f = at
        ? p.facts
            .map((x) => x.fact)
            .find(
              (x) =>
                !used.has(x) &&
                x.value.type === "number" &&
                offsetOf(a.text, x) !== null &&
                overlapsAt(a.text, x, at),
            )
        : undefined;
      if (!f) {
        score.misses.push({ article: a.id, figure: e.figure, wrong: ["not proposed"] });
        continue;
      }
      used.add(f);
      score.proposed++;
      const wrong = FIELDS.filter((field) => !fieldRight(k, p, f, e, a, field));
      for (const field of FIELDS) if (!wrong.includes(field)) score.fieldRight[field]++;
      if (wrong.length === 0) score.allRight++;
      else
        score.misses.push({
          article: a.id,
          figure: e.figure,
          wrong: wrong.map((w) => `${w}: expected ${JSON.stringify(e[w])}, got ${got(k, p, f, w)}`),
        });
    }
    score.stray += p.facts.filter((x) => !used.has(x.fact)).length;
  }
  return score;
}

/** Where the fact's figure sits in the article: its quote (the sentence) and the words it says. */
function offsetOf(text: string, f: Fact): number | null {
  if (f.value.type !== "number") return null;
  const at = text.indexOf(f.value.said, f.quote.start);
  return at >= 0 && at < f.quote.end ? at : null;
}

function overlapsAt(text: string, f: Fact, at: { start: number; end: number }): boolean {
  const start = offsetOf(text, f);
  if (start === null || f.value.type !== "number") return false;
  const end = start + f.value.said.length;
  return start < at.end && at.start < end;
}

const SIDES: Record<string, string> = {
  each: "each",
  total: "total",
  "to-ukraine": "ukraine",
  "to-russia": "russia",
};
const COUNTED: Record<string, string[]> = {
  prisoners: ["people", "military"],
  military: ["military", "people"],
  civilians: ["civilians"],
  wounded: ["wounded"],
  exchanges: ["exchanges"],
  drones: ["drones"],
  missiles: ["missiles"],
};

function fieldRight(
  k: Knowledge,
  p: IngestProposal,
  f: Fact,
  e: ExpectedFact,
  a: Article,
  field: Field,
): boolean {
  const event = k.catalog.events.get(f.eventId);
  switch (field) {
    case "counted":
      // How many waves a deal took is a count of its own, with nothing counted in it.
      if (f.measure === "wave-count") return normalCounted(e.counted) === "waves";
      return (COUNTED[normalCounted(e.counted)] ?? []).includes(f.counted ?? "people");
    case "side":
      if (f.measure === "wave-count") return true;
      // Held, counts and ordinals have no side of their own.
      return e.scope === "other" || e.scope === "running-total"
        ? true
        : SIDES[e.side] === (f.side ?? "");
    case "scope":
      return scopeFits(f, event?.kind, e.scope);
    case "event": {
      // An exchange's number ("the 49th of the war") is filed under that exchange, which the
      // writers' labels call a running total.
      if (f.measure === "exchange-ordinal") return event?.kind === "exchange";
      if (e.scope === "running-total" || e.event === "running-total")
        return event?.kind === "tally";
      if (!event) return false;
      const [from = "", to] = String(e.event).split(/\.{2}/);
      const start = eventStart(event);
      const end = eventEnd(event);
      // Held now, a deal so far, an exchange's number in its year: filed under the tally, the
      // deal, or the exchange, which the expected span contains or is contained in.
      if (
        e.scope === "other" &&
        (event.kind === "tally" || (start && from <= start && (!to || start <= to)))
      )
        return true;
      if (e.scope === "deal-so-far" && event.kind === "deal" && start === from) return true;
      if (to) return start === from && end === to;
      // A part of a deal's wave, or the wave itself, dated by the day.
      return (
        start === from || f.eventDate === from || (!!start && !!end && start <= from && from <= end)
      );
    }
    case "claimant":
      return claimantMatches(k, p, f.claimantId, e.claimant, a.outlet);
  }
}

function normalScope(s: string): string {
  return s === "part" || s === "wave" ? "wave" : s;
}

/** The stored measures each of the writers' scopes may be filed as. */
function scopeFits(f: Fact, kind: string | undefined, expected: string): boolean {
  if (scopeOf(f, kind) === normalScope(expected)) return true;
  return expected === "running-total" && f.measure === "exchange-ordinal";
}

function scopeOf(f: Fact, kind: string | undefined): string {
  if (f.measure === "released-to-date") return "deal-so-far";
  if (f.measure === "returned-since-2022" || f.measure === "exchange-count") return "running-total";
  if (f.measure === "released") return kind === "deal" ? "deal" : "wave";
  // How many waves or days a deal took is said of the whole deal.
  if (f.measure === "wave-count" || f.measure === "duration-days") return "deal";
  return "other";
}

/** The expected claimant, named as a writer would, against the proposed one. */
export function claimantMatches(
  k: Knowledge,
  p: IngestProposal,
  id: string,
  expected: string,
  outlet: string,
): boolean {
  const name =
    k.catalog.claimants.get(id)?.name ??
    [p.claimant, ...(p.claimants ?? [])].find((c) => c?.id === id)?.name ??
    id;
  const want = expected.toLowerCase();
  // "Siverian Courier" for the outlet "Siverian Courier (Chernihiv)": the outlet's own voice.
  if (outlet.toLowerCase().startsWith(want)) return name === outlet;
  const keys: [RegExp, RegExp][] = [
    [/defen[cs]e ministry|ministry of defen/, /defence ministry/i],
    [/coordination/, /coordination/i],
    [/zelensk/, /zelensky/i],
    [/lubinets|ombudsman/, /ombudsman/i],
    [/medinsky/, /medinsky/i],
    // "Ukrainian and Russian officials" are both sides' officials, not Russia's alone.
    [/both (?:sides|countries)|ukrainian and russian|russian and ukrainian/, /both sides/i],
    // A country named as the speaker is its government, as "Moscow" and "Kyiv" are.
    [/moscow|russian side|kremlin|russian officials|^russia$/, /russian officials/i],
    [/kyiv|ukrainian officials|ukrainian side|^ukraine$/, /ukrainian officials/i],
  ];
  for (const [w, n] of keys) if (w.test(want)) return n.test(name);
  return name.toLowerCase() === want;
}

function got(k: Knowledge, p: IngestProposal, f: Fact, field: Field): string {
  const event = k.catalog.events.get(f.eventId);
  switch (field) {
    case "event":
      return `${f.eventId} (${event ? `${eventStart(event)}..${eventEnd(event)}` : "?"}) eventDate ${f.eventDate}`;
    case "counted":
      return String(f.counted);
    case "side":
      return String(f.side);
    case "scope":
      return `${scopeOf(f, event?.kind)} (${f.measure})`;
    case "claimant":
      return (
        k.catalog.claimants.get(f.claimantId)?.name ??
        [p.claimant, ...(p.claimants ?? [])].find((c) => c?.id === f.claimantId)?.name ??
        f.claimantId
      );
  }
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((a / b) * 100).toFixed(1)}%`);

export function formatIngest(s: IngestScore, misses = true): string {
  const lines = [
    `Ingest, ${s.half} half: ${s.articles} articles, ${s.trackable} facts of kinds the store tracks (+${s.untracked} it has no measure for)`,
    `  proposed:                               ${s.proposed}/${s.trackable} (${pct(s.proposed, s.trackable)})`,
    `  right event, count, side, scope and claimant (≥90%): ${s.allRight}/${s.trackable} (${pct(s.allRight, s.trackable)})`,
    `  per field: ${FIELDS.map((f) => `${f} ${s.fieldRight[f]}/${s.proposed}`).join(" · ")}`,
    `  proposed facts no editor listed: ${s.stray}`,
  ];
  if (misses)
    for (const m of s.misses) lines.push(`  [${m.article}] "${m.figure}": ${m.wrong.join("; ")}`);
  return lines.join("\n");
}
