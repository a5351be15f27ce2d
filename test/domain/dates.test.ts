// Dates as a newsroom writes and asks for them. The calendar facts (weekdays, leap years)
// were checked against a printed calendar for 2024–2025.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  addDaysIso,
  type DateMention,
  daysBetween,
  findDates,
  formatDateOrRange,
  formatDateRange,
  formatNewsroomDate,
  isIsoDate,
  parseDateQuery,
  weekdayOf,
} from "../../src/domain/dates.ts";
import { junkText, longJunk } from "../helpers/junk.ts";

const Y2025 = { defaultYear: 2025 };

describe("parseDateQuery", () => {
  it.each([
    "may-24",
    "24-may",
    "May 24",
    "may 24th",
    "24th of May",
    "the 24th of may",
    "MAY 24",
    "  May   24  ",
    "May 24.",
    "may24",
    "Saturday, May 24",
  ])("%j is May 24 of the default year", (arg) => {
    expect(parseDateQuery(arg, Y2025)).toEqual({
      kind: "date",
      date: "2025-05-24",
      yearGiven: false,
    });
  });

  it.each([
    "24 May 2025",
    "2025-05-24",
    "May 24, 2025",
    "May 24 2025",
    "may-24-2025",
    "24.05.2025",
    "5/24/2025",
    "5/24/25",
    "24th of May, 2025",
  ])("%j is May 24, 2025 with the year given", (arg) => {
    expect(parseDateQuery(arg, { defaultYear: 1999 })).toEqual({
      kind: "date",
      date: "2025-05-24",
      yearGiven: true,
    });
  });

  it("reads slashes month first, as in the US", () => {
    expect(parseDateQuery("5/24", Y2025)).toEqual({
      kind: "date",
      date: "2025-05-24",
      yearGiven: false,
    });
    expect(parseDateQuery("24/5", Y2025)).toEqual({ kind: "text", text: "24/5" });
  });

  it("takes the default year when none is given", () => {
    expect(parseDateQuery("may-24", { defaultYear: 2024 })).toMatchObject({ date: "2024-05-24" });
  });

  it.each([
    ["jan 5", "2025-01-05"],
    ["February 5", "2025-02-05"],
    ["mar 5", "2025-03-05"],
    ["april 5", "2025-04-05"],
    ["jun 5", "2025-06-05"],
    ["July 5", "2025-07-05"],
    ["aug. 5", "2025-08-05"],
    ["sept 5", "2025-09-05"],
    ["Sep 5", "2025-09-05"],
    ["october 5", "2025-10-05"],
    ["nov 5", "2025-11-05"],
    ["DECEMBER 5", "2025-12-05"],
    ["5-dec", "2025-12-05"],
  ])("reads the month in %j", (arg, date) => {
    expect(parseDateQuery(arg, Y2025)).toMatchObject({ kind: "date", date });
  });

  it.each([
    "latest",
    "last",
    "newest",
    "most recent",
    "Most Recent",
    "LATEST",
    "the latest",
    "latest.",
  ])("%j asks for the latest", (arg) => {
    expect(parseDateQuery(arg, Y2025)).toEqual({ kind: "latest" });
  });

  it.each(["", "   ", "\t\n"])("%j is empty", (arg) => {
    expect(parseDateQuery(arg, Y2025)).toEqual({ kind: "empty" });
  });

  it.each(["feb-30", "may-32", "2025-02-29", "2025-13-01", "31 April", "0 May", "13/45", "May 0"])(
    "%j does not exist, so it is text",
    (arg) => {
      expect(parseDateQuery(arg, Y2025)).toEqual({ kind: "text", text: arg });
    },
  );

  it("knows leap years", () => {
    expect(parseDateQuery("feb 29", { defaultYear: 2024 })).toMatchObject({
      kind: "date",
      date: "2024-02-29",
    });
    expect(parseDateQuery("feb 29", { defaultYear: 2025 })).toMatchObject({ kind: "text" });
  });

  it("returns anything else as trimmed text, case kept", () => {
    expect(parseDateQuery("  Istanbul  ", Y2025)).toEqual({ kind: "text", text: "Istanbul" });
    expect(parseDateQuery("1000-for-1000", Y2025)).toEqual({ kind: "text", text: "1000-for-1000" });
    expect(parseDateQuery("wave 2", Y2025)).toEqual({ kind: "text", text: "wave 2" });
    expect(parseDateQuery("Friday", Y2025)).toEqual({ kind: "text", text: "Friday" });
    expect(parseDateQuery("mayday 24", Y2025)).toEqual({ kind: "text", text: "mayday 24" });
  });
});

describe("formatting dates", () => {
  it("writes one day as the newsroom does", () => {
    expect(formatNewsroomDate("2025-05-24")).toBe("May 24, 2025");
    expect(formatNewsroomDate("2025-01-05")).toBe("January 5, 2025");
  });

  it("returns a string that is not a date unchanged", () => {
    expect(formatNewsroomDate("2025-02-30")).toBe("2025-02-30");
    expect(formatNewsroomDate("soon")).toBe("soon");
  });

  it.each([
    ["2025-05-23", "2025-05-25", "May 23–25, 2025"],
    ["2025-04-30", "2025-05-02", "April 30–May 2, 2025"],
    ["2024-12-30", "2025-01-02", "December 30, 2024–January 2, 2025"],
    ["2025-05-24", "2025-05-24", "May 24, 2025"],
    ["2025-05-25", "2025-05-23", "May 23–25, 2025"],
  ])("formatDateRange(%s, %s) → %s", (from, to, text) => {
    expect(formatDateRange(from, to)).toBe(text);
  });

  it("says when a store date is a range, because the source printed none", () => {
    expect(formatDateOrRange({ on: "2025-05-24" })).toBe("May 24, 2025");
    expect(
      formatDateOrRange({ from: "2025-05-16", to: "2025-05-22", note: "undated web page" }),
    ).toBe("May 16–22, 2025 (date not printed)");
    expect(formatDateOrRange({ from: "2025-04-30", to: "2025-05-02" })).toBe(
      "April 30–May 2, 2025 (date not printed)",
    );
  });
});

describe("day arithmetic", () => {
  it("counts calendar days from a to b", () => {
    expect(daysBetween("2025-05-23", "2025-05-25")).toBe(2);
    expect(daysBetween("2025-05-25", "2025-05-23")).toBe(-2);
    expect(daysBetween("2025-05-24", "2025-05-24")).toBe(0);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    expect(daysBetween("2022-02-24", "2025-05-24")).toBe(1185);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDaysIso("2025-05-24", 1)).toBe("2025-05-25");
    expect(addDaysIso("2025-05-31", 1)).toBe("2025-06-01");
    expect(addDaysIso("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDaysIso("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysIso("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDaysIso("2025-05-24", 0)).toBe("2025-05-24");
    expect(addDaysIso("2025-05-24", -365)).toBe("2024-05-24");
  });

  it("names the weekday", () => {
    expect(weekdayOf("2025-05-23")).toBe("Friday");
    expect(weekdayOf("2025-05-24")).toBe("Saturday");
    expect(weekdayOf("2022-02-24")).toBe("Thursday");
  });

  it("refuses strings that are not dates, so a loop over days cannot spin", () => {
    expect(() => addDaysIso("2025-02-30", 1)).toThrow(RangeError);
    expect(() => daysBetween("yesterday", "2025-05-24")).toThrow(RangeError);
    expect(() => weekdayOf("")).toThrow(RangeError);
  });

  it("knows a real ISO day from a look-alike", () => {
    expect(isIsoDate("2025-05-24")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-5-24")).toBe(false);
    expect(isIsoDate("0099-01-01")).toBe(false);
  });

  describe("in time zones with daylight saving", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(["Europe/Kyiv", "America/New_York", "Australia/Lord_Howe", "UTC"])(
      "steps one calendar day at a time in %s",
      (tz) => {
        process.env.TZ = tz;
        let day = "2024-01-01";
        for (let i = 0; i < 800; i++) {
          const next = addDaysIso(day, 1);
          expect(daysBetween(day, next)).toBe(1);
          expect(next > day).toBe(true);
          day = next;
        }
        expect(day).toBe("2026-03-11");
        expect(weekdayOf("2025-03-30")).toBe("Sunday");
      },
    );
  });
});

/** A mention as "text|kind|date|from..to". */
function show(m: DateMention): string {
  return `${m.text}|${m.kind}|${m.date}${m.range ? `|${m.range.from}..${m.range.to}` : ""}`;
}
// Wednesday, May 28, 2025: the day a draft about the exchanges is read against.
const REF = { refDate: "2025-05-28" };
const dates = (text: string, opts = REF) => findDates(text, opts).map(show);

describe("findDates: explicit dates", () => {
  it.each([
    ["May 24", "May 24|explicit|2025-05-24"],
    ["May 24th", "May 24th|explicit|2025-05-24"],
    ["24 May 2025", "24 May 2025|explicit|2025-05-24"],
    ["May 24, 2025", "May 24, 2025|explicit|2025-05-24"],
    ["2025-05-24", "2025-05-24|explicit|2025-05-24"],
    ["24.05.2025", "24.05.2025|explicit|2025-05-24"],
    ["the 24th of May", "24th of May|explicit|2025-05-24"],
    ["Saturday, May 24", "Saturday, May 24|explicit|2025-05-24"],
    ["Sept. 3", "Sept. 3|explicit|2025-09-03"],
    ["march 19, 2025", "march 19, 2025|explicit|2025-03-19"],
    ["390 on 23.05", "23.05|explicit|2025-05-23"],
    ["19.04 — 264 each side", "19.04|explicit|2025-04-19"],
  ])("%j", (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it("a decimal is not a day: 19.04% or 2.05 million, or a one-digit month", () => {
    expect(dates("rates rose to 19.04% on the index")).toEqual([]);
    expect(dates("a loss of 12.05 million")).toEqual([]);
    expect(dates("the figure was 23.5 on average")).toEqual([]);
  });

  it("takes refDate's year when none is written", () => {
    expect(dates("May 24", { refDate: "2024-12-31" })).toEqual(["May 24|explicit|2024-05-24"]);
  });

  it("reads day ranges as ranges", () => {
    expect(dates("May 23–25, 2025")).toEqual([
      "May 23–25, 2025|explicit|null|2025-05-23..2025-05-25",
    ]);
    expect(dates("April 30–May 2, 2025")).toEqual([
      "April 30–May 2, 2025|explicit|null|2025-04-30..2025-05-02",
    ]);
    expect(dates("16–22 May")).toEqual(["16–22 May|explicit|null|2025-05-16..2025-05-22"]);
    expect(dates("December 30–January 2, 2025")).toEqual([
      "December 30–January 2, 2025|explicit|null|2024-12-30..2025-01-02",
    ]);
  });

  it("reports a date that does not exist with no date", () => {
    expect(dates("February 30")).toEqual(["February 30|explicit|null"]);
    expect(dates("2025-02-29")).toEqual(["2025-02-29|explicit|null"]);
  });

  it("reads on the 24th in the month of the previous date", () => {
    expect(dates("talks on April 2; on the 4th they met")).toEqual([
      "April 2|explicit|2025-04-02",
      "the 4th|explicit|2025-04-04",
    ]);
    expect(dates("on the 24th")).toEqual(["the 24th|explicit|2025-05-24"]);
  });

  it("does not take a count after a month for a day", () => {
    expect(dates("In May 205 POWs")).toEqual(["May|month|null|2025-05-01..2025-05-31"]);
  });
});

describe("findDates: a month that ends a line", () => {
  it("does not join a month at a paragraph's end to the day that opens the next line", () => {
    const text = "Nothing moved in July.\n\n4 August — talks resumed.";
    const found = findDates(text, { refDate: "2025-09-01" }).map((d) => `${d.text}|${d.date}`);
    expect(found).toEqual(["July|null", "4 August|2025-08-04"]);
  });
});

describe("findDates: months and years", () => {
  it("reads a month with a year, or after a preposition, as the whole month", () => {
    expect(dates("In May 2025, talks")).toEqual(["May 2025|month|null|2025-05-01..2025-05-31"]);
    expect(dates("since February of 2022")).toEqual([
      "February of 2022|month|null|2022-02-01..2022-02-28",
    ]);
    expect(dates("in February", { refDate: "2024-06-01" })).toEqual([
      "February|month|null|2024-02-01..2024-02-29",
    ]);
    expect(dates("by mid-May.")).toEqual(["May|month|null|2025-05-01..2025-05-31"]);
    expect(dates("in Sept. they")).toEqual(["Sept.|month|null|2025-09-01..2025-09-30"]);
  });

  it("does not read the verbs may and march as months", () => {
    expect(dates("Talks may resume. Troops march on.")).toEqual([]);
  });

  it("reads years", () => {
    expect(dates("since 2022")).toEqual(["2022|year|null|2022-01-01..2022-12-31"]);
    expect(dates("2024 was hard")).toEqual(["2024|year|null|2024-01-01..2024-12-31"]);
  });

  it("does not read a count as a year", () => {
    expect(dates("2000 prisoners")).toEqual([]);
    expect(dates("a 4552 figure")).toEqual([]);
  });
});

describe("findDates: days spelt out, as copy read on air has them", () => {
  const SPELLED = { ...REF, spelledDays: true };
  const dates = (text: string) => findDates(text, SPELLED).map(show);

  it("leaves them unread unless asked", () => {
    expect(findDates("the crossing on the third of May", REF).map(show)).toEqual([
      "May|month|null|2025-05-01..2025-05-31",
    ]);
  });

  it("reads the day of the month in words", () => {
    expect(dates("the crossing on the third of May")).toEqual([
      "the third of May|explicit|2025-05-03",
    ]);
    expect(dates("signed on the thirty-first of March")).toEqual([
      "the thirty-first of March|explicit|2025-03-31",
    ]);
    expect(dates("Friday, the twenty-second of May, late edition")).toEqual([
      "Friday, the twenty-second of May|explicit|2025-05-22",
    ]);
  });

  it("reads a span of days in words", () => {
    expect(dates("the talks of the nineteenth to the twenty-first of April")).toEqual([
      "the nineteenth to the twenty-first of April|explicit|null|2025-04-19..2025-04-21",
    ]);
  });

  it("does not read an ordinal that names no month", () => {
    expect(dates("the second of the three buses")).toEqual([]);
    expect(dates("the first of them home")).toEqual([]);
  });
});

describe("findDates: weekdays", () => {
  // REF is a Wednesday.
  it("reads a weekday as the latest such day on or before refDate", () => {
    expect(dates("on Friday")).toEqual(["Friday|weekday|2025-05-23"]);
    expect(dates("on Wednesday")).toEqual(["Wednesday|weekday|2025-05-28"]);
    expect(dates("on Thursday")).toEqual(["Thursday|weekday|2025-05-22"]);
    expect(dates("this Monday")).toEqual(["this Monday|weekday|2025-05-26"]);
  });

  it("reads last as strictly before, next as strictly after", () => {
    expect(dates("last Wednesday")).toEqual(["last Wednesday|weekday|2025-05-21"]);
    expect(dates("last Friday")).toEqual(["last Friday|weekday|2025-05-23"]);
    expect(dates("next Wednesday")).toEqual(["next Wednesday|weekday|2025-06-04"]);
    expect(dates("next Friday")).toEqual(["next Friday|weekday|2025-05-30"]);
  });

  it("does not read plurals", () => {
    expect(dates("on Fridays")).toEqual([]);
  });
});

describe("findDates: relative days", () => {
  it("counts today, yesterday and tomorrow from refDate", () => {
    expect(dates("yesterday, today, tonight, tomorrow, 3 days ago")).toEqual([
      "yesterday|relative|2025-05-27",
      "today|relative|2025-05-28",
      "tonight|relative|2025-05-28",
      "tomorrow|relative|2025-05-29",
      "3 days ago|relative|2025-05-25",
    ]);
  });

  it("counts the following day from the previous date in the text", () => {
    expect(
      dates(
        "On May 23 the first wave; the following day 307 more; the next day 303. The day before was quiet.",
      ),
    ).toEqual([
      "May 23|explicit|2025-05-23",
      "the following day|relative|2025-05-24",
      "the next day|relative|2025-05-25",
      "The day before|relative|2025-05-24",
    ]);
    expect(dates("May 16 talks; two days later, and a day after that; the same day")).toEqual([
      "May 16|explicit|2025-05-16",
      "two days later|relative|2025-05-18",
      "a day after|relative|2025-05-19",
      "the same day|relative|2025-05-19",
    ]);
    expect(dates("May 23–25, then the following day")).toEqual([
      "May 23–25|explicit|null|2025-05-23..2025-05-25",
      "the following day|relative|2025-05-26",
    ]);
  });

  it("counts from refDate when nothing came before", () => {
    expect(dates("the following day")).toEqual(["the following day|relative|2025-05-29"]);
    expect(dates("the previous day")).toEqual(["the previous day|relative|2025-05-27"]);
  });

  it("does not count from a month or a year", () => {
    expect(dates("In May 2025 talks; the day after, a swap")).toEqual([
      "May 2025|month|null|2025-05-01..2025-05-31",
      "the day after|relative|2025-05-29",
    ]);
  });

  it("keeps spans of days with no one date", () => {
    expect(dates("over the first two days, several days later")).toEqual([
      "over the first two days|relative|null",
      "several days later|relative|null",
    ]);
  });
});

describe("findDates with a bad refDate", () => {
  it("leaves what depends on it null and still reads full dates", () => {
    expect(
      dates("May 24, 2025; May 24; on Friday; yesterday; the next day", { refDate: "soon" }),
    ).toEqual([
      "May 24, 2025|explicit|2025-05-24",
      "May 24|explicit|null",
      "Friday|weekday|null",
      "yesterday|relative|null",
      "the next day|relative|2025-05-25",
    ]);
  });

  it("does not run past year 9999", () => {
    expect(dates("tomorrow", { refDate: "9999-12-31" })).toEqual(["tomorrow|relative|null"]);
  });
});

/** What the reader looks for, and what breaks readers: the junk tests are made of these. */
const DATE_PIECES = [
  "May",
  "24",
  "24th",
  "of",
  "-",
  "–",
  " ",
  "\n",
  "on",
  "the",
  "following",
  "day",
  "Friday",
  "last",
  "next",
  "in",
  "2025",
  "2025-05-24",
  "31.02.2025",
  "Sept.",
  "February",
  "30",
  "ago",
  "days",
  "two",
  "over",
  "first",
  "yesterday",
  ",",
  ".",
  "😀",
  "مرحبا",
  "שלום",
  "\u0000",
  "\u202e",
  "\ud800",
  "\t",
  "١٢",
  "latest",
  "/",
  "5/24",
  "may-24",
];

function brokenMention(text: string, mentions: DateMention[]): string | null {
  let lastEnd = 0;
  for (const m of mentions) {
    if (m.start < lastEnd || m.end <= m.start) return `bad span: ${JSON.stringify(m)}`;
    if (text.slice(m.start, m.end) !== m.text) return `text is not the span: ${JSON.stringify(m)}`;
    if (m.date !== null && !isIsoDate(m.date)) return `not a date: ${JSON.stringify(m)}`;
    if (
      m.range &&
      (!isIsoDate(m.range.from) || !isIsoDate(m.range.to) || m.range.from > m.range.to)
    ) {
      return `bad range: ${JSON.stringify(m)}`;
    }
    lastEnd = m.end;
  }
  return null;
}

describe("never throws", () => {
  it("on thousands of junk strings", () => {
    fc.assert(
      fc.property(junkText(DATE_PIECES, 200), fc.boolean(), (text, badRef) => {
        const refDate = badRef ? "not a date" : "2025-05-28";
        expect(brokenMention(text, findDates(text, { refDate })), JSON.stringify(text)).toBeNull();
        expect(parseDateQuery(text, Y2025).kind).toMatch(/^(date|latest|empty|text)$/);
      }),
      { seed: 20250528, numRuns: 3000 },
    );
  });

  it("on long and strange inputs", () => {
    for (const text of [
      longJunk(DATE_PIECES, 50_000, 3),
      longJunk(DATE_PIECES, 100_000, 4),
      "May ".repeat(25_000),
      "May 24–".repeat(15_000),
      "the following day ".repeat(5000),
      `May${" ".repeat(100_000)}24`,
      "\u0000\u0001\u001f".repeat(20_000),
      "🇺🇦".repeat(25_000),
      "في 24 مايو 2025 ".repeat(3000),
    ]) {
      expect(brokenMention(text, findDates(text, REF))).toBeNull();
      expect(() => parseDateQuery(text, Y2025)).not.toThrow();
    }
  });

  it("on values that are not strings", () => {
    expect(findDates(undefined as unknown as string, REF)).toEqual([]);
    expect(parseDateQuery(undefined as unknown as string, Y2025)).toEqual({ kind: "empty" });
  });
});

describe("findDates, days a long read counts out (ingest only)", () => {
  const read = (text: string, refDate: string, spelledDays = true) =>
    findDates(text, { refDate, spelledDays }).map((d) => `${d.text}=${d.date}`);

  it("reads 'the second Tuesday of March' and 'the last Thursday of April' as those days", () => {
    expect(
      read(
        "Talks opened on the second Tuesday of March and closed on the last Thursday of April.",
        "2025-05-20",
      ),
    ).toEqual(["the second Tuesday of March=2025-03-11", "the last Thursday of April=2025-04-24"]);
  });

  it("counts 'two weeks and three days later' from the day told before it", () => {
    expect(
      read(
        "The deal was struck on 3 March. Two weeks and three days later, 80 came home.",
        "2025-05-20",
      ),
    ).toEqual(["3 March=2025-03-03", "Two weeks and three days later=2025-03-20"]);
  });

  it("counts 'six days after that first Tuesday' from that Tuesday, and goes on from the day counted to", () => {
    expect(
      read(
        "It opened on the first Tuesday of April. Six days after that first Tuesday, 50 came home. On the Saturday of the same week, 300 bodies were returned.",
        "2025-05-20",
      ),
    ).toEqual([
      "the first Tuesday of April=2025-04-01",
      "Six days after=2025-04-07",
      "Saturday=2025-04-12",
    ]);
  });

  it("reads 'three weeks ago today' from the day of the text, and 'exactly a week after' or 'exactly a month ago' as days", () => {
    expect(
      read(
        "Three weeks ago today the envoys met. On 5 May 40 came home; exactly a week after the first, 60. The civilians' swap came exactly a month ago.",
        "2025-05-27",
      ),
    ).toEqual([
      "Three weeks ago today=2025-05-06",
      "5 May=2025-05-05",
      "exactly a week after=2025-05-12",
      "exactly a month ago=2025-04-27",
    ]);
  });

  it("leaves whole weeks told loosely ('two weeks later', 'weeks ago') with no day", () => {
    expect(
      read("Two weeks later nothing had moved; it began four weeks ago.", "2025-05-27"),
    ).toEqual([]);
    expect(read("Three weeks ago today the envoys met.", "2025-05-27", false)).toEqual([
      "today=2025-05-27",
    ]);
  });

  it("leaves the fact-check's reading as it was", () => {
    expect(read("It ended on the first Friday of May.", "2025-05-20", false)).toEqual([
      "Friday=2025-05-16",
      "May=null",
    ]);
  });
});
