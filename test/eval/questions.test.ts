// The reporters' questions (issue 12), dev half: the floors reached, and never a wrong figure.
// The sealed half was run once (68.4%, 15 wrong figures) and is spent: it is now a second dev
// half, held to no wrong figure and to the floor reached on it. So is the fresh set of 100 (run
// once: 67/100, 8 wrong figures), the third (73/131, 15 wrong), the fourth (111/160, 19 wrong)
// and the fifth (112/160, 10 wrong).
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";
import { formatQuestions, questionTargets, replyOf, scoreQuestions } from "./questions.ts";

describe("reporters' questions, dev half", () => {
  const s = scoreQuestions("dev", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers all 117 right in the first line (117 of 117 after the names were curated)", () => {
    expect(t.n).toBe(117);
    expect(t.right, report).toBe(117);
  });

  it("reads follow-ups against their thread", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length / fu.length, report).toBeGreaterThanOrEqual(0.95);
  });
});

describe("reporters' questions, spent sealed half (a second dev half since its one run)", () => {
  const s = scoreQuestions("sealed", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 116 of 117 right in the first line (99 of 117 after the guards, 113 after the checks and names)", () => {
    expect(t.n).toBe(117);
    expect(t.right, report).toBeGreaterThanOrEqual(116);
  });
});

describe("reporters' questions, spent fresh set (a third dev set since its one run)", () => {
  const s = scoreQuestions("fresh", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (8 on its one run)", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 99% right in the first line (67 of 100 on its one run, 99 after)", () => {
    expect(t.n).toBe(100);
    expect(t.right / t.n, report).toBeGreaterThanOrEqual(0.99);
  });
});

describe("reporters' questions, spent third set (a dev set since its one run)", () => {
  const s = scoreQuestions("fresh2", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (15 on its one run)", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 128 of 131 right in the first line (73 on its one run; 129 before the scorer stopped taking a span for a day)", () => {
    expect(t.n).toBe(131);
    expect(t.right, report).toBeGreaterThanOrEqual(128);
  });
});

describe("reporters' questions, spent fourth set (a dev set since its one run)", () => {
  const s = scoreQuestions("fresh3", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (19 on its one run)", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 155 of 160 right in the first line (111 on its one run)", () => {
    expect(t.n).toBe(160);
    expect(t.right, report).toBeGreaterThanOrEqual(155);
  });

  it("reads follow-ups against their thread (27 of 43 on its one run, 41 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(41);
  });
});

describe("reporters' questions, spent fifth set (a dev set since its one run)", () => {
  const s = scoreQuestions("fresh4", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (10 on its one run)", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 150 of 160 right in the first line (112 on its one run)", () => {
    expect(t.n).toBe(160);
    expect(t.right, report).toBeGreaterThanOrEqual(150);
  });

  it("reads follow-ups against their thread (27 of 35 on its one run)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(33);
  });
});

// The sixth set (fresh5) was run once at the end of the session that wrote it (19 wrong); its
// wrong answers have been read and fixed since (a question's own "today", second-language
// phrasings, desk shorthand, comparisons, splits, running totals, ordinals): a dev set now, held
// to no wrong answer and to the floor reached on it.
describe("reporters' questions, sixth set (a dev set since its one run)", () => {
  const s = scoreQuestions("fresh5", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (19 on its one run)", () => {
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 155 of 160 right in the first line (119 on its one run)", () => {
    expect(t.n).toBe(160);
    expect(t.right, report).toBeGreaterThanOrEqual(155);
  });

  it("reads follow-ups against their thread (31 of 32 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(31);
  });
});

// The seventh set (fresh6) was run once at the end of the session that wrote it (commit f37cd72
// with the set wired in): 106/160 right, 15 wrong. Its wrong answers have been read and fixed
// (120 right, 3 wrong after the first pass; 151, none wrong after the second): a dev set now,
// held to no wrong answer and to the floor reached on it.
describe("reporters' questions, seventh set (a dev set since its one run)", () => {
  const s = scoreQuestions("fresh6", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (15 on its one run)", () => {
    expect(t.n).toBe(160);
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 154 right in the first line (106 on its one run; 153 after the latest total asked from a later day, 154 after which of two events came first; 153 since the scorer stopped taking a span for a day)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(153);
  });

  it("reads follow-ups against their thread (20 of 34 on its one run, 30 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(30);
  });
});

// The eighth set (fresh7) was run once at d936da3, with every branch of its session merged:
// 97/160 right in the first line, 19 wrong figures stated, 20 of 35 follow-ups right. Its wrong
// answers are being read and fixed (12 wrong, 101 right after shares, "civvies" and a swap's
// number asked in a table's words; 7 and 106 after exact sums, a tally's growth between two
// points and the deal's tally day by day; none wrong and 113 right after the clause "before"
// opens, "in which day", the kind of missile checked, "that total" and a release denied; 114
// after "before Istanbul or after?" and "he called who?"; 142, follow-ups 33, after shares,
// ratios and multiples worked out, weekdays compared, each side's figure checked as given and
// the as-of day of a claimant's total); 144 after a figure checked only against its own kind of
// event and a place in the series asked in the running count's words; held at the figures
// reached, never worse.
describe("reporters' questions, eighth set (run once)", () => {
  const s = scoreQuestions("fresh7", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (19 on its one run)", () => {
    expect(t.n).toBe(160);
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least as many right in the first line as now (97 on its one run, 145 now)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(145);
  });

  it("reads follow-ups against their thread (20 of 35 on its one run, 33 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(33);
  });
});

// The ninth set (fresh8) was run once at 2888e08, with every branch of its session merged:
// 110/160 right in the first line, 17 wrong figures stated, 18 of 31 follow-ups right. Held
// there (never worse) until its wrong answers are read and fixed. Read since (branch ask7):
// shares and averages asked in shorthand worked out or unsure; a tally 'by end of sat' or
// 'total home after sat' read as the deal so far; "Kyiv's or Moscow's number" asks a name:
// 115/160, 11 wrong. Read since (branch ask8): a count of things asked with "how much", a wave
// named by its place ("day 2 of"), a start said of the exchange on another event's day, "how much
// higher", whether a total takes in a figure, the day of a post about a swap: 120/160, 5 wrong;
// where the claimant asked counts from, a follow-up on several exchanges, a share carried into a
// follow-up, "btwn" and "the 1st wave", a running count between two points: 125/160, none wrong,
// follow-ups 22 of 31; words every question says naming no event, "whose is it", "how many X
// who …", "at what date": 129/160; the gap between two figures the question before named, two
// points each called a count, "X vs Y, ratio?", "1k" in a multiple, drones plus missiles added
// up: 134/160, follow-ups 23 of 31; "check:", "does it match", a figure against parts added
// up, "the bar says N?", who refused a proposal: 138/160, follow-ups 24 of 31; a span that is
// the deal's days, a name for each exchange a list names, a running total and an exchange's
// figure not added: 141/160, follow-ups 25 of 31; a pull quote checked against the person it is
// credited to, a follow-up on who said words not read as one on plans: 143/160, follow-ups 26;
// both sides' figures added when only each side's is stored: 144/160.
describe("reporters' questions, ninth set (run once)", () => {
  const s = scoreQuestions("fresh8", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (17 on its one run)", () => {
    expect(t.n).toBe(160);
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least as many right in the first line (145 now; 110 on its one run)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(145);
  });

  it("reads follow-ups against their thread (18 of 31 on its one run, 26 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(26);
  });
});

// The tenth set (fresh9: a standards editor, an intern, a graphics editor and a copy-taster) was
// run once at efa97cc, with every branch of its session merged: 112/160 right in the first line,
// 17 wrong figures stated, 17 of 32 follow-ups right. Held there (never worse), and raised as
// its wrong answers were read in general: 114 right, 14 wrong; then (branch ask10) an exchange
// named by its figure, a place in the series asked as "number what", which of two events came
// first, whether another source gives a figure, the wave a source reports, a follow-up's new
// figure put in the same copy, "confirmed by both sides": 129 right, none wrong; a number in the
// series checked, a disputed day said as a dispute, days apart from a disputed day, a chart's
// point read as the running total, the gap between the two disputed totals, the side a person
// is on, "and the 4,552?" asking the same of a new figure, "and on whose side?" after a count: 143
// right, 25 follow-ups.
describe("reporters' questions, tenth set (run once)", () => {
  const s = scoreQuestions("fresh9", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure, day or yes/no as the answer (17 on its one run, 14 after ask9)", () => {
    expect(t.n).toBe(160);
    expect(t.wrong, report).toBe(0);
  });

  it("answers at least 143 right in the first line (112 on its one run, 114 after ask9)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(143);
  });

  it("reads follow-ups against their thread (17 of 32 on its one run, 25 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(25);
  });
});

// The eleventh set (fresh10: q.yaml, a TV graphics producer, a Ukrainian reporter writing
// English, a sceptical editor-in-chief, a podcast producer; r.yaml, a sports-desk sub, an exile
// outlet's editor, a reporter pasting copy, a managing editor's year-end review) was run once at
// b418f17, with every branch of its session merged: 214/320 right in the first line, 32 wrong
// figures stated, 41 of 66 follow-ups right. Held there, never worse; read since: a check whose
// figure is the sum the answer works out is a yes (215 right, 31 wrong); words setting the scene
// before the question, "which by count", "which day of the big swap" (223 right, 26 wrong); a gap
// asked of both sides together, "and compared with …" after a comparison (226, 23 wrong, 42);
// a year's exchanges "during all 2024", Russia's "own people", "this two days" (229, 19 wrong);
// "in the end", "over the three legs", "in uniform", "'…' – ?" (232 right, 16 wrong, 43); a
// name asked again of another exchange (233 right, 15 wrong, follow-ups 44); what a proposal
// says, and who died, not held (234 right, 14 wrong); how long the freed had been held, not
// held (235 right, 13 wrong); "can i keep it?" a check (12 wrong); a day said of where a deal
// was agreed, checked (236 right, 11 wrong); a place in one year's run of exchanges checked
// against the sources' number (237 right); what Lavrov said would come first put against his
// words, regions hit not held, "the swap … called the 49th" the 49th, "our 2024 chapter:" set
// aside, "went the other way" the other side (241 right, 8 wrong, follow-ups 46); "and the
// smallest?" after a superlative asked again with it, "how many days is that" after two days
// named the days between (243 right, 6 wrong, follow-ups 47); someone's words asked by what they
// were put out in ("the X post") answered from the passage that quotes them (243 right again).
describe("reporters' questions, eleventh set (run once)", () => {
  const s = scoreQuestions("fresh10", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no more wrong figures than 6 (32 on its one run)", () => {
    expect(t.n).toBe(320);
    expect(t.wrong, report).toBeLessThanOrEqual(6);
  });

  it("answers at least 243 right in the first line (214 on its one run; 242 before an X post asked was answered from its passage)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(243);
  });

  it("reads follow-ups against their thread (41 of 66 on its one run, 47 now)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(47);
  });
});

// The twelfth set (fresh11: s.yaml, sub-editors checking proofs; t.yaml, questions dictated by
// phone) was run once at f9aaae1, with every branch of its session merged: 211/320 right in the
// first line (s 106, t 105), 29 wrong figures stated (s 12, t 17), 43 of 69 follow-ups right.
// Held there, never worse. A year said in words ("by september twenty twenty four") read as its
// digits: 223 right, 22 wrong, 46 follow-ups; "which leg of the exchange" with no verb after
// it read as a place in the series: 225 right, 20 wrong; "three ninety", "for thousand five fifty
// two" read as one figure: 229 right, 19 wrong; whether a running total counts an exchange
// (named by a day's figure or in words) not held: 231 right, 17 wrong; "caption" as where the
// copy goes, not a photograph; "U. A. E." as one name; "went somewhere else first … where"
// as where they were taken: 234 right, 13 wrong; "p o ws" read as POWs, a question taken back
// ("no scratch that, just …") read from after it: 239 right, 11 wrong, follow-ups 48; a
// follow-up kept on the exchange the thread named by its figure, "Russia's wounded" and
// "Russia's running total" read as Russia's own: 242 right, 8 wrong, follow-ups 50; "the sixty
// fourth exchange is that …" read as a check of the 64th: 243 right, 7 wrong; "freed by then"
// the running total as of the thread's exchange: 244 right, 6 wrong, follow-ups 51; someone's
// words asked by what they were put out in ("X post … for the pull quote") answered from the
// passage that quotes them, "last Friday" in a piece of a day counted back from it: 247 right,
// 4 wrong.
describe("reporters' questions, twelfth set (run once)", () => {
  const s = scoreQuestions("fresh11", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no more wrong figures than 4 (29 on its one run; 6 before an X post asked was answered from its passage and 'last Friday' in a piece was counted back from its day)", () => {
    expect(t.n).toBe(320);
    expect(t.wrong, report).toBeLessThanOrEqual(4);
  });

  it("answers at least 247 right in the first line (211 on its one run; 244 before the X post and the piece's 'last Friday')", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(247);
  });

  it("reads follow-ups against their thread (43 of 69 on its one run, 50 now: 51 before the scorer stopped taking a span for a day)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(50);
  });
});

// The thirteenth set (fresh12: u.yaml, a night editor, a translator, a graphics desk and a podcast
// producer; v.yaml, a correspondent on a bad line, an intern, a standards editor with readers'
// corrections and a social editor) was run once at b75a9eb, with every branch of its session
// merged: 241/318 right in the first line, 26 wrong figures stated, 45 of 70 follow-ups right.
// Held there, never worse. "byline", "what date did they agree", "which days" read as what they ask;
// the hour of a handover and one mediator's count of swaps not held; a bare "may 6 one?" asks the
// question before of that exchange: 251 right, 18 wrong, 48 follow-ups; the day a deal was agreed
// checked as such, "the 3 day total" the whole deal: 253 right, 16 wrong, 49 follow-ups; a ceasefire
// "agreed in" the swap's city not held: 15 wrong. A follow-up that fits two points of the thread
// ("the day after that" after a step back, "and may?") unsure with both offered, "both days" after
// one wave, "when it was done" the whole deal, an aside after the question set aside, "brief on"
// the briefing: 259 right, 9 wrong, 53 follow-ups; a count's start put forward checked, "only
// soldiers" a no when the quote counts civilians too: 262 right, 6 wrong, 54 follow-ups; "was it
// A or B?" each reading checked, a series number said with another month a no: 264 right, 4 wrong.
describe("reporters' questions, thirteenth set (run once)", () => {
  const s = scoreQuestions("fresh12", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no more wrong figures than 4 (26 on its one run)", () => {
    expect(t.n).toBe(318);
    expect(t.wrong, report).toBeLessThanOrEqual(4);
  });

  it("answers at least 261 right in the first line (241 on its one run; 264 before the scorer stopped taking a span for a day)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(261);
  });

  it("reads follow-ups against their thread (45 of 70 on its one run, 53 now: 54 before the scorer stopped taking a span for a day)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(53);
  });
});

// The fourteenth set (fresh13: x.yaml, a graphics designer, a social producer, a podcast host
// reading aloud, an intern mixing terms, a standards editor on sourcing; w.yaml, sub-editors on
// deadline pasting copy, heds and captions) was run once at e34a611, with every branch of the
// session's first round merged: 227/320 right in the first line, 19 wrong figures stated, 41 of
// 71 follow-ups right. Held there, never worse. A split asked of the side the question's own
// words name ("same split for our 390?") never the thread's Russian one, someone's X post asked
// answered from its passage, a day written "24/5" never a figure, "largest since 2022" belied
// only by a bigger exchange before it, "last week" in a piece counted back from its day, a
// running total "then" as of the exchange named, "same number for both sides?" the two sides'
// figures: 241 right, 5 wrong, follow-ups 45.
describe("reporters' questions, fourteenth set (run once)", () => {
  const s = scoreQuestions("fresh13", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no more wrong figures than 5 (19 on its one run; 13 before the side-switched split, the X post, '24/5', 'largest since 2022', the piece's 'last week', the total 'then' and 'same for both sides')", () => {
    expect(t.n).toBe(320);
    expect(t.wrong, report).toBeLessThanOrEqual(5);
  });

  it("answers at least 241 right in the first line (227 on its one run; 234 before the same fixes)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(241);
  });

  it("reads follow-ups against their thread (45 of 71; 41 on its one run, 43 before a split asked of the other side was read as that side's)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(45);
  });
});

// The fifteenth set (fresh14: y.yaml, correspondents and wire editors in second-language English,
// a photo desk captioning pictures and a night editor checking figures; z.yaml, a researcher
// building a timeline, a documentary producer, a corrections desk and a radio producer) was run
// once at 630fc62, with the first round's branches merged as far as they had gone: 240/320 right
// in the first line, 15 wrong figures stated, 41 of 62 follow-ups right. Held there, never worse.
// ask38 took the wrong lines by class (a desk label's time, "Ukraine's 390 returnees", one
// outlet's words, words asked in shorthand, "Brussels Morning's 4,552", "per 001"): 244 right,
// 6 wrong, 43 of 62 follow-ups right.
describe("reporters' questions, fifteenth set (run once)", () => {
  const s = scoreQuestions("fresh14", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no wrong figure (15 on its one run; ask39 took the last 6)", () => {
    expect(t.n).toBe(320);
    expect(t.wrong, report).toBeLessThanOrEqual(0);
  });

  it("answers at least 250 right in the first line (240 on its one run)", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(250);
  });

  it("reads follow-ups against their thread (45 of 62; 41 on its one run)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(45);
  });
});

// The sixteenth set (fresh15: qa.yaml, a foreign desk writing European dates, a podcast producer,
// a graphics editor and a standards editor; qb.yaml, a business reporter, a fact-check intern, a
// managing editor in two words and a regional reporter) was written and reviewed blind, committed
// before it ran (f2fcfe4), and run once at 1d0abd6 before any branch of its session was merged:
// 230/320 right in the first line, 19 wrong figures stated, 39 of 67 follow-ups right. Held
// there, never worse.
describe("reporters' questions, sixteenth set (run once)", () => {
  const s = scoreQuestions("fresh15", replyOf(analyse(bundledData())));
  const t = questionTargets(s);
  const report = formatQuestions(s, true);

  it("states no more wrong figures than on its one run (19)", () => {
    expect(t.n).toBe(320);
    expect(t.wrong, report).toBeLessThanOrEqual(19);
  });

  it("answers at least 230 right in the first line, as on its one run", () => {
    expect(t.right, report).toBeGreaterThanOrEqual(230);
  });

  it("reads follow-ups against their thread (39 of 67 on its one run)", () => {
    const fu = s.scored.filter((x) => (x.q.context ?? []).length > 0);
    expect(fu.filter((x) => x.right).length, report).toBeGreaterThanOrEqual(39);
  });
});
