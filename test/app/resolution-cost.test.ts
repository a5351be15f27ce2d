// An editor's resolution changes which disputes are settled, and nothing the analysis is built
// from: the desk reads the resolutions again instead of re-analysing the archive (about half a
// second at 100,000 facts). A write to the facts still re-analyses.
import { expect, it } from "vitest";
import { resolveDispute } from "../../src/app/editorial.ts";
import { useTempDesk } from "../helpers/desk.ts";

const desk = useTempDesk("resolution-cost");

it("a resolution reuses the analysis; a reviewed fact rebuilds it", async () => {
  const before = desk().knowledge();
  const dispute = before.findings.disputes.find((d) => !before.catalog.resolutions.has(d.id));
  expect(dispute).toBeDefined();
  const id = dispute?.id as string;
  const result = await resolveDispute(desk().store, desk().knowledge, {
    disputeId: id,
    choice: { kind: "both-stand" },
    note: null,
    by: "U_ED",
    now: "2026-11-30T10:00:00.000Z",
  });
  expect(result.ok).toBe(true);
  const after = desk().knowledge();
  expect(after).not.toBe(before);
  expect(after.findings).toBe(before.findings);
  expect(after.catalog.facts).toBe(before.catalog.facts);
  expect(after.catalog.resolutions.get(id)?.by).toBe("U_ED");
  expect(before.catalog.resolutions.has(id)).toBe(false);
  expect(desk().newsroom({ tz: "UTC" }).dispute(id)?.resolution).toBeTruthy();

  // Any write to the facts (a review, an ingest) rebuilds the analysis.
  await desk().store.update(
    (d) => {
      d.facts[0] = { ...(d.facts[0] as (typeof d.facts)[number]) };
    },
    ["facts"],
  );
  expect(desk().knowledge().findings).not.toBe(before.findings);
});
