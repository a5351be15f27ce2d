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

import { closeSync, openSync, readSync } from "node:fs";

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
 * matched: JSON.parse checks each value. -1 if the bytes end first, unless they are the whole
 * rest of the file (`whole`) and the value is a scalar, which then ends with them.
 */
function endOfValue(buf: Buffer, at: number, whole = true): number {
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
  return depth === 0 && whole ? i : -1;
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
 * The bytes being parsed: the whole file at once, or a window over it, read as the parser goes
 * on. `buf` is what is held now; `more` reads on, keeping the bytes from `keep` on (moved to
 * the front of the window, which doubles when they fill it), and says how far they moved, or
 * -1 when the file has no more.
 */
export interface Bytes {
  buf: Buffer;
  done: boolean;
  more(keep: number): number;
}

const wholeBytes = (buf: Buffer): Bytes => ({ buf, done: true, more: () => -1 });

/**
 * A window of `size` bytes (to start with) over what `read` gives: read(into, at, length)
 * fills into[at, at + length) as fs.readSync does and returns how many bytes it read, 0 at the
 * end.
 */
export function windowBytes(
  read: (into: Buffer, at: number, length: number) => number,
  size: number,
): Bytes {
  let window = Buffer.allocUnsafe(size);
  let filled = 0;
  const bytes: Bytes = {
    buf: window.subarray(0, 0),
    done: false,
    more(keep: number): number {
      if (bytes.done) return -1;
      window.copy(window, 0, keep, filled);
      filled -= keep;
      if (filled === window.length) {
        const grown = Buffer.allocUnsafe(window.length * 2);
        window.copy(grown, 0, 0, filled);
        window = grown;
      }
      const got = read(window, filled, window.length - filled);
      filled += got;
      if (got === 0) bytes.done = true;
      bytes.buf = window.subarray(0, filled);
      return keep;
    },
  };
  return bytes;
}

/** How many bytes of the store file are read at a time (more for a row longer than that). */
const WINDOW_BYTES = 1 << 20;

/**
 * The store file at `file`, parsed a window of its bytes at a time: as parseObjectByRows, but
 * never holding the whole file (46 MB at 100,000 facts, which with the parsed rows beside it
 * set the start-up's peak). Null if the file is not a JSON object this recognises; throws as
 * fs.openSync and fs.readSync do (ENOENT when there is no file).
 */
export function parseFileByRows(file: string, size = WINDOW_BYTES): Record<string, unknown> | null {
  const fd = openSync(file, "r");
  try {
    return parseRows(windowBytes((into, at, length) => readSync(fd, into, at, length, null), size));
  } finally {
    closeSync(fd);
  }
}

/**
 * The top-level object of `buf`, each list parsed an element at a time; null if the bytes are
 * not a JSON object this recognises (the caller then parses the text whole, for its message).
 */
export function parseObjectByRows(buf: Buffer): Record<string, unknown> | null {
  return parseRows(wholeBytes(buf));
}

/** As parseObjectByRows, over bytes that may be read as it goes. */
export function parseRows(bytes: Bytes): Record<string, unknown> | null {
  let buf = bytes.buf;
  let i = 0;
  // Where the batch of list elements not yet parsed starts, or -1: kept when the window moves.
  let batch = -1;
  // Where the last element read ends (-1 before the first): moved with the window too.
  let end = -1;
  /** Reads on, keeping what is still to be parsed; false at the end of the file. */
  const more = (): boolean => {
    const moved = bytes.more(batch === -1 ? i : batch);
    if (moved === -1) return false;
    buf = bytes.buf;
    i -= moved;
    if (batch !== -1) batch -= moved;
    if (end !== -1) end -= moved;
    return true;
  };
  /** Whether there is a byte at i (reading on if need be). */
  const has = (): boolean => {
    while (i >= buf.length) if (!more()) return false;
    return true;
  };
  const skip = () => {
    for (;;) {
      while (i < buf.length && isSpace(buf[i])) i++;
      if (i < buf.length || !more()) return;
    }
  };
  /** Where the string or value at i ends, reading on until the bytes hold it; -1 if never. */
  const endAt = (scan: (buf: Buffer, at: number, whole: boolean) => number): number => {
    for (;;) {
      const found = scan(buf, i, bytes.done);
      if (found !== -1 || !more()) return found;
    }
  };
  // A byte-order mark saved by an editor.
  while (buf.length < 3 && more());
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
  skip();
  if (!has() || buf[i] !== OPEN_BRACE) return null;
  i++;
  const out: Record<string, unknown> = {};
  skip();
  if (has() && buf[i] === CLOSE_BRACE) {
    i++;
  } else {
    for (;;) {
      skip();
      if (!has() || buf[i] !== QUOTE) return null;
      const keyEnd = endAt(endOfString);
      if (keyEnd === -1) return null;
      const key = parseSlice(buf, i, keyEnd);
      if (!key || typeof key.value !== "string") return null;
      i = keyEnd;
      skip();
      if (!has() || buf[i] !== COLON) return null;
      i++;
      skip();
      if (!has()) return null;
      let value: unknown;
      if (buf[i] === OPEN_BRACKET) {
        i++;
        const list: unknown[] = [];
        skip();
        if (has() && buf[i] === CLOSE_BRACKET) {
          i++;
        } else {
          // Elements are parsed a batch of neighbours at a time (about BATCH_BYTES of them,
          // commas and all, as one array): one JSON.parse per row cost more than the parse.
          batch = i;
          for (;;) {
            skip();
            end = endAt(endOfValue);
            if (end === -1) return null;
            i = end;
            skip();
            if (!has()) return null;
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
          batch = -1;
          end = -1;
        }
        value = list;
      } else {
        const valueEnd = endAt(endOfValue);
        if (valueEnd === -1) return null;
        const parsed = parseSlice(buf, i, valueEnd);
        if (!parsed) return null;
        value = parsed.value;
        i = valueEnd;
      }
      // As JSON.parse does: an own property even for "__proto__", the last of a repeated key.
      Object.defineProperty(out, key.value, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skip();
      if (has() && buf[i] === COMMA) {
        i++;
        continue;
      }
      if (has() && buf[i] === CLOSE_BRACE) {
        i++;
        break;
      }
      return null;
    }
  }
  skip();
  return i === buf.length && bytes.done ? out : null;
}
