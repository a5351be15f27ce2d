/**
 * The direction of a figure: whether it is an amount of change ("rose 6.5%", "down 2.1%",
 * "fell by a fifth", "a pay rise of 5.5 per cent", "another 307", "a million more") rather than
 * a level ("rose to 164p", "up from 368"). The words are data; the reader looks only at the few
 * words right before and after a figure. Pure.
 */

export type Change = "up" | "down";

/** Verbs that move a level by the figure right after them: "rose 6.5%", "fell by a fifth". */
const MOVES: Record<Change, readonly string[]> = {
  up: [
    "rise",
    "rises",
    "rising",
    "rose",
    "risen",
    "climb",
    "climbs",
    "climbing",
    "climbed",
    "jump",
    "jumps",
    "jumping",
    "jumped",
    "surge",
    "surges",
    "surging",
    "surged",
    "soar",
    "soars",
    "soaring",
    "soared",
    "grow",
    "grows",
    "growing",
    "grew",
    "grown",
    "increase",
    "increases",
    "increasing",
    "increased",
    "advance",
    "advances",
    "advancing",
    "advanced",
    "rally",
    "rallies",
    "rallying",
    "rallied",
    "rebound",
    "rebounds",
    "rebounded",
    "spike",
    "spiked",
    "leap",
    "leaps",
    "leapt",
    "leaped",
    "rocket",
    "rocketed",
    "swell",
    "swelled",
    "widen",
    "widened",
    "expand",
    "expanded",
    "accelerate",
    "accelerated",
    "strengthen",
    "strengthened",
    "firmed",
    "edged up",
    "ticked up",
    "inched up",
    "crept up",
    "went up",
    "go up",
    "goes up",
    "moved up",
    "edged higher",
    "moved higher",
    "up",
  ],
  down: [
    "fall",
    "falls",
    "falling",
    "fell",
    "fallen",
    "drop",
    "drops",
    "dropping",
    "dropped",
    "decline",
    "declines",
    "declining",
    "declined",
    "decrease",
    "decreases",
    "decreasing",
    "decreased",
    "slide",
    "slides",
    "sliding",
    "slid",
    "slip",
    "slips",
    "slipping",
    "slipped",
    "sink",
    "sinks",
    "sank",
    "sunk",
    "tumble",
    "tumbles",
    "tumbled",
    "plunge",
    "plunges",
    "plunged",
    "plummet",
    "plummets",
    "plummeted",
    "dip",
    "dips",
    "dipped",
    "ease",
    "eases",
    "eased",
    "retreat",
    "retreats",
    "retreated",
    "slump",
    "slumps",
    "slumped",
    "shrink",
    "shrinks",
    "shrank",
    "shrunk",
    "contract",
    "contracted",
    "weaken",
    "weakened",
    "narrow",
    "narrowed",
    "crash",
    "crashed",
    "tank",
    "tanked",
    "sag",
    "sagged",
    "edged down",
    "ticked down",
    "inched down",
    "went down",
    "go down",
    "goes down",
    "moved down",
    "edged lower",
    "moved lower",
    "down",
  ],
};

/**
 * Verbs that move a level only when what moved is a rate or a price ("gained 0.7 percent", "the
 * Dow added 200 points", "lost 2%"), or when "by" says so ("raised its rate by 25 basis points",
 * "cut costs by a third"). "Cut 1,800 jobs", "raised $52m" and "lost 20 seats" are counts of
 * what was cut, raised and lost.
 */
const MOVES_A_RATE: Record<Change, readonly string[]> = {
  up: [
    "gain",
    "gains",
    "gained",
    "gaining",
    "add",
    "adds",
    "added",
    "adding",
    "raise",
    "raises",
    "raised",
    "hike",
    "hiked",
    "boost",
    "boosted",
    "lift",
    "lifted",
    "put on",
    "extend",
    "extended",
  ],
  down: [
    "lose",
    "loses",
    "lost",
    "losing",
    "shed",
    "sheds",
    "shedding",
    "cut",
    "cuts",
    "cutting",
    "reduce",
    "reduced",
    "reduces",
    "lower",
    "lowered",
    "trim",
    "trimmed",
    "slash",
    "slashed",
    "shave",
    "shaved",
  ],
};

/** Nouns of change before "of": "a pay rise of 5.5 per cent", "a drop of 10". */
const CHANGE_NOUNS: Record<Change, readonly string[]> = {
  up: [
    "rise",
    "rises",
    "increase",
    "increases",
    "jump",
    "gain",
    "gains",
    "hike",
    "hikes",
    "boost",
    "surge",
    "growth",
    "uplift",
    "upturn",
  ],
  down: [
    "fall",
    "falls",
    "drop",
    "drops",
    "decline",
    "declines",
    "decrease",
    "cut",
    "cuts",
    "reduction",
    "slump",
    "plunge",
    "dip",
    "contraction",
    "downturn",
  ],
};

/** Words that add a batch to those before: "another 307", "an extra 500". */
const ADDITIVE = new Set(["another", "an additional", "an extra", "additional"]);

/** Verbs "up"/"down" belong to as particles ("gave up 1,000", "shot down 25"): not a change. */
const PARTICLE_VERB =
  /^(?:giv(?:e|es|en|ing)|gave|set(?:s|ting)?|mak(?:e|es|ing)|made|tak(?:e|es|en|ing)|took|pick(?:s|ed|ing)?|sign(?:s|ed|ing)?|lin(?:e|es|ed|ing)|back(?:s|ed|ing)?|put(?:s|ting)?|hold(?:s|ing)?|held|call(?:s|ed|ing)?|shoot(?:s|ing)?|shot|brought|bring(?:s|ing)?|turn(?:s|ed|ing)?|knock(?:s|ed|ing)?|cut(?:s|ting)?|step(?:s|ped|ping)?|broke|break(?:s|ing)?|wound|wind(?:s|ing)?|lay|laid|pinn(?:ed|ing)|vot(?:e|es|ed|ing)|burn(?:s|ed|t|ing)?|tore|struck|gunn(?:ed|ing)|mow(?:s|ed|n|ing)?|hand(?:s|ed|ing)?|count(?:s|ed|ing)?|round(?:s|ed|ing)?|add(?:s|ed|ing)?|sum(?:s|med|ming)?|rack(?:s|ed|ing)?|rak(?:e|es|ed|ing)|snapp(?:ed|ing)|buy(?:s|ing)?|bought|beef(?:s|ed|ing)?|fill(?:s|ed|ing)?|scal(?:e|es|ed|ing)|ramp(?:s|ed|ing)?|mark(?:s|ed|ing)?|write|wrote|written|pay|paid|pays|paying|sit|sat|let|lets|get|got|gets|cool(?:s|ed|ing)?|slow(?:s|ed|ing)?|shut(?:s|ting)?|settl(?:e|es|ed|ing)|water(?:s|ed|ing)?|track(?:s|ed|ing)?|hunt(?:s|ed|ing)?|pare(?:d|s)?|drawn|draw|drew|dress(?:es|ed)?|touch(?:es|ed)?|us(?:e|es|ed|ing)|kept|keep(?:s|ing)?|stay(?:s|ed|ing)?|live(?:s|d)?|grow(?:s|n)?|grew|blown|blew|blow(?:s|ing)?|look(?:s|ed|ing)?|walk(?:s|ed|ing)?|run|ran|runs|go|went|gone|come|came|climb(?:s|ed|ing)?|back)$/;

const MOVE_UP = new Set(MOVES.up);
const MOVE_DOWN = new Set(MOVES.down);
const RATE_UP = new Set(MOVES_A_RATE.up);
const RATE_DOWN = new Set(MOVES_A_RATE.down);
const NOUN_UP = new Set(CHANGE_NOUNS.up);
const NOUN_DOWN = new Set(CHANGE_NOUNS.down);

/**
 * Hedges that may stand between a verb of change and its figure and keep the change: "risen by
 * about 20cm", "rose more than 10%", "fell a further 2%". (A figure's own qualifier is part of
 * its span already; these are the words the number reader leaves outside it.)
 */
const HEDGES = new Set([
  "a further",
  "another",
  "an additional",
  "an extra",
  "a whopping",
  "a record",
  "a modest",
  "a mere",
  "only",
  "just",
  "a",
  "an",
  "some",
  "about",
  "around",
  "roughly",
  "nearly",
  "almost",
  "an average of",
  "a total of",
]);

/** Verbs whose "by" gives a margin, not a change: "lost by 1,204 votes", "losing by 12 points". */
const MARGIN_VERBS = new Set(["lost", "lose", "loses", "losing"]);

/** After the figure: "307 more", "2% higher", "5% lower", "a million fewer". */
const AFTER = /^\s+(more|higher|extra|fewer|less|lower)(?![\p{L}\p{N}_-])/iu;
/** A noun of change after the figure: "a 3% rise", "a 25 basis point cut", "a 10 per cent drop". */
const NOUN_AFTER = new RegExp(
  `^[\\s-]+(?:(?:year-on-year|annual|monthly|quarterly|weekly|daily|sharp|steep|further)\\s+)?(${[
    ...CHANGE_NOUNS.up,
    ...CHANGE_NOUNS.down,
  ].join("|")})(?![\\p{L}\\p{N}_-])`,
  "iu",
);
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 39 ||
  c === 0x2019 ||
  c === 38 ||
  c === 46 ||
  c === 45 ||
  c > 0xbf;
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

export interface ChangeRead {
  change: Change;
  /** The words that say so, lower case: "rose", "down", "another", "more". */
  cue: string;
}

/** A cue of adding to what came before ("another", "more") rather than of a level moving. */
export const isAdditive = (cue: string) => cue === "more" || cue === "extra" || ADDITIVE.has(cue);

/**
 * The last few words of `before`, lower case, last first. Punctuation ends them ("on the day,
 * down 2.1%" gives "down"); a number cannot be a verb's subject here, so digits end them too.
 */
function lastWords(before: string, max = 9): string[] {
  const out: string[] = [];
  let i = before.length;
  while (out.length < max) {
    while (i > 0 && isBlank(before.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isWordChar(before.charCodeAt(i - 1))) i--;
    if (i === end) break;
    // A word cut by the slice that made `before` is not a word.
    if (i === 0 && before.length >= 70) break;
    out.push(before.slice(i, end).toLowerCase());
    if (i > 0 && !isBlank(before.charCodeAt(i - 1))) break;
  }
  return out;
}

/** The last word of each cue: a figure whose last word before it is none of these is a level. */
const TRIGGERS = new Set<string>();
for (const w of [
  ...MOVES.up,
  ...MOVES.down,
  ...MOVES_A_RATE.up,
  ...MOVES_A_RATE.down,
  ...ADDITIVE,
  ...HEDGES,
  "by",
  "of",
])
  TRIGGERS.add(w.split(" ").pop() as string);

/** The word right before `before`'s end, lower case, or "" (cheap: no allocation but one slice). */
function lastWord(before: string): string {
  let i = before.length;
  while (i > 0 && isBlank(before.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isWordChar(before.charCodeAt(i - 1))) i--;
  return before.slice(i, end).toLowerCase();
}

/**
 * Whether the figure right after `before` is an amount of change. `before` is the text before
 * the figure (its qualifier is part of the figure); `rate` says the figure is a rate or a price
 * (a %, points, a currency), which lets "gained", "lost" and "added" move it.
 */
export function changeBefore(before: string, rate: boolean): ChangeRead | null {
  if (!isBlank(before.charCodeAt(before.length - 1))) return null;
  if (!TRIGGERS.has(lastWord(before))) return null;
  const w = lastWords(before);
  if (w.length === 0) return null;
  const two = (i: number) => (w[i + 1] !== undefined ? `${w[i + 1]} ${w[i]}` : "");
  const three = (i: number) => (w[i + 2] !== undefined ? `${w[i + 2]} ${two(i)}` : "");
  // "another 307", "an additional 500"
  if (ADDITIVE.has(w[0] as string)) return { change: "up", cue: w[0] as string };
  if (ADDITIVE.has(two(0))) return { change: "up", cue: two(0) };
  let i = 0;
  // Hedges the figure's span left out: "rose a further 2%", "risen by about".
  if (w[i] === "of" && HEDGES.has(three(i))) i += 3;
  else if (HEDGES.has(two(i))) i += 2;
  else if (HEDGES.has(w[i] as string)) i += 1;
  let by = false;
  if (w[i] === "by") {
    by = true;
    i++;
  }
  const word = w[i];
  if (word === undefined) return null;
  if (by && MARGIN_VERBS.has(word)) return null;
  // "a pay rise of 5.5 per cent", "a drop of 10", "growth of 3%"
  if ((w[i] === "of" || w[i] === "by") && w[i + 1] !== undefined) {
    const noun = w[i + 1] as string;
    if (NOUN_UP.has(noun)) return { change: "up", cue: noun };
    if (NOUN_DOWN.has(noun)) return { change: "down", cue: noun };
  }
  const verb2 = two(i);
  for (const v of [verb2, word]) {
    if (v === "") continue;
    if (v === "up" || v === "down") {
      // "gave up 1,000", "shot down 25": a particle; "closed up 2%", "shares up 3%": a move.
      const lead = w[i + 1];
      if (lead !== undefined && PARTICLE_VERB.test(lead)) return null;
    }
    if (MOVE_UP.has(v)) return { change: "up", cue: v };
    if (MOVE_DOWN.has(v)) return { change: "down", cue: v };
    if (by || rate) {
      if (RATE_UP.has(v)) return { change: "up", cue: v };
      if (RATE_DOWN.has(v)) return { change: "down", cue: v };
    }
  }
  // "Raised its benchmark rate by 25 basis points": a verb of change a few words before "by".
  if (by) {
    for (let j = i + 1; j < w.length && j <= i + 5; j++) {
      const v = w[j] as string;
      if (v === "up" || v === "down") continue;
      if (MOVE_UP.has(v) || RATE_UP.has(v)) return { change: "up", cue: v };
      if (MOVE_DOWN.has(v) || RATE_DOWN.has(v)) return { change: "down", cue: v };
    }
  }
  return null;
}

/** Verbs that "up" follows as their particle in MOVES ("edged up", "ticked up", "went up"). */
const UP_VERBS = new Set(MOVES.up.filter((v) => v.endsWith(" up")).map((v) => v.slice(0, -3)));
/** Whether `before` ends on a verb that "up" belongs to: "ticked up to 4.0%" is a level. */
export const movesUp = (before: string) => UP_VERBS.has(lastWord(before));

/**
 * A rate's noun of change may take one word of its own between: "a 5.5% pay rise", "a 2% price
 * increase", "a 10p fare cut" ("1,800 job cuts" is a count of jobs, so counts do not).
 */
const RATE_NOUN_AFTER = new RegExp(
  `^[\\s-]+\\p{Ll}{3,}\\s+(${[...CHANGE_NOUNS.up, ...CHANGE_NOUNS.down].join("|")})(?![\\p{L}\\p{N}_-])`,
  "u",
);

/**
 * "307 more", "2% higher", "a million fewer", "a 3% rise": a change written after the figure.
 * `rate` says the figure is a rate or a price.
 */
export function changeAfter(after: string, rate = false): ChangeRead | null {
  const noun = NOUN_AFTER.exec(after) ?? (rate ? RATE_NOUN_AFTER.exec(after) : null);
  if (noun) {
    const word = (noun[1] as string).toLowerCase();
    return { change: NOUN_UP.has(word) ? "up" : "down", cue: word };
  }
  const m = AFTER.exec(after);
  if (!m) return null;
  const word = (m[1] as string).toLowerCase();
  const up = word === "more" || word === "higher" || word === "extra";
  return { change: up ? "up" : "down", cue: word };
}
