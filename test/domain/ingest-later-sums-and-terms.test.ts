import { describe, expect, it } from "vitest";
import { proposeArticle } from "../helpers/ingest.ts";

function factsFor(text: string, published = "2025-04-02") {
  return proposeArticle(text, published);
}

const valued = (p: ReturnType<typeof factsFor>, n: number) =>
  p.facts.map((f) => f.fact).find((f) => f.value.type === "number" && f.value.n === n);

const claimantName = (p: ReturnType<typeof factsFor>, id: string | undefined) =>
  [p.claimant, ...(p.claimants ?? [])].find((c) => c?.id === id)?.name ?? id;

describe("a sum over 'these' stages", () => {
  it("files it on the talks, to date (as of the article's day: its sentence names no day)", () => {
    const p = factsFor(
      "Harbour Gazette, 2 April 2025\n\nThree stages of the exchange agreed at the talks in Vienna on 2 March took place: on 10, 17 and 24 March. According to the office for prisoners, 610 Ukrainians came home in these three stages. Our town welcomed four of them.",
    );
    expect(valued(p, 610)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      asOf: { on: "2025-04-02" },
    });
  });
});

describe("the size an agreement set", () => {
  const lead =
    "Harbour Gazette, 2 April 2025\n\nAt talks in Vienna on 2 March the sides agreed a staged exchange. A first stage came on 10 March, when 200 were freed on each side.";
  it("files 'out of the N agreed' on the talks, not on the stage", () => {
    const p = factsFor(
      `${lead} A second stage followed on 24 March. Together that makes 410 back since the talks, out of the 900 agreed.`,
    );
    expect(valued(p, 900)?.eventId).toBe("talks-2025-03-02");
  });
  it("files 'the deal provides for N on each side' on the talks", () => {
    const p = factsFor(`${lead} The deal provides for 900 on each side.`);
    expect(valued(p, 900)).toMatchObject({ eventId: "talks-2025-03-02", side: "each" });
  });
});

describe("who speaks", () => {
  it("reads a bare 'Interior Ministry' as the side whose ministries go unqualified", () => {
    const p = factsFor(
      "Harbour Gazette, 2 April 2025\n\nA repatriation of the dead took place on 1 April. Russia's Defence Ministry said it received 20. The Interior Ministry says experts have begun DNA testing on the 900 bodies returned on 1 April.",
    );
    expect(claimantName(p, valued(p, 900)?.claimantId)).toBe("Ukraine's Interior Ministry");
  });
  it("takes 'according to its headquarters' over 'Ukraine says'", () => {
    const p = factsFor(
      "Harbour Gazette, 2 April 2025\n\nUkraine says it has brought home 6,100 people in exchanges since 2022, according to its Coordination Headquarters for the Treatment of Prisoners of War.",
    );
    expect(valued(p, 6100)?.claimantId).toBe("ua-coordination-hq");
  });
});

describe("a ministry's short name after its full one", () => {
  it("keeps the country of the full name for the same ministry", () => {
    const p = factsFor(
      "Harbour Gazette, 2 April 2025\n\nA repatriation of the dead took place on 1 April. Russia's Defence Ministry said it received 20. Ukraine's side got 900, officials said. The Defence Ministry later said 22 bodies were received by Russia on 1 April.",
    );
    expect(valued(p, 22)?.claimantId).toBe("ru-defence-ministry");
  });
});

describe("a ministry named in full with 'of the Russian Federation', then short", () => {
  it("keeps the short name on Russia's side", () => {
    const p = factsFor(
      "Harbour Gazette, 2 April 2025\n\nThe Ministry of Defence of the Russian Federation reported the exchange of 1 March. On 1 April, as the Ministry of Defence reported, the bodies of 21 fallen Russian servicemen were returned to Russia.",
    );
    expect(claimantName(p, valued(p, 21)?.claimantId)).not.toMatch(/^Ukraine/);
  });
});

describe("the latest stage told beside a sum over 'those' stages", () => {
  it("files the sum on the talks and the latest stage's figure on its own day", () => {
    const p = factsFor(
      "Harbour Gazette, 29 March 2025\n\nThree stages of the swap agreed at the talks in Vienna on 2 March have taken place: on 10, 17 and 27 March. By the office's count, 610 Ukrainians have returned in those three stages, the latest 190 on Thursday.",
      "2025-03-29",
    );
    expect(valued(p, 610)).toMatchObject({ eventId: "talks-2025-03-02" });
    expect(valued(p, 190)?.eventId).toBe("exchange-2025-03-27");
  });
});
