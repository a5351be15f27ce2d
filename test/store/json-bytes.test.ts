// The store file is parsed from its bytes a row at a time (never as one 46–92 MB string): what
// it returns must be what JSON.parse returns for every object it accepts, and anything it does
// not recognise must be left to JSON.parse (null), so a broken file is reported as before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateStore } from "../../bench/generate.ts";
import {
  parseFileByRows,
  parseObjectByRows,
  parseRows,
  windowBytes,
} from "../../src/store/json-bytes.ts";
import { parseStoreBytes, parseStoreText, readStoreFile } from "../../src/store/store.ts";
import { BUNDLED } from "../helpers/store.ts";

const bytes = (text: string) => Buffer.from(text, "utf8");

/**
 * The bytes parsed through a window of `size` bytes as the store file is read (json-bytes.ts's
 * parseFileByRows), each read giving at most `most` bytes.
 */
function windowed(buf: Buffer, size: number, most = Number.POSITIVE_INFINITY) {
  let at = 0;
  const read = (into: Buffer, to: number, length: number) => {
    const n = Math.min(length, buf.length - at, most);
    buf.copy(into, to, at, at + n);
    at += n;
    return n;
  };
  return parseRows(windowBytes(read, size));
}

/**
 * parseObjectByRows of the bytes, held to give what the windowed parse gives: windows of one
 * byte and up, reads cut short, so that every value, string and space may straddle the edge.
 */
function rowsOf(buf: Buffer): Record<string, unknown> | null {
  const whole = parseObjectByRows(buf);
  const small = buf.length < 4_000;
  for (const [size, most] of small
    ? [
        [1, 1],
        [2, 3],
        [7, 5],
        [64, Number.POSITIVE_INFINITY],
      ]
    : [
        [4_096, Number.POSITIVE_INFINITY],
        [65_536, 10_000],
      ])
    expect(windowed(buf, size as number, most)).toStrictEqual(whole);
  return whole;
}

describe("parsing the store file a row at a time", () => {
  it("gives what JSON.parse gives, compact or indented, for any object of lists and values", () => {
    // Any code unit, lone surrogates included (JSON.stringify escapes those).
    const value = fc.jsonValue({ stringUnit: "binary" });
    const object = fc.dictionary(fc.string({ unit: "binary" }), fc.oneof(fc.array(value), value));
    fc.assert(
      fc.property(object, fc.constantFrom(undefined, 0, 2, "\t"), (o, indent) => {
        const text = JSON.stringify(o, null, indent);
        expect(rowsOf(bytes(text))).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it("strings with quotes, backslashes, brackets, commas and characters outside ASCII", () => {
    const tricky = [
      'a "quoted" word',
      "ends in a backslash \\",
      "\\\\",
      '\\"',
      "] , } { [",
      "’ — № 𝄞 é",
      "\u2028\u0000",
    ];
    const o = { schemaVersion: 2, rows: tricky.map((t) => ({ t, list: [t, [t]] })), tail: tricky };
    for (const indent of [undefined, 1]) {
      const text = JSON.stringify(o, null, indent);
      expect(rowsOf(bytes(text))).toStrictEqual(o);
    }
  });

  it("lists long enough to be parsed in several batches, rows of every size and white space between", () => {
    const row = (i: number) => ({
      i,
      t: `${'] , } { [ \\ " ’ 𝄞 '.repeat(i % 7)}${"x".repeat((i * 7919) % 5000)}`,
      list: [i, [String(i)], { deep: [i] }],
    });
    const o = {
      schemaVersion: 2,
      facts: Array.from({ length: 3_000 }, (_, i) => row(i)),
      one: [row(1)],
      big: [{ t: "y".repeat(300_000) }, row(2), { t: "z".repeat(70_000) }],
    };
    for (const indent of [undefined, 1]) {
      const text = JSON.stringify(o, null, indent);
      expect(text.length).toBeGreaterThan(10 * 64 * 1024);
      expect(rowsOf(bytes(text))).toStrictEqual(o);
    }
    // A bad row deep in a long list still leaves the whole file to JSON.parse.
    const text = JSON.stringify(o).replace('"i":2999,', '"i":2999,,');
    expect(rowsOf(bytes(text))).toBeNull();
  });

  it("a byte-order mark, white space around everything, an empty object and empty lists", () => {
    expect(rowsOf(bytes('\uFEFF \n{ "a" : [ 1 , { "b" : [ ] } ] , "c" : [ ] }\r\n'))).toEqual({
      a: [1, { b: [] }],
      c: [],
    });
    expect(rowsOf(bytes(" { } "))).toEqual({});
  });

  it("keys as JSON.parse keeps them: __proto__ an own key, a repeated key's last value", () => {
    const text = '{"__proto__":[1],"a":[1],"a":[2]}';
    const parsed = rowsOf(bytes(text)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parsed).toStrictEqual(JSON.parse(text));
    expect(Object.keys(parsed)).toEqual(["__proto__", "a"]);
  });

  it("anything that is not such an object is left to JSON.parse", () => {
    for (const bad of [
      "",
      "[]",
      '"x"',
      "{",
      '{"a":[1,2}',
      '{"a":[1,,2]}',
      '{"a":[1 2]}',
      '{"a":1,}',
      '{"a":[1],}',
      '{"a" [1]}',
      "{a:[1]}",
      '{"a":[1]} x',
      '{"a":[1]}{}',
      '{"a":["unterminated]}',
      '{"a":[{"b":1]]}',
      '{"a":[nope]}',
      '{"a":[1]',
    ]) {
      expect(rowsOf(bytes(bad)), bad).toBeNull();
      let threw = false;
      try {
        JSON.parse(bad);
      } catch {
        threw = true;
      }
      // Each of these is also refused by JSON.parse, except the one that is not an object.
      if (!["[]", '"x"'].includes(bad)) expect(threw, bad).toBe(true);
    }
  });

  it("the bundled store, indented as it is shipped, reads the same either way", () => {
    const buf = readFileSync(BUNDLED);
    expect(parseStoreBytes(buf, BUNDLED)).toStrictEqual(
      parseStoreText(buf.toString("utf8"), BUNDLED),
    );
  });

  it("a broken store file is reported as the whole-text parse reports it", () => {
    const text = '{"schemaVersion":2,\n"sources":[{"id":"a",}]}';
    const fromText = (() => {
      try {
        parseStoreText(text, "f.json");
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(fromText).toMatch(/^f\.json: not valid JSON \(.*line 2/);
    expect(() => parseStoreBytes(bytes(text), "f.json")).toThrow(fromText as string);
  });

  it("a store file read a window at a time, as the store opens it, reads as its bytes do", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factdesk-window-"));
    try {
      const file = path.join(dir, "store.json");
      for (const text of [
        readFileSync(BUNDLED, "utf8"),
        JSON.stringify(generateStore(3_000)),
        JSON.stringify(generateStore(300), null, 2),
      ]) {
        writeFileSync(file, text);
        const buf = Buffer.from(text, "utf8");
        expect(parseFileByRows(file, 1_000)).toStrictEqual(parseObjectByRows(buf));
        expect(await readStoreFile(file)).toStrictEqual(parseStoreBytes(buf, file));
      }
      // No file: nothing to read; a broken one: the message the whole-text parse gives.
      expect(await readStoreFile(path.join(dir, "none.json"))).toBeNull();
      const broken = '{"schemaVersion":2,\n"sources":[{"id":"a",}]}';
      writeFileSync(file, broken);
      const fromText = (() => {
        try {
          parseStoreText(broken, file);
        } catch (err) {
          return (err as Error).message;
        }
      })();
      await expect(readStoreFile(file)).rejects.toThrow(fromText as string);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
