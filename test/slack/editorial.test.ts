// The editors' workflow through the real Bolt HTTP receiver, on a real store in a temp file:
// dispute buttons and their modal, /review, Report a problem, /digest. Web API on nock.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import { checkLimits } from "../../src/render/blocks/index.ts";
import type { Fact } from "../../src/store/schema.ts";
import { readStoreFiles } from "../../src/store/store.ts";
import { BUNDLED } from "../helpers/store.ts";
import {
  ASKER,
  actionBody,
  type Captured,
  commandBody,
  nextId,
  send,
  useTestApp,
  viewBody,
} from "./harness.ts";
import { buttonsIn, liveMarkup, textsOf } from "./markup.ts";

const ANNA = "U0ANNA"; // an editor
const BORIS = "U0BORIS"; // another editor
const NOW = new Date("2025-05-26T10:00:00Z");
/** The May 23 wave: Ukraine's "390 each side" against Russia's "270" servicemen. */
const MAY23 = "value:exchange-2025-05-23:released:military:russia";

let dir: string;
let desk: OpenedDesk;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-editorial-"));
  desk = await openDesk({ file: path.join(dir, "live.json"), bundled: BUNDLED });
});
// After hooks run last-registered first: the app stops before its store's folder goes.
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const app = useTestApp(() => desk, {
  config: {
    editors: { userIds: [ANNA, BORIS], usergroup: null },
    digest: { channel: "C0DIGEST", time: "08:00", tz: "Europe/Kyiv" },
  },
  now: () => NOW,
});
const { posted, seen } = app;

function expectSafe(body: Captured["body"], users: string[] = []) {
  expect(checkLimits(body.blocks ?? [], { text: body.text })).toEqual([]);
  expect(liveMarkup(textsOf(body.blocks ?? [], body.text), users)).toEqual([]);
}

const text = (body: Captured["body"]) => textsOf(body.blocks ?? [], body.text).join("\n");

const buttons = (body: Captured["body"]) => buttonsIn(body.blocks);

async function command(name: string, user: string, arg = ""): Promise<Captured["body"]> {
  const where = `/commands/T0TEAM/${nextId()}/secret`;
  const res = await send(app.url, commandBody(name, arg, where, user));
  expect(res.status).toBe(200);
  const body = await posted(where);
  expect(body.response_type).toBe("ephemeral");
  expectSafe(body, [ANNA, BORIS, ASKER]);
  return body;
}

/** Clicks a button; returns where its response_url answers. */
async function click(actionId: string, value: string, user: string): Promise<string> {
  const where = `/actions/T0TEAM/${nextId()}/secret`;
  const res = await send(app.url, actionBody({ actionId, value, responsePath: where, user }));
  expect(res.status).toBe(200);
  return where;
}

async function modalOpened(): Promise<{ callback_id: string; private_metadata: string }> {
  const body = await posted("/api/views.open");
  expect(body.trigger_id).toMatch(/\.trigger$/);
  const view = body.view as { callback_id: string; private_metadata: string; blocks: [] };
  expect(checkLimits(view.blocks, { surface: "home" })).toEqual([]);
  return view;
}

async function submit(
  view: { callback_id: string; private_metadata: string },
  user: string,
  input: { values?: Record<string, string | null>; selected?: Record<string, string> } = {},
) {
  return send(
    app.url,
    viewBody({
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      user,
      ...input,
    }),
  );
}

const disputeButton = async (id: string, label: RegExp) => {
  const reply = await command("/swap", ANNA, "may 23");
  const button = buttons(reply).find(
    (b) => b.action_id.startsWith("dispute_") && b.value.includes(id) && label.test(b.text.text),
  );
  if (!button) throw new Error(`no button ${label} for ${id}`);
  return button;
};

describe("dispute buttons", () => {
  it("are on the replies editors get, one per side and Both stand, and on nobody else's", async () => {
    const editor = await command("/disputes", ANNA);
    const shown = [...text(editor).matchAll(/:warning: \*Disputed: /g)].length;
    const both = buttons(editor).filter((b) => b.action_id === "dispute_both_stand");
    expect(shown).toBeGreaterThan(1);
    expect(both).toHaveLength(shown);
    const swap = await command("/swap", ANNA, "may 23");
    const may23 = buttons(swap).filter((b) => b.value.includes(MAY23));
    expect(may23.map((b) => b.text.text)).toEqual([
      "Trust 390 each side",
      "Trust 270",
      "Both stand (different dates or scopes)",
    ]);
    const reader = await command("/disputes", ASKER);
    expect(buttons(reader).map((b) => b.action_id)).not.toContain("dispute_both_stand");
    expect(buttons(reader).map((b) => b.action_id)).toContain("report_problem");
  });

  it("a non-editor's click is refused politely and opens nothing; nor does their submission change anything", async () => {
    const button = await disputeButton(MAY23, /^Trust 270/);
    seen.length = 0;
    const where = await click(button.action_id, button.value, ASKER);
    const refusal = await posted(where);
    expect(refusal).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(text(refusal)).toMatch(/Only the desk's editors can settle a dispute/);
    expect(seen.some((c) => c.path === "/api/views.open")).toBe(false);

    // A submission made up without the click (or after losing the role) is checked too.
    const back = `/actions/T0TEAM/${nextId()}/secret`;
    const res = await submit(
      {
        callback_id: "resolve_dispute",
        private_metadata: JSON.stringify({ d: MAY23, s: 1, r: `https://hooks.slack.test${back}` }),
      },
      ASKER,
    );
    expect(res.status).toBe(200);
    expect(text(await posted(back))).toMatch(/Only the desk's editors/);
    expect(desk.store.data.resolutions).toEqual([]);
    expect(desk.store.data.audit).toEqual([]);
  });

  it("an editor's click opens the modal; the submission resolves it once, on disk, with an audit entry", async () => {
    const button = await disputeButton(MAY23, /^Trust 390/);
    seen.length = 0;
    await click(button.action_id, button.value, ANNA);
    const view = await modalOpened();
    expect(view.callback_id).toBe("resolve_dispute");
    const meta = JSON.parse(view.private_metadata);
    expect(meta).toMatchObject({ d: MAY23, s: 0 });
    expect(JSON.stringify(view)).toContain("Trust 390 each side");

    const res = await submit(view, ANNA, { values: { note: "  Kyiv's count <!channel>  " } });
    expect(res.status).toBe(200);
    const confirmation = await posted(new URL(meta.r).pathname);
    expect(confirmation).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(text(confirmation)).toMatch(/Resolved \*.*\*: trusts \*390 each side\*/);

    expect(desk.store.data.resolutions).toEqual([
      expect.objectContaining({
        disputeId: MAY23,
        verdict: "trust",
        by: ANNA,
        note: "Kyiv's count <!channel>",
        at: NOW.toISOString(),
      }),
    ]);
    expect(desk.store.data.audit.map((a) => [a.action, a.by, a.target])).toEqual([
      ["resolve", ANNA, MAY23],
    ]);
    // On disk, as a restart would read it (the store itself is this process's while open).
    // The store file, its journal and its resolutions file, read as opening the store reads them.
    const onDisk = await readStoreFiles(desk.store.location);
    expect(onDisk.resolutions).toHaveLength(1);
    expect(onDisk.audit.map((a) => a.action)).toEqual(["resolve"]);
  });

  it("replies then show the resolution beside every source's figure, with no buttons left on it", async () => {
    for (const user of [ASKER, ANNA]) {
      const swap = await command("/swap", user, "may 23");
      const all = text(swap);
      expect(all).toContain(
        "Resolved by <@U0ANNA> on May 26, 2025: trusts *390 each side* — Kyiv's count &lt;!channel&gt;",
      );
      expect(all).toMatch(/\*390 each side\* vs \*270\*/);
      expect(buttons(swap).filter((b) => b.value.includes(MAY23))).toEqual([]);
    }
  });

  it("a second editor is told who was first, and nothing changes", async () => {
    // Their modal was opened before Anna submitted: the store decides, not the click.
    const back = `/actions/T0TEAM/${nextId()}/secret`;
    await submit(
      {
        callback_id: "resolve_dispute",
        private_metadata: JSON.stringify({ d: MAY23, r: `https://hooks.slack.test${back}` }),
      },
      BORIS,
    );
    expect(text(await posted(back))).toMatch(
      /^Already resolved by <@U0ANNA> on May 26, 2025: trusts \*390 each side\*/,
    );
    expect(desk.store.data.resolutions).toHaveLength(1);
    expect(desk.store.data.audit).toHaveLength(1);

    // A stale button on an old reply says the same, without opening a modal.
    seen.length = 0;
    const where = await click("dispute_both_stand", JSON.stringify({ d: MAY23 }), BORIS);
    expect(text(await posted(where))).toMatch(/^Already resolved by <@U0ANNA>/);
    expect(seen.some((c) => c.path === "/api/views.open")).toBe(false);
  });

  it("a button value this app did not write is answered, not obeyed", async () => {
    seen.length = 0;
    const where = await click("dispute_trust_1", "{not json", ANNA);
    expect(text(await posted(where))).toMatch(/older version of this reply/);
    const side9 = await click(
      "dispute_trust_1",
      JSON.stringify({ d: MAY23.replace("23", "24"), s: 9 }),
      ANNA,
    );
    expect(text(await posted(side9))).toMatch(/no longer in the store/);
    expect(seen.some((c) => c.path === "/api/views.open")).toBe(false);
  });

  it("a write the store refuses is apologised for, never confirmed", async () => {
    const target = desk.disputes().disputes.find((d) => !d.resolution);
    if (!target) throw new Error("no open dispute left");
    // The request's claim as handled is written to its own file, not through update(); the
    // resolution's write is the one refused.
    const real = desk.store.update.bind(desk.store);
    let refused = 0;
    const update = vi.spyOn(desk.store, "update").mockImplementation((change, touches) => {
      if (refused > 0) return real(change, touches);
      refused++;
      return Promise.reject(new Error("ENOSPC"));
    });
    try {
      const back = `/actions/T0TEAM/${nextId()}/secret`;
      await submit(
        {
          callback_id: "resolve_dispute",
          private_metadata: JSON.stringify({ d: target.id, r: `https://hooks.slack.test${back}` }),
        },
        ANNA,
      );
      expect(text(await posted(back))).toMatch(/^Sorry, that could not be saved/);
      expect(refused).toBe(1);
    } finally {
      update.mockRestore();
    }
    expect(desk.store.data.resolutions.some((r) => r.disputeId === target.id)).toBe(false);
  });

  it("two editors submitting at once resolve it once; the other hears who was first", async () => {
    const target = desk.disputes().disputes.find((d) => !d.resolution);
    if (!target) throw new Error("no open dispute left");
    const paths = [ANNA, BORIS].map(() => `/actions/T0TEAM/${nextId()}/secret`);
    await Promise.all(
      [ANNA, BORIS].map((user, i) =>
        submit(
          {
            callback_id: "resolve_dispute",
            private_metadata: JSON.stringify({
              d: target.id,
              r: `https://hooks.slack.test${paths[i]}`,
            }),
          },
          user,
        ),
      ),
    );
    const answers = await Promise.all(paths.map(async (p) => text(await posted(p))));
    const winners = answers.filter((a) => a.includes(":white_check_mark: Resolved"));
    const told = answers.filter((a) => a.startsWith("Already resolved by"));
    expect(winners).toHaveLength(1);
    expect(told).toHaveLength(1);
    expect(desk.store.data.resolutions.filter((r) => r.disputeId === target.id)).toHaveLength(1);
    const first = desk.store.data.resolutions.find((r) => r.disputeId === target.id);
    expect(told[0]).toContain(`<@${first?.by}>`);
    expect(first?.verdict).toBe("both-stand");
  });
});

describe("/review", () => {
  const ingested = (id: string, base: Fact, value?: Fact["value"]): Fact => ({
    ...structuredClone(base),
    id,
    status: "unreviewed",
    addedAt: "2025-05-26T06:00:00.000Z",
    ...(value ? { value } : {}),
  });

  beforeAll(async () => {
    await desk.store.update((d) => {
      const number = d.facts.find((f) => f.id === "rki-may23-270-servicemen") as Fact;
      const text = d.facts.find((f) => f.value.type === "text") as Fact;
      d.facts.push(
        ingested("ingested-a", number),
        ingested("ingested-b", number),
        ingested("ingested-c", number),
        ingested("ingested-text", text),
      );
    });
  });

  const factButtons = (reply: Captured["body"], factId: string) =>
    buttons(reply).filter((b) => b.value === factId);
  const fact = (id: string) => desk.store.data.facts.find((f) => f.id === id) as Fact;

  it("is refused, politely, to anyone who is not an editor", async () => {
    const reply = await command("/review", ASKER);
    expect(text(reply)).toMatch(/The review queue is for the desk's editors/);
    expect(buttons(reply)).toEqual([]);
  });

  it("lists the unreviewed facts with quote, source and value, and their buttons", async () => {
    const reply = await command("/review", ANNA);
    const all = text(reply);
    expect(all).toContain("*4 facts* to review");
    expect(all).toContain("> Russia’s Defense Ministry reported that 270 servicemen"); // verbatim
    expect(all).toContain("rki.news");
    expect(factButtons(reply, "ingested-a").map((b) => b.text.text)).toEqual([
      "Approve",
      "Reject",
      "Correct…",
    ]);
    // A claim in words has nothing to correct.
    expect(factButtons(reply, "ingested-text").map((b) => b.text.text)).toEqual([
      "Approve",
      "Reject",
    ]);
  });

  it("approve and reject change the fact, log it, and redraw the queue without it", async () => {
    const approved = await posted(await click("review_approve", "ingested-a", ANNA));
    expect(approved).toMatchObject({ response_type: "ephemeral", replace_original: true });
    expect(text(approved)).toContain(":white_check_mark: Approved *270*.");
    expect(text(approved)).toContain("*3 facts* to review");
    expect(fact("ingested-a").status).toBe("reviewed");

    await posted(await click("review_reject", "ingested-b", BORIS));
    expect(fact("ingested-b").status).toBe("rejected");
    const log = desk.store.data.audit.filter((a) => a.target.startsWith("ingested-"));
    expect(log.map((a) => [a.action, a.by, a.target])).toEqual([
      ["approve", ANNA, "ingested-a"],
      ["reject", BORIS, "ingested-b"],
    ]);
    expect(log[0]?.before).toMatchObject({ status: "unreviewed" });
    expect(log[0]?.after).toMatchObject({ status: "reviewed" });
  });

  it("a second review of the same fact says who reviewed it, and changes nothing", async () => {
    const again = await posted(await click("review_reject", "ingested-a", BORIS));
    expect(text(again)).toContain(
      "*270* was already reviewed by <@U0ANNA> on May 26, 2025. Nothing was changed.",
    );
    expect(fact("ingested-a").status).toBe("reviewed");
  });

  it("a non-editor's click changes nothing", async () => {
    const before = desk.store.data.audit.length;
    const reply = await posted(await click("review_approve", "ingested-c", ASKER));
    expect(text(reply)).toMatch(/The review queue is for the desk's editors/);
    expect(fact("ingested-c").status).toBe("unreviewed");
    expect(desk.store.data.audit).toHaveLength(before);
  });

  it("correct opens a modal for the number and its qualifier, and stores the corrected value", async () => {
    seen.length = 0;
    await click("review_correct", "ingested-c", ANNA);
    const view = await modalOpened();
    expect(view.callback_id).toBe("correct_fact");
    const meta = JSON.parse(view.private_metadata);

    const bad = await submit(view, ANNA, {
      values: { number: "-3" },
      selected: { qualifier: "about" },
    });
    expect(JSON.parse(bad.body)).toMatchObject({ response_action: "errors" });
    expect(fact("ingested-c").status).toBe("unreviewed");

    const res = await submit(view, ANNA, {
      values: { number: "275" },
      selected: { qualifier: "about" },
    });
    expect(res.status).toBe(200);
    const redrawn = await posted(new URL(meta.r).pathname);
    expect(redrawn.replace_original).toBe(true);
    expect(text(redrawn)).toContain("Corrected *about 275*");
    expect(fact("ingested-c")).toMatchObject({
      status: "reviewed",
      value: { type: "number", n: 275, qualifier: "about", said: "270" },
    });
    const entry = desk.store.data.audit.at(-1);
    expect(entry).toMatchObject({ action: "correct", by: ANNA, target: "ingested-c" });
    expect(entry?.before).toMatchObject({ value: { n: 270, qualifier: "exact" } });
  });
});

describe("Report a problem", () => {
  it("is on every reply; its modal's note lands in the store, in /review and in /digest", async () => {
    const reply = await command("/swap", ASKER, "may 24");
    const button = buttons(reply).find((b) => b.action_id === "report_problem");
    expect(button?.value).toBe("/swap exchange-2025-05-24");

    seen.length = 0;
    await click("report_problem", button?.value ?? "", ASKER);
    const view = await modalOpened();
    expect(view.callback_id).toBe("report_note");

    const empty = await submit(view, ASKER, { values: { note: "   " } });
    expect(JSON.parse(empty.body)).toMatchObject({
      response_action: "errors",
      errors: { note: expect.any(String) },
    });
    expect(desk.store.data.reports).toEqual([]);

    await submit(view, ASKER, { values: { note: "307 looks low <!channel>" } });
    const thanks = await posted(new URL(JSON.parse(view.private_metadata).r).pathname);
    expect(text(thanks)).toMatch(/your report is with the editors/);
    expect(desk.store.data.reports).toEqual([
      expect.objectContaining({
        by: ASKER,
        answer: "/swap exchange-2025-05-24",
        note: "307 looks low <!channel>",
        status: "open",
      }),
    ]);
    expect(desk.store.data.audit.at(-1)).toMatchObject({ action: "report", by: ASKER });

    expect(text(await command("/review", ANNA))).toContain(
      "<@U0ASKER> on May 26, 2025 about “/swap exchange-2025-05-24”: 307 looks low &lt;!channel&gt;",
    );
    expect(text(await command("/digest", ASKER))).toContain(
      "<@U0ASKER> on “/swap exchange-2025-05-24”: 307 looks low &lt;!channel&gt;",
    );
  });
});

describe("/digest", () => {
  it("shows today's digest to the asker alone, within limits, and posts and records nothing", async () => {
    const reader = await command("/digest", ASKER);
    expect(text(reader)).toContain("Factdesk digest, May 26, 2025");
    expect(text(reader)).toMatch(/Open disputes\* \(\d+\)/);
    expect(buttons(reader).map((b) => b.action_id)).toEqual(["report_problem"]);
    const editor = await command("/digest", ANNA);
    expect(buttons(editor).some((b) => b.action_id === "dispute_both_stand")).toBe(true);
    expect(seen.some((c) => c.path === "/api/chat.postMessage")).toBe(false);
    expect(desk.store.data.digests).toEqual([]);
  });
});
