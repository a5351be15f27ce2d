// Figures told twice in one article (src/domain/ingest-repeats.ts): one fact, not two.
import { describe, expect, it } from "vitest";
import { dropRepeats } from "../../src/domain/ingest-repeats.ts";
import type { Fact } from "../../src/store/schema.ts";

const TEXT =
  "Since the spring talks, 175 soldiers have come home in two stages.\n\n(An earlier version of this note gave 157; the correct figure is 175.)";

function fact(measure: Fact["measure"], nth: number, eventId: string): { fact: Fact } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = TEXT.indexOf("175", at + 1);
  const start = TEXT.lastIndexOf("\n", at) + 1;
  const end = TEXT.indexOf(".", at) + 1;
  return {
    fact: {
      id: `f${nth}`,
      sourceId: "s",
      eventId,
      measure,
      counted: measure === "unclassified" ? null : "people",
      side: null,
      value: { type: "number", n: 175, qualifier: "exact", said: "175" },
      eventDate: null,
      asOf: null,
      claimantId: "c",
      quote: { text: TEXT.slice(start, end), start, end },
      planned: false,
      status: "unreviewed",
    } as Fact,
  };
}

describe("a figure told again", () => {
  it("drops a bare figure filed on the event the same figure was just filed on", () => {
    const first = fact("released-to-date", 1, "talks-x");
    const again = fact("unclassified", 2, "talks-x");
    expect(dropRepeats(TEXT, [first, again]).kept).toEqual([first]);
  });

  it("keeps it when it is filed on another event", () => {
    const first = fact("released-to-date", 1, "talks-x");
    const other = fact("unclassified", 2, "exchange-y");
    expect(dropRepeats(TEXT, [first, other]).kept).toHaveLength(2);
  });
});

describe("each side's figure pointed back at for one side", () => {
  const text =
    "The swap closed with 450 freed on each side. Of the 450 Ukrainians, most were soldiers; the final 450 came by bus.";
  const told = (nth: number, side: Fact["side"], claimantId: string): { fact: Fact } => {
    let at = -1;
    for (let i = 0; i < nth; i++) at = text.indexOf("450", at + 1);
    const start = text.lastIndexOf(".", at) + 1 || 0;
    const end = text.indexOf(".", at) + 1;
    return {
      fact: {
        id: `f${nth}`,
        sourceId: "s",
        eventId: "exchange-x",
        measure: "released",
        counted: "people",
        side,
        value: { type: "number", n: 450, qualifier: "exact", said: "450" },
        eventDate: null,
        asOf: null,
        claimantId,
        quote: { text: text.slice(start, end), start, end },
        planned: false,
        status: "unreviewed",
      } as Fact,
    };
  };

  it("drops it in the same voice, the first telling kept", () => {
    const each = told(1, "each", "desk");
    expect(dropRepeats(text, [each, told(2, "ukraine", "desk")]).kept).toEqual([each]);
  });

  it("keeps it in another voice: that side's own count", () => {
    const each = told(1, "each", "desk");
    expect(dropRepeats(text, [each, told(2, "ukraine", "kyiv")]).kept).toHaveLength(2);
  });
});

describe("a figure a voice restates as the one it stands by", () => {
  it("drops 'our figure, from the ministry, is …' told again in the same voice, whatever side it reads", () => {
    const text =
      "The ministry says 44 bodies went home to Russia. Our figure, from the ministry, is 44.";
    const told = (nth: number, side: Fact["side"]): { fact: Fact } => {
      const at = nth === 1 ? text.indexOf("44") : text.lastIndexOf("44");
      const start = nth === 1 ? 0 : text.indexOf("Our");
      const end = text.indexOf(".", at) + 1;
      return {
        fact: {
          id: `f${nth}`,
          sourceId: "s",
          eventId: "bodies-x",
          measure: "released",
          counted: "bodies",
          side,
          value: { type: "number", n: 44, qualifier: "exact", said: "44" },
          eventDate: null,
          asOf: null,
          claimantId: "ministry",
          quote: { text: text.slice(start, end), start, end },
          planned: false,
          status: "unreviewed",
        } as Fact,
      };
    };
    const first = told(1, "russia");
    expect(dropRepeats(text, [first, told(2, "ukraine")]).kept).toEqual([first]);
  });
});

describe("soldiers pointed back at as people", () => {
  const text =
    "Ninety-one prisoners of war came home this morning, the ministry said.\n\nHer son was not among the 91 either.";
  const of = (said: string, counted: Fact["counted"], side: Fact["side"], claimantId: string) => {
    const at = text.indexOf(said);
    const start = text.lastIndexOf("\n", at) + 1;
    const end = text.indexOf(".", at) + 1;
    return {
      fact: {
        id: said,
        sourceId: "s",
        eventId: "exchange-x",
        measure: "released",
        counted,
        side,
        value: { type: "number", n: 91, qualifier: "exact", said },
        eventDate: null,
        asOf: null,
        claimantId,
        quote: { text: text.slice(start, end), start, end },
        planned: false,
        status: "unreviewed",
      } as Fact,
    };
  };

  it("drops 'not among the 91', with no side of its own, as the soldiers told before", () => {
    const first = of("Ninety-one", "military", "ukraine", "ministry");
    const again = of("91", "people", null, "outlet");
    expect(dropRepeats(text, [first, again]).kept).toEqual([first]);
  });

  it("keeps 'the 91 people it received' told with a side of its own", () => {
    const first = of("Ninety-one", "military", "russia", "ministry");
    const again = of("91", "people", "ukraine", "outlet");
    expect(dropRepeats(text, [first, again]).kept).toEqual([first, again]);
  });
});
