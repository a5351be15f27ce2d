/**
 * Who a sentence attributes its figures to: "the Russian Defence Ministry said", "Zelensky
 * wrote on Telegram", "according to the Coordination Headquarters", "Moscow said". The name
 * nearest a verb of saying, on either side of it, among the claimants the vocabulary knows;
 * null when the sentence attributes nothing (the outlet's own voice) or no one it knows.
 */
import { allMatches } from "../../matches.ts";
import { CLAIMANT_NAMES, SAID } from "../vocabulary.ts";

export interface Attribution {
  claimantId: string;
  name: string;
  party: (typeof CLAIMANT_NAMES)[number]["party"];
  /** The words it was read from. */
  cue: string;
}

const WINDOW = 70;

// Built once: the last mention of a name before a verb needs a global pattern to walk.
const NAMES = CLAIMANT_NAMES.map((c) => ({
  ...c,
  all: new RegExp(c.re.source, c.re.flags.includes("g") ? c.re.flags : `${c.re.flags}g`),
}));

export function attributionOf(sentence: string, figureAt?: number): Attribution | null {
  let best: { a: Attribution; d: number } | null = null;
  const names = NAMES.filter(
    (c) => !(c.within && !c.within.test(sentence)) && !c.notWithin?.test(sentence),
  );
  for (const verb of allMatches(SAID, sentence)) {
    const at = verb.index;
    // With a figure's place given, the verb nearest it speaks for it: "Kyiv said 390 …, while
    // Moscow said 270" gives each figure its own speaker.
    const far = figureAt === undefined ? 0 : Math.abs(figureAt - at) * 1000;
    const end = at + verb[0].length;
    const before = sentence.slice(Math.max(0, at - WINDOW), at);
    const after = sentence.slice(end, end + WINDOW);
    for (const c of names) {
      const b = lastMatch(c.all, before);
      const a = c.re.exec(after);
      const candidates = [
        b ? { d: before.length - (b.index + b[0].length), text: b[0] } : null,
        a ? { d: a.index, text: a[0] } : null,
      ].filter((x): x is { d: number; text: string } => x !== null);
      for (const x of candidates) {
        const d = far + x.d;
        if (!best || d < best.d)
          best = {
            a: { claimantId: c.id, name: c.name, party: c.party, cue: `${x.text} … ${verb[0]}` },
            d,
          };
      }
    }
  }
  return best?.a ?? null;
}

function lastMatch(g: RegExp, s: string): RegExpExecArray | null {
  g.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m;
  return last;
}
