/** Sentences and words of a draft, with offsets into it. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS =
  /\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|i\.e|e\.g)\.$/i;
const LIST_NUMBER = /(?:^|\n)[ \t]*\d{1,3}\.$/;
const DAY_MONTH_DOT = /(?<![\d.])[0-3]?\d\.(?:0?[1-9]|1[0-2])\.$/;

// The reader and several judges each split the same draft (the reader its rewritten text, the
// judges the draft as shown): the last two splits are kept, and each caller gets its own copies,
// so none can change what another is given.
const SPLITS_KEPT = 2;
const splits: { text: string; sentences: readonly Sentence[] }[] = [];

/** Sentences, with offsets. A line break with no full stop (a headline, a bullet) ends one too. */
export function splitSentences(text: string): Sentence[] {
  let kept = splits.find((x) => x.text === text);
  if (!kept) {
    kept = { text, sentences: split(text) };
    splits.unshift(kept);
    splits.length = Math.min(splits.length, SPLITS_KEPT);
  }
  return kept.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end }));
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  // A footnote's mark after the stop ("… 1,000 persons.[1] Earlier …") ends the sentence with it.
  // A day's label after a quote or an emoji ('… 307 more defenders" 🇺🇦 Tomorrow: the last 303')
  // opens a sentence of its own, as a line break would.
  const boundary =
    /([.!?]["”’)]*(?:\[\d{1,3}\])?)(\s+)|\n|(?<=["”’»]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F)\s+(?=(?:Today|Tomorrow|Tonight|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*:\s)/gu;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    if (m[1]) {
      const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
      // "On College st. Mrs Romaniuk said": a street written small ends its sentence when a
      // capital follows; "St." (Saint, Street) before a name does not.
      const streetEnd = /\sst\.$/.test(before) && /^[A-Z]/.test(text.slice(m.index + m[0].length));
      if (ABBREVIATIONS.test(before) && !streetEnd) continue;
      // Initials ("J. Smith") and list numbering ("1. Background") do not end a sentence.
      if (/\b[A-Z]\.$/.test(before) && /^[A-Z]/.test(text.slice(m.index + m[0].length))) continue;
      if (m[1] === "." && LIST_NUMBER.test(text.slice(Math.max(0, m.index - 6), m.index + 1)))
        continue;
      // "On 23.05. each side freed 390": a day written "dd.mm." goes on when a small letter follows.
      if (
        m[1] === "." &&
        DAY_MONTH_DOT.test(text.slice(Math.max(0, m.index - 7), m.index + 1)) &&
        /^[a-z]/.test(text.slice(m.index + m[0].length))
      )
        continue;
      // "eight hundred... no, seven-eighty": a speaker trailing off and going on, as a
      // transcript writes it, is one sentence; a small letter after the dots says so.
      if (
        /\.{3}$/.test(text.slice(Math.max(0, m.index - 2), m.index + 1)) &&
        /^[a-z]/.test(text.slice(m.index + m[0].length))
      )
        continue;
      push(m.index + m[1].length);
    } else {
      push(m.index);
    }
  }
  push(text.length);
  return out;
}

/** Words in a text, for the summary line. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
