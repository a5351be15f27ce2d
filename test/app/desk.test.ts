import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openDesk } from "../../src/app/desk.ts";
import { resolveDispute } from "../../src/app/editorial.ts";

it("re-analyses the store after a change to its facts or resolutions, not after a fact-check record", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-desk-"));
  try {
    const desk = await openDesk({ file: path.join(dir, "live.json") });
    const first = desk.knowledge();
    await desk.recordFactcheck(
      desk.factcheck("On May 24, 2025, each side freed 370 prisoners."),
      "U1",
    );
    expect(desk.knowledge()).toBe(first);
    const r = await resolveDispute(desk.store, desk.knowledge, {
      disputeId: "date:exchange-2025-05-06",
      choice: { kind: "both-stand" },
      note: null,
      by: "U_EDITOR",
      now: "2026-11-22T10:00:00.000Z",
    });
    expect(r.ok).toBe(true);
    expect(desk.knowledge()).not.toBe(first);
    expect(
      desk.disputes().disputes.find((d) => d.id === "date:exchange-2025-05-06")?.resolution?.by,
    ).toBe("U_EDITOR");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it("names the newest digest posted, by when it was posted, for the Home tab", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-desk-"));
  try {
    const desk = await openDesk({ file: path.join(dir, "live.json") });
    expect(desk.lastDigest()).toBeNull();
    const ledger = desk.digestLedger();
    await ledger.record({
      day: "2025-05-27",
      channel: "C0NEW",
      ts: "2",
      postedAt: "2025-05-27T09:00:00Z",
    });
    await ledger.record({
      day: "2025-05-26",
      channel: "C0OLD",
      ts: "1",
      postedAt: "2025-05-26T09:00:00Z",
    });
    expect(desk.lastDigest()).toEqual({ day: "2025-05-27", channel: "C0NEW" });
    expect(ledger.posted("C0OLD", "2025-05-26")).toBe(true);
    await desk.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
