/**
 * The store file parsed from its bytes one row at a time, never as one string.
 *
 * Read as one string, the store file costs its whole length in memory while it is parsed (46 MB
 * at 100,000 facts), and twice that as soon as it holds one character outside Latin-1 (V8 then
 * keeps the whole string two bytes a character: a curly quote in a bundled source text makes it
 * 92 MB). That string sets the process's peak at start-up, and V8 hands the pages back to the
 * system only some time after it is collected. Here the top-level object's lists are split into
 * their elements on the bytes (UTF-8 never puts a byte below 0x80 inside a multi-byte
 * character, so the structural characters are found byte by byte), and the elements are decoded
 * and handed to JSON.parse a batch of neighbours at a time (about 64 KB): small strings that
 * die young.
 *
 * Only the shape `{"key": value, …}` with whitespace anywhere JSON allows it is split; anything
 * this does not recognise (or any element JSON.parse refuses) returns null, and the caller
 * parses the whole text as before, so a broken file is reported exactly as it always was.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isSpace = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The index just past the string whose opening quote is at `at`, or -1 if it does not end. */
function endOfString(buf: Buffer, at: number): number {
  let i = at + 1;
  for (;;) {
    const q = buf.indexOf(QUOTE, i);
    if (q === -1) return -1;
    // Escaped if preceded by an odd number of backslashes.
    let slashes = 0;
    for (let j = q - 1; j > at && buf[j] === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/**
 * The index just past the value starting at `at` (a string, an object, an array or a scalar):
 * where, at depth 0, a `,` or a closing bracket or brace comes. Brackets are only counted, not
 * matched: JSON.parse checks each value.
 */
function endOfValue(buf: Buffer, at: number): number {
  let depth = 0;
  let i = at;
  const n = buf.length;
  while (i < n) {
    const b = buf[i] as number;
    if (b === QUOTE) {
      i = endOfString(buf, i);
      if (i === -1) return -1;
      continue;
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (b === COMMA && depth === 0) return i;
    i++;
  }
  return depth === 0 ? i : -1;
}

/** How many bytes of a list's elements are parsed at once. */
const BATCH_BYTES = 64 * 1024;

/**
 * A JSON value of the bytes [start, end), or undefined if JSON.parse refuses it; with
 * `elements`, the bytes are a list's elements and commas, parsed as the array of them.
 */
function parseSlice(
  buf: Buffer,
  start: number,
  end: number,
  elements = false,
): { value: unknown } | undefined {
  try {
    const text = buf.toString("utf8", start, end);
    return { value: JSON.parse(elements ? `[${text}]` : text) };
  } catch {
    return undefined;
  }
}

/**
 * The top-level object of `buf`, each list parsed an element at a time; null if the bytes are
 * not a JSON object this recognises (the caller then parses the text whole, for its message).
 */
export function parseObjectByRows(buf: Buffer): Record<string, unknown> | null {
  let i = 0;
  const n = buf.length;
  // A byte-order mark saved by an editor.
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
  const skip = () => {
    while (i < n && isSpace(buf[i])) i++;
  };
  skip();
  if (buf[i] !== OPEN_BRACE) return null;
  i++;
  const out: Record<string, unknown> = {};
  skip();
  if (buf[i] === CLOSE_BRACE) {
    i++;
  } else {
    for (;;) {
      skip();
      if (buf[i] !== QUOTE) return null;
      const keyEnd = endOfString(buf, i);
      if (keyEnd === -1) return null;
      const key = parseSlice(buf, i, keyEnd);
      if (!key || typeof key.value !== "string") return null;
      i = keyEnd;
      skip();
      if (buf[i] !== COLON) return null;
      i++;
      skip();
      let value: unknown;
      if (buf[i] === OPEN_BRACKET) {
        i++;
        const list: unknown[] = [];
        skip();
        if (buf[i] === CLOSE_BRACKET) {
          i++;
        } else {
          // Elements are parsed a batch of neighbours at a time (about BATCH_BYTES of them,
          // commas and all, as one array): one JSON.parse per row cost more than the parse.
          let batch = i;
          for (;;) {
            skip();
            const end = endOfValue(buf, i);
            if (end === -1) return null;
            i = end;
            skip();
            const last = buf[i] === CLOSE_BRACKET;
            if (!last && buf[i] !== COMMA) return null;
            if (last || end - batch >= BATCH_BYTES) {
              const rows = parseSlice(buf, batch, end, true);
              if (!rows) return null;
              for (const row of rows.value as unknown[]) list.push(row);
              batch = i + 1;
            }
            i++;
            if (last) break;
          }
        }
        value = list;
      } else {
        const end = endOfValue(buf, i);
        if (end === -1) return null;
        const parsed = parseSlice(buf, i, end);
        if (!parsed) return null;
        value = parsed.value;
        i = end;
      }
      // As JSON.parse does: an own property even for "__proto__", the last of a repeated key.
      Object.defineProperty(out, key.value, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skip();
      if (buf[i] === COMMA) {
        i++;
        continue;
      }
      if (buf[i] === CLOSE_BRACE) {
        i++;
        break;
      }
      return null;
    }
  }
  skip();
  return i === n ? out : null;
}
