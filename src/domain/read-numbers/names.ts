/**
 * Numbers that are part of a name, a model or a label, not figures: "S&P 500", "iPhone 11 Pro",
 * "Apple Watch 5", "Game 2", "Planet 9", "Boeing 787", "ISO 3888-2", "Big 12", "Section 427 Row
 * 21", "5G". The words are data. Pure.
 */
import { COUNTED_AFTER as COUNTED_AFTER_SRC } from "../check/vocabulary.ts";

/** Words that make the number after them a name or a label, in any case ("game 2", "Game 2"). */
const LABEL_WORDS = [
  // indexes, leagues, lists
  "s&p",
  "ftse",
  "nasdaq",
  "stoxx",
  "nikkei",
  "cac",
  "dax",
  "ibex",
  "asx",
  "kospi",
  "russell",
  "fortune",
  "big",
  "pac",
  "ligue",
  "bundesliga",
  "formula",
  // documents and rules
  "article",
  "section",
  "clause",
  "chapter",
  "paragraph",
  "rule",
  "regulation",
  "amendment",
  "proposition",
  "prop",
  "resolution",
  "decree",
  "iso",
  "no",
  "no.",
  // legal shorthand: "s.18 GBH", "art.5"
  "s.",
  "ss.",
  "sec.",
  "art.",
  "para.",
  "cl.",
  "nos",
  "number",
  "#",
  // places, seats, routes
  "row",
  "seat",
  "gate",
  "terminal",
  "platform",
  "route",
  "highway",
  "interstate",
  "junction",
  "checkpoint",
  "crossing",
  "berth",
  "hangar",
  "runway",
  "reactor",
  "exit",
  "pier",
  "studio",
  "area",
  "room",
  "ward",
  "flight",
  "bus",
  "channel",
  "radio",
  "ufc",
  "bowl",
  // matches, episodes, versions, products
  "game",
  "match",
  "episode",
  "season",
  "version",
  "ver",
  "v",
  "ios",
  "android",
  "windows",
  "macos",
  "python",
  "iphone",
  "ipad",
  "pixel",
  "galaxy",
  "playstation",
  "xbox",
  "boeing",
  "airbus",
  "embraer",
  "planet",
  "apollo",
  "artemis",
  "falcon",
  "voyager",
  "soyuz",
  "shenzhou",
  "ariane",
  "sputnik",
  "covid",
  "category",
  "cat",
  "type",
  "tier",
  "grade",
  "level",
  "class",
  "model",
  "series",
  "mark",
  "mk",
  "gen",
];

/** Capitalised, these are labels too ("Day 3", "Phase 3 trial", "Stage 12"); lower case, often counts. */
const CAPITALISED_LABELS = [
  "Day",
  "Week",
  "Stage",
  "Round",
  "Phase",
  "Group",
  "Wave",
  "Part",
  "Volume",
  "Vol",
  "Book",
  "Act",
  "Year",
  "Test",
  "Team",
  "Watch",
  "Note",
  "Max",
  "Mini",
  "Air",
  "Plus",
  "Edition",
  "Camp",
  "Unit",
  "Block",
  "Building",
  "Court",
  "Lane",
  "Heat",
  "League",
  "Division",
  "Premiership",
];

/** After a model number: "iPhone 11 Pro", "Galaxy S24 Ultra", "Pixel 8a". */
const MODEL_AFTER =
  /^\s(?:Pro|Max|Ultra|Plus|Mini|Air|Lite|SE|XL|Edge|Fold|Flip|FE|Neo|GT|GTI|Turbo|Classic|Series|Sport|Duo|Prime)\b/;

const LABEL_SET = new Set(LABEL_WORDS);
const CAPITALISED_SET = new Set(CAPITALISED_LABELS);
/** A letter, "&", "#" or "."; the test by code first, the Unicode class only past ASCII. */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 38 ||
  c === 35 ||
  c === 46 ||
  (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
/** The word right before `start`, one space at most between ("S&P 500", "No. 10", "#1"). */
function wordBefore(text: string, start: number): string {
  let i = start;
  if (text[i - 1] === " ") i--;
  const end = i;
  while (i > 0 && end - i < 14 && isWordChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

const MORE_NUMBERS_AFTER = /^(?:,|\s{1,3}(?:and|or|to|&))\s{1,3}\d/i;
/** "junctions 16 and 17", "Articles 5 and 7", "types 1 and 2": a label word's plural. */
function isPluralLabel(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 4 || !w.endsWith("s")) return false;
  return LABEL_SET.has(w.slice(0, -1)) || (w.endsWith("es") && LABEL_SET.has(w.slice(0, -2)));
}

/**
 * Whether the number at `start` follows a plural label word and another number joined by "and",
 * "or", "to", "&": the 17 of "junctions 16 and 17".
 */
export function isSecondOfPluralLabel(text: string, prevStart: number, between: string): boolean {
  return (
    /^\s{1,3}(?:and|or|to|&)\s{1,3}$/i.test(between) && isPluralLabel(wordBefore(text, prevStart))
  );
}

/**
 * Words that open a name ("the Switch 2", "Qualcomm's Snapdragon 8", "the NHS 111 service"): a
 * capitalised word or two right before a number is a name when one of these, or a possessive,
 * comes before them. Without one ("Russia 248, Ukraine 230") the number is a figure.
 */
const COUNTED_AFTER = new RegExp(`^${COUNTED_AFTER_SRC.source}`, "iu");
const PEOPLE_AFTER =
  /^\s{1,3}(?:[\p{Ll}-]+\s{1,3})?(?:people|persons|adults|children|men|women|residents|patients|staff|workers|jobs|homes|cases|deaths|votes|seats|states|countries|members)\b/u;
const NAME_OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "new"]);
/** Capitalised words that are no name before a figure: "the May 307", "the Friday 390". */
const NOT_NAMES = new Set([
  ...["january", "february", "march", "april", "may", "june", "july", "august"],
  ...["september", "october", "november", "december", "monday", "tuesday", "wednesday"],
  ...["thursday", "friday", "saturday", "sunday", "i"],
]);
const NAME_CHAR = /[\p{L}\p{N}&'’-]/u;

/** A capitalised word or two before `start`, opened by "the" or a possessive: a product, a service. */
function openedNameBefore(text: string, start: number): boolean {
  let i = start;
  for (let words = 0; words < 3; words++) {
    if (text[i - 1] !== " ") return false;
    i--;
    const end = i;
    while (i > 0 && end - i < 24 && NAME_CHAR.test(text[i - 1] as string)) i--;
    const w = text.slice(i, end);
    if (w === "") return false;
    if (words > 0 && (NAME_OPENERS.has(w.toLowerCase()) || /\p{L}['’]s$/u.test(w))) return true;
    if (!/^\p{Lu}/u.test(w) || NOT_NAMES.has(w.toLowerCase())) return false;
  }
  return false;
}

/** "The Hundred", "the Big Three": a capitalised number word after "the" is a name. */
const CAPITALISED_NUMBER_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the figure at from `start` to `end` (an integer or a version written plainly: "2.0") is a
 * name, by the word right before it or the model word right after it.
 */
export function isNameBefore(text: string, start: number, end: number): boolean {
  const word = wordBefore(text, start);
  if (word === "") return false;
  if (LABEL_SET.has(word.toLowerCase())) return true;
  // A plural names two or more: "junctions 16 and 17" ("the hall seats 500 people" is a count).
  if (isPluralLabel(word) && MORE_NUMBERS_AFTER.test(text.slice(end, end + 12))) return true;
  if (CAPITALISED_SET.has(word)) return true;
  // "Galaxy S24 Ultra", "Model 3 Plus": a capitalised word, the number, a model word.
  if (/^\p{Lu}/u.test(word) && MODEL_AFTER.test(text.slice(end, end + 10))) return true;
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90 && CAPITALISED_NUMBER_WORD.test(text.slice(start, end)))
    return word.toLowerCase() === "the";
  if (!/^\p{Lu}/u.test(word) || !openedNameBefore(text, start)) return false;
  // "In the UK 40 people …": a count of people after a place, not a name.
  const after = text.slice(end, end + 40);
  return !COUNTED_AFTER.test(after) && !PEOPLE_AFTER.test(after);
}

/** "5G", "3D", "4K", "2FA": digits glued to letters that are no unit. */
export const GLUED_NAME = /[A-Za-z]/y;

/**
 * Races named by their distance: "won the 800m", "the 1500m title", "the women's 100m final".
 * Only the standard distances, glued to "m", after "the" or a possessive: "the 400m stretch
 * of road" is rarely written with one of them, "a 400m stretch" never matches.
 */
const EVENT_METRES = new Set([60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);
const EVENT_BEFORE = /(?:\bthe|['’]s)\s$/iu;
export function isEventDistance(text: string, start: number, n: number, unit: string): boolean {
  return (
    unit === "m" &&
    EVENT_METRES.has(n) &&
    /^\d+m(?![\p{L}\p{N}])(?!\s+of\b)/u.test(text.slice(start, start + 12)) &&
    EVENT_BEFORE.test(text.slice(Math.max(0, start - 6), start))
  );
}
