// Dates that are not events of their own (issue 14: fresh16's eight invented events): the days
// of one operation run over several days, told again one by one with their numbers; two adjacent
// days named as two stages; and the day of a blog or article a notice puts right.
import { describe, expect, it } from "vitest";
import { findEventMentions } from "../../src/domain/ingest-events.ts";

const days = (text: string, published: string) =>
  findEventMentions(text, published).map((m) =>
    m.from === m.to ? `${m.kind} ${m.from}` : `${m.kind} ${m.from} to ${m.to}`,
  );

describe("the days of one operation run over several days", () => {
  it("reads a stage 'over four days, from Monday to Thursday' told day by day as one span", () => {
    const found = days(
      "The second stage of the swap lasted over four days, from Monday to Thursday. Border guards said 40 men crossed on Monday, 30 on Tuesday, 25 on Wednesday and 10 on Thursday.",
      "2025-09-13",
    );
    expect(found).toEqual(["deal 2025-09-08 to 2025-09-11"]);
  });

  it("reads days told after an earlier span, in a sentence saying 'over two days', as that span", () => {
    const found = days(
      "Forty detainees were swapped on 2–3 September, officials said. The swap took place over two days at the border: 25 people came back on Tuesday and 15 on Wednesday.",
      "2025-09-05",
    );
    expect(found).toEqual(["deal 2025-09-02 to 2025-09-03"]);
  });

  it("keeps stages told by their own days when nothing calls them one operation over days", () => {
    const found = days(
      "Prisoners were exchanged between 2 and 5 September. 25 people came home on Tuesday and 15 on Friday.",
      "2025-09-08",
    );
    expect(found).toContain("exchange 2025-09-05");
  });
});

describe("two adjacent days named as stages", () => {
  it("reads 'two earlier stages on May 4 and 5' as two exchanges", () => {
    const found = days(
      "The swap came after two earlier stages on May 4 and 5, when 90 soldiers came home.",
      "2025-05-20",
    );
    expect(found).toEqual(["exchange 2025-05-04", "exchange 2025-05-05"]);
  });
});

describe("the day of a publication a notice corrects", () => {
  it("is no exchange of its own", () => {
    const found = days(
      "In our blog of Tuesday, May 6, a post said that 90 soldiers were freed in the first stage of the swap. The figure was wrong: 75 soldiers were freed on Monday, May 5.",
      "2025-05-09",
    );
    expect(found).not.toContain("exchange 2025-05-06");
    expect(found).toContain("exchange 2025-05-05");
  });
});

describe("bodies on a day of one operation run over several days", () => {
  it("stay a handover of their own", () => {
    const found = days(
      "The stage ran over three days, 6–8 May. On the 8th, the stage's last day, Kyiv also got back the bodies of 500 soldiers.",
      "2025-05-12",
    );
    expect(found).toContain("bodies 2025-05-08");
  });
});
