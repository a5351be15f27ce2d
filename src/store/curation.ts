/**
 * Builds the bundled store from data/curation/store.yaml and the source texts in
 * data/sources/. Editors write quotes as text; offsets are found here, so a quote that is not
 * in its source (or is ambiguous) fails the build instead of entering the store.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import {
  type Fact,
  SCHEMA_VERSION,
  type Source,
  type StoreData,
  StoreData as StoreSchema,
} from "./schema.ts";

/** Fixed so that rebuilding the bundled store is byte-for-byte reproducible. */
const CURATED_AT = "2026-11-22T00:00:00.000Z";
const CURATOR = "factdesk-curation";

const CuratedSource = z
  .object({
    id: z.string(),
    file: z.string(),
    outlet: z.string(),
    title: z.string().nullable(),
    author: z.string().nullable(),
    published: z.union([
      z.object({ on: z.string() }),
      z.object({ from: z.string(), to: z.string(), note: z.string().optional() }),
    ]),
    url: z.string().nullable(),
    notes: z.string().optional(),
  })
  .strict();

const CuratedFact = z
  .object({
    id: z.string(),
    source: z.string(),
    event: z.string(),
    measure: z.string(),
    counted: z.string().nullable().default(null),
    side: z.string().nullable().default(null),
    value: z.record(z.string(), z.unknown()),
    eventDate: z.string().nullable().default(null),
    asOf: z.unknown().nullable().default(null),
    claimant: z.string(),
    quote: z.string(),
    /** 1-based: which occurrence of the quote in the source, when it occurs more than once. */
    occurrence: z.number().int().positive().optional(),
    planned: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

const Curation = z
  .object({
    sources: z.array(CuratedSource),
    claimants: z.array(z.unknown()),
    events: z.array(z.unknown()),
    facts: z.array(CuratedFact),
  })
  .strict();

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Every start offset of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}

export class CurationError extends Error {}

export function buildBundledStore(dataDir: string): StoreData {
  const curationFile = path.join(dataDir, "curation", "store.yaml");
  const curation = Curation.parse(parseYaml(readFileSync(curationFile, "utf8")));
  const problems: string[] = [];

  const sources: Source[] = curation.sources.map((s) => {
    const text = readFileSync(path.join(dataDir, "sources", s.file), "utf8");
    return {
      id: s.id,
      outlet: s.outlet,
      title: s.title,
      author: s.author,
      published: s.published,
      url: s.url,
      file: s.file,
      text,
      sha256: sha256(text),
      status: "reviewed",
      addedAt: CURATED_AT,
      addedBy: CURATOR,
      ...(s.notes ? { notes: s.notes } : {}),
    };
  });
  const textOf = new Map(sources.map((s) => [s.id, s.text]));

  const facts = curation.facts.flatMap((f): Fact[] => {
    const text = textOf.get(f.source);
    if (text === undefined) {
      problems.push(`${f.id}: unknown source ${f.source}`);
      return [];
    }
    const at = occurrences(text, f.quote);
    if (at.length === 0) {
      problems.push(`${f.id}: quote not found in ${f.source}: "${f.quote}"`);
      return [];
    }
    if (at.length > 1 && f.occurrence === undefined) {
      problems.push(`${f.id}: quote occurs ${at.length} times in ${f.source}; set occurrence`);
      return [];
    }
    const start = at[(f.occurrence ?? 1) - 1];
    if (start === undefined) {
      problems.push(`${f.id}: occurrence ${f.occurrence} does not exist`);
      return [];
    }
    return [
      {
        id: f.id,
        sourceId: f.source,
        eventId: f.event,
        measure: f.measure,
        counted: f.counted,
        side: f.side,
        value: f.value,
        eventDate: f.eventDate,
        asOf: f.asOf,
        claimantId: f.claimant,
        quote: { text: f.quote, start, end: start + f.quote.length },
        planned: f.planned,
        status: "reviewed",
        ...(f.note ? { note: f.note } : {}),
      } as Fact,
    ];
  });
  if (problems.length > 0) {
    throw new CurationError(`${curationFile}:\n  ${problems.join("\n  ")}`);
  }

  const store = {
    schemaVersion: SCHEMA_VERSION,
    sources,
    claimants: curation.claimants,
    events: curation.events,
    facts,
    resolutions: [],
    digests: [],
    audit: [],
    reports: [],
    factchecks: [],
  };
  const parsed = StoreSchema.safeParse(store);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new CurationError(`${curationFile}:\n  ${lines.join("\n  ")}`);
  }
  return parsed.data;
}

export function serialiseStore(data: StoreData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
