// Readings a press-briefing transcript or a diplomatic cable needs: a speaker trailing off into
// a correction, and a cable's short units in capitals.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { splitSentences } from "../../src/domain/check/read/sentences.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const figure = (text: string, read: string, refDate: string | null = null) =>
  factcheck(k, text, { refDate }).claims.find((c) => c.read === read);

describe("transcript and cable readings", () => {
  it("dots a speaker trails off on, then goes on in small letters, do not end the sentence", () => {
    const s = splitSentences("We freed one thousand... no, nine hundred. Then more.");
    expect(s.map((x) => x.text)).toEqual([
      "We freed one thousand... no, nine hundred.",
      "Then more.",
    ]);
  });

  it("a figure the speaker takes back after trailing off is no claim", () => {
    const text =
      "A: Each side freed 390 today, both sides together seven hundred and eighty, sorry, six hundred and ninety... no, seven-eighty.";
    expect(figure(text, "six hundred and ninety", "2025-05-23")).toBeUndefined();
  });

  it("a figure with its own short unit in capitals does not borrow the list's noun", () => {
    const text = "24/05 0600Z: Overnight strike, ~250 drones, 9 CMs. Swap day 2 under way.";
    const c = figure(text, "9", "2025-05-24");
    expect(c?.verdict).not.toBe("contradicted");
    // A headline all in capitals writes days short: "307 SAT" is still the list's count.
    const headline = figure(
      "SWAP: 390 FRI, 307 SAT, 303 SUN | 1,000 EACH WAY",
      "307",
      "2025-05-26",
    );
    expect(headline?.verdict).toBe("supported");
  });

  it("figures told over a list of days are not all the last day's", () => {
    const text = "SITREP 6. Releases per side 390 / 307 / 303, on 23, 24, 25 MAY.";
    for (const f of ["390", "307"])
      expect(figure(text, f, "2025-05-28")?.verdict).not.toBe("contradicted");
    // The days of the list are no counts.
    expect(figure(text, "24", "2025-05-28")).toBeUndefined();
    // A day after a numbered item is no list of days: "Wave 2, 25 May: 303 a side".
    expect(figure("Wave 2, 25 May 2025: 390 a side.", "390", "2025-05-28")?.verdict).toBe(
      "contradicted",
    );
  });

  it("a count since a day named in brackets is not that day's count", () => {
    const text = "Released per side since the start (23 May): 697.";
    expect(figure(text, "697", "2025-05-24")?.verdict).not.toBe("contradicted");
    expect(figure(text, "23 May", "2025-05-24")?.verdict).toBe("supported");
  });

  it("the ordinal of the previous exchange is not the ordinal of the deal in the news", () => {
    const text = "Q: Was the previous swap the 60th? A: No, it was the 63rd.";
    expect(figure(text, "63rd", "2025-05-22")?.verdict).not.toBe("contradicted");
    expect(
      figure("The previous swap was the 63rd since the invasion.", "63rd", "2025-05-22")?.verdict,
    ).not.toBe("contradicted");
  });
});
