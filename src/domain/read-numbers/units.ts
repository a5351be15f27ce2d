/**
 * Units written beside a figure, as data: currencies before it ("£", "RM", "Rs"), units and
 * scale words after it ("%", "164p", "12GB", "300 metres", "£96m", "₹4,500 crore"). Names are
 * the canonical ones of test/eval/numbers/README.md: "%", "pp", "bp", "pt", ISO currency codes,
 * "p", "c", and measures ("km", "°C", "MW", "hour" …). A counted noun ("people", "rebounds") is
 * not a unit. Pure.
 */

export type UnitKind = "percent" | "money" | "measure";

/** Currency signs and codes written before a figure ("US$5", "RM79", "Rs 2,000", "CHF 40"). */
const CURRENCY_BEFORE: Record<string, string> = {
  US$: "USD",
  A$: "AUD",
  AU$: "AUD",
  C$: "CAD",
  CA$: "CAD",
  HK$: "HKD",
  NZ$: "NZD",
  S$: "SGD",
  R$: "BRL",
  $: "USD",
  "£": "GBP",
  "€": "EUR",
  "¥": "JPY",
  "₹": "INR",
  "₴": "UAH",
  "₽": "RUB",
  "₩": "KRW",
  "₦": "NGN",
  "₺": "TRY",
  Rs: "INR",
  "Rs.": "INR",
  RM: "MYR",
  USD: "USD",
  EUR: "EUR",
  GBP: "GBP",
  JPY: "JPY",
  CNY: "CNY",
  INR: "INR",
  CHF: "CHF",
  AUD: "AUD",
  CAD: "CAD",
  HKD: "HKD",
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);

/** Signs that stand alone; letter prefixes ("RM", "Rs", "USD") need a figure right after them. */
const SIGNS = Object.keys(CURRENCY_BEFORE).filter((k) => !/^[A-Za-z]/.test(k));
const LETTERED = Object.keys(CURRENCY_BEFORE).filter((k) => /^[A-Za-z]/.test(k));

/** The currency alternation for the number reader's candidate pattern. */
export const CURRENCY_BEFORE_SRC = [
  ...longestFirst(SIGNS).map(escapeRe),
  `(?:${longestFirst(LETTERED).map(escapeRe).join("|")})(?=\\s?\\d)`,
].join("|");

/** A currency sign or code at `at` (sticky): its ISO code and where the figure starts. */
const CURRENCY_AT = new RegExp(`(?:${CURRENCY_BEFORE_SRC})`, "y");
export function currencyAt(text: string, at: number): { code: string; end: number } | null {
  CURRENCY_AT.lastIndex = at;
  const m = CURRENCY_AT.exec(text);
  if (!m) return null;
  let end = at + m[0].length;
  if (text[end] === " ") end++;
  return { code: CURRENCY_BEFORE[m[0]] ?? "USD", end };
}

/**
 * Units spelled as words, after a space or a hyphen ("300 metres", "a 60-day truce", "19
 * cents"); case does not matter. Longer spellings are tried first ("basis points" before
 * "points").
 */
const WORD_UNITS: Record<string, readonly string[]> = {
  "%": ["per cent", "percent", "per-cent", "pct"],
  pp: ["percentage points", "percentage point", "percent points", "ppt", "ppts"],
  bp: ["basis points", "basis point", "bps", "bp"],
  pt: ["points", "point", "pts"],
  USD: ["us dollars", "dollars", "dollar"],
  AUD: ["australian dollars"],
  CAD: ["canadian dollars"],
  HKD: ["hong kong dollars"],
  GBP: ["pounds sterling", "pounds", "pound", "sterling"],
  EUR: ["euros", "euro"],
  JPY: ["yen"],
  CNY: ["yuan", "renminbi"],
  INR: ["rupees", "rupee"],
  MYR: ["ringgit"],
  CHF: ["swiss francs", "francs"],
  UAH: ["hryvnias", "hryvnia", "hryvnya", "hryvnyas"],
  RUB: ["rubles", "roubles", "ruble", "rouble"],
  ZAR: ["rand"],
  NGN: ["naira"],
  p: ["pence", "pennies", "penny"],
  c: ["euro cents", "euro cent", "cents", "cent"],
  km: ["kilometres", "kilometers", "kilometre", "kilometer"],
  m: ["metres", "meters", "metre", "meter"],
  cm: ["centimetres", "centimeters", "centimetre", "centimeter"],
  mm: ["millimetres", "millimeters", "millimetre", "millimeter"],
  mi: ["miles", "mile"],
  nmi: ["nautical miles", "nautical mile"],
  ft: ["feet", "foot"],
  in: ["inches", "inch"],
  km2: ["square kilometres", "square kilometers", "square kilometre", "sq km"],
  ha: ["hectares", "hectare"],
  acre: ["acres", "acre"],
  "km/h": ["kilometres per hour", "kilometers per hour", "kilometres an hour"],
  mph: ["miles per hour", "miles an hour"],
  kn: ["knots", "knot"],
  "°C": ["degrees celsius", "degrees centigrade", "degrees c", "celsius", "degrees", "degree"],
  "°F": ["degrees fahrenheit", "degrees f", "fahrenheit"],
  kg: ["kilograms", "kilogrammes", "kilogram", "kilos", "kilo"],
  g: ["grams", "grammes", "gram"],
  mg: ["milligrams", "milligram"],
  t: ["tonnes", "tonne", "tons", "ton", "metric tons"],
  lb: ["lbs", "lb"],
  l: ["litres", "liters", "litre", "liter"],
  GB: ["gigabytes", "gigabyte"],
  TB: ["terabytes", "terabyte"],
  MB: ["megabytes", "megabyte"],
  Mbps: ["megabits per second"],
  Hz: ["hertz"],
  kHz: ["kilohertz"],
  MHz: ["megahertz"],
  GHz: ["gigahertz"],
  W: ["watts", "watt"],
  kW: ["kilowatts", "kilowatt"],
  MW: ["megawatts", "megawatt"],
  GW: ["gigawatts", "gigawatt"],
  kWh: ["kilowatt hours", "kilowatt-hours", "kilowatt hour"],
  nit: ["nits", "nit"],
  ppm: ["parts per million"],
  year: ["years old", "year-old", "years", "year", "yrs", "yr"],
  decade: ["decades", "decade"],
  month: ["months", "month"],
  week: ["weeks", "week"],
  day: ["days", "day"],
  hour: ["hours", "hour", "hrs", "hr"],
  minute: ["minutes", "minute", "mins", "min"],
  second: ["seconds", "second", "secs", "sec"],
  x: ["times"],
};

/**
 * Units written as symbols, glued to the figure or after one space ("34C", "12GB", "300 MW");
 * case matters ("MW" is not "mW", "C" is Celsius, "c" cents). One-letter symbols must be glued:
 * "5 m" is more often a scale than metres.
 */
const SYMBOL_UNITS: Record<string, readonly string[]> = {
  "%": ["%", "pc"],
  pp: ["pp", "ppt"],
  bp: ["bps", "bp"],
  "°C": ["°C", "ºC", "° C", "°"],
  "°F": ["°F", "ºF"],
  km: ["km"],
  cm: ["cm"],
  mm: ["mm"],
  km2: ["km2", "km²", "sq km"],
  ha: ["ha"],
  ft: ["ft"],
  mi: ["mi"],
  "km/h": ["km/h", "kmh", "kph", "km/hr"],
  mph: ["mph"],
  kn: ["kts", "kt", "kn"],
  kg: ["kg", "kgs"],
  mg: ["mg"],
  lb: ["lbs", "lb"],
  ml: ["ml"],
  GB: ["GB", "Gb"],
  TB: ["TB"],
  MB: ["MB"],
  Mbps: ["Mbps", "Mbit/s", "Mb/s"],
  Gbps: ["Gbps", "Gbit/s", "Gb/s"],
  Hz: ["Hz"],
  kHz: ["kHz", "KHz"],
  MHz: ["MHz"],
  GHz: ["GHz"],
  kW: ["kW"],
  MW: ["MW"],
  GW: ["GW"],
  kWh: ["kWh"],
  MWh: ["MWh"],
  GWh: ["GWh"],
  TWh: ["TWh"],
  mAh: ["mAh"],
  ppm: ["ppm"],
  hour: ["hrs", "hr"],
  minute: ["mins", "min"],
  second: ["secs", "sec"],
};

/**
 * Symbols glued only: "34C", "164p", "19c", "5m", "2t", "9.83s", "3x", "6.2in" ("rose 6.2 in
 * May" is no length).
 */
const GLUED_LETTERS: Record<string, string> = {
  C: "°C",
  F: "°F",
  p: "p",
  c: "c",
  m: "m",
  g: "g",
  t: "t",
  W: "W",
  h: "hour",
  s: "second",
  x: "x",
  in: "in",
};

const KIND: Record<string, UnitKind> = { "%": "percent" };
const MONEY = new Set([...Object.values(CURRENCY_BEFORE), "ZAR", "NGN", "p", "c"]);
for (const u of MONEY) KIND[u] = "money";
export const unitKind = (unit: string): UnitKind => KIND[unit] ?? "measure";

const WORD_CANON = new Map<string, string>();
for (const [canon, names] of Object.entries(WORD_UNITS))
  for (const n of names) WORD_CANON.set(n, canon);
const SYMBOL_CANON = new Map<string, string>();
for (const [canon, names] of Object.entries(SYMBOL_UNITS))
  for (const n of names) SYMBOL_CANON.set(n, canon);

const WORD_AFTER = new RegExp(
  `(?:\\s{1,3}|-)(${longestFirst(WORD_CANON.keys())
    .map((w) => escapeRe(w).replace(/ /g, "\\s{1,3}"))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "iuy",
);
const SYMBOL_AFTER = new RegExp(
  `\\s?(${longestFirst(SYMBOL_CANON.keys()).map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`,
  "uy",
);
const GLUED_AFTER = /(in|[CFpcmgtWhsx])(?![\p{L}\p{N}])/uy;

export interface UnitRead {
  unit: string;
  kind: UnitKind;
  /** Where the unit's words end. */
  end: number;
}

/** The unit written right after a figure ending at `at`, or null. */
export function unitAfter(text: string, at: number): UnitRead | null {
  const c = text[at];
  if (c === undefined) return null;
  let unit: string | undefined;
  let end = at;
  if (c !== " " && c !== "-" && c !== "\u00a0") {
    GLUED_AFTER.lastIndex = at;
    const g = GLUED_AFTER.exec(text);
    if (g) {
      unit = GLUED_LETTERS[g[1] as string];
      end = GLUED_AFTER.lastIndex;
    }
  }
  if (unit === undefined && c !== "-") {
    SYMBOL_AFTER.lastIndex = at;
    const s = SYMBOL_AFTER.exec(text);
    if (s) {
      unit = SYMBOL_CANON.get(s[1] as string);
      end = SYMBOL_AFTER.lastIndex;
    }
  }
  if (unit === undefined && (c === " " || c === "-" || c === "\u00a0" || c === "\t")) {
    WORD_AFTER.lastIndex = at;
    const w = WORD_AFTER.exec(text);
    if (w) {
      unit = WORD_CANON.get((w[1] as string).toLowerCase().replace(/\s+/g, " "));
      end = WORD_AFTER.lastIndex;
    }
  }
  if (unit === undefined) return null;
  return { unit, kind: unitKind(unit), end };
}

/**
 * Scale words and abbreviations after a figure: "25k", "$1tn", "£96m", "₹4,500 crore", "3.9
 * million". `money` allows the abbreviations that are ambiguous without a currency ("5m" is
 * metres, "£5m" millions).
 */
const SCALE_WORDS: Record<string, number> = {
  // Indian copy chains them: "Rs 11.11 lakh crore" is 11.11 × 10^12.
  "lakh crore": 1e12,
  "lakh crores": 1e12,
  "thousand crore": 1e10,
  "thousand crores": 1e10,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
  k: 1e3,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  cr: 1e7,
};
const SCALE_SPACED =
  /\s{1,3}((?:lakh|thousand)\s{1,3}crores?|thousand|million|billion|trillion|crores?|lakhs?)(?![\p{L}\p{N}_])/iuy;
const SCALE_GLUED_MONEY = /\s?(bn|mn|mln|tn|trn|cr|[mbk])(?![\p{L}\p{N}_])/iuy;
const SCALE_GLUED = /(bn|mln|tn|trn|k)(?![\p{L}\p{N}_])/uy;

export function scaleAfter(
  text: string,
  at: number,
  money: boolean,
): { scale: number; end: number } | null {
  for (const re of money ? [SCALE_SPACED, SCALE_GLUED_MONEY] : [SCALE_SPACED, SCALE_GLUED]) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m)
      return {
        scale: SCALE_WORDS[(m[1] as string).toLowerCase().replace(/\s+/g, " ")] ?? 1,
        end: re.lastIndex,
      };
  }
  return null;
}
