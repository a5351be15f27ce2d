// "Is this right?" questions the fact-check alone cannot settle: who made up a wave, a name or a
// day put against the stored one, a figure said of the wrong group, a figure said to add up.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);
const first = (a: AskAnswer) => a.line.split(" — ")[0] ?? "";

describe("who a wave was made of", () => {
  it("says the sources disagree when one calls them all POWs and another counts civilians", () => {
    const a = ask("were the people freed on may 23 all soldiers?");
    expect(a.line).toMatch(/^Disputed: The Epoch Times calls all 390 prisoners of war/);
    expect(a.line).toContain("120 civilians among them");
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("270 servicemen and 120 civilians");
  });

  it("never answers yes by the day alone when no breakdown is stored", () => {
    const a = ask("any civilians among those freed on may 25?");
    expect(a.line).not.toMatch(/^(?:Yes|No)\b/);
    expect(a.line).toMatch(/does not hold/);
  });
});

describe("a name or a day put against the stored one", () => {
  it("says no to the wrong head of a delegation and names the right one", () => {
    expect(ask("copy says Putin led Russia's delegation in Istanbul - right?").line).toMatch(
      /^No: Vladimir Medinsky/,
    );
    expect(ask("did Medinsky lead the Russian delegation at the talks?").line).toMatch(
      /^Yes: Vladimir Medinsky/,
    );
  });

  it("checks the day of a call against the stored day, taking the event's year", () => {
    expect(first(ask("trump phoned putin on may 19, yes?"))).toMatch(/^Yes: .*May 19, 2025/);
    expect(first(ask("did trump call putin on may 21?"))).toMatch(/^No: .*May 19, 2025/);
  });
});

describe("figures said of something else, or said to add up", () => {
  it("says no when the figure is the store's for another group, and names that group", () => {
    const a = ask("copy says 16,000 ukrainian soldiers are held in russia - ok?");
    expect(first(a)).toMatch(/^No: 16,000 is the store's figure for civilians held/);
    expect(a.citations[0]?.quote).toMatch(/16,000 Ukrainian civilians/);
  });

  it("checks a two-day figure said to add up", () => {
    expect(first(ask("zelensky's 697 home in two days - does that add up?"))).toMatch(/^Yes: 697/);
  });
});
