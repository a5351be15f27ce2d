// A share of what an agreement promised ("N of the M promised", "N of the M agreed") is what the
// agreement has brought so far: filed on the talks that made it, true as of the last stage, not
// on the day the promise was made.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { proposeIngest } from "../../src/domain/ingest.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const TALKS =
  "At talks in Vienna on 2 March, the two sides agreed to free at least 900 prisoners a side, and Russia promised to hand back 4,000 bodies.";

function factsFor(body: string, published = "2025-04-20") {
  const text = [TALKS, body].join("\n\n");
  const result = proposeIngest(analyse(bundledData()), {
    text,
    sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    outlet: "Harbour Gazette",
    published,
    url: null,
    now: `${published}T12:00:00.000Z`,
    by: "cli",
  });
  if (!result.ok) throw new Error("expected a proposal");
  return result.proposal.facts.map((f) => f.fact);
}

const valued = (facts: ReturnType<typeof factsFor>, n: number) =>
  facts.find((f) => f.value.type === "number" && f.value.n === n);

describe("a share of a promise, told as a sum", () => {
  it("files 'that makes N of the M promised at the talks of <day>' on those talks, so far", () => {
    const facts = factsFor(
      "A third handover of bodies took place on 18 April. The first, on 20 March, brought back 700; the second, on 3 April, 650. That makes 1,750 of the 4,000 that Russia promised at the Vienna talks of 2 March, the office said.",
    );
    expect(valued(facts, 1750)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      counted: "bodies",
    });
    // True on the article's day, not on the day of the promise.
    expect(valued(facts, 1750)?.asOf).toEqual({ on: "2025-04-20" });
  });

  it("takes 'agreed in <month>' for the promise's day, not the day the sum is true on", () => {
    const facts = factsFor(
      "A second stage came on 18 April. So, by my count, 175 of the 900 a side agreed in March are home.",
    );
    expect(valued(facts, 175)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      asOf: { on: "2025-04-20" },
    });
  });

  it("reads 'on each side' past a promise told as a bound", () => {
    const facts = factsFor(
      "A second stage came on 18 April. So far, 175 of the at least 900 agreed in March have been exchanged on each side.",
    );
    expect(valued(facts, 175)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      side: "each",
      asOf: { on: "2025-04-20" },
    });
  });
});

describe("a sum told as done after stages told one by one", () => {
  it("files 'In all, Russia has now returned N bodies' on the talks, so far", () => {
    const facts = factsFor(
      "Ukraine received 650 bodies on 3 April. It was the second such handover since the Vienna talks. The first, late in March, was larger. In all, Russia has now returned 1,350 bodies, the office said.",
      "2025-04-04",
    );
    expect(valued(facts, 1350)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      counted: "bodies",
      asOf: { on: "2025-04-04" },
    });
  });

  it("leaves 'in all' alone with no stage told before it", () => {
    const facts = factsFor("In all, Russia has returned 650 bodies on 3 April, the office said.");
    expect(valued(facts, 650)?.measure).not.toBe("released-to-date");
  });
});
