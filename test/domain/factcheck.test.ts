import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../src/domain/answers.ts";
import { factcheck, factcheckAnswer } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { factcheckText } from "../../src/render/text.ts";
import { bundledData } from "../helpers/store.ts";

const data = bundledData();
const k = analyse(data);
const REF = "2025-05-26";
/** The figures' verdicts; days stated as claims are tested in days.test.ts. */
const check = (text: string, refDate: string | null = REF) =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind !== "day");
const one = (text: string, refDate: string | null = REF): ClaimCheck => {
  const got = check(text, refDate);
  expect(got, text).toHaveLength(1);
  return got[0] as ClaimCheck;
};

describe("contradicted", () => {
  it("carries the right figure, a verified quote that states it, and the corrected sentence", () => {
    const c = one("On May 24, 2025, Russia and Ukraine swapped 370 prisoners each.");
    expect(c.verdict).toBe("contradicted");
    expect(c.read).toBe("370");
    expect(c.right).toBe("307");
    expect(c.store).toContain("307");
    expect(c.eventId).toBe("exchange-2025-05-24");
    expect(c.correction).toBe("On May 24, 2025, Russia and Ukraine swapped 307 prisoners each.");
    expect(c.citations.length).toBeGreaterThan(0);
    for (const cite of c.citations) {
      expect(cite.verified).toBe(true);
      expect(cite.quote).toContain("307");
      const source = data.sources.find((s) => s.id === cite.source.id);
      const fact = data.facts.find((f) => f.id === cite.factId);
      expect(source?.text.slice(fact?.quote.start, fact?.quote.end)).toBe(cite.quote);
    }
    expect(c.reason).toMatch(/307.*not 370/);
  });

  it("replaces the whole figure as written: qualifiers, number words, ordinals, totals", () => {
    expect(
      one("On May 25, 2025, more than 400 prisoners from each side were released.").correction,
    ).toBe("On May 25, 2025, 303 prisoners from each side were released.");
    expect(
      one("On May 24, three hundred and seventy prisoners were swapped by each side.").correction,
    ).toBe("On May 24, 307 prisoners were swapped by each side.");
    expect(
      one("Ukraine said the May 23 exchange was the 46th exchange since the invasion.").correction,
    ).toBe("Ukraine said the May 23 exchange was the 64th exchange since the invasion.");
    expect(one("On January 3, 2024, the two sides swapped nearly 580 POWs.").correction).toBe(
      "On January 3, 2024, the two sides swapped nearly 480 POWs.",
    );
    expect(one("On May 24, 2025, the two sides swapped 600 prisoners.").correction).toBe(
      "On May 24, 2025, the two sides swapped 614 prisoners.",
    );
  });

  it("says when the draft's figure is the store's for another day", () => {
    const c = one("On May 24, each side released 390 prisoners.");
    expect(c.verdict).toBe("contradicted");
    expect(c.reason).toContain("390 is the store's figure for May 23, 2025");
  });

  it("a running total is checked against the total for the same time", () => {
    const c = one("By September 2024, 3,762 Ukrainians had been returned since the invasion.");
    expect([c.verdict, c.right]).toEqual(["contradicted", "3,672"]);
    expect(c.reason).toContain("as of September 1–30, 2024");
    expect(one("By mid-2024, 45 exchanges had taken place since the invasion.").right).toBe("54");
  });
});

describe("disputed", () => {
  it("gives both figures and both sources", () => {
    const c = one("On May 23, Russia received 270 servicemen.");
    expect(c.verdict).toBe("disputed");
    expect(c.store).toBe("390 or 270");
    const outlets = new Set(c.citations.map((x) => x.source.outlet));
    expect(outlets).toEqual(new Set(["The Epoch Times", "rki.news"]));
    expect(c.disputeIds.length).toBeGreaterThan(0);
    expect(c.correction).toBeNull();
  });

  it("running totals that disagree for the same week", () => {
    const c = one("Ukraine has brought home 4,552 people since February 2022.", "2025-05-20");
    expect(c.verdict).toBe("disputed");
    expect(c.store).toBe("4,552 or more than 4,750");
  });
});

describe("supported", () => {
  it("within the store's qualifier", () => {
    expect(one("On May 24, 2025 roughly 300 prisoners were released by each side.").verdict).toBe(
      "supported",
    );
    expect(one("On January 3, 2024, the two sides swapped 478 POWs.").verdict).toBe("supported");
  });

  it("a figure for the deal as a whole, in a sentence dated to one of its waves", () => {
    const got = check(
      "On May 23, 2025, Ukraine and Russia began a multi-day operation to swap nearly 2,000 detainees, 1,000 from each side.",
    );
    expect(got.map((c) => [c.verdict, c.eventId])).toEqual([
      ["supported", "deal-1000-for-1000"],
      ["supported", "deal-1000-for-1000"],
    ]);
  });
});

describe("a day the store has no exchange on", () => {
  it("a slip of the day (a day off, a digit, a year) leaves a figure that fits the exchange supported, never corrected", () => {
    for (const [text, event] of [
      ["On Thursday, May 22, 2025, each side released 390 prisoners.", "exchange-2025-05-23"],
      ["On April 9, 2025, each side freed 246 POWs.", "exchange-2025-04-19"],
      ["On January 3, 2023, nearly 480 POWs were swapped.", "exchange-2024-01-03"],
    ] as const) {
      const c = one(text);
      expect(c.verdict, text).toBe("supported");
      expect(c.eventId, text).toBe(event);
      expect(c.reason, text).toMatch(/no exchange on .*check the day/);
    }
  });

  it("a figure on a day far from every exchange stays unverified: the archive may not hold it", () => {
    expect(one("On June 10, 2025, each side released 390 prisoners.").verdict).toBe("unverified");
    expect(one("On May 12, 2025, each side released 307 prisoners.").verdict).toBe("unverified");
  });

  it("a figure that fits no exchange near the day is not rescued: 370 on May 22 stays unverified", () => {
    expect(one("On May 22, 2025, each side released 370 prisoners.").verdict).toBe("unverified");
  });
});

describe("two digits swapped", () => {
  it("a figure with no day that is the store's with two neighbouring digits swapped is put right, saying why", () => {
    const c = one(
      "Since the start of the invasion, Ukraine says it has brought home 4,525 people.",
      null,
    );
    expect(c.verdict).toBe("contradicted");
    expect(c.right).toBe("4,552");
    expect(c.reason).toMatch(/looks like the store's 4,552 with two digits swapped/);
    const ordinal = one("Kyiv called it the 46th swap since the invasion.", null);
    expect(ordinal.verdict).toBe("contradicted");
    expect(ordinal.right).toBe("64th");
  });

  it("the right figure itself, or one no stored figure is a swap of, is never corrected", () => {
    expect(
      one("Since the start of the invasion, Ukraine says it has brought home 4,552 people.", null)
        .verdict,
    ).not.toBe("contradicted");
    expect(one("Each side released 415 prisoners.", null).verdict).toBe("unverified");
  });

  it("a day named in the draft is not second-guessed by a swap: 370 on May 22 is not 307", () => {
    expect(one("On May 22, 2025, each side released 370 prisoners.").verdict).toBe("unverified");
  });

  it("'so far' mid-deal is not the war's running total when that is already far higher", () => {
    const c = one("Zelensky said 679 people had been brought home so far.", "2025-05-24");
    expect(c.verdict).toBe("contradicted");
    expect(c.right).toBe("697");
  });
});

describe("lists that name each figure's wave", () => {
  it("each figure takes the wave its own words name, after a colon or a verb", () => {
    const got = check(
      "Over 23–25 May a total of 1,000 Ukrainians were freed: 390 on the first day, 370 on the second and 303 on the third.",
    );
    const by = (read: string) => got.find((c) => c.read === read) as ClaimCheck;
    expect(by("390").verdict).toBe("supported");
    expect(by("370").verdict).toBe("contradicted");
    expect(by("370").right).toBe("307");
    expect(by("303").verdict).toBe("supported");
    const swapped = check(
      "Ukraine's share came home as 390 on the first day, 303 on the second and 307 on the last, the largest exchange since the 2022 invasion.",
    );
    expect(swapped.map((c) => [c.read, c.verdict, c.right ?? null])).toEqual([
      ["390", "supported", null],
      ["303", "contradicted", "307"],
      ["307", "contradicted", "303"],
    ]);
  });

  it("a figure of such a list with no wave of its own is not judged against a neighbour's", () => {
    const got = check(
      "A total of 1,000 Ukrainians were freed: 390 on the first day, then 307, and 303 on the last.",
    );
    expect(got.find((c) => c.read === "307")?.verdict).not.toBe("contradicted");
  });
});

describe("the whole deal, or its first days", () => {
  it("'in just two days, 2,000' of a deal that took three is the whole deal's figure with the days off, not a wrong figure", () => {
    const c = check(
      "In just two days, 2,000 prisoners were released by both sides together.",
      "2025-05-27",
    ).find((x) => x.read === "2,000") as ClaimCheck;
    expect(c.verdict).toBe("supported");
    expect(c.reason).toMatch(/whole deal, which took 3 days/);
  });

  it("'by both sides together' is both sides' figure", () => {
    const c = one("On May 23, 2025, 390 prisoners were released by both sides together.");
    expect(c.verdict).toBe("contradicted");
    expect(c.right).toMatch(/780/);
  });
});

describe("how many waves", () => {
  it("a count of waves or stages, or 'the Nth and final', is checked against the deal's three waves", () => {
    const two = one("The exchange agreed in Istanbul was carried out in two stages.");
    expect(two).toMatchObject({ verdict: "contradicted", measure: "wave-count" });
    expect(two.citations[0]?.quote).toBe("The swap was done in three waves.");
    expect(one("The swap was done in three waves over the weekend.").verdict).toBe("supported");
    expect(
      one("Today's handover will be the fourth and final stage of the exchange.", "2025-05-25")
        .verdict,
    ).toBe("contradicted");
  });

  it("'the first two waves' are some of the waves, not how many there were", () => {
    expect(
      check("Across the first two waves of the exchange, 697 people returned to Ukraine.").some(
        (c) => c.measure === "wave-count",
      ),
    ).toBe(false);
  });
});

describe("a count of days beside a figure", () => {
  const days = (text: string, refDate: string | null = REF) =>
    check(text, refDate).filter((c) => c.measure === "duration-days");
  it("the deal's length, when it matches; more days than the deal took is wrong", () => {
    expect(days("Over three days, 1,000 Ukrainians came home under the deal.")).toMatchObject([
      { read: "three", verdict: "supported" },
    ]);
    expect(days("Over four days, 1,000 Ukrainians came home under the deal.")).toMatchObject([
      { read: "four", verdict: "contradicted", right: "3" },
    ]);
  });

  it("fewer days is the deal so far beside a figure for so far, and wrong beside the whole deal's", () => {
    expect(
      days("In just these two days, 697 people have been brought home.", "2025-05-24"),
    ).toMatchObject([{ read: "two", verdict: "supported" }]);
    expect(
      days("In just two days, 2,000 prisoners were released by both sides together.", "2025-05-27"),
    ).toMatchObject([{ read: "two", verdict: "contradicted" }]);
  });

  it("a distance in time is not a span: 'two days later' is not checked", () => {
    expect(days("Two days later, the exchange went on with 307 each.", "2025-05-24")).toEqual([]);
  });
});

describe("translated copy", () => {
  it("a day written 19.04 is that day, and the figure after its dash is read alone", () => {
    const got = check("19.04 — 264 POWs from each side were exchanged.", null);
    expect(got.map((c) => [c.read, c.verdict, c.right ?? null])).toEqual([
      ["264", "contradicted", "246"],
    ]);
  });

  it("'15 Russian wounded' counts wounded Russians, never compared with the POWs", () => {
    const got = check(
      "On April 19, 2025, 246 POWs each side were swapped; additionally 31 our wounded and 15 Russian wounded were exchanged.",
    );
    const wounded = got.find((c) => c.read === "15") as ClaimCheck;
    expect(wounded.counted).toBe("wounded");
    expect(wounded.side).toBe("russia");
    expect(wounded.verdict).toBe("supported");
  });
});

describe("unverified, never guessed", () => {
  it("a figure the store does not hold for that event and measure", () => {
    expect(one("On June 10, 2025, each side released 390 prisoners.").verdict).toBe("unverified");
    expect(one("On May 24, 2025, 20 civilians were returned to Ukraine.").verdict).toBe(
      "unverified",
    );
    expect(
      one("On May 6, 2025, 20 wounded Ukrainian soldiers were among those returned.").verdict,
    ).toBe("unverified");
  });

  it("with no day or event named, a figure that fits nothing is unverified, not wrong", () => {
    const c = one("Each side released 415 prisoners.");
    expect(c.verdict).toBe("unverified");
    expect(c.citations).toEqual([]);
    expect(one("Each side released 307 prisoners.").verdict).toBe("supported");
  });

  it("figures the store does not track", () => {
    const c = one("Ukraine has 620,000 troops on the front line.");
    expect([c.verdict, c.measure]).toEqual(["unverified", null]);
  });
});

describe("citations", () => {
  it("never cites a quote that no longer matches its source", () => {
    const broken = bundledData();
    const source = broken.sources.find((s) => s.id === "epoch-times");
    if (!source) throw new Error("fixture");
    source.text = source.text.replace("swapped 307 of their", "swapped 307 of the");
    const c = factcheck(
      analyse(broken),
      "On May 24, 2025, Russia and Ukraine swapped 370 prisoners each.",
      {
        refDate: REF,
      },
    ).claims.find((x) => x.kind !== "day") as ClaimCheck;
    expect(c.verdict).toBe("contradicted");
    expect(c.citations.map((x) => x.factId)).not.toContain("et-may24-307");
    expect(c.citations.every((x) => x.verified)).toBe(true);
  });

  it("marks unreviewed facts as such", () => {
    const d = bundledData();
    const f = d.facts.find((x) => x.id === "rc-may25-303");
    if (!f) throw new Error("fixture");
    f.status = "unreviewed";
    const c = factcheck(analyse(d), "On May 25, each side freed 303 prisoners.", { refDate: REF })
      .claims[0] as ClaimCheck;
    expect(c.citations[0]?.status).toBe("unreviewed");
    expect(
      factcheckText({
        kind: "factcheck",
        claims: [c],
        counts: { supported: 1, contradicted: 0, disputed: 0, unverified: 0 },
        words: 8,
      }),
    ).toContain("(unreviewed)");
  });
});

describe("the answer and its report", () => {
  it("counts verdicts and words, and lists contradictions first", () => {
    const a = factcheckAnswer(
      k,
      "Each side released 307 prisoners on May 24, 2025. On May 25, 2025, each side released 330 prisoners. Some 250 shells fell.",
      { refDate: REF },
    );
    expect(a.kind).toBe("factcheck");
    // Both days are claims too, and both are right: the 330 is what is wrong.
    expect(a.counts).toEqual({ supported: 3, contradicted: 1, disputed: 0, unverified: 1 });
    expect(a.claims.filter((c) => c.kind === "day").map((c) => [c.claim, c.verdict])).toEqual([
      ["May 24, 2025", "supported"],
      ["May 25, 2025", "supported"],
    ]);
    expect(a.words).toBe(22);
    const text = factcheckText(a);
    expect(text.split("\n")[0]).toBe(
      "Fact-check: 5 claims in 22 words: 1 contradicted, 0 disputed, 3 supported, 1 unverified",
    );
    expect(text.indexOf("CONTRADICTED")).toBeLessThan(text.indexOf("SUPPORTED"));
    expect(text).toContain("Correction: On May 25, 2025, each side released 303 prisoners.");
  });

  it("an empty draft has nothing to check", () => {
    const a = factcheckAnswer(k, "", { refDate: REF });
    expect(a.claims).toEqual([]);
    expect(factcheckText(a)).toContain("No checkable figures found.");
  });
});

describe("any text", () => {
  it("never throws, and every claim's span slices back out of the text", async () => {
    const fc = (await import("fast-check")).default;
    const pieces = fc.constantFrom(
      "On May 24, ",
      "each side freed ",
      "307 prisoners",
      "nearly 2,000 detainees ",
      "1,000-for-1,000 ",
      "the following day, ",
      "on Friday ",
      "<!channel> ",
      "٣٠٠ ",
      "🇺🇦 ",
      "\u0000",
      ". ",
      "\n\n",
      "more than 4,750 Ukrainians since the invasion",
      "+380 44 123 4567 ",
      "9".repeat(40),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 30 })), { maxLength: 30 }),
        (parts) => {
          const text = parts.join("");
          for (const c of factcheck(k, text, { refDate: REF }).claims) {
            expect(text.slice(c.start, c.end)).toBe(c.claim);
            expect(["supported", "contradicted", "disputed", "unverified"]).toContain(c.verdict);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
