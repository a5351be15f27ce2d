/**
 * One vocabulary of units for every reader (the one test/eval/numbers/README.md labels with), so
 * "Dollar", "$" and "USD" compare equal. A unit outside it reads as none: counted nouns
 * ("people", "rebounds") are not units in the labels.
 */
const ALIASES: Record<string, string[]> = {
  "%": ["%", "percent", "per cent", "pct", "percentage"],
  pp: ["percentage point", "percentage points", "pp"],
  bp: ["basis point", "basis points", "bp", "bps"],
  pt: ["point", "points", "pt", "pts"],
  USD: ["$", "usd", "dollar", "dollars", "united states dollar", "us$"],
  GBP: ["£", "gbp", "pound", "pounds", "british pound", "pound sterling"],
  EUR: ["€", "eur", "euro", "euros"],
  JPY: ["¥", "jpy", "yen", "japanese yen"],
  MYR: ["rm", "myr", "ringgit", "malaysian ringgit"],
  INR: ["₹", "inr", "rupee", "rupees", "indian rupee"],
  p: ["p", "pence", "penny", "pennies"],
  c: ["c", "cent", "cents"],
  x: ["times", "x"],
  km: ["km", "kilometre", "kilometres", "kilometer", "kilometers"],
  m: ["m", "metre", "metres", "meter", "meters"],
  cm: ["cm", "centimetre", "centimetres", "centimeter", "centimeters"],
  mm: ["mm", "millimetre", "millimetres", "millimeter", "millimeters"],
  mi: ["mi", "mile", "miles"],
  ft: ["ft", "foot", "feet"],
  km2: ["km2", "km²", "square kilometre", "square kilometres", "square kilometer"],
  ha: ["ha", "hectare", "hectares"],
  "km/h": ["km/h", "kmh", "kph", "kilometer per hour", "kilometre per hour"],
  mph: ["mph", "mile per hour", "miles per hour"],
  kn: ["kn", "knot", "knots"],
  "°C": ["°c", "c", "celsius", "degree celsius", "degrees celsius", "c degree"],
  kg: ["kg", "kilogram", "kilograms", "kilo", "kilos"],
  g: ["g", "gram", "grams"],
  mg: ["mg", "milligram", "milligrams"],
  t: ["t", "tonne", "tonnes", "ton", "tons", "metric ton"],
  GB: ["gb", "gigabyte", "gigabytes"],
  TB: ["tb", "terabyte", "terabytes"],
  Mbps: ["mbps", "megabit per second", "megabits per second"],
  Hz: ["hz", "hertz"],
  kHz: ["khz", "kilohertz"],
  W: ["w", "watt", "watts"],
  kW: ["kw", "kilowatt", "kilowatts"],
  MW: ["mw", "megawatt", "megawatts"],
  mAh: ["mah"],
  nit: ["nit", "nits"],
  ppm: ["ppm", "parts per million", "part per million"],
  year: ["year", "years", "yr", "yrs", "year-old", "years old"],
  month: ["month", "months"],
  week: ["week", "weeks"],
  day: ["day", "days"],
  hour: ["hour", "hours", "hr", "hrs", "h"],
  minute: ["minute", "minutes", "min", "mins"],
  second: ["second", "seconds", "sec", "secs", "s"],
};

const CANON = new Map<string, string>();
for (const [canon, names] of Object.entries(ALIASES)) {
  for (const n of names) if (!CANON.has(n)) CANON.set(n, canon);
}

/** The canonical unit for a library's or a text's unit name, or undefined. Case matters only for the canonical forms themselves ("MW" vs "mW" are read alike: news copy has no milliwatts). */
export function normalizeUnit(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase().replace(/\s+/g, " ");
  return CANON.get(key);
}
