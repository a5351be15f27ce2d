/**
 * A fact row checked by hand: what zod's `Fact` schema would take as it is. Opening a store
 * checks every row against its schema, and at 100,000 facts zod's check (which builds a copy
 * of each row, to be dropped) was a sixth of the CPU start-up costs. This check is a filter in
 * front of it, never a replacement: it says true only for a row the schema would accept and
 * return unchanged (every key known, `planned` written out, each value of the type, pattern or
 * choice the schema asks), and false whenever it is not sure, so that row goes through zod,
 * which decides and words any problem as before. `test/store/fact-rows.test.ts` holds it to
 * the schema, row by row, over the bundled store, a generated archive and bent rows.
 */
import { Fact, NumberValue } from "./schema.ts";

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The choices are the schema's own lists, so a value added there is taken here too.
const { shape } = Fact;
const MEASURES: ReadonlySet<unknown> = new Set(shape.measure.options);
const COUNTED: ReadonlySet<unknown> = new Set(shape.counted.unwrap().options);
const SIDES: ReadonlySet<unknown> = new Set(shape.side.unwrap().options);
const QUALIFIERS: ReadonlySet<unknown> = new Set(NumberValue.shape.qualifier.options);
const STATUSES: ReadonlySet<unknown> = new Set(shape.status.options);

/** The keys a fact may have; the first twelve it must have (`planned` included: see above). */
const REQUIRED = [
  "id",
  "sourceId",
  "eventId",
  "measure",
  "counted",
  "side",
  "value",
  "eventDate",
  "asOf",
  "claimantId",
  "quote",
  "planned",
  "status",
] as const;
const OPTIONAL = ["note", "addedAt"] as const;
const KEYS: ReadonlySet<string> = new Set<string>([...REQUIRED, ...OPTIONAL]);

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === "string" && ID.test(v);
const isDay = (v: unknown) => typeof v === "string" && DAY.test(v);
const isText = (v: unknown) => typeof v === "string" && v.length >= 1;
const isCount = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** Only these keys, each of them there. */
function exactly(row: Row, keys: readonly string[], optional: readonly string[] = []): boolean {
  let n = 0;
  for (const k in row) {
    if (!Object.hasOwn(row, k)) return false;
    if (keys.includes(k)) n++;
    else if (!optional.includes(k)) return false;
  }
  return n === keys.length;
}

function isDateOrRange(v: unknown): boolean {
  if (!isRow(v)) return false;
  if ("on" in v) return exactly(v, ["on"]) && isDay(v.on);
  if (!exactly(v, ["from", "to"], ["note"])) return false;
  return isDay(v.from) && isDay(v.to) && (!("note" in v) || typeof v.note === "string");
}

function isValue(v: unknown): boolean {
  if (!isRow(v)) return false;
  switch (v.type) {
    case "number":
      return (
        exactly(v, ["type", "n", "qualifier", "said"], ["n2"]) &&
        isCount(v.n) &&
        QUALIFIERS.has(v.qualifier) &&
        (!("n2" in v) || isCount(v.n2)) &&
        isText(v.said)
      );
    case "date":
      return exactly(v, ["type", "date", "said"]) && isDay(v.date) && isText(v.said);
    case "text":
      return exactly(v, ["type", "key", "said"]) && isText(v.key) && isText(v.said);
    default:
      return false;
  }
}

function isQuote(v: unknown): boolean {
  if (!isRow(v) || !exactly(v, ["text", "start", "end"])) return false;
  const { text, start, end } = v;
  return (
    isText(text) &&
    typeof start === "number" &&
    Number.isSafeInteger(start) &&
    start >= 0 &&
    typeof end === "number" &&
    Number.isSafeInteger(end) &&
    end > 0 &&
    end - start === (text as string).length
  );
}

/**
 * True only for a row the `Fact` schema accepts and returns unchanged; false when it would
 * refuse it, fill something in, or when this check cannot tell (zod then decides).
 */
export function plainlyValidFact(row: unknown): boolean {
  if (!isRow(row)) return false;
  for (const k in row) if (!KEYS.has(k) || !Object.hasOwn(row, k)) return false;
  for (const k of REQUIRED) if (!(k in row)) return false;
  return (
    isId(row.id) &&
    isId(row.sourceId) &&
    isId(row.eventId) &&
    MEASURES.has(row.measure) &&
    (row.counted === null || COUNTED.has(row.counted)) &&
    (row.side === null || SIDES.has(row.side)) &&
    isValue(row.value) &&
    (row.eventDate === null || isDay(row.eventDate)) &&
    (row.asOf === null || isDateOrRange(row.asOf)) &&
    isId(row.claimantId) &&
    isQuote(row.quote) &&
    typeof row.planned === "boolean" &&
    STATUSES.has(row.status) &&
    (!("note" in row) || typeof row.note === "string") &&
    (!("addedAt" in row) ||
      (typeof row.addedAt === "string" && shape.addedAt.safeParse(row.addedAt).success))
  );
}
