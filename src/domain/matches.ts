/**
 * Every match of a global pattern in a text, from its start: what `text.matchAll(re)` gives when
 * the pattern's lastIndex is 0, as an array. Not matchAll itself, because it clones the pattern
 * on every call; the reader runs a dozen patterns over each sentence and one over each figure,
 * and the clones cost it more than the matching did.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === "") re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
