/**
 * Scores a reader against the labelled sentences. A reading matches a labelled quantity when
 * their spans overlap and the values agree within 0.5 % (a range must be read as a range with
 * both ends agreeing; a single figure as a single figure). Each label and each reading is
 * matched at most once. A reading wholly inside a labelled date span, and overlapping no
 * labelled quantity, is not counted (dates have their own table). Every other unmatched reading
 * is a false positive, and is classed by what it overlaps: a non-quantity (name, score,
 * ordinal), a labelled quantity read with the wrong value, or nothing labelled.
 */
import type { GoldQuantity, Reading, Sentence } from "./set.ts";

export interface NumberScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /**
   * F1 counting a reading as right only when its value (or range) and its change ("=", "~",
   * ">", "<", "up", "down") both match the label's: "rose 6.5%" read as a plain 6.5% is a miss.
   */
  valueChangeF1: number;
  /** Over matched pairs: the unit read equals the label's (both none counts as equal). */
  unitAcc: number;
  /** Over matched pairs: the change read equals the label's ("=" when none is read). */
  changeAcc: number;
  /** False positives by what they overlap. */
  fp: { nonQuantity: number; wrongValue: number; unlabelled: number };
}

interface Extent {
  start: number;
  end: number;
}
const overlap = (a: Extent, b: Extent) => a.start < b.end && b.start < a.end;
const inside = (a: Extent, b: Extent) => a.start >= b.start && a.end <= b.end;

export function sameValue(a: number, b: number): boolean {
  if (b === 0) return Math.abs(a) < 1e-9;
  return Math.abs(a - b) <= 0.005 * Math.abs(b);
}

export function valuesAgree(r: Reading, g: GoldQuantity): boolean {
  if (!sameValue(r.value, g.value)) return false;
  if (g.value2 === undefined) return r.value2 === undefined;
  return r.value2 !== undefined && sameValue(r.value2, g.value2);
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision, recall and F1 from the matched, predicted and labelled counts. */
function prf(matched: number, predicted: number, gold: number) {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export function scoreNumbers(
  sentences: readonly Sentence[],
  read: (text: string) => Reading[],
): NumberScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let unitOk = 0;
  let changeOk = 0;
  let valueChangeOk = 0;
  const fp = { nonQuantity: 0, wrongValue: 0, unlabelled: 0 };
  for (const s of sentences) {
    const readings = read(s.text);
    const used = new Set<Reading>();
    gold += s.quantities.length;
    for (const g of s.quantities) {
      const r = readings.find((x) => !used.has(x) && overlap(x, g) && valuesAgree(x, g));
      if (!r) continue;
      used.add(r);
      matched++;
      if (r.unit === g.unit) unitOk++;
      if ((r.change ?? "=") === (g.change ?? "=")) {
        changeOk++;
        valueChangeOk++;
      }
    }
    for (const r of readings) {
      const onGold = s.quantities.some((g) => overlap(r, g));
      if (!onGold && s.dates.some((d) => inside(r, d))) continue;
      predicted++;
      if (used.has(r)) continue;
      if (onGold) fp.wrongValue++;
      else if (s.not.some((n) => overlap(r, n))) fp.nonQuantity++;
      else fp.unlabelled++;
    }
  }
  return {
    gold,
    predicted,
    matched,
    ...prf(matched, predicted, gold),
    valueChangeF1: prf(valueChangeOk, predicted, gold).f1,
    unitAcc: ratio(unitOk, matched),
    changeAcc: ratio(changeOk, matched),
    fp,
  };
}

/** A date as a reader reports it: its span and, when it resolves, an ISO prefix of the day. */
export interface DateReading {
  start: number;
  end: number;
  /** "YYYY-MM-DD" (or shorter) when the reader resolves one. */
  iso?: string;
}

export interface DateScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Over matched labels that name an absolute date: the reading starts with the label's ISO. */
  resolvedAcc: number;
  resolvable: number;
}

/** Date spans: a reading matches a labelled date span it overlaps, one to one. */
export function scoreDates(
  sentences: readonly Sentence[],
  read: (text: string) => DateReading[],
): DateScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let resolvable = 0;
  let resolved = 0;
  for (const s of sentences) {
    const readings = read(s.text);
    predicted += readings.length;
    gold += s.dates.length;
    const used = new Set<DateReading>();
    for (const g of s.dates) {
      const r = readings.find((x) => !used.has(x) && overlap(x, g));
      if (!r) continue;
      used.add(r);
      matched++;
      if (g.iso !== undefined) {
        resolvable++;
        if (r.iso?.startsWith(g.iso)) resolved++;
      }
    }
  }
  return {
    gold,
    predicted,
    matched,
    ...prf(matched, predicted, gold),
    resolvedAcc: ratio(resolved, resolvable),
    resolvable,
  };
}
