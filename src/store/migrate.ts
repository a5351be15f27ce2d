/**
 * Schema migrations. Each step takes a file of version N to N+1. A file from a newer
 * release is refused rather than downgraded: an older bot must not drop what a newer one wrote.
 */
import { SCHEMA_VERSION } from "./schema.ts";

type Raw = Record<string, unknown>;

/** steps[n] migrates version n to n + 1. */
const steps: Record<number, (data: Raw) => Raw> = {
  // v2 (issue 14) only adds: event kinds (bodies, return), counts (bodies, under-25, children,
  // seriously-wounded), the "unclassified" measure and an event's optional status, source and
  // quote. A v1 file is a valid v2 file; its events are the curated, reviewed ones.
  1: (data) => data,
};

export class MigrationError extends Error {}

export function versionOf(raw: unknown): number | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const v = (raw as Raw).schemaVersion;
  return typeof v === "number" && Number.isInteger(v) ? v : null;
}

export function needsMigration(raw: unknown): boolean {
  const v = versionOf(raw);
  return v !== null && v < SCHEMA_VERSION;
}

export function migrate(raw: unknown): Raw {
  const from = versionOf(raw);
  if (from === null) throw new MigrationError("schemaVersion is missing or not an integer");
  if (from > SCHEMA_VERSION) {
    throw new MigrationError(
      `schemaVersion ${from} is newer than this release understands (${SCHEMA_VERSION}); upgrade Factdesk instead of downgrading the file`,
    );
  }
  let data = raw as Raw;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new MigrationError(`no migration from schemaVersion ${v}`);
    data = { ...step(data), schemaVersion: v + 1 };
  }
  return data;
}
