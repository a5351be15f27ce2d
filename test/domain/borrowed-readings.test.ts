// Parts of a figure's reading taken from words about something else are not grounds to put it
// right: a count of days told of the next figure, a kind of people taken from another figure's
// noun, a day the count is told as "before".
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate?: string) =>
  factcheck(k, text, { refDate: refDate ?? null }).claims.find((c) => c.read === read);

describe("readings borrowed from other words", () => {
  it("reads a wave's figure plainly when the count of days after it belongs to the next figure", () => {
    const c = figure(
      "CALLER: uh yesterday's batch was 307 a side, and today's is supposed to be the last, the final three hundred and three, then that's it so the two-day total was 697 a side",
      "three hundred and three",
      "2025-05-25",
    );
    expect(c?.verdict).toBe("supported");
  });

  it("still puts right a wave's figure read plainly when it is wrong for its day", () => {
    const c = figure(
      "On Friday 390 of ours came back, and today 370 more, so over the two days 760 Ukrainians are home.",
      "370",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("contradicted");
  });

  it("does not take a kind of people from another figure's noun for a figure told as 'of ours'", () => {
    const c = figure(
      "Rights groups say over forty thousand civilians are held in Russia the president asked for a truce first and Moscow said no. an adviser thinks about 9,000 of ours are still held",
      "about 9,000",
      "2025-05-21",
    );
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/what/);
  });

  it("reads 'before today' as the count up to the day before, not today's own figure", () => {
    const before = figure(
      "Until today, 697 Ukrainians had come home over two days.",
      "697",
      "2025-05-25",
    );
    expect(before?.verdict).toBe("supported");
    const wrong = figure("Before today, 720 Ukrainians had come home.", "720", "2025-05-25");
    expect(wrong?.verdict).toBe("unverified");
  });
});
