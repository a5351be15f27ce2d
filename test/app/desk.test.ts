import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openDesk } from "../../src/app/desk.ts";
import { resolveDispute } from "../../src/app/editorial.ts";
import { factcheckAnswer } from "../../src/domain/check/index.ts";

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

it("answers the same draft against the same store from its memo, and checks it afresh once the store changes", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-desk-"));
  try {
    const desk = await openDesk({ file: path.join(dir, "live.json") });
    const draft = "On May 24, 2025, each side freed 370 prisoners.";
    const first = desk.factcheck(draft);
    expect(desk.factcheck(draft)).toBe(first);
    // Frozen: a reader cannot change it for the next asker.
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.claims[0])).toBe(true);
    expect(first).toEqual(factcheckAnswer(desk.knowledge(), draft, { refDate: null }));
    // The draft's own date is part of the question.
    const dated = desk.factcheck(draft, { refDate: "2025-05-26" });
    expect(dated).not.toBe(first);
    expect(desk.factcheck(draft, { refDate: "2025-05-26" })).toBe(dated);
    // Every run is recorded, memo or not.
    await desk.recordFactcheck(first, "U1");
    await desk.recordFactcheck(desk.factcheck(draft), "U1");
    expect(desk.store.data.factchecks.length).toBe(2);
    expect(desk.factcheck(draft)).toBe(first);
    // A long draft is checked afresh each time (it would crowd the memo).
    const long = `${draft} ${"The talks went on. ".repeat(20)}`;
    expect(desk.factcheck(long)).not.toBe(desk.factcheck(long));
    await resolveDispute(desk.store, desk.knowledge, {
      disputeId: "date:exchange-2025-05-06",
      choice: { kind: "both-stand" },
      note: null,
      by: "U_EDITOR",
      now: "2026-11-22T10:00:00.000Z",
    });
    const after = desk.factcheck(draft);
    expect(after).not.toBe(first);
    expect(after).toEqual(factcheckAnswer(desk.knowledge(), draft, { refDate: null }));
    await desk.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it("answers /totals with one frozen object per store version, and a new one after a write", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-desk-"));
  try {
    const desk = await openDesk({ file: path.join(dir, "live.json") });
    const first = desk.totals();
    expect(Object.isFrozen(first)).toBe(true);
    expect(desk.totals()).toBe(first);
    // A fact-check record is no input to the analysis: still the same answer.
    await desk.recordFactcheck(desk.factcheck("Each side freed 390 people."), "U1");
    expect(desk.totals()).toBe(first);
    const r = await resolveDispute(desk.store, desk.knowledge, {
      disputeId: "date:exchange-2025-05-06",
      choice: { kind: "both-stand" },
      note: null,
      by: "U_EDITOR",
      now: "2026-11-22T10:00:00.000Z",
    });
    expect(r.ok).toBe(true);
    const second = desk.totals();
    expect(second).not.toBe(first);
    // The new answer is the new version's: it carries the editor's resolution.
    expect(JSON.stringify(first)).not.toContain("U_EDITOR");
    expect(JSON.stringify(second)).toContain("U_EDITOR");
    expect(desk.totals()).toBe(second);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
