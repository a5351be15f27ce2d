// The fact-check against the labelled evaluation set: issue 4's targets, enforced.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";
import { formatBlind, SPENT_HALVES, scoreHalf, targets } from "./blind.ts";
import { evaluate, formatScore, loadCases } from "./evaluate.ts";
import { formatIngest, scoreIngest } from "./ingest.ts";

const cases = loadCases();
const score = evaluate(analyse(bundledData()), cases);
const report = formatScore(score);

describe("fact-check evaluation", () => {
  it("has at least 100 labelled cases, with every group represented", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const groups = new Set(cases.map((c) => c.group));
    for (const g of ["seed", "right", "wrong", "disputed", "words", "relative", "none", "other"])
      expect(groups, g).toContain(g);
  });

  it("every seed sentence with a figure comes out supported or disputed, never contradicted", () => {
    for (const o of score.outcomes.filter((x) => x.c.group === "seed")) {
      expect(o.got.length, o.c.text).toBeGreaterThan(0);
      for (const v of o.got) expect(["supported", "disputed"], o.c.text).toContain(v);
    }
  });

  it("contradicted: precision and recall at least 0.95", () => {
    const c = score.perVerdict.contradicted;
    expect(c?.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(c?.recall, report).toBeGreaterThanOrEqual(0.95);
  });

  it("unverified is never reported as contradicted", () => {
    expect(score.matrix.unverified?.contradicted, report).toBe(0);
  });

  it("numbers that are not claims are left alone", () => {
    for (const o of score.outcomes.filter((x) => x.c.group === "none"))
      expect(o.got, o.c.text).toEqual([]);
  });

  it("gets at least 95% of the cases fully right", () => {
    const right = score.outcomes.filter((o) => o.ok).length;
    expect(right / score.outcomes.length, report).toBeGreaterThanOrEqual(0.95);
  });
});

// The blind corpus's dev half (tuned on): guards against regressions, at the figures reached.
// The sealed half is reported by `npm run eval` and in the closing note, not tuned against.
describe("blind corpus, dev half", () => {
  const k = analyse(bundledData());
  const dev = scoreHalf(k, "dev");
  const t = targets(dev);
  const report = formatBlind(dev);

  it("contradicts no correct copy, and nothing no label calls wrong", () => {
    expect(t.correctCopyContradicted, report).toBe(0);
    expect(t.falseContradictions, report).toBe(0);
    expect(dev.strayContradictions, report).toEqual([]);
  });

  it("keeps the figures reached on it", () => {
    expect(t.agreed / t.labels, report).toBeGreaterThanOrEqual(0.853);
    expect(t.wrongContradicted / t.wrong, report).toBeGreaterThanOrEqual(0.753);
    expect(t.supportedGot / t.supported, report).toBeGreaterThanOrEqual(0.892);
    expect(t.wrongSupported, report).toBeLessThanOrEqual(1);
  });

  it("ingests the dev articles' facts with the right event, count, side, scope and claimant", () => {
    const ingest = scoreIngest(k, "dev");
    expect(ingest.allRight / ingest.trackable, formatIngest(ingest)).toBeGreaterThanOrEqual(0.9);
    expect(ingest.stray, formatIngest(ingest)).toBe(0);
  });

  // The ingest's sealed half was run once (32/48) and read since; it had no guard, and a change to
  // the side words shared with the fact-check cost it a fact unseen (41 -> 40) until the eval was
  // diffed by hand. Held where it stands.
  it("keeps the ingest's sealed half where it stands", () => {
    const ingest = scoreIngest(k, "sealed");
    expect(ingest.allRight, formatIngest(ingest)).toBeGreaterThanOrEqual(41);
    expect(ingest.stray, formatIngest(ingest)).toBe(0);
  });
});

// The sealed half and the fresh sets were each run once (test/eval/blind/RESULTS.md) and then
// read to find what went wrong, so they are dev sets now: they guard precision like the first.
describe("blind corpus, the spent sealed half and fresh sets", () => {
  // The sixth and seventh sets (fresh5, fresh6) came out with 12 false corrections each when
  // they were run, the eighth (fresh7) with 4; all are fixed. The ninth (fresh8) came out with
  // 10 (9 on correct copy); all are fixed now. A set whose one run leaves some unfixed is held
  // where it is in NOT_YET_FIXED (test/eval/blind/RESULTS.md lists them): never more, and each
  // fix lowers the bound.
  for (const half of SPENT_HALVES) {
    it(`${half}: contradicts no correct copy`, () => {
      const spent = scoreHalf(analyse(bundledData()), half);
      const t = targets(spent);
      const [copy, any] = NOT_YET_FIXED[half] ?? [0, 0];
      expect(t.correctCopyContradicted, formatBlind(spent)).toBeLessThanOrEqual(copy);
      expect(t.falseContradictions, formatBlind(spent)).toBeLessThanOrEqual(any);
      // The figures reached after reading them (issue 9's compact copy: fact boxes, notes,
      // headlines), kept: agreement, and wrong figures called supported.
      const [agreed, wrongSupported] = REACHED[half];
      expect(t.agreed / t.labels, formatBlind(spent)).toBeGreaterThanOrEqual(agreed);
      expect(t.wrongSupported, formatBlind(spent)).toBeLessThanOrEqual(wrongSupported);
    });
  }
});

/** False corrections a set's one run found that are not fixed yet: on correct copy, and in all. */
const NOT_YET_FIXED: Partial<Record<(typeof SPENT_HALVES)[number], readonly [number, number]>> = {
  // The tenth set's one run (commit f37cd72): 11 on correct copy, 16 false in all; all fixed now.
  fresh9: [0, 0],
  // The eleventh set's one run (commit bf3aebb): 6 on correct copy, 25 false in all; all fixed now.
  fresh10: [0, 0],
  // The twelfth set's one run (commit 1137b5b): 4 on correct copy, 4 false in all; all fixed
  // now (the last, a window one day too long, is put right on its wrong last day, not its first).
  fresh11: [0, 0],
  // The thirteenth set's one run (commit efa97cc): 5 on correct copy, 6 false in all (and one
  // on an unlabelled number); all fixed now.
  fresh12: [0, 0],
  // The fourteenth set's one run (commit b418f17): none on correct copy, none false in all (one
  // on an unlabelled number), the first set to come out with none on its one run.
  fresh13: [0, 0],
  // The fifteenth set's one run (commit f9aaae1): 6 on correct copy, 14 false in all (and two on
  // unlabelled numbers); "614 both" read as both sides together since, and a spaced thousand
  // kept after a word that begins like a month, and a day leading the next figure by "by" left
  // to it; a chat message taking back an earlier one's figures ("my bad, 64th", "no - those are
  // both-sides totals") read since, and a weekday before a sum's "=" kept as the figure's day;
  // the rest held, to be fixed; the last (a quoted "the day after" the first wave, beside a
  // written day) now left unverified, as two days compete for the figure.
  fresh14: [0, 0],
  // The sixteenth set's one run (commit b75a9eb, every branch of its session merged): 13 on
  // correct copy, 17 false in all; figures spoken as "three ninety" or "three oh seven" read as
  // one figure since, and a speaker's "it's not X, it's Y" and "I've got them backwards" taken
  // back, and a wait someone lived through ("prayed for 600 days") not read as the deal's length,
  // and a day's label after a quoted post ('" 🇺🇦 Tomorrow: …') and "the two-day haul to 697" read
  // since; a figure whose sentence names two days for it ("Today, on 25.05.", "yesterday,
  // Friday May 24") left unverified since, and a "two-day total" told of the next figure, a
  // kind of people taken from another figure's noun ("… of ours") and "before today" no
  // longer read into a figure, and an exchange named only past the next figure no longer
  // corrects the one before it ("over five hundred in all … the early May one was …"): all
  // fixed now.
  fresh15: [0, 0],
  // The seventeenth set's one run (at e34a611, every branch of the session's first round merged):
  // 14 on correct copy, 15 false in all (and three on unlabelled numbers); a script's hyphenated
  // spoken hundreds ("three-ninety", "three-oh-seven") read as one figure since, an anchor's
  // "earlier we said X" taken back, and a strap's "303 EACH SIDE / 2,000 IN ALL" no longer
  // lending the first figure's side to the second; the rest held. Fixed since: a "two-day sum"
  // read as the whole deal, an average read as a count and a bracketed "307 today" as a running
  // total, an exchange named by its month ("the April swap") taking an earlier sentence's day,
  // and a day hung by "of" on a later figure ("the 480 of January 3") taken for the one before.
  fresh16: [0, 0],
  // The eighteenth set's one run (commit 630fc62): 20 on correct copy, 21 false in all (and three
  // on unlabelled numbers). Fixed since in profile-kids copy (fc45): "hurt" read as the wounded,
  // "In March," keeping an earlier sentence's day off another month's figure, "over the two
  // days" read as the running total, "303 more" not taken for one, and a list's "the second 307"
  // after "the first group" read as the second wave's; and on the transcripts and cables (fc44):
  // a speaker's "X... no, Y" taken back, a cable's short unit ("14 BMs") no longer given the
  // list's noun, figures over a list of days ("23, 24, 25 MAY") no longer all the last day's, a
  // count "since D-DAY (23 MAY)" no longer that day's wave, and the ordinal of "the last exchange"
  // no longer read as the deal's. With both merged: 7 and 7, all in the transcripts and cables.
  fresh17: [5, 5],
  // The nineteenth set (fact boxes; podcast notes), run once at a460afd: 3 of 361 correct copy
  // contradicted, held there until read.
  fresh18: [3, 3],
};

const REACHED = {
  sealed: [0.877, 2],
  fresh: [0.833, 1],
  fresh2: [0.83, 0],
  fresh3: [0.778, 2],
  fresh4: [0.743, 3],
  fresh5: [0.713, 4],
  fresh6: [0.717, 1],
  fresh7: [0.628, 0],
  fresh8: [0.714, 9],
  fresh9: [0.713, 10],
  fresh10: [0.591, 11],
  fresh11: [0.715, 7],
  fresh12: [0.652, 7],
  fresh13: [0.713, 5],
  fresh14: [0.629, 9],
  fresh15: [0.742, 8],
  // One run: 598/1000 agreed, 9 wrong figures called supported; 631 and 6 since.
  fresh16: [0.631, 6],
  // One run (630fc62): 637/1041 agreed, 8 wrong figures called supported; 653 and 4 since.
  fresh17: [0.627, 4],
  // One run (a460afd): 436/673 agreed, 5 wrong figures called supported.
  fresh18: [0.647, 5],
} as const;
