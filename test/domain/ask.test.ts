// Asking in plain words (issue 12): questions written here, not taken from the blind set.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askQuestion, askThread, isFollowUp, merge } from "../../src/domain/ask/index.ts";
import { readQuestion } from "../../src/domain/ask/read.ts";
import { analyse } from "../../src/domain/queries.ts";
import { renderBlocks } from "../../src/render/blocks/index.ts";
import { checkLimits } from "../../src/render/blocks/limits.ts";
import { renderText } from "../../src/render/text.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("reading a question as a claim with a hole", () => {
  it("reads what is counted, for whom, and the day, fixed against the archive", () => {
    const r = readQuestion(k, "what number of civilians went back to Russia on the 23rd?");
    expect(r.counted).toBe("civilians");
    expect(r.side).toBe("russia");
    expect(r.day).toBe("2025-05-23");
    expect(r.eventId).toBe("exchange-2025-05-23");
  });
  it("reads a running total as of a month, and 'now'", () => {
    const r = readQuestion(k, "how many Ukrainians had been brought home by September 2024?");
    expect(r.running).toBe(true);
    expect(r.range).toEqual({ from: "2024-09-01", to: "2024-09-30" });
    expect(readQuestion(k, "total Ukrainians freed since the invasion, now?").running).toBe(true);
  });
  it("reads what is asked", () => {
    expect(readQuestion(k, "when were the Istanbul talks held?").asked).toBe("date");
    expect(readQuestion(k, "who chaired the Istanbul talks?").asked).toBe("name");
    expect(readQuestion(k, "which exchange number was the January 2024 swap?").asked).toBe(
      "ordinal",
    );
    expect(readQuestion(k, "is it true that 303 came home on the Sunday?").asked).toBe("check");
  });
  it("fixes the deal's weekday and a day counted from a named event", () => {
    expect(readQuestion(k, "how many came back on the Friday?").day).toBe("2025-05-23");
    expect(readQuestion(k, "how many were freed two days after the Istanbul talks?").day).toBe(
      "2025-05-18",
    );
  });
});

describe("the first line answers it", () => {
  it("a figure, with who says so", () => {
    const a = ask("civilians received by Russia on 23 May 2025 — how many?");
    expect(a.line).toMatch(
      /^Russia received 120 civilians on May 23, 2025 — Russia's Defence Ministry, via rki\.news/,
    );
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("120 civilians");
  });
  it("a per-side figure with no side asked says each side and both together", () => {
    expect(ask("how many people were exchanged on the 25th?").line).toMatch(
      /^303 people each side \(606 in all\) on May 25, 2025/,
    );
  });
  it("a disputed figure shows both sides in the first line", () => {
    const a = ask("how many POWs did Russia get back on the first day?");
    expect(a.status).toBe("disputed");
    expect(a.line).toMatch(/270/);
    expect(a.line).toMatch(/390/);
    expect(a.disputes.length).toBeGreaterThan(0);
  });
  it("a running total as of a month, and the nearest claims on either side", () => {
    const a = ask("how many Ukrainians had come home by June 2024?");
    expect(a.line).toMatch(/3,400/);
    expect(a.nearest?.after?.figure.readings[0]?.valueText).toBe("3,672");
  });
  it("a worked-out figure shows the quoted figures it comes from", () => {
    const a = ask("how many more wounded did Ukraine get back than Russia in April?");
    expect(a.line).toMatch(/^Ukraine got 16 more/);
    expect(a.derivation?.expression).toBe("31 − 15 = 16");
    expect(a.derivation?.parts.map((p) => p.citation.quote).join(" ")).toMatch(/31 wounded/);
  });
  it("a date, and a disputed date with both days", () => {
    expect(ask("on what day was the Lavrov ceasefire draft announcement?").line).toMatch(
      /May 23, 2025/,
    );
    const d = ask("what date was the 205-for-205 exchange?");
    expect(d.status).toBe("disputed");
    expect(d.line).toMatch(/May 6, 2025.*May 7, 2025/);
  });
  it("a name, and the number in the series", () => {
    expect(ask("who proposed the Istanbul meeting, according to rki.news?").line).toMatch(
      /^Russia \(Putin\) proposed/,
    );
    expect(ask("what number exchange of the war was the first wave?").line).toMatch(/64th/);
  });
  it("is this right: a fact-check of the figure", () => {
    expect(ask("is it true that 303 came home on the Sunday?").line).toMatch(/^Yes/);
    expect(ask("our draft says 246 each side on March 19, correct?").line).toMatch(/^No.*175/);
  });
  it("says plainly the store does not hold it, and states no figure", () => {
    const a = ask("how many journalists were among those freed on May 24?");
    const b = ask("how many wounded came home on the 25th?");
    for (const x of [a, b]) {
      expect(x.status).toBe("not-held");
      expect(x.line).toMatch(/^The store does not hold/);
      expect(x.line.replace(/[A-Z][a-z]+ \d{1,2}, \d{4}/g, "")).not.toMatch(/\d/);
    }
  });
  it("when unsure, says so and offers the likeliest readings, each with its own first line", () => {
    const a = ask("how many got out?");
    expect(a.status).toBe("unsure");
    expect(a.line).not.toMatch(/\d/);
    expect(a.choices.length).toBeGreaterThanOrEqual(2);
    expect(a.choices.every((c) => c.line.length > 0)).toBe(true);
  });
});

describe("follow-ups are read against the question before", () => {
  it("a new day keeps what was counted and for whom", () => {
    expect(ask("how many Russians were returned on May 24?", "and the next day?").line).toMatch(
      /^Russia received 303/,
    );
  });
  it("a new side keeps the day", () => {
    const a = ask("how many Ukrainians came back on the 23rd?", "and Russia's side?");
    expect(a.line).toMatch(/^Russia received 390/);
    expect(a.context).toEqual(["how many Ukrainians came back on the 23rd?"]);
  });
  it("a question that names its own day and subject is not a follow-up", () => {
    const own = readQuestion(k, "who mediated the Istanbul talks?");
    expect(isFollowUp("who mediated the Istanbul talks?", own)).toBe(false);
    const prev = readQuestion(k, "how many came home on May 25?");
    expect(merge(prev, readQuestion(k, "and on the 24th?")).day).toBe("2025-05-24");
  });
  it("the answer object carries the reading a thread keeps", () => {
    const first = askQuestion(k, "how many Ukrainians came back on the 23rd?");
    expect(first.reading.day).toBe("2025-05-23");
  });
});

describe("rendered from the one answer object", () => {
  const answers = [
    ask("how many POWs did Russia get back on the first day?"),
    ask("how many got out?"),
    ask("how many Ukrainians had come home by June 2024?"),
    ask("<!channel> how many *civilians* came back on the 24th?"),
  ];
  it("the terminal's first line is the answer's first line", () => {
    for (const a of answers) expect(renderText(a).split("\n")[0]).toBe(a.line);
  });
  it("Block Kit stays within Slack's limits and escapes what the asker wrote", () => {
    for (const a of answers) {
      const r = renderBlocks(a);
      expect(checkLimits(r.blocks)).toEqual([]);
      // Only a button's value (never shown as mrkdwn) may carry the asker's words unescaped.
      const shown = JSON.stringify(r.blocks, (key, v) => (key === "value" ? undefined : v));
      expect(shown).not.toContain("<!channel>");
    }
  });
});
