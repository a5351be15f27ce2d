import { describe, expect, it } from "vitest";
import type { AskAnswer, HelpAnswer, SwapAnswer } from "../../src/domain/answers.ts";
import { analyse, ask, disputes, sources, swap, totals } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());

function swapOf(arg: string): SwapAnswer {
  const a = swap(k, arg);
  if (a.kind !== "swap")
    throw new Error(`expected a swap answer for "${arg}", got help: ${a.problem}`);
  return a;
}

describe("swap", () => {
  it.each([
    "may-24",
    "24-may",
    "May 24",
    "24 May 2025",
    "2025-05-24",
    "may 24th",
    "MAY-24",
    " may  24 ",
  ])("%s finds the second wave", (arg) => {
    expect(swapOf(arg).event.id).toBe("exchange-2025-05-24");
  });

  it("gives every figure with every source's quote and counts agreement by claimant", () => {
    const a = swapOf("may-24");
    const each = a.figures.find((f) => f.key === "released|people|each");
    expect(each?.readings).toHaveLength(1);
    expect(each?.readings[0]?.valueText).toBe("307");
    expect(each?.readings[0]?.claimants.map((c) => c.id).sort()).toEqual([
      "epoch-times",
      "exchange-recap",
    ]);
    for (const c of each?.readings[0]?.citations ?? []) {
      expect(c.verified).toBe(true);
      expect(c.quote).toContain("307");
    }
    expect(a.parent?.id).toBe("deal-1000-for-1000");
  });

  it("finds an exchange by the date only one source gives, and says so", () => {
    const a = swapOf("may-7");
    expect(a.event.id).toBe("exchange-2025-05-06");
    expect(a.matchNote).toMatch(/rki\.news/);
    expect(a.disputes.map((d) => d.id)).toContain("date:exchange-2025-05-06");
  });

  it("shows the May 23 dispute over how many of the 390 were prisoners of war", () => {
    const a = swapOf("may 23");
    const d = a.disputes.find((x) => x.id === "value:exchange-2025-05-23:released:military:russia");
    expect(d).toBeDefined();
    expect(d?.sides.map((s) => s.valueText)).toEqual(
      expect.arrayContaining(["390 each side", "270"]),
    );
    expect(d?.sentence).toMatch(/120 civilians/);
  });

  it("answers latest with the last wave, and aliases", () => {
    expect(swapOf("latest").event.id).toBe("exchange-2025-05-25");
    expect(swapOf("istanbul").event.id).toBe("talks-2025-05-16");
    expect(swapOf("1000-for-1000").event.id).toBe("deal-1000-for-1000");
    expect(swapOf("wave 2").event.id).toBe("exchange-2025-05-24");
  });

  it("gives help and the nearest exchanges for an unknown date, never an error", () => {
    const a = swap(k, "june 1") as HelpAnswer;
    expect(a.kind).toBe("help");
    expect(a.problem).toMatch(/June 1, 2025/);
    expect(a.suggestions[0]?.id).toBe("exchange-2025-05-25");
  });

  it.each(["", "   ", "banana", "feb-30", "<!channel>", "x".repeat(4000), "١٢ مايو", "🙂🙂"])(
    "gives help for %j",
    (arg) => {
      const a = swap(k, arg);
      expect(a.kind).toBe("help");
      expect((a as HelpAnswer).usage.length).toBeGreaterThan(0);
      expect((a as HelpAnswer).suggestions.length).toBeGreaterThan(0);
    },
  );

  it("states no figure without a quote", () => {
    for (const event of k.catalog.events.values()) {
      const a = swap(k, event.id);
      if (a.kind !== "swap") continue;
      for (const f of a.figures) {
        for (const r of f.readings)
          expect(r.citations.length, `${event.id} ${f.key}`).toBeGreaterThan(0);
      }
    }
  });

  it("withholds a quote that no longer matches its source", () => {
    const data = bundledData();
    const epoch = data.sources.find((s) => s.id === "epoch-times");
    if (!epoch) throw new Error("no epoch-times source");
    epoch.text = epoch.text.replace("swapped 307", "swapped 370");
    const a = swap(analyse(data), "may-24") as SwapAnswer;
    const cites = a.figures.flatMap((f) => f.readings.flatMap((r) => r.citations));
    expect(cites.find((c) => c.factId === "et-may24-307")?.verified).toBe(false);
    expect(cites.find((c) => c.factId === "rc-may24-307")?.verified).toBe(true);
  });
});

describe("totals", () => {
  it("shows the deal wave by wave with a check sum that holds", () => {
    const t = totals(k);
    expect(t.deal?.event.id).toBe("deal-1000-for-1000");
    expect(t.deal?.waves.map((w) => w.figure?.readings[0]?.valueText)).toEqual([
      "390",
      "307",
      "303",
    ]);
    const sum = t.deal?.checks.find((c) => c.expression === "390 + 307 + 303 = 1,000");
    expect(sum?.ok).toBe(true);
    expect(sum?.parts.every((p) => p.citation.verified)).toBe(true);
    const twoDays = t.deal?.checks.find((c) => c.against.valueText === "697");
    expect(twoDays?.expression).toBe("390 + 307 = 697");
    expect(twoDays?.ok).toBe(true);
  });

  it("lists the year's exchanges and the running totals as a dated timeline", () => {
    const t = totals(k);
    expect(t.year).toBe(2025);
    expect(t.exchanges.map((e) => e.event.id)).toEqual([
      "exchange-2025-03-19",
      "exchange-2025-04-19",
      "exchange-2025-05-06",
      "exchange-2025-05-23",
      "exchange-2025-05-24",
      "exchange-2025-05-25",
    ]);
    expect(t.timeline.map((p) => p.figure.readings[0]?.valueText)).toEqual([
      "about 3,400",
      "3,672",
      "4,552",
      "more than 4,750",
    ]);
    expect(t.disputes.some((d) => d.kind === "cumulative")).toBe(true);
  });
});

describe("sources and disputes", () => {
  it("lists the five sources with their claimants", () => {
    const s = sources(k);
    expect(s.sources).toHaveLength(5);
    const rki = s.sources.find((x) => x.id === "rki-news");
    expect(rki?.published).toBe("May 23, 2025");
    expect(rki?.claimants.map((c) => c.id)).toEqual(
      expect.arrayContaining(["ua-coordination-hq", "ru-defence-ministry", "ua-officials"]),
    );
  });

  it("finds every disagreement in the seeds", () => {
    const ids = disputes(k)
      .disputes.map((d) => d.id)
      .sort();
    expect(ids).toEqual(
      [
        "claim:talks-2025-05-16:first-direct-talks",
        "claim:talks-2025-05-16:initiator",
        "claim:talks-2025-05-16:mediator",
        "claim:talks-2025-05-16:trump-title",
        "cumulative:returned-since-2022:bm-returned-4552:rki-returned-4750",
        "date:exchange-2025-05-06",
        "value:exchange-2025-05-23:released:military:russia",
      ].sort(),
    );
    for (const d of disputes(k).disputes) {
      expect(d.sentence.length).toBeGreaterThan(20);
      expect(d.sides.length).toBeGreaterThanOrEqual(2);
      for (const side of d.sides) expect(side.citations.length).toBeGreaterThan(0);
    }
  });

  it("shows the arithmetic that holds", () => {
    const exprs = disputes(k).checks.map((c) => c.expression);
    expect(exprs).toEqual(
      expect.arrayContaining([
        "390 + 307 + 303 = 1,000",
        "390 + 307 = 697",
        "230 + 248 = 478",
        "270 + 120 = 390",
      ]),
    );
    expect(exprs.some((e) => e.startsWith("246 × 2 + 31 + 15 = 538"))).toBe(true);
  });
});

describe("ask", () => {
  it("answers a question with a date in its first line, with that exchange to see whole", () => {
    const a = ask(k, "how many prisoners were freed on May 24?");
    expect(a.kind).toBe("ask");
    expect((a as AskAnswer).line).toMatch(/^307 people each side/);
    expect((a as AskAnswer).event?.id).toBe("exchange-2025-05-24");
  });
  it("still shows the whole exchange for a bare date or name", () => {
    const a = ask(k, "may 24");
    expect(a.kind).toBe("swap");
    expect((a as SwapAnswer).event.id).toBe("exchange-2025-05-24");
  });
  it("maps totals and disputes questions", () => {
    expect(ask(k, "what are the running totals so far?").kind).toBe("totals");
    expect(ask(k, "where do the sources disagree?").kind).toBe("disputes");
    expect(ask(k, "what happened in istanbul").kind).toBe("swap");
  });
  it("says plainly the store does not hold what it cannot answer, with no figure", () => {
    const a = ask(k, "what's the weather like?") as AskAnswer;
    expect(a.kind).toBe("ask");
    expect(a.status).toBe("not-held");
    expect(a.line).toMatch(/does not hold/);
    expect(a.line).not.toMatch(/\d/);
  });
  it("gives help for a bare word it does not know", () => {
    const a = ask(k, "xyzzy");
    expect(a.kind).toBe("help");
    expect((a as HelpAnswer).problem).toMatch(/couldn't tell/);
  });
});
