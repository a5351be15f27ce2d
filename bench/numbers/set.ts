/**
 * The labelled number sentences (test/eval/numbers/*.yaml) and what a reader returns, in one
 * shape for every reader. Spans in the files are written text; here they become offsets.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export type Change = "=" | "~" | ">" | "<" | "up" | "down";
export const CHANGES: readonly Change[] = ["=", "~", ">", "<", "up", "down"];

/** One figure as any reader reports it, after its adapter. */
export interface Reading {
  start: number;
  end: number;
  value: number;
  value2?: number;
  /** Canonical unit (see units.ts); undefined when none is read. */
  unit?: string;
  /** Undefined is read as "=". */
  change?: Change;
}

export interface GoldQuantity extends Reading {
  text: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface GoldDate extends Span {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD" when the text names it absolutely. */
  iso?: string;
}

export interface Sentence {
  id: string;
  domain: string;
  text: string;
  quantities: GoldQuantity[];
  /** Numerals that are not quantities: names, models, scores, ordinals. */
  not: Span[];
  dates: GoldDate[];
}

interface RawQuantity {
  s: string;
  v: number;
  v2?: number;
  u?: string;
  c?: Change;
  n?: number;
}
interface RawSentence {
  id: string;
  domain: string;
  text: string;
  q?: RawQuantity[];
  not?: string[];
  d?: { s: string; iso?: string | number }[];
}

/** The offsets of the `nth` (1-based) occurrence of `s` in `text`; throws when absent. */
export function locate(text: string, s: string, id: string, nth = 1): Span {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`${id}: span ${JSON.stringify(s)} is not in the text`);
  }
  return { start: at, end: at + s.length, text: s };
}

export function parseSentences(raw: RawSentence[]): Sentence[] {
  return raw.map((r) => {
    const quantities = (r.q ?? []).map((q) => {
      if (q.c !== undefined && !CHANGES.includes(q.c)) throw new Error(`${r.id}: change ${q.c}`);
      const g: GoldQuantity = { ...locate(r.text, q.s, r.id, q.n), value: q.v };
      if (q.v2 !== undefined) g.value2 = q.v2;
      if (q.u !== undefined) g.unit = q.u;
      g.change = q.c ?? "=";
      return g;
    });
    const not = (r.not ?? []).map((s) => locate(r.text, s, r.id));
    const dates = (r.d ?? []).map((d) => {
      const g: GoldDate = locate(r.text, d.s, r.id);
      if (d.iso !== undefined) g.iso = String(d.iso);
      return g;
    });
    return { id: r.id, domain: r.domain, text: r.text, quantities, not, dates };
  });
}

export const SET_DIR = path.resolve(import.meta.dirname, "..", "..", "test", "eval", "numbers");

/** "dev" and "sealed": the engineer's set; "blind/dev", "blind/sealed": the helpers' blind set. */
export type NumbersHalf = "dev" | "sealed" | "blind/dev" | "blind/sealed";

export function loadHalf(half: NumbersHalf): Sentence[] {
  const doc = parse(readFileSync(path.join(SET_DIR, `${half}.yaml`), "utf8")) as {
    sentences: RawSentence[];
  };
  return parseSentences(doc.sentences);
}
