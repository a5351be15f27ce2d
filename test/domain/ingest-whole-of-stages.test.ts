import { describe, expect, it } from "vitest";
import { proposeArticle } from "../helpers/ingest.ts";

function propose(text: string, published = "2025-04-02") {
  return proposeArticle(text, published);
}

const TALKS =
  "At talks in Vienna on 20 February, the delegations agreed a staged exchange of at least 600 prisoners a side.";

describe("a total in the clause that dates the whole staged exchange", () => {
  it("is filed on that whole exchange", () => {
    const p = propose(
      `${TALKS}\n\nBetween 3 March and 21 March, 640 prisoners came home to each side in four stages, the headquarters said.`,
    );
    const whole = (p.events ?? []).find((e) => e.kind === "deal");
    expect(whole?.id).toBe("deal-2025-03-03-2025-03-21");
    const fact = p.facts.find((f) => f.fact.value.type === "number" && f.fact.value.n === 640);
    expect(fact?.fact).toMatchObject({ eventId: whole?.id, side: "each", measure: "released" });
  });

  it("leaves a figure listed beside others where it was", () => {
    const p = propose(
      `${TALKS}\n\nBetween 3 March and 21 March, four stages took place. The exchanges have so far freed 1,040 Ukrainians: 400 in the February swap, 640 from 3 March to 21 March.`,
    );
    const fact = p.facts.find((f) => f.fact.value.type === "number" && f.fact.value.n === 1040);
    expect(fact?.fact.eventId ?? "").not.toMatch(/^deal-2025-03-03/);
  });
});
