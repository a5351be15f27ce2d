// A figure written while a deal was under way counts the deal so far, not the whole of it.
import { describe, expect, it } from "vitest";
import { factcheck } from "../../src/domain/check/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const check = (text: string, refDate: string) =>
  factcheck(k, text, { refDate }).claims.filter((c) => c.kind !== "day");

describe("a figure of the deal so far, in a draft dated before the deal ended", () => {
  it("is supported by the waves up to the draft's day, never contradicted by the whole deal", () => {
    const [c] = check(
      "By now Russia and Ukraine have each handed over 697 prisoners.",
      "2025-05-24",
    );
    expect(c?.verdict).toBe("supported");
    expect(c?.reason).toContain("390 + 307 = 697 each side");
  });

  it("is still wrong when it is neither the deal so far nor the whole, corrected to the deal so far", () => {
    const [c] = check("So far each side has freed 967 prisoners.", "2025-05-24");
    expect(c?.verdict).toBe("contradicted");
    expect(c?.right).toBe("697");
  });

  it("leaves a hedged figure unverified rather than correcting it", () => {
    const [c] = check("By now each side has handed over about 700 prisoners.", "2025-05-24");
    expect(c?.verdict).not.toBe("contradicted");
  });

  it("changes nothing once the deal is over", () => {
    const [c] = check("Each side has handed over 697 prisoners so far.", "2025-05-27");
    expect(c?.verdict).toBe("contradicted");
  });
});

describe("what might be, and who among them", () => {
  it("never corrects a figure of what might be", () => {
    const text =
      "Each side handed over 390 on May 23. Next, officials hint, could be a June swap of 1,200 per side.";
    const c = check(text, "2025-05-26").find((x) => x.read === "1,200");
    expect(c?.verdict).toBe("unverified");
    expect(c?.reason).toMatch(/^Not marked wrong: the sentence says what might be/);
  });

  it("reads 'N were from the …' after a whole as a part of it, never the whole", () => {
    const text =
      "Three hundred and seven came home today, and around fifty were from the Azov regiment.";
    const c = check(text, "2025-05-24").find((x) => /fifty/.test(x.read));
    expect(c?.verdict).not.toBe("contradicted");
  });
});

describe("each figure of a list takes its own side when it says one", () => {
  it("reads '248 to Russia' after '230 back to Ukraine' as Russia's, and supports both", () => {
    const cs = check("Jan 3, 2024 – 230 back to Ukraine, 248 to Russia.", "2025-05-26");
    expect(cs.map((c) => [c.read, c.side, c.verdict])).toEqual([
      ["230", "ukraine", "supported"],
      ["248", "russia", "supported"],
    ]);
  });

  it("reads 'Ukraine get back 230 and Russia 248' with the verb shared", () => {
    const cs = check(
      "In January 2024 Ukraine did get back 230 prisoners and Russia 248.",
      "2025-05-26",
    );
    expect(cs.find((c) => c.read === "248")?.side).toBe("russia");
  });
});

describe("a fact box headed 'so far'", () => {
  it("never corrects its total with the whole deal's figure on a day the deal was under way", () => {
    const text =
      "SO FAR IN THE SWAP\nDay one: 390 each\nDay two: 307 each\nTotal: 697 each / 1,400 in all\nStill to come: 303 each";
    const claims = factcheck(k, text, { refDate: "2025-05-24" }).claims;
    const total = claims.find((x) => x.read === "697");
    expect(total?.verdict).toBe("supported");
    expect(total?.reason).toContain("390 + 307 = 697");
    // Wrong under either reading, and put right for both sides together.
    const both = claims.find((x) => x.read === "1,400");
    expect(both?.verdict).toBe("contradicted");
    expect(both?.right).toBe("1,394");
  });
});

describe("a clause after ', yet'", () => {
  it("does not lend its wave to a day in the clause before it", () => {
    const text =
      "By Saturday night 697 had come home, with more due on Sunday, yet the drones fired before the second wave are a reminder.";
    const sunday = factcheck(k, text, { refDate: "2025-05-24" }).claims.find(
      (c) => c.read === "Sunday",
    );
    expect(sunday?.verdict ?? "none").not.toBe("contradicted");
  });
});

describe("a list of figures each with its own day", () => {
  it("binds '246 per side plus wounded on April 19' to April 19, not the day of the item before", () => {
    const text =
      "The spring swaps were smaller: 175 per side on March 19, 246 per side plus wounded on April 19, and 205 on May 6.";
    const c = factcheck(k, text, { refDate: "2025-05-29" }).claims.find((x) => x.read === "246");
    expect(c?.verdict).toBe("supported");
  });

  it("still gives a possessive day to the figure after it: 'Friday's 390 plus Saturday's 307'", () => {
    const text = "Friday's 390 plus Saturday's 307 made 697 each.";
    const cs = factcheck(k, text, { refDate: "2025-05-25" }).claims.filter((c) => c.kind !== "day");
    expect(cs.find((c) => c.read === "307")?.verdict).toBe("supported");
  });

  it("'now home' counts the deal so far, and both sides' sum never fits one side's people", () => {
    const [ours] = factcheck(k, "So 697 Ukrainians are now home.", {
      refDate: "2025-05-24",
    }).claims;
    expect(ours?.verdict).toBe("supported");
    const [doubled] = factcheck(k, "Is it true that 1,394 Ukrainians are now home? Yes.", {
      refDate: "2025-05-24",
    }).claims;
    expect(doubled).toMatchObject({ verdict: "contradicted", right: "697" });
  });
});
