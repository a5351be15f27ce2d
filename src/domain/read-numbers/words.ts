/**
 * English number words and what each is worth, shared by the figure reader (numbers.ts) and the
 * reader of hundreds said aloud (spoken.ts) so the two cannot drift apart. Pure data.
 */

export type WordClass = "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen";
export interface WordToken {
  cls: WordClass;
  v: number;
  ordinal: boolean;
}

export const WORDS = new Map<string, WordToken>();
function defineWords(cls: WordClass, ordinal: boolean, words: Record<string, number>): void {
  for (const [w, v] of Object.entries(words)) WORDS.set(w, { cls, v, ordinal });
}
defineWords("unit", false, {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});
defineWords("teen", false, {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
defineWords("tens", false, {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
defineWords("hundred", false, { hundred: 100 });
defineWords("scale", false, { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
defineWords("dozen", false, { dozen: 12 });
defineWords("unit", true, {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
});
defineWords("teen", true, {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
});
defineWords("tens", true, {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
});
defineWords("hundred", true, { hundredth: 100 });
defineWords("scale", true, { thousandth: 1e3, millionth: 1e6, billionth: 1e9 });
