/**
 * How the store's collections map onto tables. Every table has the same four columns the
 * adapter reads and writes: `seq` (insertion order, so rows load in the order the file keeps
 * them), `key` (the row's identity; null for the append-only logs), `rev` (the store revision
 * that last wrote it, so another instance can fetch only what changed) and `doc`, the row as
 * the zod schema has it. Columns for constraints and queries are generated from `doc`.
 */
import type { z } from "zod";
import type { Collection } from "../fact-store.ts";
import {
  AuditEntry,
  Claimant,
  Digest,
  Event,
  Fact,
  FactcheckRun,
  Report,
  Resolution,
  Source,
} from "../schema.ts";

export interface Table {
  collection: Collection;
  name: string;
  schema: z.ZodType;
  /** The row's identity; null for a log that is only ever appended to. */
  key: ((row: unknown) => string) | null;
}

const byId = (row: unknown) => (row as { id: string }).id;

export const TABLES: readonly Table[] = [
  { collection: "sources", name: "sources", schema: Source, key: byId },
  { collection: "claimants", name: "claimants", schema: Claimant, key: byId },
  { collection: "events", name: "events", schema: Event, key: byId },
  { collection: "facts", name: "facts", schema: Fact, key: byId },
  { collection: "resolutions", name: "resolutions", schema: Resolution, key: byId },
  {
    collection: "digests",
    name: "digests",
    schema: Digest,
    key: (row) => {
      const d = row as { channel: string; day: string };
      return `${d.channel} ${d.day}`;
    },
  },
  { collection: "audit", name: "audit", schema: AuditEntry, key: null },
  { collection: "reports", name: "reports", schema: Report, key: byId },
  { collection: "factchecks", name: "runs", schema: FactcheckRun, key: null },
];

export const tableOf = (c: Collection): Table => TABLES.find((t) => t.collection === c) as Table;
