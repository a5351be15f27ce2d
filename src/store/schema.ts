import { z } from "zod";

/**
 * The store file's shape. Every load is validated against this; a file that fails stops
 * start-up with the file name and the bad path (see store.ts). Bump SCHEMA_VERSION and add a
 * step to migrate.ts whenever a change here would reject an older file.
 */
export const SCHEMA_VERSION = 2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const isoDateTime = z.string().datetime({ offset: true });
const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "expected a lower-case id");

/** A date known exactly, or only as a range (a source with no printed date). */
export const DateOrRange = z.union([
  z.object({ on: isoDate }).strict(),
  z.object({ from: isoDate, to: isoDate, note: z.string().optional() }).strict(),
]);

export const Source = z
  .object({
    id,
    outlet: z.string().min(1),
    title: z.string().nullable(),
    author: z.string().nullable(),
    published: DateOrRange,
    url: z.string().url().nullable(),
    /** The file under data/sources/ the text was taken from (bundled sources only). */
    file: z.string().nullable(),
    /** The full text, byte for byte; quotes are offsets into this string. */
    text: z.string(),
    /** sha256 of the text (UTF-8), so an edited text is noticed. */
    sha256: z.string().regex(/^[a-f0-9]{64}$/),
    status: z.enum(["reviewed", "unreviewed"]),
    addedAt: isoDateTime,
    addedBy: z.string(),
    notes: z.string().optional(),
  })
  .strict();

/**
 * Who a source attributes a claim to. Three outlets repeating one ministry's count are one
 * claimant, so agreement is counted per claimant, not per outlet.
 */
export const Claimant = z
  .object({
    id,
    name: z.string().min(1),
    /** Which party to the war (or mediator) the claimant speaks for; "press" for an outlet's own voice. */
    party: z.enum(["ukraine", "russia", "both", "united-states", "turkey", "independent", "press"]),
  })
  .strict();

export const Event = z
  .object({
    id,
    kind: z.enum([
      "exchange",
      "talks",
      "deal",
      "tally",
      "attack",
      "call",
      "statement",
      "meeting",
      "bodies", // a return of the bodies of the fallen (v2)
      "return", // people returned outside an exchange: children, civilians (v2)
      "founding", // a body set up ("the Coordination Headquarters, created in March 2022")
    ]),
    title: z.string().min(1),
    /** The date the store files the event under; sources may disagree (see date disputes). */
    date: DateOrRange.nullable(),
    /** A wave belongs to the deal it delivers. */
    partOf: id.nullable(),
    /** What a reporter would type: "istanbul", "1000-for-1000", "wave 2". */
    aliases: z.array(z.string().min(1)),
    /**
     * v2: an event proposed by ingest stays "unreviewed" (answering nothing) until an editor
     * approves it; absent on curated events, which are reviewed.
     */
    status: z.enum(["reviewed", "unreviewed", "rejected"]).optional(),
    /** v2: the source whose words establish a proposed event, and those words. */
    sourceId: id.optional(),
    quote: z
      .object({
        text: z.string().min(1),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
      })
      .strict()
      .optional(),
    addedAt: isoDateTime.optional(),
  })
  .strict();

/** What is counted. POWs and servicemen are one category: a captured serviceman is a POW. */
export const Counted = z.enum([
  "people", // prisoners, detainees, individuals, captives: military and civilians together
  "military", // POWs, servicemen, soldiers, troops
  "civilians",
  "wounded",
  "exchanges", // a count of exchanges
  "drones", // drones launched in an attack
  "missiles", // missiles launched in an attack
  // v2: what later exchanges count
  "bodies", // bodies of the fallen
  "under-25", // young soldiers under 25
  "children",
  "seriously-wounded", // the seriously wounded and sick
]);

/**
 * Whose people: "each" means the same figure for both sides; "total" both sides together;
 * "ukraine" Ukrainians (returned to Ukraine, or held by Russia); "russia" Russians.
 */
export const Side = z.enum(["each", "total", "ukraine", "russia"]);

export const Qualifier = z.enum([
  "exact",
  "about",
  "nearly",
  "more-than",
  "at-least",
  "up-to",
  "fewer-than",
  "range",
]);

export const NumberValue = z
  .object({
    type: z.literal("number"),
    n: z.number().nonnegative(),
    qualifier: Qualifier,
    /** Upper end of a range ("65–110"). */
    n2: z.number().nonnegative().optional(),
    /** The words in the quote that state the figure, e.g. "nearly 480". */
    said: z.string().min(1),
  })
  .strict();

export const DateValue = z
  .object({ type: z.literal("date"), date: isoDate, said: z.string().min(1) })
  .strict();

/** A non-numeric claim: `key` is the normalised answer that other claims are compared on. */
export const TextValue = z
  .object({ type: z.literal("text"), key: z.string().min(1), said: z.string().min(1) })
  .strict();

export const Value = z.discriminatedUnion("type", [NumberValue, DateValue, TextValue]);

export const Measure = z.enum([
  "released", // people released/returned in one exchange (or a deal's total)
  "released-to-date", // released so far in a multi-day deal, as of asOf
  "returned-since-2022", // cumulative people returned since the full-scale invasion
  "exchange-count", // cumulative number of exchanges
  "exchange-ordinal", // "the 64th exchange"
  "exchanges-this-year", // "the fifth such event in 2025"
  "held", // people held by the other side
  "agreed-on", // the date a deal was agreed
  "mediator", // who mediated / brokered
  "initiator", // who proposed / arranged
  "first-direct-talks", // whether the talks were the first direct ones, and since when
  "trump-title", // how Trump is titled at the time
  "duration-days",
  "wave-count",
  "launched", // drones or missiles launched in an attack (counted says which)
  "ceasefire-days-sought", // the length of the ceasefire a side asked for, in days
  "unclassified", // v2: a figure ingest could not place, kept with its quote for an editor
  "took-place-on", // the day an event took place, as a source dates it (a month, as text, when no day is given)
  "delegation-head", // who led a side's delegation at talks (side: whose)
  "overseen-by", // who oversees an exchange for a side
  "taken-to", // where released people were taken (side: whose people)
  "agreed-in", // the place a deal was agreed
  "venue", // the building or place talks were held in
  "pictured-in", // where a source's photograph of the released was taken, as its caption says
  "outcome", // what talks produced, as a source sums it up
  "called", // whom a call was with, in the order a source gives
  "weight-lost", // weight some returnees lost in captivity, in pounds
  "role", // who a person named in the sources is, as a source puts it (never compared as a dispute)
]);

export const Quote = z
  .object({
    text: z.string().min(1),
    /** Offsets into the source text in UTF-16 code units (JavaScript string indices). */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((q) => q.end - q.start === q.text.length, {
    message: "quote offsets do not span the quote's length",
  });

export const Fact = z
  .object({
    id,
    sourceId: id,
    eventId: id,
    measure: Measure,
    counted: Counted.nullable(),
    side: Side.nullable(),
    value: Value,
    /** The date the source gives for the event (an exchange's day), when it gives one. */
    eventDate: isoDate.nullable(),
    /** The day the figure was true (cumulative totals); null when it is the event's own figure. */
    asOf: DateOrRange.nullable(),
    claimantId: id,
    quote: Quote,
    /** A planned figure ("set to release 1,000") rather than one already done. */
    planned: z.boolean().default(false),
    status: z.enum(["reviewed", "unreviewed", "rejected"]),
    note: z.string().optional(),
    /** When the fact entered the store; absent for the curated ones (their source's addedAt). */
    addedAt: isoDateTime.optional(),
  })
  .strict();

export const Resolution = z
  .object({
    id,
    disputeId: z.string().min(1),
    /** The fact ids the editor trusts; empty with verdict "both-stand". */
    trustedFactIds: z.array(id),
    verdict: z.enum(["trust", "both-stand"]),
    note: z.string().nullable(),
    by: z.string().min(1),
    at: isoDateTime,
  })
  .strict();

export const Digest = z
  .object({
    day: isoDate,
    channel: z.string().min(1),
    ts: z.string().min(1),
    postedAt: isoDateTime,
  })
  .strict();

export const AuditEntry = z
  .object({
    at: isoDateTime,
    by: z.string().min(1),
    action: z.string().min(1),
    target: z.string().min(1),
    before: z.unknown(),
    after: z.unknown(),
  })
  .strict();

export const Report = z
  .object({
    id,
    by: z.string().min(1),
    at: isoDateTime,
    answer: z.string(),
    note: z.string(),
    status: z.enum(["open", "closed"]),
  })
  .strict();

export const FactcheckRun = z
  .object({
    at: isoDateTime,
    by: z.string().min(1),
    claims: z.number().int().nonnegative(),
    verdicts: z.record(z.string(), z.number().int().nonnegative()),
    /** The figures that came back contradicted, as the draft wrote them. */
    wrong: z.array(z.string()),
  })
  .strict();

/**
 * A request from Slack already handled (its kind and Slack's id for it, `event:Ev123`), kept
 * past the signature window so a replay of the same signed request, even after a restart, is
 * not applied twice. Kept in the store's sidecar file (handled.ts); old entries are dropped as
 * new ones are written.
 */
export const HandledRequest = z
  .object({ key: z.string().min(1).max(400), at: isoDateTime })
  .strict();

export const StoreData = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    sources: z.array(Source),
    claimants: z.array(Claimant),
    events: z.array(Event),
    facts: z.array(Fact),
    resolutions: z.array(Resolution),
    digests: z.array(Digest),
    audit: z.array(AuditEntry),
    reports: z.array(Report),
    factchecks: z.array(FactcheckRun),
    /**
     * Only in files written by the issue-13 release, which kept claims in the store: read so
     * that opening such a file moves them to the sidecar, and never written again.
     */
    handled: z.array(HandledRequest).optional(),
  })
  .strict();

export type DateOrRange = z.infer<typeof DateOrRange>;
export type Source = z.infer<typeof Source>;
export type Claimant = z.infer<typeof Claimant>;
export type Event = z.infer<typeof Event>;
export type Counted = z.infer<typeof Counted>;
export type Side = z.infer<typeof Side>;
export type Qualifier = z.infer<typeof Qualifier>;
export type NumberValue = z.infer<typeof NumberValue>;
export type DateValue = z.infer<typeof DateValue>;
export type TextValue = z.infer<typeof TextValue>;
export type Value = z.infer<typeof Value>;
export type Measure = z.infer<typeof Measure>;
export type Quote = z.infer<typeof Quote>;
export type Fact = z.infer<typeof Fact>;
export type Resolution = z.infer<typeof Resolution>;
export type Digest = z.infer<typeof Digest>;
export type AuditEntry = z.infer<typeof AuditEntry>;
export type Report = z.infer<typeof Report>;
export type FactcheckRun = z.infer<typeof FactcheckRun>;
export type HandledRequest = z.infer<typeof HandledRequest>;
export type StoreData = z.infer<typeof StoreData>;

export function emptyStore(): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    claimants: [],
    events: [],
    facts: [],
    resolutions: [],
    digests: [],
    audit: [],
    reports: [],
    factchecks: [],
  };
}
