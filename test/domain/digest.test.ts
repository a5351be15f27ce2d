import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/domain/digest.ts";
import { analyse } from "../../src/domain/queries.ts";
import { digestText } from "../../src/render/digest-text.ts";
import { bundledData } from "../helpers/store.ts";

const clock = { day: "2026-11-22", now: "2026-11-22T08:00:00.000Z" };

describe("daily digest", () => {
  it("on the first run lists every open dispute with how long it has been open, and the totals", () => {
    const d = buildDigest(analyse(bundledData()), clock);
    expect(d.since).toBeNull();
    expect(d.openDisputes).toHaveLength(7);
    // The curated facts entered the store on 2026-11-22.
    expect(d.openDisputes[0]?.openSince).toBe("November 22, 2026");
    expect(d.openDisputes[0]?.daysOpen).toBe(0);
    expect(d.totals.deal?.waves).toHaveLength(3);
  });

  it("says a quiet day in one line", () => {
    const data = bundledData();
    // Posted after the curated store was built: nothing has happened since.
    data.digests.push({
      day: "2026-11-22",
      channel: "C1",
      ts: "1.0",
      postedAt: "2026-11-22T07:00:00.000Z",
    });
    const d = buildDigest(analyse(data), clock, "C1");
    expect(d.quiet).toBe(true);
    expect(digestText(d).split("\n")).toHaveLength(2);
    expect(digestText(d)).toMatch(/quiet day.*7 disputes still open/);
  });

  it("shown again after today's post, counts from the previous day's digest", () => {
    const data = bundledData();
    const posted = (day: string, postedAt: string) =>
      data.digests.push({ day, channel: "C1", ts: "1.0", postedAt });
    posted("2026-11-21", "2026-11-21T08:00:00.000Z");
    data.reports.push({
      id: "rep-1",
      by: "U3",
      at: "2026-11-21T15:00:00.000Z",
      answer: "/totals",
      note: "wave 3 looks off",
      status: "open",
    });
    posted("2026-11-22", "2026-11-22T07:00:00.000Z");
    const k = analyse(data);
    expect(buildDigest(k, clock, "C1").quiet).toBe(true);
    const again = buildDigest(k, clock, "C1", { again: true });
    expect(again.since).toBe("2026-11-21T08:00:00.000Z");
    expect(again.reports).toEqual([{ by: "U3", note: "wave 3 looks off", answer: "/totals" }]);
  });

  it("reports what changed since the last digest: resolutions, fact-checks, reports", () => {
    const data = bundledData();
    data.digests.push({
      day: "2026-11-21",
      channel: "C1",
      ts: "1.0",
      postedAt: "2026-11-21T08:00:00.000Z",
    });
    data.resolutions.push({
      id: "res-1",
      disputeId: "date:exchange-2025-05-06",
      trustedFactIds: ["bm-may6-205-each"],
      verdict: "trust",
      note: null,
      by: "U_EDITOR",
      at: "2026-11-21T12:00:00.000Z",
    });
    data.factchecks.push(
      {
        at: "2026-11-21T13:00:00.000Z",
        by: "U1",
        claims: 5,
        verdicts: { supported: 3, contradicted: 2 },
        wrong: ["370", "330"],
      },
      {
        at: "2026-11-21T14:00:00.000Z",
        by: "U2",
        claims: 2,
        verdicts: { contradicted: 1 },
        wrong: ["370"],
      },
      {
        at: "2026-11-20T14:00:00.000Z",
        by: "U3",
        claims: 9,
        verdicts: { contradicted: 9 },
        wrong: ["999"],
      },
    );
    data.reports.push({
      id: "rep-1",
      by: "U3",
      at: "2026-11-21T15:00:00.000Z",
      answer: "/swap may-24",
      note: "307 looks low",
      status: "open",
    });
    const d = buildDigest(analyse(data), clock, "C1");
    expect(d.quiet).toBe(false);
    expect(d.disputesResolved.map((x) => x.id)).toEqual(["date:exchange-2025-05-06"]);
    expect(d.openDisputes).toHaveLength(6);
    expect(d.factchecks).toEqual({
      runs: 2,
      claims: 7,
      contradicted: 3,
      mostWrong: [
        { figure: "370", times: 2 },
        { figure: "330", times: 1 },
      ],
    });
    expect(d.reports).toEqual([{ by: "U3", note: "307 looks low", answer: "/swap may-24" }]);
    const text = digestText(d);
    expect(text).toMatch(/Most often wrong: 370 \(2×\)/);
    expect(text).toMatch(/resolved by U_EDITOR/);
  });
});
