import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  applyIngest,
  type IngestInput,
  opinionAuthor,
  proposeIngest,
} from "../../src/domain/ingest.ts";
import { analyse } from "../../src/domain/queries.ts";
import { StoreData } from "../../src/store/schema.ts";
import { bundledData } from "../helpers/store.ts";

const TEXT = [
  "Ukraine and Russia completed the 1,000-for-1,000 exchange on Sunday.",
  "On May 25, each side released 303 prisoners, and Kyiv said 310 Ukrainian servicemen had come home.",
  "Since the invasion, more than 5,000 Ukrainians have been freed, officials said.",
  "On June 10, each side freed 84 prisoners. Separately, 90 strike drones hit Kyiv.",
].join(" ");

const input = (text = TEXT): IngestInput => ({
  text,
  sha256: createHash("sha256").update(text, "utf8").digest("hex"),
  outlet: "Kyiv Daily",
  published: "2025-05-26",
  url: "https://example.com/last-wave",
  title: "The last wave",
  now: "2025-05-26T12:00:00.000Z",
  by: "cli",
});

function propose(text = TEXT) {
  const data = bundledData();
  const k = analyse(data);
  const result = proposeIngest(k, input(text));
  if (!result.ok) throw new Error("expected a proposal");
  return { data, k, proposal: result.proposal };
}

describe("proposeIngest", () => {
  it("proposes an unreviewed source with its sha256 and the outlet as a claimant", () => {
    const { proposal } = propose();
    expect(proposal.source).toMatchObject({
      outlet: "Kyiv Daily",
      status: "unreviewed",
      addedBy: "cli",
      published: { on: "2025-05-26" },
      url: "https://example.com/last-wave",
      text: TEXT,
    });
    expect(proposal.source.sha256).toMatch(/^[a-f0-9]{64}$/);
    expect(proposal.claimant).toMatchObject({ name: "Kyiv Daily", party: "press" });
  });

  it("proposes each linked claim as an unreviewed fact quoting its sentence at its offsets", () => {
    const { proposal } = propose();
    const facts = proposal.facts.map((p) => p.fact);
    expect(
      facts.map((f) => [f.eventId, f.measure, f.value.type === "number" && f.value.n]),
    ).toEqual([
      ["deal-1000-for-1000", "released", 1000],
      ["exchange-2025-05-25", "released", 303],
      ["exchange-2025-05-25", "released", 310],
      ["tally-since-2022", "returned-since-2022", 5000],
    ]);
    for (const f of facts) {
      expect(f.status).toBe("unreviewed");
      expect(TEXT.slice(f.quote.start, f.quote.end)).toBe(f.quote.text);
      expect(f.quote.text).toContain(f.value.said);
    }
    const total = facts[3];
    expect(total?.asOf).toEqual({ on: "2025-05-26" });
    expect(total?.value).toMatchObject({ qualifier: "more-than", said: "more than 5,000" });
  });

  it("reports, and does not store, claims with no event and figures the store does not track", () => {
    const { proposal } = propose();
    expect(proposal.skipped.map((s) => s.claim)).toEqual(["84 prisoners", "90 strike drones"]);
  });

  it("refuses a text the store already holds", () => {
    const data = bundledData();
    const source = data.sources[0];
    if (!source) throw new Error("fixture");
    const result = proposeIngest(analyse(data), { ...input(source.text), sha256: source.sha256 });
    expect(result).toEqual({ ok: false, reason: "duplicate", sourceId: source.id });
  });

  it("the applied store is schema-valid, and the new facts open disputes of their own", () => {
    const { data, k, proposal } = propose();
    const before = new Set(k.findings.disputes.map((d) => d.id));
    applyIngest(data, proposal);
    expect(StoreData.safeParse(data).success).toBe(true);
    const after = analyse(data);
    const opened = after.findings.disputes.filter((d) => !before.has(d.id));
    expect(opened.map((d) => d.kind)).toContain("cumulative");
    expect(() => applyIngest(data, proposal)).toThrow(/already in the store/);
  });
});

describe("proposeIngest on a later article", () => {
  const later = (text: string, published: string) => {
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published, url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const p = result.proposal;
    const events = new Map((p.events ?? []).map((e) => [e.id, e]));
    return p.facts.map(({ fact: f }) => ({
      said: f.value.type === "number" ? f.value.said : "",
      event: events.has(f.eventId) ? f.eventId : `stored:${f.eventId}`,
      counted: f.counted,
      side: f.side,
      planned: f.planned,
    }));
  };

  it("files a table's figures on their row's day, counted by the row's category, on their column's side", () => {
    const report = [
      "Section 2. Handovers, one a line (day | who | returned to Ukraine | handed to Russia):",
      "4 March | soldiers under 25 | 75 | 75",
      "9 March | the seriously ill and wounded | 31 | 30",
    ].join("\n");
    expect(later(report, "2025-04-02").map((f) => [f.said, f.event, f.counted, f.side])).toEqual([
      ["75", "exchange-2025-03-04", "under-25", "ukraine"],
      ["75", "exchange-2025-03-04", "under-25", "russia"],
      ["31", "exchange-2025-03-09", "seriously-wounded", "ukraine"],
      ["30", "exchange-2025-03-09", "seriously-wounded", "russia"],
    ]);
  });

  it("reads a slashed table's column 'to the Russian Federation' as Russia's side", () => {
    const report = [
      "Part 2. Exchanges (day / who / to Ukraine / to the Russian Federation / mediator):",
      "9 March / civilians / 12 / 9 / Qatar",
    ].join("\n");
    expect(later(report, "2025-04-02").map((f) => [f.said, f.event, f.counted, f.side])).toEqual([
      ["12", "exchange-2025-03-09", "civilians", "ukraine"],
      ["9", "exchange-2025-03-09", "civilians", "russia"],
    ]);
  });

  it("files an agreement's terms ('the agreement speaks of', 'provides for') with the talks named before them", () => {
    const text = [
      "At talks in Geneva on 3 September 2025, the two sides agreed to swap all captured soldiers under 21.",
      "On 12 September, 90 soldiers came home, the headquarters said. Among them were men from every region of the country, some of whom had been held since the first months of the war, many of whom had been wounded, and several of whom had been listed as missing for a long time before their names appeared on the lists that the two sides handed over through the mediators in the days before.",
      "The agreement provides for no fewer than 700 on each side.",
      "We note the meeting on 15 September between the ombudsmen.",
    ].join("\n\n");
    const facts = later(text, "2025-09-16");
    expect(facts.find((f) => f.said === "no fewer than 700")?.event).toBe("talks-2025-09-03");
    const spoken = [
      "On 12 September, 90 soldiers came home.",
      'HOST: The agreement reached in Geneva on 3 September 2025 speaks of "at least 700" on each side.',
    ].join("\n\n");
    const host = later(spoken, "2025-09-16");
    expect(host.find((f) => f.said === "at least 700")?.event).toBe("talks-2025-09-03");
  });

  it("files the parts of 'the group' with the exchange of the whole before them, on its side", () => {
    const text = [
      "At talks in Geneva on 3 September 2025, the two sides agreed to swap all captured soldiers under 21 and all the seriously wounded.",
      "The families' union welcomes the return on Friday, 12 September, of 90 Ukrainian defenders in the first stage of the exchange agreed in Geneva on 3 September. According to the headquarters, the group included 60 seriously wounded soldiers and 30 soldiers under the age of 21.",
    ].join("\n\n");
    const facts = later(text, "2025-09-13");
    for (const said of ["60", "30"])
      expect(facts.find((f) => f.said === said)).toMatchObject({
        event: "exchange-2025-09-12",
        side: "ukraine",
      });
  });

  it("files a figure with no day of its own with the day the article gives the same figure, even later on", () => {
    const text = [
      "LIVE: Exchange day",
      "17:30\nRussia's Defence Ministry says 145 Russian servicemen have been returned and are in Belarus.",
      "16:05\nA reader asks about the second stage on Saturday 13 September, when 60 came home.",
      "14:12\nThe third stage of the exchange took place on Monday, 15 September: 145 Ukrainian defenders came home, President Volodymyr Zelensky wrote.",
    ].join("\n\n");
    const facts = later(text, "2025-09-15");
    const russian = facts.find((f) => f.said === "145" && f.side === "russia");
    expect(russian?.event).toBe("exchange-2025-09-15");
  });

  it("gives the stages a speaker lists without a verb ('On 14 May it was 40 …') the side of the first", () => {
    const text = [
      "HOST: My guest is Olena Marchuk of Ukraine's Coordination Headquarters.",
      "MARCHUK: On 12 September we brought home 95 young soldiers. On 14 September it was 40 seriously wounded men. On 20 September, 120 more young soldiers.",
    ].join("\n\n");
    const facts = later(text, "2025-09-24");
    expect(facts.find((f) => f.said === "95")?.side).toBe("ukraine");
    expect(facts.find((f) => f.said === "40")?.side).toBe("ukraine");
    expect(facts.find((f) => f.said === "120")?.side).toBe("ukraine");
  });

  it("does not file a body's figure with the event its headline's telling was read with", () => {
    const text = [
      "Russia hands over 900 bodies of Ukrainian servicemen, receives 45 — Orlov",
      "MOSCOW, September 16. /Tass-Like/. Russia has handed over to Ukraine the bodies of 900 Ukrainian servicemen and has received the bodies of 45 Russian military personnel, envoy Pavel Orlov said on Tuesday.",
      '"As agreed in Geneva, the first batch of bodies was transferred: 900 bodies to the Ukrainian side. We received 45 bodies of our servicemen," Orlov wrote on his Telegram channel.',
      "Orlov noted that the Russian side was ready to continue in accordance with the agreements reached at the negotiations in Geneva on September 3. At those negotiations, Moscow offered to hand over 4,000 bodies, he recalled.",
      "Earlier, on September 14, 60 Russian servicemen were returned from captivity, the Russian Defence Ministry reported. In return, 60 prisoners of war of the Armed Forces of Ukraine were handed over.",
    ].join("\n\n");
    const facts = later(text, "2025-09-16");
    expect(facts.find((f) => f.said === "45")?.event).toBe("bodies-2025-09-16");
  });

  it("reads 'since <day>, when 900 bodies were returned' as that day's return, not a sum since it", () => {
    const text =
      "Families are still waiting. There has been no new handover since 17 September 2025, when 900 bodies were returned to Ukraine.";
    const facts = later(text, "2025-09-30");
    expect(facts.find((f) => f.said === "900")).toMatchObject({
      event: "bodies-2025-09-17",
      counted: "bodies",
    });
  });

  it("does not date a deed by the day of the agreement its sentence recalls before it", () => {
    const text = [
      "Nine servicemen from Sumy region are among the 95 defenders who returned home on 12 September 2025, the regional administration said.",
      "According to the headquarters, the exchange was the first stage of the exchange agreed at talks in Geneva on 3 September 2025, and 95 Russian servicemen were handed over to the Russian side.",
    ].join("\n\n");
    const facts = later(text, "2025-09-13");
    const russian = facts.find((f) => f.said === "95" && f.side === "russia");
    expect(russian?.event).toBe("exchange-2025-09-12");
  });

  it("counts a region's share 'among the 95 Ukrainian defenders under the age of 25' as its whole counts, on its side", () => {
    const text =
      "Nine servicemen from Sumy region are among the 95 Ukrainian defenders under the age of 25 who returned home on 12 September 2025, the head of the region, Ivan Petrenko, said.";
    const facts = later(text, "2025-09-13");
    expect(facts.find((f) => f.said === "Nine")).toMatchObject({
      counted: "under-25",
      side: "ukraine",
    });
  });

  it("drops a bullet's lead-in that its paragraph tells again ('• 95 home. Ukraine and Russia exchanged 95 …')", () => {
    const text = [
      "Morning Brief: the new exchange",
      "• 95 home. Ukraine and Russia exchanged 95 prisoners each on Friday, 12 September 2025, the first stage of the new deal.",
      "• Weather. Rain is expected in most regions today.",
    ].join("\n\n");
    const facts = later(text, "2025-09-13");
    expect(facts.filter((f) => f.said === "95")).toHaveLength(1);
    expect(facts.find((f) => f.said === "95")?.side).toBe("each");
  });

  it("takes 'the first exchange of 2026' and 'as if it were the first' for no place in the war's series", () => {
    const text =
      "February brought the first exchange of prisoners of 2026, on 19 February 2026, when 157 were freed by each side. Each swap is negotiated as if it were the first.";
    const facts = later(text, "2026-03-05");
    expect(facts.map((f) => f.said)).toEqual(["157"]);
  });

  it("takes 'the first swap to bring home women' for the first of a kind, no place in the series", () => {
    const text =
      "On 19 February 2026, 157 were freed by each side. It was the first swap to bring home women medics since the autumn.";
    const facts = later(text, "2026-03-05");
    expect(facts.map((f) => f.said)).toEqual(["157"]);
  });

  it("files a total 'freed under it so far', 'it' being the month's agreement, with that month's talks", () => {
    const text = [
      "The talks in Geneva on 3 September 2025 agreed to swap all the wounded.",
      'The envoy said the track of the September agreement was "not yet complete", with 410 Ukrainians freed under it so far.',
    ].join(" ");
    const facts = later(text, "2025-10-20");
    expect(facts.find((f) => f.said === "410")?.event).toBe("talks-2025-09-03");
  });

  it("does not take bodies for people told before with the same figure ('90 soldiers' … '90 bodies')", () => {
    const text = [
      "On Friday, 12 September 2025, 90 Ukrainian soldiers came home, the headquarters said.",
      "In a separate handover on Monday, 15 September 2025, Ukraine received 900 bodies.",
      "Russia says 90 bodies of its soldiers were returned to it.",
    ].join("\n\n");
    const facts = later(text, "2025-09-16");
    const bodies = facts.find((f) => f.said === "90" && f.counted === "bodies");
    expect(bodies?.event).not.toBe("exchange-2025-09-12");
  });

  it("proposes no count of the stages of an exchange the article brings: the event holds them", () => {
    const text = [
      "Ukraine and Russia each released 120 prisoners of war on Sunday, 14 September 2025, completing a two-stage exchange that began on Friday, 12 September.",
      "On Friday, 95 were released by each side.",
    ].join(" ");
    const facts = later(text, "2025-09-15");
    expect(facts.map((f) => f.said)).not.toContain("two");
    expect(facts.map((f) => f.said)).toEqual(expect.arrayContaining(["120", "95"]));
  });

  it("files a plan with the new talks that made it, not with the store's finished deal", () => {
    const text = [
      "At a new round of talks in Geneva on July 8, the two sides agreed on a fresh swap.",
      "Their chief negotiator said the new exchange should bring home “at least 1,000” people on each side.",
      "Moscow also made a promise of 2,500 bodies of fallen soldiers, and the other side is ready to hand over a further 700 servicemen.",
    ].join(" ");
    const facts = later(text, "2025-07-09");
    expect(facts.map((f) => [f.said, f.event, f.planned]).sort()).toEqual([
      ["2,500", "talks-2025-07-08", true],
      ["700", "talks-2025-07-08", true],
      ["at least 1,000", "talks-2025-07-08", true],
    ]);
  });

  it("files 'the new exchange' with the article's new talks, not talks the store knew", () => {
    const text = [
      "At talks in Geneva on Monday, September 15, the two sides agreed on a fresh swap.",
      "",
      "It was their first meeting since the May 16 talks, which produced the 1,000-for-1,000 exchange.",
      "",
      "Their envoy said the new exchange should bring home “at least 900” people on each side, and that 300 more would come home later.",
    ].join("\n");
    const facts = later(text, "2025-09-16");
    expect(facts.find((f) => f.said === "at least 900")).toMatchObject({
      event: "talks-2025-09-15",
      planned: true,
    });
    expect(facts.find((f) => f.said === "300")).toMatchObject({
      event: "talks-2025-09-15",
      planned: true,
    });
  });

  it("takes the talks of the month a plan names, and bodies from a paragraph about nothing else", () => {
    const text = [
      "What came back? By our count, 2,100 bodies have been returned since the summer began: 1,100 on July 2 and 1,000 on August 5. Moscow promised 3,000 in July and another 2,000 at the August 20 round.",
      "",
      "The July 1 talks in Geneva had set the first figure.",
    ].join("\n");
    const facts = later(text, "2025-08-25");
    const plans = facts.filter((f) => f.planned);
    expect(plans.map((f) => [f.said, f.event, f.counted]).sort()).toEqual([
      ["2,000", "talks-2025-08-20", "bodies"],
      ["3,000", "talks-2025-07-01", "bodies"],
    ]);
  });

  it("reads the batch a figure names, and the side of the whole before a colon", () => {
    const text = [
      "Bodies came back in three batches: 900 on September 12, 800 on September 14 and 700 on September 19.",
      "In return the other side received the bodies of 60 Russian soldiers: 20 after the first batch, 31 after the third and the rest after the second.",
    ].join(" ");
    const facts = later(text, "2025-09-22");
    const byFigure = new Map(facts.map((f) => [f.said, f]));
    expect(byFigure.get("20")).toMatchObject({ event: "bodies-2025-09-12", side: "russia" });
    expect(byFigure.get("31")).toMatchObject({ event: "bodies-2025-09-19", side: "russia" });
  });

  it("takes the speaker's side for people freed, and returned people for returned, not held", () => {
    const text = [
      "On Monday, September 8, a new exchange took place.",
      "Ukraine's ombudsman Dmytro Lubinets said 120 young soldiers had been freed in it.",
      "On Tuesday, September 9, 60 Ukrainian servicemen and four civilians, among them a teacher detained in 2023, came home in a second stage.",
    ].join(" ");
    const facts = later(text, "2025-09-10");
    expect(facts.find((f) => f.said === "120")).toMatchObject({
      event: "exchange-2025-09-08",
      side: "ukraine",
    });
    expect(facts.find((f) => f.said === "four")).toMatchObject({
      event: "exchange-2025-09-09",
      counted: "civilians",
      side: "ukraine",
    });
  });

  it("files no sum since a day of the story under the event of that day", () => {
    const text = [
      "On Friday, September 12, each side freed 100 prisoners.",
      "Since the swap of September 5, 340 Ukrainians have been freed, by our count.",
      "Bodies: 2,400 have come back since August: 1,300 on August 20 and 1,100 on September 3.",
    ].join(" ");
    const facts = later(text, "2025-09-14");
    expect(facts.map((f) => f.said)).not.toContain("340");
    expect(facts.map((f) => f.said)).not.toContain("2,400");
    expect(facts.find((f) => f.said === "1,300")).toMatchObject({ event: "bodies-2025-08-20" });
  });

  it("files a list handed over with the latest meeting, unclassified, and names a surname in full", () => {
    const text = [
      "At talks in Geneva on September 2, the two sides agreed on a swap.",
      "The two envoys met again on Friday, September 12, at the border.",
      "Envoy Olena Kravets said she handed over a list of 480 Ukrainian civilians held by Russia. Kravets said the list also named 12 journalists.",
    ].join(" ");
    const facts = later(text, "2025-09-13");
    expect(facts.find((f) => f.said === "480")).toMatchObject({
      event: "talks-2025-09-12",
      counted: "civilians",
      side: "ukraine",
    });
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-13", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const list = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.n === 480,
    );
    expect(list?.fact.measure).toBe("unclassified");
    expect(result.proposal.claimants?.find((c) => c.id === list?.fact.claimantId)?.name).toBe(
      "Olena Kravets",
    );
  });

  it("files no sum over several events under one of them", () => {
    const text = [
      "Two batches so far: 700 bodies on September 3 and 650 on September 6, for a total of 1,350.",
      "In return the other side got the bodies of 40 Russian soldiers: 15 after the first batch and 25 after the second.",
    ].join(" ");
    const said = later(text, "2025-09-08").map((f) => f.said);
    expect(said).toContain("700");
    expect(said).not.toContain("1,350");
    expect(said).not.toContain("40");
    const stages = later(
      "On September 3 and September 9 two stages of the exchange took place. Two stages, six days apart, have returned 410 Ukrainians.",
      "2025-09-10",
    ).map((f) => f.said);
    expect(stages).not.toContain("410");
    const together = later(
      "Each side freed 50 prisoners on 3 September and 60 on 9 September. Together with the releases of 3 and 9 September, 110 soldiers a side are home. Taken as one, the two September exchanges returned 110 men to each side.",
      "2025-09-12",
    ).map((f) => f.said);
    expect(together).toContain("50");
    expect(together).not.toContain("110");
  });

  it("reads 'other men from the region', or men from a place its own administration counts, as the region's share", () => {
    const text = [
      "Oleh was one of 200 Ukrainians freed on Friday, March 7.",
      "",
      "At least three other men from the Rivne region came home in the same exchange on Friday, March 7, the regional military administration said.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-10", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const three = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.n === 3,
    );
    expect(three?.fact).toMatchObject({ measure: "unclassified", side: "ukraine" });
  });

  it("proposes a region's share of an exchange unclassified, on the side of the body that gives it", () => {
    const text = [
      "On Friday, September 5, Ukraine and Russia exchanged 120 prisoners each.",
      "Four of those freed on Friday were from Rivne, the regional military administration said.",
      "Nine men from the region have come home across the two stages so far, it said.",
    ].join(" ");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-07", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const four = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.said === "Four",
    );
    expect(four?.fact).toMatchObject({
      eventId: "exchange-2025-09-05",
      measure: "unclassified",
      side: "ukraine",
    });
    const said = result.proposal.facts.map(
      (f) => f.fact.value.type === "number" && f.fact.value.said,
    );
    expect(said).not.toContain("Nine");
    const all = later(
      "On Friday, September 5, 95 soldiers from Mariupol came home in an exchange.",
      "2025-09-07",
    );
    expect(all.find((f) => f.said === "95")).toMatchObject({
      event: "exchange-2025-09-05",
      counted: "military",
    });
  });

  it("reads a region's residents among those freed as its share, counting what the whole counts", () => {
    const text = [
      "RIVNE — Twelve residents of Rivne region were among the 150 young Ukrainian soldiers freed on Friday, September 5, the regional military administration said.",
      "According to the regional administration, 300 people from the region are home since 2022. Nine residents of the region came back in the swap of May 23–25, when each side freed 1,000 prisoners.",
    ].join("\n\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-07", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const of = (said: string) =>
      result.proposal.facts.find(
        (f) => f.fact.value.type === "number" && f.fact.value.said === said,
      )?.fact;
    expect(of("Twelve")).toMatchObject({
      eventId: "exchange-2025-09-05",
      measure: "unclassified",
      counted: "under-25",
      side: "ukraine",
    });
    expect(of("Nine")?.counted).not.toBe("civilians");
  });

  it("reads a stage's category, the side of people brought back from occupied land, and a plan's own count", () => {
    const text = [
      "Ukraine and Russia exchanged gravely ill prisoners of war on Monday, September 8.",
      "The Coordination Headquarters said 140 Ukrainians were returned.",
      "On Tuesday, September 9, five children were returned from occupied territory with help from a mediator.",
      "Two stages have returned 300 Ukrainians, soldiers and civilians, out of the “at least 900” promised on each side at the talks in Geneva on September 1.",
    ].join(" ");
    const facts = later(text, "2025-09-10");
    expect(facts.find((f) => f.said === "140")).toMatchObject({
      event: "exchange-2025-09-08",
      counted: "seriously-wounded",
    });
    expect(facts.find((f) => f.said === "five")).toMatchObject({ side: "ukraine" });
    expect(facts.find((f) => f.said === "at least 900")).toMatchObject({
      counted: "people",
      planned: true,
    });
  });

  it("files bodies waiting in trucks as the plan's, not as a return on that day", () => {
    const text = [
      "Under the agreements reached in Geneva on 1 September, Moscow is to hand over 4,000 bodies.",
      "",
      "On 8 September, trucks carrying the first 900 bodies reached the crossing, the ministry said.",
    ].join("\n");
    const facts = later(text, "2025-09-08");
    expect(facts.find((f) => f.said === "900")).toMatchObject({
      event: "talks-2025-09-01",
      counted: "bodies",
      planned: true,
    });
  });

  it("files a wave named by its place in a span under that day, on the side of the figure before", () => {
    const text =
      "A month on, a look back at the swap of May 23–25: on the first day 390 prisoners on each side went free, 307 on the second and 303 on the third.";
    const facts = later(text, "2025-06-25");
    expect(facts.map((f) => [f.said, f.event, f.side])).toEqual([
      ["390", "stored:exchange-2025-05-23", "each"],
      ["307", "stored:exchange-2025-05-24", "each"],
      ["303", "stored:exchange-2025-05-25", "each"],
    ]);
  });

  it("reads 'intends to' as a plan, and a figure the plan's words say was handed over as done", () => {
    const text = [
      "At the talks in Geneva on September 1, the sides agreed on a new handover.",
      "Moscow intends to transfer 4,000 bodies in all, its envoy said.",
      "The first handover under that promise came on September 8, when 900 bodies were returned.",
    ].join(" ");
    const facts = later(text, "2025-09-09");
    expect(facts.find((f) => f.said === "4,000")).toMatchObject({
      event: "talks-2025-09-01",
      planned: true,
    });
    expect(facts.find((f) => f.said === "900")).toMatchObject({
      event: "bodies-2025-09-08",
      planned: false,
    });
  });

  it("files a figure told again with 'the', and the parts of it, under the event it was first told of", () => {
    const text = [
      "On Friday, September 5, 70 soldiers were returned to Kyiv, the ministry said.",
      "",
      "The exchange followed the talks in Geneva on August 20, where both sides agreed to a larger swap.",
      "By Kyiv's count, the 70 prisoners it took back included 12 civilians.",
    ].join("\n");
    const facts = later(text, "2025-09-07");
    const told = facts.filter((f) => f.said === "70");
    expect(told.map((f) => f.event)).toEqual(["exchange-2025-09-05", "exchange-2025-09-05"]);
    expect(facts.find((f) => f.said === "12")).toMatchObject({ event: "exchange-2025-09-05" });
  });

  it("with no day near a figure, takes the day named last before it over one named after", () => {
    const text = [
      "Between 3 and 5 September, each side freed 500 prisoners.",
      "",
      "Volunteers met the buses.",
      "",
      "Fourteen of the men they met had been reported missing.",
      "",
      "The earlier swap of August 20 was smaller.",
    ].join("\n");
    const facts = later(text, "2025-09-20");
    expect(facts.find((f) => f.said === "Fourteen")).toMatchObject({
      event: "deal-2025-09-03-2025-09-05",
    });
  });

  it("files a list of children handed over with the talks, and a deal's agreed figure with its talks", () => {
    const text = [
      "At the talks in Geneva on September 2, the delegation handed the other side a list of 230 abducted children.",
      "",
      "On Friday, September 5, each side freed 90 soldiers.",
      "“Of the 900 captives a side whose release was agreed in Geneva, a tenth are home so far,” the envoy said.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-07", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const of = (n: number) =>
      result.proposal.facts.find((f) => f.fact.value.type === "number" && f.fact.value.n === n)
        ?.fact;
    expect(of(230)).toMatchObject({
      eventId: "talks-2025-09-02",
      measure: "unclassified",
      counted: "children",
    });
    expect(of(900)).toMatchObject({ eventId: "talks-2025-09-02", measure: "released" });
  });

  it("files an offer with the statement that made it, and a list with the talks its sentence names", () => {
    const text = [
      "On Monday, March 3, each side freed 80 soldiers.",
      "",
      "At the talks in Vienna on February 20, the delegation gave the other side a list of 210 children it wants back. The ombudsmen met again in Geneva on February 27.",
      "",
      "The envoy announced on March 1 that his side was ready to hand over the bodies of another 700 soldiers.",
    ].join("\n");
    const facts = later(text, "2025-03-04");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("210")).toMatchObject({ event: "talks-2025-02-20", counted: "children" });
    expect(of("700")).toMatchObject({ event: "statement-2025-03-01", counted: "bodies" });
  });

  it("files a region's standing count after a sentence of days with the running totals, unclassified", () => {
    // Our wording.
    const text = [
      "Across the two stages so far, on 3 and 5 September, 400 Ukrainians have come home. The regional administration says at least 150 people from Poltava region are still listed as prisoners of war or missing.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-08", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const f = result.proposal.facts.find(
      (x) => x.fact.value.type === "number" && x.fact.value.n === 150,
    )?.fact;
    expect(f).toMatchObject({ eventId: "tally-since-2022", measure: "unclassified" });
  });

  it("does not file a sum over stages with the last stage its sentence dates", () => {
    // Our wording.
    const text =
      "Three stages in May and a fourth on 9 June, after a long row over whose lists were final, brought 700 people a side home.";
    const facts = later(text, "2025-06-20");
    expect(facts.find((f) => f.said === "700")).toBeUndefined();
  });

  it("files 'several hundred more as missing' after a standing count as one of its own", () => {
    // Our wording.
    const text = [
      "On 3 September, 90 soldiers came home.",
      "",
      "According to the regional military administration, 230 residents of Sumy region are listed as prisoners of war, and several hundred more as missing.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-08", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const f = result.proposal.facts.find(
      (x) => x.fact.value.type === "number" && x.fact.value.said.includes("hundred"),
    )?.fact;
    expect(f).toMatchObject({ eventId: "tally-since-2022", measure: "unclassified" });
  });

  it("files a district's count of men still held, told by the district, as its standing count", () => {
    // Our wording.
    const text =
      "On 3 September, 90 soldiers came home. Twelve men from Hadiach district are still held in Russia or missing, the district administration said.";
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-08", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const f = result.proposal.facts.find(
      (x) => x.fact.value.type === "number" && x.fact.value.n === 12,
    )?.fact;
    expect(f).toMatchObject({ eventId: "tally-since-2022", measure: "unclassified" });
    const who = [...(result.proposal.claimants ?? [])].find((c) => c.id === f?.claimantId);
    expect(who?.name).toBe("Hadiach district administration");
  });

  it("reads a quoted figure in words that counts people, and 'expects' as a plan of the talks", () => {
    // Our wording.
    const text = [
      "At the talks in Geneva on 4 March the delegations agreed a new exchange.",
      "",
      'Kyiv expects "well over a thousand" soldiers on each side, the minister has said.',
    ].join("\n");
    const facts = later(text, "2025-03-08");
    expect(facts.find((f) => f.said.includes("thousand"))).toMatchObject({
      event: "talks-2025-03-04",
      side: "each",
      counted: "people",
    });
  });

  it("files a total under a deal with the talks that made it, by the place or month that names them", () => {
    // Our wording.
    const text = [
      "The agreements reached at the talks in Geneva on 4 March are being carried out. On 12 March, 90 Russian servicemen were returned.",
      "",
      "In total, since the start of the implementation of the Geneva agreements, 400 Russian servicemen have returned home.",
      "",
      "The third round, on 20 April, was short. By our count, 600 prisoners a side have been freed under the March deal.",
    ].join("\n");
    const facts = later(text, "2025-04-25");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("400")).toMatchObject({ event: "talks-2025-03-04" });
    expect(of("600")).toMatchObject({ event: "talks-2025-03-04" });
    expect(of("90")).toMatchObject({ event: "exchange-2025-03-12" });
  });

  it("files a figure whose clause names a span, and no day of it, with the span, not its first day", () => {
    // Our wording; the store holds the span and its three days.
    const text = [
      "On Tuesday, 3 September, 75 Ukrainians came home, the headquarters said.",
      "",
      "The exchange of May 23-25, agreed at the first round of talks on May 16, is still the biggest, with 1,000 prisoners freed by each side.",
    ].join("\n");
    const facts = later(text, "2025-09-05");
    expect(facts.find((f) => f.said === "1,000")).toMatchObject({
      event: "stored:deal-1000-for-1000",
    });
  });

  it("reads 'Russia said it had received N of its own' as that side's, counting what the stage was for", () => {
    // Our wording.
    const text =
      "On Tuesday, 3 September, seriously wounded prisoners were exchanged: 75 Ukrainians came home, the headquarters said. Russia said it had received 75 of its own.";
    const facts = later(text, "2025-09-05");
    const russia = facts.filter((f) => f.said === "75")[1];
    expect(russia).toMatchObject({ side: "russia", counted: "seriously-wounded" });
  });

  it("counts 'in exchange for N Russians' and a region's 'N of them' as the figure they answer", () => {
    // Our wording.
    const text = [
      "On 3 September, 44 Ukrainian civilians, six of them teenagers, came home in exchange for 30 Russians.",
      "",
      "On 5 September, 150 young soldiers, all of them under 25, were freed in a new stage. Nine of them are from the Poltava region, the regional administration said.",
    ].join("\n");
    const facts = later(text, "2025-09-08");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("30")).toMatchObject({ counted: "civilians", side: "russia" });
    expect(of("Nine")).toMatchObject({ counted: "under-25" });
  });

  it("reads a figure told again 'as well' of the other side as the same exchange's, not a total", () => {
    // Our wording.
    const text = [
      "On 2 September, 120 Ukrainians came home in a new stage, the ombudsman said. Moscow put the count of Russians returned at 120 as well.",
    ].join("\n");
    const facts = later(text, "2025-09-05");
    const of = (n: number) => facts.filter((f) => f.said === String(n));
    expect(of(120)).toHaveLength(2);
    expect(of(120)[1]).toMatchObject({ event: "exchange-2025-09-02", side: "russia" });
  });

  it("pairs a bare list of figures with as many days named before it, in order", () => {
    // Our wording: two returns of bodies, and what came back for each.
    const text = [
      "Moscow handed over the bodies of 700 soldiers on 3 March and of 500 more on 10 March, getting back 14 and 8 in return.",
      "",
      "On 4 April Russia handed over 900 bodies; on 11 April, another 600. Ukraine returned 21 and 12.",
    ].join("\n");
    const facts = later(text, "2025-04-20");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("14")).toMatchObject({ event: "bodies-2025-03-03", side: "russia" });
    expect(of("8")).toMatchObject({ event: "bodies-2025-03-10", side: "russia" });
    expect(of("21")).toMatchObject({ event: "bodies-2025-04-04", side: "russia" });
    expect(of("12")).toMatchObject({ event: "bodies-2025-04-11", side: "russia" });
  });

  it("files an offer told after its figure, or in a live entry, with the statement that made it", () => {
    const text = [
      "On Monday, March 3, each side freed 80 soldiers.",
      "",
      'The ombudsman had said on Saturday that the next stage was "close" and that "a few hundred" captured marines would come home.',
      "",
      "Tuesday 4 March",
      "",
      '09:15 - Moscow is ready to return "another 900 bodies" soon, a Kremlin aide told a radio station.',
      "",
      "11:40 - The ombudsman says a further stage is expected soon, with about 250 young soldiers due to come home.",
    ].join("\n");
    const facts = later(text, "2025-03-04");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("hundred")).toMatchObject({ event: "statement-2025-03-01" });
    expect(of("900")).toMatchObject({ event: "statement-2025-03-04", counted: "bodies" });
    expect(of("about 250")).toMatchObject({ event: "statement-2025-03-04" });
  });

  it("reads a whole split 'N from each side', or twice a side's agreed figure, as both sides' total", () => {
    const text = [
      "The envoys met in Vienna today and agreed to swap 500 prisoners of war from each side.",
      '"Today 1,000 people will go home because of this room," the host said.',
      "",
      "On Monday, March 3, the release of 160 captives, 80 from each side, went ahead.",
    ].join("\n");
    const facts = later(text, "2025-03-04");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("1,000")).toMatchObject({ side: "total" });
    expect(of("160")).toMatchObject({ side: "total" });
    expect(of("80")).toMatchObject({ side: "each" });
  });

  it("reads whose civilians by the country they go to or their region, and a bare figure after bodies as bodies", () => {
    const text = [
      "On Tuesday, March 4, the mediation brought the return of 30 Ukrainian civilians to Ukraine and the return of 12 civilians to the Russian Federation.",
      "",
      "On Wednesday, March 5, Russia handed over 500 bodies; 20 went to Russia.",
    ].join("\n");
    const facts = later(text, "2025-03-06");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("12")).toMatchObject({ side: "russia", counted: "civilians" });
    expect(of("20")).toMatchObject({
      side: "russia",
      counted: "bodies",
      event: "bodies-2025-03-05",
    });
  });

  it("takes a day someone spoke on for theirs, not the figure's, and files a lead with no day under the event the text dates", () => {
    const text = [
      "Twenty-two residents of the Bryansk region who had been held in Ukraine have come home, the governor of the region said on Friday.",
      "",
      "The return took place on Thursday with Swiss mediation.",
    ].join("\n");
    const facts = later(text, "2025-03-08");
    expect(facts.find((f) => f.said === "Twenty-two")).toMatchObject({
      event: "exchange-2025-03-06",
      side: "russia",
    });
  });

  it("files totals reached and counts since a year as running totals, whom they count from 'the number of'", () => {
    const text = [
      "On Monday, March 3, 15 children were brought home with Swiss mediation.",
      "",
      "With Monday's return, the number of children reunited with their families through Swiss mediation since the start of these efforts in 2023 has reached 96.",
      "",
      "According to the agency, 210 residents of the region have now been returned since work on their return began in 2024.",
      "",
      "Ukraine has received back more than 9,000 bodies since Russia's full-scale invasion, the agency said.",
    ].join("\n");
    const facts = later(text, "2025-03-04");
    const of = (said: string) => facts.find((f) => f.said.endsWith(said));
    expect(of("96")).toMatchObject({ event: "stored:tally-since-2022", counted: "children" });
    expect(of("210")).toMatchObject({ event: "stored:tally-since-2022" });
    expect(of("9,000")).toMatchObject({ event: "stored:tally-since-2022", counted: "bodies" });
  });

  it("reads 'to hand back' as a plan, and 'a list of several hundred' as a list handed over at talks", () => {
    const text = [
      "14 March: The delegations meet in Vienna. Agreed: 300 prisoners of war from each side; Russia to hand back 800 bodies.",
      "",
      "Kyiv says it also gave Moscow a list of several hundred children it wants returned.",
    ].join("\n");
    const facts = later(text, "2025-03-20");
    expect(facts.find((f) => f.said === "800")).toMatchObject({
      event: "talks-2025-03-14",
      counted: "bodies",
      planned: true,
    });
    expect(facts.find((f) => f.said.includes("hundred"))).toMatchObject({
      event: "talks-2025-03-14",
      counted: "children",
    });
  });

  it("proposes a staged exchange from its named stages, files its figure with it, and a figure told again with its event", () => {
    const text = [
      "VIENNA, March 9 - The two sides each freed 120 prisoners on Sunday, completing a three-stage exchange of 400 captives per side, officials on both sides said.",
      "",
      "The final stage followed the release of 150 by each side on Friday and 130 on Saturday.",
      "",
      '"Four hundred of our people are home," the president wrote.',
      "",
      "In a statement, the other side's ministry said 120 of its servicemen had been returned.",
    ].join("\n");
    const facts = later(text, "2025-03-09");
    const of = (said: string) => facts.find((f) => f.said === said);
    expect(of("120")).toMatchObject({ event: "exchange-2025-03-09" });
    expect(of("400")).toMatchObject({ event: "deal-2025-03-07-2025-03-09" });
    expect(of("Four hundred")).toMatchObject({ event: "deal-2025-03-07-2025-03-09" });
    expect(facts.filter((f) => f.said === "120").map((f) => f.event)).toEqual([
      "exchange-2025-03-09",
      "exchange-2025-03-09",
    ]);
  });

  it("dates a total so far as of the day it is told, not the day it counts from told aside ('since the first stage, on …')", () => {
    const text = [
      "Talks in Geneva on 20 February 2025 agreed to swap 1,000 prisoners a side.",
      "On 4 March, 120 came home in the first stage. On 12 March, 90 more followed.",
      "Since the first stage, on 4 March, 210 soldiers have come home under this deal, the headquarters says.",
    ].join("\n\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-14", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const sum = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.n === 210,
    )?.fact;
    expect(sum).toMatchObject({
      measure: "released-to-date",
      eventId: "talks-2025-02-20",
      asOf: { on: "2025-03-14" },
    });
  });

  it("puts those who came 'with them' on the side of the figure before", () => {
    const text =
      "On 6 March 2025, ninety soldiers came home from Russian captivity. With them came eleven civilians.";
    const facts = later(text, "2025-03-07");
    expect(facts.find((f) => f.said === "eleven")).toMatchObject({
      event: "exchange-2025-03-06",
      side: "ukraine",
    });
  });

  it("files 'The March deal covers …' with the talks of that month, not the last talks named", () => {
    const text = [
      "At talks in Geneva on 3 March 2025 the sides agreed a new swap; Moscow also pledged 2,000 bodies at the talks in Vienna on 20 April 2025.",
      "The March deal covers at least 800 prisoners on each side.",
    ].join("\n\n");
    const facts = later(text, "2025-05-02");
    expect(facts.find((f) => f.said === "at least 800")?.event).toBe("talks-2025-03-03");
  });

  it("reads a digest of its own day: an exchange told as done now is that day's, and an entry's lead names its speaker", () => {
    const text = [
      "Border desk: digest for 9 March 2025",
      "(Times are local.)",
      "",
      "09:40 Word from the crossing: a swap is under way. More soon.",
      "",
      "12:15 The Coordination Headquarters: 88 of our soldiers are home.",
      "",
      "19:00 Tomorrow is a holiday. Good night.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-09", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    expect((result.proposal.events ?? []).map((e) => `${e.kind} ${e.id}`)).toEqual([
      "exchange exchange-2025-03-09",
    ]);
    const f = result.proposal.facts.find((x) => x.fact.value.type === "number")?.fact;
    expect(f).toMatchObject({ eventId: "exchange-2025-03-09", claimantId: "ua-coordination-hq" });
  });

  it("gives a list handed over to the side that handed it, and an exchange's size told with no side to both sides", () => {
    const text = [
      "The Ukrainian side gave the Russian delegation a list of 150 children it says were deported, at the talks in Vienna on March 1.",
      "",
      "The mediator recalled the two-stage exchange of 600 prisoners between 4 and 5 March.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-10", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const of = (n: number) =>
      result.proposal.facts.find((f) => f.fact.value.type === "number" && f.fact.value.n === n)
        ?.fact;
    expect(of(150)).toMatchObject({ claimantId: "ua-officials", eventId: "talks-2025-03-01" });
    expect(of(600)).toMatchObject({ side: "total" });
  });

  it("files a figure agreed at talks with the one staged exchange the article dates after them", () => {
    const text = [
      "Timeline",
      "",
      "1 March: The delegations meet in Vienna. Agreed: 300 prisoners of war from each side, freed in stages.",
      "4 March: First stage, 100 for 100.",
      "5 March: Second stage, 200 for 200.",
      "",
      "Splitting the exchange over two days, from 4 to 5 March, let each side check the lists.",
    ].join("\n");
    const facts = later(text, "2025-03-10");
    expect(facts.find((f) => f.said === "300")).toMatchObject({
      event: "deal-2025-03-04-2025-03-05",
    });
  });

  it("files 'In return, N …' with the figure before it, and 'N of its servicemen' on the side named", () => {
    const text = [
      "On 3 March 2025, under the agreements reached in Vienna on 20 February, 90 Russian servicemen were returned. In return, 90 prisoners of war of the Armed Forces of Ukraine were handed over.",
      "",
      "In total, under the Vienna agreements the Russian side will return 600 of its servicemen.",
    ].join("\n");
    const facts = later(text, "2025-03-03");
    expect(facts.filter((f) => f.said === "90").map((f) => [f.event, f.side])).toEqual([
      ["exchange-2025-03-03", "russia"],
      ["exchange-2025-03-03", "ukraine"],
    ]);
    expect(facts.find((f) => f.said === "600")).toMatchObject({ side: "russia", planned: true });
  });

  it("files 'Kyiv in turn handed over N …' with the figure before it", () => {
    // Our wording: the other side of a swap told in a sentence of its own, with a sentence between
    // and an older month beside the figure.
    const text =
      "On Friday, 4 July, 25 Ukrainian civilians came home from Russia, the ombudsman said. Turkey mediated. Kyiv in turn handed over 14 Russian civilians, most of them moved out of the border region in August 2024.";
    const facts = later(text, "2025-07-05");
    expect(facts.find((f) => f.said === "14")).toMatchObject({ event: "exchange-2025-07-04" });
  });

  it("files an exchange's place in the series under the exchange its paragraph goes on about", () => {
    const text = [
      "Between 3 and 5 September, each side freed 500 prisoners.",
      "",
      "The headquarters, set up in March 2022, put it at more than 7,000 freed, and counted it as the 70th exchange of the war.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-10", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const ordinal = result.proposal.facts.find((f) => f.fact.measure === "exchange-ordinal");
    expect(ordinal?.fact.eventId).toBe("deal-2025-09-03-2025-09-05");
  });

  it("files an aside in brackets with the figure before it, on the other side when it says so", () => {
    const text =
      "The week brought the handover of 640 bodies on Tuesday, September 2 (and 18 going the other way), and a swap of 80 prisoners a side on Friday, September 5.";
    const facts = later(text, "2025-09-07");
    expect(facts.find((f) => f.said === "18")).toMatchObject({
      event: "bodies-2025-09-02",
      counted: "bodies",
      side: "russia",
    });
    const own = later(
      "They were swapped in two stages on September 2 and September 5 (300 Ukrainians returned, by Kyiv's count).",
      "2025-09-07",
    );
    expect(own.find((f) => f.said === "300")?.counted).not.toBe("bodies");
  });

  it("leaves a count of people something was done to unclassified, and 'since' to its own clause", () => {
    const text = [
      "On Friday, September 5, each side freed 90 soldiers.",
      "Since April 2024, the mission has visited more than 400 freed soldiers in hospitals.",
      "The mission welcomes the release of 90 prisoners by each side on 5 September and calls for the return of all civilians held since February 2022.",
    ].join(" ");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-09-08", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const facts = result.proposal.facts.map((f) => f.fact);
    expect(facts.find((f) => f.value.type === "number" && f.value.n === 400)).toMatchObject({
      eventId: "tally-since-2022",
      measure: "unclassified",
    });
    const later90 = facts.filter((f) => f.value.type === "number" && f.value.n === 90);
    expect(later90.map((f) => [f.eventId, f.measure, f.side])).toContainEqual([
      "exchange-2025-09-05",
      "released",
      "each",
    ]);
    expect(later90.some((f) => f.eventId === "tally-since-2022")).toBe(false);
  });

  it("records once a figure the headline repeats, or the same speaker tells twice", () => {
    const text = [
      "Seven children brought home from occupied Crimea",
      "",
      "Seven Ukrainian children were returned on Monday, September 8, the ombudsman said.",
      "All seven children are with their families now.",
      "“Today 40 soldiers came home,” the ombudsman said. Later the ombudsman said the 40 soldiers came home on Monday.",
    ].join("\n");
    const facts = later(text, "2025-09-09");
    expect(facts.filter((f) => /^seven$/i.test(f.said))).toHaveLength(1);
    expect(facts.filter((f) => f.said === "40")).toHaveLength(1);
    const notes = later(
      "On Monday, September 8, 150 young soldiers came home.\n\nChapters\n05:10 Monday and the 150",
      "2025-09-12",
    );
    expect(notes.filter((f) => f.said === "150")).toHaveLength(1);
  });

  it("reads a list of one figure a day of a span, sharing the words after its last", () => {
    const recap =
      "Looking back: the swap of May 23–25 moved 390, 307 and 303 captives a side on successive days.";
    expect(later(recap, "2025-06-25").map((f) => [f.said, f.event, f.side])).toEqual([
      ["390", "stored:exchange-2025-05-23", "each"],
      ["307", "stored:exchange-2025-05-24", "each"],
      ["303", "stored:exchange-2025-05-25", "each"],
    ]);
    // Recalled beside a new exchange, they repeat what the store holds: nothing to review.
    const withNew = `On Friday, September 5, each side freed 90 soldiers. ${recap}`;
    expect(later(withNew, "2025-09-07").map((f) => f.said)).toEqual(["90"]);
  });

  it("leaves 'by each side' to its own figure, not to people named by their country after it", () => {
    const text =
      "The agency welcomes the release of 60 prisoners by each side on 3 September and the return of five Ukrainian civilians on the same day.";
    const facts = later(text, "2025-09-08");
    expect(facts.find((f) => f.said === "60")).toMatchObject({ side: "each" });
    expect(facts.find((f) => f.said === "five")).toMatchObject({
      event: "exchange-2025-09-03",
      side: "ukraine",
    });
  });

  it("keeps whom a running total counts when it names children, civilians or bodies", () => {
    const text =
      "On Friday, September 12, eight children came home. The ombudsman said more than 800 children had been brought back since 2022.";
    const facts = later(text, "2025-09-14");
    expect(facts.find((f) => f.said === "more than 800")).toMatchObject({
      event: "stored:tally-since-2022",
      counted: "children",
    });
  });

  it("files the figures told before 'put the total at' with their swap, and the total as a running one", () => {
    const text =
      "After the swap of 4 August 2025, in which 95 Ukrainians came home and 95 Russians were handed over, the ombudsman put the total at 5,100 people freed since the invasion began.";
    const facts = later(text, "2025-08-09");
    expect(facts.filter((f) => f.said === "95").map((f) => f.event)).toEqual([
      "exchange-2025-08-04",
      "exchange-2025-08-04",
    ]);
    expect(facts.find((f) => f.said === "5,100")).toMatchObject({
      event: "stored:tally-since-2022",
    });
  });

  it("does not count a stage's people as a category the words give only most of them", () => {
    const mostly =
      "Ukraine and Russia exchanged prisoners on Tuesday, 2 September, most of them seriously wounded. 120 Ukrainians were returned, officials said.";
    expect(later(mostly, "2025-09-03").find((f) => f.said === "120")?.counted).not.toBe(
      "seriously-wounded",
    );
    const only =
      "Ukraine and Russia exchanged seriously wounded prisoners on Tuesday, 2 September. 120 Ukrainians were returned, officials said.";
    expect(later(only, "2025-09-03").find((f) => f.said === "120")?.counted).toBe(
      "seriously-wounded",
    );
  });

  it("files an 'N for N' beside a new staged deal with that deal, not with the store's May deal", () => {
    const text =
      "Key figures: 400 for 400: the exchange of 2 September to 4 September, the largest since the 1,000-for-1,000 swap of 23–25 May.";
    const facts = later(text, "2025-09-20");
    expect(facts.find((f) => f.said === "400 for 400")?.event).toBe("deal-2025-09-02-2025-09-04");
  });

  it("gives a digest line's figure to the source it names in a closing parenthesis", () => {
    const data = bundledData();
    const text =
      "Weekly numbers\n\n- About 5,900 Ukrainians freed from captivity since 2022 (Coordination HQ)";
    const result = proposeIngest(analyse(data), { ...input(text), published: "2025-09-01" });
    if (!result.ok) throw new Error("expected a proposal");
    const fact = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.n === 5900,
    );
    expect(fact?.fact.claimantId).toBe("ua-coordination-hq");
  });

  it("gives an opinion piece's own figures to its author, from the byline", () => {
    expect(
      opinionAuthor(
        "Opinion | Swaps are not enough\n\nBy Mara Tkach | 2 May 2026\n\nText.",
        "Daily",
      ),
    ).toBe("Mara Tkach");
    expect(opinionAuthor("Swaps go on\n\nBy Mara Tkach\n\nText.", "The Ledger (opinion)")).toBe(
      "Mara Tkach",
    );
    expect(opinionAuthor("Swaps go on\n\nBy Mara Tkach\n\nText.", "Daily")).toBeNull();
    const text =
      "Opinion | Bring them home\n\nBy Mara Tkach | 20 September 2025\n\nOn Friday, 19 September, 90 prisoners came home from each side.";
    const result = proposeIngest(analyse(bundledData()), {
      ...input(text),
      published: "2025-09-20",
    });
    if (!result.ok) throw new Error("expected a proposal");
    const ninety = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.n === 90,
    );
    expect(ninety?.fact.claimantId).toBe("author-mara-tkach");
  });

  it("reads a figure followed by half of it 'on each side' as both sides together", () => {
    const text =
      "On Monday, 8 September, 240 prisoners of war – 120 on each side – were released, mediators said.";
    expect(later(text, "2025-09-09").find((f) => f.said === "240")?.side).toBe("total");
  });

  it("reads people 'known to be' in captivity as held, a running count", () => {
    const text =
      "On Monday, 8 September, 90 prisoners came home from each side.\n\nAnother 31 servicemen from the district are known to be in Russian captivity, the governor said.";
    expect(later(text, "2025-09-09").find((f) => f.said === "31")?.event).toBe(
      "stored:tally-since-2022",
    );
  });

  it("keeps people named by one country on its side when named again, and hears 'the military department'", () => {
    const text = [
      "On Sunday, 7 September, 70 Russian servicemen were returned from captivity, the Russian Defence Ministry reported. In return, 70 Ukrainian prisoners of war were handed over.",
      "",
      "With this group, the return of 300 Russian servicemen has been completed, the military department noted. Earlier, 110 servicemen were returned on Friday and 120 servicemen on Saturday.",
    ].join("\n");
    const result = proposeIngest(analyse(bundledData()), {
      ...input(text),
      published: "2025-09-08",
    });
    if (!result.ok) throw new Error("expected a proposal");
    const of = (n: number) =>
      result.proposal.facts.find((f) => f.fact.value.type === "number" && f.fact.value.n === n)
        ?.fact;
    expect(of(300)?.claimantId).toBe("ru-defence-ministry");
    expect([of(110)?.side, of(120)?.side]).toEqual(["russia", "russia"]);
  });

  it("files a timeline line's figure with the line's day, not with the agreement it recalls", () => {
    const text = [
      "Monthly tracker",
      "Research Unit | Issued 2 October 2025",
      "Summary. One exchange took place in September.",
      "",
      "14 September — Exchange. 95 prisoners of war were released by each side, completing the swap agreed on 1 September.",
    ].join("\n");
    expect(later(text, "2025-10-02").find((f) => f.said === "95")?.event).toBe(
      "exchange-2025-09-14",
    );
  });

  it("gives a figure told 'by its count' to the body the paragraph last named", () => {
    const text =
      "On Friday, 5 September, 84 Ukrainians came home, the Coordination Headquarters said. By its count, it was the 66th exchange of the war.";
    const result = proposeIngest(analyse(bundledData()), {
      ...input(text),
      published: "2025-09-06",
    });
    if (!result.ok) throw new Error("expected a proposal");
    const ordinal = result.proposal.facts.find(
      (f) => f.fact.value.type === "number" && f.fact.value.said === "66th",
    );
    expect(ordinal?.fact.claimantId).toBe("ua-coordination-hq");
  });

  it("counts residents handed over as civilians, on the side the sentence says received them", () => {
    const text =
      "On Saturday, June 21, 90 Ukrainian soldiers came home in an exchange. Russia received the same number of troops and six residents of its border region.";
    const facts = later(text, "2025-06-23");
    expect(facts.find((f) => f.said === "six")).toMatchObject({
      event: "exchange-2025-06-21",
      counted: "civilians",
      side: "russia",
    });
  });

  it("keeps a figure on the side its own words give when the other side gets 'the same number'", () => {
    // The figure's words count one side; "the same number" names no figure for the other.
    const named = later(
      "On 4 September, 75 Ukrainian soldiers came home, the headquarters said. Moscow received the same number of its troops.",
      "2025-09-05",
    );
    expect(named.find((f) => f.said === "75")?.side).toBe("ukraine");
    const returned = later(
      "On 4 September, 75 Russian servicemen were returned. In return, the same number of Ukrainian prisoners were handed over.",
      "2025-09-05",
    );
    expect(returned.find((f) => f.said === "75")?.side).toBe("russia");
    // Words that name no side: the side opposite the one that got the same number back.
    const unnamed = later(
      "On Thursday, 4 September, seventy young men crossed the border in the first stage. Each time Moscow got the same number back.",
      "2025-09-05",
    );
    expect(unnamed.find((f) => f.said === "seventy")?.side).toBe("ukraine");
  });

  it("files a total so far over an agreement's stages as the agreement's figure to date", () => {
    const talks =
      "At talks in Vienna on 2 March, the two sides agreed to exchange all wounded prisoners in stages.";
    const stages = "On 10 March, 80 Ukrainians came home. On 14 March, 95 more returned.";
    const run = (sum: string) => {
      const k = analyse(bundledData());
      const text = [talks, stages, sum].join("\n\n");
      const result = proposeIngest(k, { ...input(text), published: "2025-03-16", url: null });
      if (!result.ok) throw new Error("expected a proposal");
      return result.proposal.facts.map((p) => p.fact);
    };
    const since = run(
      "Across the two stages since 10 March, 175 Ukrainians have come home under the Vienna agreement.",
    );
    const total = since.find((f) => f.value.type === "number" && f.value.n === 175);
    expect(total).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      side: "ukraine",
      asOf: { on: "2025-03-16" },
    });
    // How many stages is no figure to review.
    expect(since.some((f) => f.value.type === "number" && f.value.n === 2)).toBe(false);
    // The last stage it names is the day it is true on, not the day it runs from.
    const latest = run(
      "Since the Vienna talks, 175 Ukrainians have come home in two stages, most recently on 14 March.",
    );
    expect(latest.find((f) => f.value.type === "number" && f.value.n === 175)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      asOf: { on: "2025-03-14" },
    });
  });

  it("files 'with today's group, N are home under the deal' as the deal's figure to date, as of today", () => {
    const talks =
      "At talks in Vienna on 2 March, the two sides agreed to exchange 900 prisoners a side.";
    const run = (text: string) => {
      const k = analyse(bundledData());
      const result = proposeIngest(k, {
        ...input([talks, text].join("\n\n")),
        published: "2025-03-16",
        url: null,
      });
      if (!result.ok) throw new Error("expected a proposal");
      return result.proposal.facts.map((p) => p.fact);
    };
    const today = run(
      "Today 70 Ukrainians came home. The first stage was on 10 March. So with today's group, 150 Ukrainians are home under the deal.",
    );
    expect(today.find((f) => f.value.type === "number" && f.value.n === 150)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      asOf: { on: "2025-03-16" },
    });
    const named = run(
      "Today 70 soldiers came home. With the 80 freed on 10 March, 150 have now come home under the deal.",
    );
    expect(named.find((f) => f.value.type === "number" && f.value.n === 150)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      asOf: { on: "2025-03-16" },
    });
  });

  it("reads 'to each side' past a share of the agreed ('150 of the 1,500 prisoners agreed')", () => {
    const text =
      "Seventy soldiers came home today. It was the second exchange under the deal reached at the talks in Vienna on 2 March. With the 80 freed on 10 March, 150 of the 1,500 prisoners agreed have now come home to each side.";
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-16", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const sum = result.proposal.facts.find(
      ({ fact: f }) => f.value.type === "number" && f.value.n === 150,
    )?.fact;
    expect(sum).toMatchObject({ eventId: "talks-2025-03-02", side: "each" });
  });

  it("sums over the stages its sentence counts, but leaves each listed stage its own day", () => {
    const text = [
      "At talks in Vienna on 2 March, the two sides agreed to exchange all wounded prisoners in stages.",
      "So far the deal has run in two stages: 80 young soldiers a side on 10 March and 95 wounded soldiers on 14 March.",
      "In total, in two stages, on 10 and 14 March, 175 Russian servicemen have been returned under the Vienna agreements.",
    ].join("\n\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-15", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const by = (n: number) =>
      result.proposal.facts.find((p) => p.fact.value.type === "number" && p.fact.value.n === n)
        ?.fact;
    expect(by(175)).toMatchObject({
      eventId: "talks-2025-03-02",
      measure: "released-to-date",
      side: "russia",
      asOf: { on: "2025-03-14" },
    });
    expect(by(80)).toMatchObject({ eventId: "exchange-2025-03-10", measure: "released" });
    expect(by(95)).toMatchObject({ eventId: "exchange-2025-03-14", measure: "released" });
  });

  it("reads what an agreement has brought so far, however it is told", () => {
    const run = (tail: string, published = "2025-04-05") => {
      const text = [
        "At talks in Vienna on 2 March, the two sides agreed to exchange all wounded prisoners in stages.",
        "On 10 March, 80 Ukrainians came home. On 14 March, 95 more returned.",
        "At new talks in Vienna on 3 April the sides agreed on a second exchange.",
        tail,
      ].join("\n\n");
      const result = proposeIngest(analyse(bundledData()), {
        ...input(text),
        published,
        url: null,
      });
      if (!result.ok) throw new Error("expected a proposal");
      return result.proposal.facts.find(
        (p) => p.fact.value.type === "number" && p.fact.value.n === 175,
      )?.fact;
    };
    const toDate = { measure: "released-to-date", asOf: { on: "2025-04-05" } };
    // "so far" under an agreement named by its month: the talks of that month.
    expect(
      run(
        "Kyiv says the first exchange is not complete, with 175 Ukrainians freed under the March agreement so far.",
      ),
    ).toMatchObject({
      ...toDate,
      eventId: "talks-2025-03-02",
    });
    // After a sentence listing the stages: their sum.
    expect(
      run(
        "The first deal has run in two stages: 80 on 10 March and 95 on 14 March. That is 175 in all.",
      ),
    ).toMatchObject({ ...toDate, eventId: "talks-2025-03-02" });
  });

  it("takes people called 'defenders' as Ukraine's when no other word gives a side", () => {
    const facts = later(
      "On Friday, 5 September, the second stage of the exchange took place. “Ninety-five defenders, all under 25, most of whom spent a year in captivity,” the president wrote.",
      "2025-09-06",
    );
    expect(facts.find((f) => f.said === "Ninety-five")?.side).toBe("ukraine");
  });

  it("gives bodies sent 'in the opposite direction' the other side from those told before", () => {
    const facts = later(
      "On 3 September, 640 bodies were received on the Ukrainian side, according to the headquarters. Another 15 bodies were transferred in the opposite direction, the headquarters said.",
      "2025-09-05",
    );
    expect(facts.find((f) => f.said === "640")?.side).toBe("ukraine");
    expect(facts.find((f) => f.said === "15")?.side).toBe("russia");
  });

  it("reads 'by Ukraine's count' on a page sourced by a Ukrainian body as that body", () => {
    const k = analyse(bundledData());
    const text = [
      "The autumn in figures",
      "Here is the autumn in figures. They come from Ukraine's Coordination Headquarters for the Treatment of Prisoners of War unless stated otherwise.",
      "88 — bodies returned to Russia on 3 September, by Ukraine's count.",
    ].join("\n\n");
    const result = proposeIngest(k, { ...input(text), published: "2025-09-30", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const fact = result.proposal.facts.find(
      (p) => p.fact.value.type === "number" && p.fact.value.n === 88,
    )?.fact;
    expect(fact?.claimantId).toBe("ua-coordination-hq");
  });

  it("files bodies returned so far under a pledge as the pledge's talks' figure to date", () => {
    const run = (tail: string) => {
      const text = [
        "At talks in Vienna on 2 March, Moscow pledged to return 3,000 bodies of fallen soldiers.",
        tail,
      ].join("\n\n");
      const result = proposeIngest(analyse(bundledData()), {
        ...input(text),
        published: "2025-03-25",
        url: null,
      });
      if (!result.ok) throw new Error("expected a proposal");
      return result.proposal.facts.find(
        (p) => p.fact.value.type === "number" && p.fact.value.n === 1650,
      )?.fact;
    };
    const toDate = { eventId: "talks-2025-03-02", measure: "released-to-date", counted: "bodies" };
    // Since a month, with no word of the pledge: the only talks the article brings.
    expect(
      run(
        "In total, since March the Russian side has handed over 1,650 bodies, the ministry said.",
      ),
    ).toMatchObject({ ...toDate, side: "ukraine", asOf: { on: "2025-03-25" } });
    // Batches listed with their days: as of the last.
    expect(
      run(
        "Three batches so far: 500 bodies on 10 March, 600 on 14 March and 550 on 20 March, for a total of 1,650.",
      ),
    ).toMatchObject({ ...toDate, asOf: { on: "2025-03-20" } });
  });

  it("carries 'a side' from a list's first stage to the stages after it that give no side", () => {
    const text =
      "The deal has so far run in three stages: 120 soldiers a side on 3 July, 95 wounded soldiers on 8 July and 80 young soldiers on 14 July.";
    const facts = later(text, "2025-07-20");
    expect(facts.find((f) => f.said === "95")?.side).toBe("each");
    expect(facts.find((f) => f.said === "80")?.side).toBe("each");
    // Not across sentences: a stage told in a sentence of its own keeps its own reading.
    const apart = later(
      "On 3 July, 120 soldiers a side were swapped. On 8 July, 95 wounded soldiers were met at the border.",
      "2025-07-20",
    );
    expect(apart.find((f) => f.said === "95")?.side).not.toBe("each");
  });

  it("counts a listed stage by its own noun, not by the young soldiers of the stage before it", () => {
    const text =
      "The deal has so far run in two stages: 120 young soldiers on 3 July and 95 mostly wounded prisoners on 8 July.";
    const facts = later(text, "2025-07-20");
    expect(facts.find((f) => f.said === "120")?.counted).toBe("under-25");
    expect(facts.find((f) => f.said === "95")?.counted).not.toBe("under-25");
  });

  it("files each figure of a span's per-day list on its own day's exchange", () => {
    // Our wording.
    const text =
      "The autumn swaps, 8 to 10 September: 95-95, 88-88, 120-120. More will follow, the mediators said.";
    const facts = later(text, "2025-09-12");
    expect(facts.find((f) => f.said === "95")?.event).toBe("exchange-2025-09-08");
    expect(facts.find((f) => f.said === "88")?.event).toBe("exchange-2025-09-09");
    expect(facts.find((f) => f.said === "120")?.event).toBe("exchange-2025-09-10");
  });

  it("takes a figure the two sides' parts add up to as both sides', and a part by the group it is among", () => {
    // Our wording.
    const text = [
      "On Tuesday the mediators oversaw the return of 50 civilians.",
      "Thirty civilians returned to Russia and twenty to Ukraine. Among those returning to Ukraine were four minors, who were met by their families.",
    ].join("\n\n");
    const facts = later(text, "2025-09-12");
    expect(facts.find((f) => f.said === "50")?.side).toBe("total");
    expect(facts.find((f) => f.said === "twenty")?.side).toBe("ukraine");
    expect(facts.find((f) => f.said === "four")?.side).toBe("ukraine");
  });

  it("files a figure 'pledged' or 'it promised' after it with the talks, as a plan", () => {
    // Our wording.
    const text = [
      "At talks in Riyadh on 3 September, the sides agreed to a new swap.",
      "On 12 September, 90 soldiers came home. Then the big one: 4,000 bodies pledged by Moscow, 900 delivered on 10 September.",
    ].join("\n\n");
    const facts = later(text, "2025-09-16");
    expect(facts.find((f) => f.said === "4,000")).toMatchObject({
      event: "talks-2025-09-03",
      planned: true,
    });
  });

  it("reads 'exchanged N sick and wounded prisoners each' as each side's, not both sides' total", () => {
    // Our wording.
    const text = "Ukraine and Russia exchanged 88 sick and wounded soldiers each on Tuesday.";
    expect(later(text, "2025-09-12").find((f) => f.said === "88")?.side).toBe("each");
  });

  it("pairs a bracketed list after 'the same two handovers' with those handovers, on the whole's side", () => {
    // Our wording.
    const text = [
      "1,500 — bodies of soldiers handed back to Ukraine in two handovers, on 2 September and 9 September.",
      "Russia had promised 4,000 in Riyadh.",
      "40 — bodies handed to Russia in the same two handovers, by Kyiv's count (25 and 15).",
    ].join("\n\n");
    const facts = later(text, "2025-09-20");
    expect(facts.find((f) => f.said === "25")).toMatchObject({
      event: "bodies-2025-09-02",
      side: "russia",
    });
    expect(facts.find((f) => f.said === "15")).toMatchObject({
      event: "bodies-2025-09-09",
      side: "russia",
    });
  });

  it("counts a bare figure after a sentence of bodies as bodies, and a whole 'out of' on its part's side", () => {
    // Our wording.
    const text = [
      "At talks in Riyadh on 3 September, the sides agreed to swap at least 800 prisoners a side.",
      "On 10 September Russia handed over the bodies of 900 soldiers. Kyiv has said it expects about 4,000 in all.",
      "Across the two stages, 300 Ukrainians have come home, out of at least 800 agreed, the ombudsman said.",
    ].join("\n\n");
    const facts = later(text, "2025-09-16");
    expect(facts.find((f) => f.said === "about 4,000")).toMatchObject({
      counted: "bodies",
      side: "ukraine",
    });
    expect(facts.find((f) => f.said === "at least 800" && f.side !== "each")?.side).toBe("ukraine");
  });

  it("counts what a ministry 'received in return' after a sentence of bodies as bodies", () => {
    // Our wording.
    const text =
      "MARKETS: Bonds were flat. A stage on Saturday freed 95 prisoners a side. On Friday Russia handed over the bodies of 900 Ukrainian soldiers. Moscow's Defence Ministry said it received 20 in return; Kyiv put the number at 18.";
    const facts = later(text, "2025-09-15");
    expect(facts.find((f) => f.said === "20")).toMatchObject({ counted: "bodies", side: "russia" });
  });

  it("takes 'gives 45, not 41' as the giver's own count, and the 41 it sets aside as no new claim", () => {
    // Our wording.
    const text =
      "On 14 October Russia handed over the bodies of 800 Ukrainian soldiers and received 41, the Coordination Headquarters said. Russia's Defence Ministry gives 45, not 41, for the bodies it took back.";
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-10-20", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const names = new Map((result.proposal.claimants ?? []).map((c) => [c.id, c.name]));
    const read = result.proposal.facts.map(({ fact: f }) => [
      f.value.type === "number" ? f.value.said : "",
      f.side,
      k.catalog.claimants.get(f.claimantId)?.name ?? names.get(f.claimantId),
    ]);
    expect(read.filter(([said]) => said === "41")).toHaveLength(1);
    expect(read.find(([said]) => said === "45")).toEqual([
      "45",
      "russia",
      expect.stringMatching(/Russia.*Defen[cs]e Ministry|Ministry of Defen[cs]e/),
    ]);
  });

  it("files a bracketed figure of a list of stages on the day just before it, counted as the first bracket is", () => {
    // Our wording.
    const text = [
      "Five weeks ago today, the two delegations sat down in a lakeside hotel in Geneva.",
      "The first stage came six days after the round (120 a side), the second the following day (80), the third four days after that (95) and the fourth exactly a week after the third (110).",
    ].join("\n\n");
    expect(
      later(text, "2025-10-31")
        .filter((f) => ["120", "80", "95", "110"].includes(f.said))
        .map((f) => [f.said, f.event, f.counted, f.side]),
    ).toEqual([
      ["120", "exchange-2025-10-02", "people", "each"],
      ["80", "exchange-2025-10-03", "people", "each"],
      ["95", "exchange-2025-10-07", "people", "each"],
      ["110", "exchange-2025-10-14", "people", "each"],
    ]);
  });

  it("reads a pledge told of bodies ('of the 4,000 it promised', 'offered 2,000 more') as bodies for Ukraine, Russia's claim", () => {
    // Our wording.
    const text = [
      "At the Geneva talks on 3 March, Russia promised to return 4,000 bodies, and offered 2,000 more at the next round on 1 April.",
      "",
      "On 20 April Russia handed over the bodies of 900 Ukrainian soldiers, its first delivery on the promise of 4,000 made in Geneva.",
    ].join("\n");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-04-25", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const read = result.proposal.facts.map(({ fact: f }) => [
      f.value.type === "number" ? f.value.said : "",
      f.counted,
      f.side,
      f.claimantId,
    ]);
    expect(read.find(([said]) => said === "2,000")).toEqual([
      "2,000",
      "bodies",
      "ukraine",
      expect.any(String),
    ]);
    const promise = read.filter(([said]) => said === "4,000").at(-1);
    expect(promise).toEqual(["4,000", "bodies", "ukraine", "ru-officials"]);
  });

  it("leaves a pledge of prisoners counted as people", () => {
    // Our wording.
    const text =
      "On 20 April Russia handed over 900 bodies. At the talks on 3 March, Kyiv pledged 300 more prisoners.";
    const facts = later(text, "2025-04-25");
    expect(facts.find((f) => f.said === "300")?.counted).not.toBe("bodies");
  });

  it("reads 'the ministry says it has received 40' of bodies as the ministry's own side", () => {
    // Our wording.
    const text =
      "On 14 October Russia handed over the bodies of 800 Ukrainian soldiers. Russia's Defence Ministry says it has received 40 bodies in return.";
    const facts = later(text, "2025-10-20");
    expect(facts.find((f) => f.said === "40")).toMatchObject({ counted: "bodies", side: "russia" });
  });

  it("still reads 'gave 40 prisoners back' as a deed, not a figure given by a voice", () => {
    // Our wording.
    const text =
      "On 14 October the two sides swapped prisoners. Russia gave 40 prisoners back to Ukraine, the ombudsman said.";
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-10-20", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const forty = result.proposal.facts.find(
      ({ fact: f }) => f.value.type === "number" && f.value.n === 40,
    );
    expect(forty?.fact.claimantId).not.toMatch(/^ru-/);
  });
});

describe("proposeIngest: a data desk's tables", () => {
  const page = [
    "Unless noted, the figures below are those of Ukraine's Coordination Headquarters for the Treatment of Prisoners of War; totals are our own sums.",
    "",
    "Timeline",
    "- 6 March: first handover of bodies.",
    "- 20 March: second handover of bodies.",
    "",
    "Table A. Remains handed over",
    "| Day | To Ukraine | To Russia |",
    "| 6 March | 800 | 12 |",
    "| 20 March | 700 | 9 |",
    "| Total | 1,500 | 21 |",
  ].join("\n");
  const facts = () => {
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(page), published: "2025-04-02", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const names = new Map(
      [...(result.proposal.claimants ?? []), result.proposal.claimant].map((c) => [c?.id, c?.name]),
    );
    return result.proposal.facts.map(({ fact: f }) => [
      f.value.type === "number" ? f.value.said : "",
      f.counted,
      f.side,
      k.catalog.claimants.get(f.claimantId)?.name ?? names.get(f.claimantId),
    ]);
  };

  it("counts what the table's caption says, on each column's side, told by the source the page names", () => {
    const hq = "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War";
    const read = facts();
    expect(read.slice(0, 4)).toEqual([
      ["800", "bodies", "ukraine", expect.stringMatching(/Coordination Headquarters/)],
      ["12", "bodies", "russia", expect.stringMatching(/Coordination Headquarters/)],
      ["700", "bodies", "ukraine", expect.stringMatching(/Coordination Headquarters/)],
      ["9", "bodies", "russia", expect.stringMatching(/Coordination Headquarters/)],
    ]);
    // The total row is the page's own sum, not its source's.
    const totals = read.filter(([said]) => said === "1,500" || said === "21");
    for (const t of totals) expect(t[3]).not.toBe(hq);
  });
});

describe("proposeIngest: figures told after 'the other way:'", () => {
  it("puts them on the side opposite the bodies told before", () => {
    const text = [
      "On 6 March, 800 bodies were returned to Ukraine.",
      "The two sides differ on how many went the other way: Kyiv says 12, Moscow says 14.",
    ].join(" ");
    const k = analyse(bundledData());
    const result = proposeIngest(k, { ...input(text), published: "2025-03-20", url: null });
    if (!result.ok) throw new Error("expected a proposal");
    const sides = result.proposal.facts.map(({ fact: f }) => [
      f.value.type === "number" ? f.value.said : "",
      f.side,
    ]);
    expect(sides).toContainEqual(["800", "ukraine"]);
    expect(sides).toContainEqual(["12", "russia"]);
  });
});

describe("proposeIngest: a person's own days are no events of the story", () => {
  const days = (text: string) => {
    const result = proposeIngest(analyse(bundledData()), {
      ...input(text),
      published: "2025-07-10",
      url: null,
    });
    if (!result.ok) throw new Error("expected a proposal");
    return (result.proposal.events ?? []).map((e) => e.id);
  };
  const homecoming = "On 2 July 2025 each side freed 150 prisoners, and the men came home.";

  it("reads no exchange from a soldier's home leave or a birthday in captivity", () => {
    expect(
      days(
        `${homecoming} His mother last saw Andriy on 2 June 2024, when he came home on leave for a ` +
          "week. Another of the men freed, Taras, turned 30 in captivity on 4 May.",
      ),
    ).toEqual(days(homecoming));
  });

  it("still reads the exchange on the day the men came home", () => {
    expect(days(homecoming)).toContain("exchange-2025-07-02");
  });
});
