// Figures and yes/no answers that were stated with confidence and wrong, each read in general
// (issue 12, the seventh questions set and two checks found outside the sets); questions written
// here, in our own words.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a sum the question states is checked as a sum", () => {
  it("says no when the groups named do not add up to the total given", () => {
    const a = ask("copy: russia took back 270 troops plus 120 civilians = 400 on may 23. ok?");
    expect(a.line).toMatch(/^No: 270 \+ 120 makes 390, not 400/);
  });
  it("reads 'for a total of' as the sum too", () => {
    const a = ask(
      "Russia got 270 servicemen and 120 civilians, for a total of 410, on May 23, right?",
    );
    expect(a.line).toMatch(/^No: 270 \+ 120 makes 390, not 410/);
  });
  it("leaves a sum that adds up to the check of its parts", () => {
    const a = ask("copy: russia took back 270 troops plus 120 civilians = 390 on may 23. ok?");
    expect(a.line).not.toMatch(/^No: 270 \+ 120/);
  });
});

describe("who said words, checked against the speaker's name alone", () => {
  it("does not take a name in the outlet's title for the speaker", () => {
    // The Peskov line is carried by a report whose title names Zelensky.
    const a = ask("the 'quite laborious process' line was Zelensky's?");
    expect(a.line).toMatch(/^No: .*Peskov/);
  });
  it("reads 'X said '…'' as the attribution checked, not the words as copy", () => {
    const a = ask(
      "Peskov said 'the agreement to release 1,000 of our people from Russian captivity was perhaps the only tangible result', right?",
    );
    expect(a.line).toMatch(/^No: .*Zelensky/);
  });
  it("says yes when the person named said the words", () => {
    const a = ask("did Zelensky say 'the only tangible result of the meeting in Türkiye'?");
    expect(a.line).toMatch(/^Yes: .*Zelensky/);
  });
});
