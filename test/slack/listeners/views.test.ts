// Modal-submission listeners called directly with fakes (see fakes.ts); the signed-receiver
// tests of the same modals are in ../editorial.test.ts. Submissions here carry no
// response_url, so the answer goes out as an ephemeral post to the channel.
import { describe, expect, it, vi } from "vitest";
import { correctFact } from "../../../src/slack/listeners/views/correct-fact.ts";
import { reportNote } from "../../../src/slack/listeners/views/report-note.ts";
import { resolveDispute } from "../../../src/slack/listeners/views/resolve-dispute.ts";
import {
  NO_STORE,
  NOT_EDITOR_DISPUTE,
  NOT_EDITOR_REVIEW,
  NOT_SAVED,
  REPORTED,
} from "../../../src/slack/notices.ts";
import {
  boltFakes,
  call,
  EDITOR,
  fakeDeps,
  fakeNewsroom,
  newsroomFailingOn,
  READER,
  sentOnce,
  shown,
  submission,
} from "../fakes.ts";
import { DISPUTE, REVIEW_ITEM } from "../fixtures.ts";
import { CHANNEL } from "../harness.ts";

describe("reportNote", () => {
  const report = (note: string, user = READER) =>
    submission({ callbackId: "report_note", meta: { a: "/swap may-24" }, user, values: { note } });

  it("stores the reader's note against the answer and thanks them", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(reportNote(fakeDeps({ newsroom })), bolt, report("307 looks low"));
    expect(bolt.ack).toHaveBeenCalledWith();
    expect(newsroom.report).toHaveBeenCalledWith({
      by: READER,
      answer: "/swap may-24",
      note: "307 looks low",
    });
    const thanks = sentOnce(bolt.client.chat.postEphemeral);
    expect(thanks).toMatchObject({ channel: CHANNEL, user: READER });
    expect(thanks.text).toBe(REPORTED);
  });

  it("keeps the modal open with an error for an empty note, storing nothing", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(reportNote(fakeDeps({ newsroom })), bolt, report("   "));
    expect(bolt.ack).toHaveBeenCalledWith({
      response_action: "errors",
      errors: { note: expect.any(String) },
    });
    expect(newsroom.report).not.toHaveBeenCalled();
  });

  it("says it was not saved when the store refuses the write", async () => {
    const newsroom = newsroomFailingOn("report", "ENOSPC");
    const bolt = boltFakes();
    await call(reportNote(fakeDeps({ newsroom })), bolt, report("307 looks low"));
    expect(sentOnce(bolt.client.chat.postEphemeral).text).toBe(NOT_SAVED);
  });

  it("says there is no store on a desk without one", async () => {
    const bolt = boltFakes();
    await call(reportNote(fakeDeps({ newsroom: undefined })), bolt, report("307 looks low"));
    expect(sentOnce(bolt.client.chat.postEphemeral).text).toBe(NO_STORE);
  });
});

describe("resolveDispute", () => {
  const resolve = (
    user: string,
    meta: Record<string, unknown> | string = { d: DISPUTE.id, s: 0 },
  ) => submission({ callbackId: "resolve_dispute", meta, user, values: { note: " Kyiv's list " } });

  it("resolves the dispute as the editor chose, with their note, and says so", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(resolveDispute(fakeDeps({ newsroom })), bolt, resolve(EDITOR));
    expect(newsroom.resolve).toHaveBeenCalledWith({
      disputeId: DISPUTE.id,
      choice: { kind: "trust", side: 0 },
      note: "Kyiv's list",
      by: EDITOR,
    });
    expect(shown(sentOnce(bolt.client.chat.postEphemeral))).toMatch(
      /^:white_check_mark: Resolved \*Prisoners returned on May 24\*/,
    );
  });

  it("checks again that the submitter is an editor, and changes nothing if not", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(resolveDispute(fakeDeps({ newsroom })), bolt, resolve(READER));
    expect(sentOnce(bolt.client.chat.postEphemeral).text).toBe(NOT_EDITOR_DISPUTE);
    expect(newsroom.resolve).not.toHaveBeenCalled();
  });

  it("ignores, with a warning, a submission without its dispute", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(resolveDispute(fakeDeps({ newsroom })), bolt, resolve(EDITOR, "{not json"));
    expect(newsroom.resolve).not.toHaveBeenCalled();
    expect(bolt.logs.join("\n")).toMatch(/\[WARN\].*without its dispute/);
  });
});

describe("correctFact (the modal)", () => {
  const correct = (
    number: string,
    qualifier: string | null,
    user = EDITOR,
  ): ReturnType<typeof submission> =>
    submission({
      callbackId: "correct_fact",
      meta: { f: REVIEW_ITEM.factId },
      user,
      values: { number },
      selected: qualifier ? { qualifier } : {},
    });

  it("stores an editor's corrected figure and qualifier, and redraws the queue", async () => {
    const newsroom = fakeNewsroom({
      reviewFact: vi.fn(async () => ({ ok: true as const, fact: {} as never })),
    });
    const bolt = boltFakes();
    await call(correctFact(fakeDeps({ newsroom })), bolt, correct("475", "about"));
    expect(newsroom.reviewFact).toHaveBeenCalledWith({
      factId: REVIEW_ITEM.factId,
      choice: { kind: "correct", n: 475, qualifier: "about" },
      by: EDITOR,
    });
    const redrawn = shown(sentOnce(bolt.client.chat.postEphemeral));
    expect(redrawn).toContain(":white_check_mark: Corrected *nearly 480*.");
    expect(redrawn).toContain("*2 facts* to review");
  });

  it.each([
    ["a negative number", "-3", "about", "number"],
    ["a fraction", "2.5", "about", "number"],
    ["no qualifier", "475", null, "qualifier"],
    ["a qualifier it does not offer", "475", "range", "qualifier"],
  ])("keeps the modal open for %s", async (_, number, qualifier, field) => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(correctFact(fakeDeps({ newsroom })), bolt, correct(number, qualifier));
    expect(bolt.ack).toHaveBeenCalledWith({
      response_action: "errors",
      errors: { [field]: expect.any(String) },
    });
    expect(newsroom.reviewFact).not.toHaveBeenCalled();
  });

  it("refuses a submitter who is no longer an editor", async () => {
    const newsroom = fakeNewsroom();
    const bolt = boltFakes();
    await call(correctFact(fakeDeps({ newsroom })), bolt, correct("475", "about", READER));
    expect(sentOnce(bolt.client.chat.postEphemeral).text).toBe(NOT_EDITOR_REVIEW);
    expect(newsroom.reviewFact).not.toHaveBeenCalled();
  });
});
