/**
 * One adapter per reader, each mapping the reader's own output to a Reading. Adapters only
 * translate what the reader reports (its spans, values, unit names, qualifiers, the kinds it
 * tells callers to ignore); they add no reading of the text of their own, so each row measures
 * the reader, not the adapter.
 */
import { NumberRecognizer } from "@microsoft/recognizers-text-number";
import { NumberWithUnitRecognizer } from "@microsoft/recognizers-text-number-with-unit";
import * as chrono from "chrono-node";
import nlp from "compromise";
import { findDates } from "../../src/domain/dates.ts";
import { findNumbers, type NumberMention } from "../../src/domain/numbers.ts";
import type { DateReading } from "./score.ts";
import type { Change, Reading } from "./set.ts";
import { normalizeUnit } from "./units.ts";

export interface NumberReader {
  name: string;
  read: (text: string) => Reading[];
}
export interface DateReader {
  name: string;
  read: (text: string) => DateReading[];
}

/** The reference day for relative dates in the set. */
export const REF_DATE = "2024-06-01";

// --- ours -------------------------------------------------------------------------------------

/** Kinds findNumbers reports "so a later layer can ignore them". */
const NOT_A_QUANTITY = new Set<NumberMention["kind"]>([
  "ordinal",
  "year",
  "time",
  "list-marker",
  "phone",
  "date-part",
  "label",
  "score",
]);

const QUALIFIER_CHANGE: Record<NumberMention["qualifier"], Change> = {
  exact: "=",
  about: "~",
  nearly: "<",
  "more-than": ">",
  "at-least": ">",
  "up-to": "<",
  "fewer-than": "<",
  range: "=",
};

export const ours: NumberReader = {
  name: "findNumbers (ours)",
  read(text) {
    const out: Reading[] = [];
    for (const m of findNumbers(text)) {
      if (NOT_A_QUANTITY.has(m.kind)) continue;
      const r: Reading = { start: m.start, end: m.end, value: m.n };
      if (m.n2 !== undefined && m.qualifier === "range") r.value2 = m.n2;
      if (m.unit) r.unit = m.unit;
      // An amount of change ("rose by about 20cm") is labelled by its direction.
      r.change = m.change ?? QUALIFIER_CHANGE[m.qualifier];
      out.push(r);
    }
    return out;
  },
};

// --- Microsoft Recognizers-Text ---------------------------------------------------------------

interface ModelResult {
  start: number;
  end: number;
  text: string;
  resolution: { value?: string; unit?: string } | null;
}
interface Model {
  parse(query: string): ModelResult[];
}

const CULTURE = "en-us";
const numbers = new NumberRecognizer(CULTURE);
const withUnit = new NumberWithUnitRecognizer(CULTURE);
/** Unit models first: where two models read overlapping text, the one with a unit wins. */
const MODELS: { model: Model; unit?: (r: ModelResult) => string | undefined }[] = [
  { model: withUnit.getCurrencyModel() as Model, unit: (r) => r.resolution?.unit },
  { model: withUnit.getDimensionModel() as Model, unit: (r) => r.resolution?.unit },
  { model: withUnit.getTemperatureModel() as Model, unit: (r) => r.resolution?.unit },
  { model: withUnit.getAgeModel() as Model, unit: (r) => r.resolution?.unit },
  { model: numbers.getPercentageModel() as Model, unit: () => "%" },
  { model: numbers.getNumberModel() as Model },
];

/** Recognizers' own unit names ("Dollar", "Kilometer", "C") beside our vocabulary. */
const MS_UNITS: Record<string, string> = {
  "united states dollar": "USD",
  "british pound": "GBP",
  pence: "p",
  penny: "p",
  cent: "c",
  "japanese yen": "JPY",
  "indian rupee": "INR",
  "malaysian ringgit": "MYR",
  euro: "EUR",
  kilometer: "km",
  meter: "m",
  centimeter: "cm",
  millimeter: "mm",
  mile: "mi",
  foot: "ft",
  "square kilometer": "km2",
  hectare: "ha",
  "kilometer per hour": "km/h",
  "mile per hour": "mph",
  knot: "kn",
  kilogram: "kg",
  gram: "g",
  milligram: "mg",
  ton: "t",
  "metric ton": "t",
  gigabyte: "GB",
  terabyte: "TB",
  "megabit per second": "Mbps",
  hertz: "Hz",
  kilohertz: "kHz",
  watt: "W",
  kilowatt: "kW",
  megawatt: "MW",
  c: "°C",
  celsius: "°C",
  degree: "°C",
  f: "°F",
  year: "year",
  month: "month",
  week: "week",
  day: "day",
  hour: "hour",
  minute: "minute",
  second: "second",
};

export function msUnit(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return MS_UNITS[name.trim().toLowerCase()] ?? normalizeUnit(name);
}

export const recognizers: NumberReader = {
  name: "MS Recognizers-Text",
  read(text) {
    const out: Reading[] = [];
    for (const { model, unit } of MODELS) {
      for (const r of model.parse(text)) {
        const start = r.start;
        const end = r.end + 1; // Recognizers' end is inclusive
        if (out.some((o) => o.start < end && start < o.end)) continue;
        const value = Number(String(r.resolution?.value ?? "").replace(/[,%\s]/g, ""));
        if (!Number.isFinite(value) || r.resolution?.value === undefined) continue;
        const reading: Reading = { start, end, value };
        const u = unit ? msUnit(unit(r)) : undefined;
        if (u) reading.unit = u;
        out.push(reading);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

// --- compromise -------------------------------------------------------------------------------

interface CompromiseNumber {
  text: string;
  number: { prefix: string; num: number; suffix: string; unit: string };
  offset: { start: number; length: number };
  terms: { tags: string[] }[];
}

/** Scale suffixes compromise reports but leaves out of `num` ("25k" → 25, unit "k"). */
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

export const compromise: NumberReader = {
  name: "compromise",
  read(text) {
    const out: Reading[] = [];
    const found = nlp(text).numbers().json({ offset: true }) as CompromiseNumber[];
    for (const x of found) {
      const tags = x.terms.flatMap((t) => t.tags);
      if (tags.includes("Ordinal") && !tags.includes("Fraction")) continue;
      const { prefix, num, suffix, unit } = x.number;
      if (!Number.isFinite(num)) continue;
      let value = num;
      let u: string | undefined;
      for (const part of [suffix, unit]) {
        const key = part.toLowerCase();
        if (key in SCALE && (key === "k" || prefix !== "")) value *= SCALE[key] ?? 1;
        else u ??= normalizeUnit(part);
      }
      u ??= normalizeUnit(prefix);
      const reading: Reading = {
        start: x.offset.start,
        end: x.offset.start + x.offset.length,
        value,
      };
      if (u) reading.unit = u;
      out.push(reading);
    }
    return out;
  },
};

export const NUMBER_READERS: NumberReader[] = [ours, recognizers, compromise];

// --- dates ------------------------------------------------------------------------------------

export const oursDates: DateReader = {
  name: "findDates (ours)",
  read(text) {
    return findDates(text, { refDate: REF_DATE }).map((d) => {
      const r: DateReading = { start: d.start, end: d.end };
      const iso = d.date ?? d.range?.from;
      if (iso) r.iso = iso;
      return r;
    });
  },
};

const pad = (n: number) => String(n).padStart(2, "0");
const [refY, refM, refD] = REF_DATE.split("-").map(Number) as [number, number, number];

export const chronoDates: DateReader = {
  name: "chrono-node",
  read(text) {
    return chrono.parse(text, new Date(refY, refM - 1, refD)).map((p) => {
      const d = p.start.date();
      return {
        start: p.index,
        end: p.index + p.text.length,
        iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      };
    });
  },
};

export const DATE_READERS: DateReader[] = [oursDates, chronoDates];
