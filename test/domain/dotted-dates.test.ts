// Days written with dots, as European and translated copy writes them: ranges of days in one
// month ("21–23.04.2025", "21.–23.04") and a "dd.mm." day that does not end its sentence.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const claims = (text: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.map((c) => [
    c.kind === "day" ? "day" : "figure",
    c.read,
    c.verdict,
  ]);

describe("dotted day ranges", () => {
  it("'24.–25.05' is two days of the deal, not the second of them alone", () => {
    expect(claims("Over 24.–25.05 Kyiv got back 610 people.", "2025-05-28")).toContainEqual([
      "figure",
      "610",
      "supported",
    ]);
  });

  it("the first day of '23–25.05.2025' is no figure", () => {
    const got = claims("The swap ran 23–25.05.2025 and returned 1,000 Ukrainians.", "2025-05-28");
    expect(got.map(([, read]) => read)).not.toContain("23");
    expect(got).toContainEqual(["figure", "1,000", "supported"]);
  });

  it("a first day after the last makes no range: the days stay unverified", () => {
    const got = claims("The swap ran 25–23.05.2025 and returned 1,000 Ukrainians.", "2025-05-28");
    expect(got.filter(([kind]) => kind === "day")).toEqual([
      ["day", "25–23.05.2025", "unverified"],
    ]);
  });
});

describe("'dd.mm.' inside a sentence", () => {
  it("a small letter after '23.05.' goes on with the same sentence", () => {
    expect(claims("On 23.05. each side freed 390 people.", "2025-05-28")).toContainEqual([
      "day",
      "23.05",
      "supported",
    ]);
  });
});

describe("two days from the draft's date", () => {
  it("'the day before yesterday' is two days before the draft, not 'the day before' and 'yesterday'", () => {
    const got = claims("The day before yesterday each side freed 390 people.", "2025-05-25");
    expect(got).toContainEqual(["figure", "390", "supported"]);
    expect(got).toContainEqual(["day", "The day before yesterday", "supported"]);
  });

  it("'the day after tomorrow' is two days after the draft", () => {
    expect(
      claims("Each side is to free 303 people the day after tomorrow.", "2025-05-23"),
    ).toContainEqual(["day", "the day after tomorrow", "supported"]);
  });
});

describe("days with a year, in other orders", () => {
  it("'24/05/2025', '24-05-2025', '2025.05.24' and month-first '5/24/2025' are May 24", () => {
    for (const day of ["24/05/2025", "24-05-2025", "2025.05.24", "5/24/2025"])
      expect(claims(`On ${day} each side freed 390 people.`, "2025-05-28"), day).toContainEqual([
        "figure",
        "390",
        "contradicted",
      ]);
  });

  it("'6/5/2025', either day first or month first, stays unsure: nothing is contradicted", () => {
    const got = claims("On 6/5/2025 each side freed 390 people.", "2025-05-28");
    expect(got).toContainEqual(["day", "6/5/2025", "unverified"]);
    expect(got.map(([, , v]) => v)).not.toContain("contradicted");
  });
});

describe("a weekday's part of the day before its date", () => {
  it("'Friday evening, 23 May' is one day, read as 'Friday, 23 May' is", () => {
    const days = (text: string) => claims(text, "2025-05-28").filter(([kind]) => kind === "day");
    expect(days("On Friday evening, 23 May, each side freed 390 people.")).toEqual([
      ["day", "Friday evening, 23 May", "supported"],
    ]);
  });
});

describe("a two-digit year after slashes", () => {
  it("'24/05/25' is May 24, 2025, and '24/05/24' the year before", () => {
    expect(claims("On 24/05/25 each side freed 307 people.", "2025-05-28")).toContainEqual([
      "day",
      "24/05/25",
      "supported",
    ]);
    expect(claims("On 24/05/24 each side freed 307 people.", "2025-05-28")).toContainEqual([
      "day",
      "24/05/24",
      "contradicted",
    ]);
  });
});
