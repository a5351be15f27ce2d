// /factcheck and the "Fact-check with Factdesk" message shortcut through the real Bolt HTTP
// receiver, on a live store in a temp file: signed requests in, response_url / Web API out.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import { checkLimits, renderFactcheck } from "../../src/render/blocks/index.ts";
import { BUNDLED } from "../helpers/store.ts";
import {
  API_ORIGIN,
  ASKER,
  type Captured,
  CHANNEL,
  commandBody,
  HOOKS,
  nextId,
  send,
  useTestApp,
} from "./harness.ts";
import { liveMarkup, textsOf } from "./markup.ts";

const WRONG = "On May 24, 2025, Russia and Ukraine swapped 370 prisoners each.";
const RIGHT_SENTENCE = "On May 24, 2025, Russia and Ukraine swapped 307 prisoners each.";

let dir: string;
let desk: OpenedDesk;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-factcheck-"));
  desk = await openDesk({ file: path.join(dir, "live.json"), bundled: BUNDLED });
});
// After hooks run last-registered first: the app stops before its store's folder goes.
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const app = useTestApp(() => desk);
const { seen } = app;

const all = (body: Captured["body"]) => textsOf(body.blocks ?? []).join("\n");

function expectFits(body: Captured["body"]) {
  expect(checkLimits(body.blocks ?? [], { text: body.text })).toEqual([]);
  expect(liveMarkup(textsOf(body.blocks ?? [], body.text))).toEqual([]);
}

async function command(text: string, user = ASKER): Promise<Captured["body"]> {
  const p = `/commands/T0TEAM/${nextId()}/secret`;
  const res = await send(app.url, commandBody("/factcheck", text, p, user));
  expect(res.status).toBe(200);
  expect(res.body).toBe("");
  expect(res.ms).toBeLessThan(1500);
  const body = await app.posted(p);
  expect(body.response_type).toBe("ephemeral");
  expectFits(body);
  return body;
}

/** Slack escapes & < > in what users type before it sends it. */
const asSlackSends = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const runsBy = (user: string) => desk.store.data.factchecks.filter((r) => r.by === user);

describe("/factcheck", () => {
  it("finds the wrong figure: the contradiction, the right figure, its quote and the correction", async () => {
    const body = await command(WRONG, "U0WRONG");
    const text = all(body);
    expect(text).toContain(":red_circle: *1 contradicted*");
    expect(text).toContain("*Contradicted:* “370 prisoners”");
    expect(text).toContain("the store has *307*");
    expect(text).toContain(`*Correction:* ${RIGHT_SENTENCE}`);
    expect(text).toContain("> Russia and Ukraine swapped 307 of their prisoners on May 24");
    expect(text).toContain("The Epoch Times · May 24, 2025");
    expect(body.text).toContain("should be 307");
    // Private to the asker: no Share in channel button on a fact-check.
    expect(JSON.stringify(body.blocks)).not.toContain("share_answer");
    await vi.waitFor(() => expect(runsBy("U0WRONG")).toHaveLength(1));
    expect(runsBy("U0WRONG")[0]).toMatchObject({ by: "U0WRONG" });
  });

  it("checks the draft as typed (Slack's escapes undone) and never lets its markup go live", async () => {
    const body = await command(asSlackSends(`<!channel> ${WRONG} <@U0BOSS> & co.`));
    const text = all(body);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("&amp;lt;");
    expect(text).toContain("the store has *307*");
  });

  it("shows a disputed figure with both figures and a source for each", async () => {
    const body = await command(
      "As of May 23, 2025, Ukraine has brought home 4,552 people since February 2022.",
    );
    const text = all(body);
    expect(text).toContain(":warning: *1 disputed*");
    expect(text).toContain("*4,552*\n> Since February 2022");
    expect(text).toContain("*more than 4,750*\n> more than 4,750");
    expect(text).toContain("via rki.news");
    expect(text).toContain("via Brussels Morning");
  });

  it.each(["", "  help "])("%j gives the usage", async (t) => {
    const body = await command(t, "U0USAGE");
    expect(all(body)).toContain("Factdesk help: /factcheck");
    expect(all(body)).toContain("/factcheck <text>".replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    expect(runsBy("U0USAGE")).toHaveLength(0);
  });

  it("summarises a 4,000-character draft within Slack's limits, contradictions first", async () => {
    const sentences = [
      WRONG,
      "On May 23, 2025, each side released 390 prisoners.",
      "Ukraine said 84 civilians were freed.",
      "On May 25, 2025, the sides exchanged 303 prisoners each.",
    ];
    let draft = "";
    for (let i = 0; draft.length < 4000; i++) draft += `${sentences[i % sentences.length]} `;
    draft = draft.slice(0, 4000);
    const body = await command(draft, "U0LONG");
    const text = all(body);
    expect(text).toMatch(/:red_circle: \*\d+ contradicted\*/);
    expect(text).toMatch(/…and \d+ more: /);
    const firstVerdict = text.match(/\*(Contradicted|Disputed|Supported|Unverified):\*/);
    expect(firstVerdict?.[1]).toBe("Contradicted");
    await vi.waitFor(() => expect(runsBy("U0LONG")).toHaveLength(1));
  });

  it("a recording failure still gets the asker the answer", async () => {
    const spy = vi.spyOn(desk, "recordFactcheck").mockRejectedValueOnce(new Error("disk full"));
    const body = await command(WRONG, "U0DISK");
    expect(all(body)).toContain("the store has *307*");
    await vi.waitFor(() => expect(app.logs.join("\n")).toContain("could not record the run"));
    spy.mockRestore();
  });

  it("a failure in the engine is a friendly reply with no stack trace", async () => {
    const spy = vi.spyOn(desk, "factcheck").mockImplementationOnce(() => {
      throw new Error("engine on fire\n    at secret/trace.ts:1:1");
    });
    const body = await command(WRONG);
    expect(JSON.stringify(body)).toContain("Sorry, something went wrong");
    expect(JSON.stringify(body)).not.toMatch(/fire|trace\.ts/);
    spy.mockRestore();
  });
});

function shortcutBody(options: { text: string; user: string; threadTs?: string }): string {
  const payload = {
    type: "message_action",
    callback_id: "factcheck_message",
    trigger_id: `${nextId()}.trigger`,
    response_url: `${HOOKS}/actions/T0TEAM/${nextId()}/secret`,
    message_ts: "1716500000.000100",
    action_ts: `${Date.now() / 1000}`,
    token: "legacy-token",
    team: { id: "T0TEAM", domain: "newsroom" },
    user: { id: options.user, name: "editor", username: "editor", team_id: "T0TEAM" },
    channel: { id: CHANNEL, name: "newsroom" },
    message: {
      type: "message",
      user: "U0WRITER",
      ts: "1716500000.000100",
      text: options.text,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

async function shortcut(options: { text: string; user: string; threadTs?: string }) {
  const res = await send(app.url, shortcutBody(options));
  expect(res.status).toBe(200);
  expect(res.ms).toBeLessThan(1500);
}

describe("the Fact-check with Factdesk message shortcut", () => {
  it("sends the result ephemerally to whoever asked, in the message's thread, and records it", async () => {
    await shortcut({ text: asSlackSends(WRONG), user: "U0SHORT", threadTs: "1716400000.000001" });
    await vi.waitFor(() =>
      expect(seen.some((c) => c.path === "/api/chat.postEphemeral")).toBe(true),
    );
    const posts = seen.filter((c) => c.path.startsWith("/api/chat."));
    expect(posts.map((c) => c.path)).toEqual(["/api/chat.postEphemeral"]);
    const body = (posts[0] as Captured).body;
    expect(body).toMatchObject({
      channel: CHANNEL,
      user: "U0SHORT",
      thread_ts: "1716400000.000001",
    });
    expectFits(body);
    expect(all(body)).toContain("the store has *307*");
    expect(all(body)).toContain(`*Correction:* ${RIGHT_SENTENCE}`);
    await vi.waitFor(() => expect(runsBy("U0SHORT")).toHaveLength(1));
  });

  it("falls back to a DM from the app when the ephemeral post fails", async () => {
    // Ahead of the catch-all: this one call is refused as Slack refuses it outside the channel.
    const fallback: Captured[] = [];
    app.interceptFirst(() =>
      nock(API_ORIGIN)
        .post("/api/chat.postEphemeral")
        .reply(200, { ok: false, error: "channel_not_found" }),
    );
    await shortcut({ text: WRONG, user: "U0DM" });
    await vi.waitFor(() => expect(seen.some((c) => c.path === "/api/chat.postMessage")).toBe(true));
    fallback.push(...seen.filter((c) => c.path === "/api/chat.postMessage"));
    expect(fallback).toHaveLength(1);
    const body = (fallback[0] as Captured).body;
    expect(body.channel).toBe("U0DM");
    expectFits(body);
    expect(all(body)).toContain("the store has *307*");
    expect(app.logs.join("\n")).toContain("sending a DM");
  });

  it("a message with no text gets the usage, and nothing is recorded", async () => {
    await shortcut({ text: "", user: "U0EMPTY" });
    await vi.waitFor(() =>
      expect(seen.some((c) => c.path === "/api/chat.postEphemeral")).toBe(true),
    );
    const body = (seen.find((c) => c.path === "/api/chat.postEphemeral") as Captured).body;
    expect(all(body)).toContain("Factdesk help: /factcheck");
    expect(runsBy("U0EMPTY")).toHaveLength(0);
  });
});

describe("renderFactcheck", () => {
  it("stays within Slack's limits for drafts of any length", () => {
    for (const n of [0, 1, 10, 100, 2000]) {
      const draft = Array.from({ length: n }, () => WRONG).join(" ");
      const r = renderFactcheck(desk.factcheck(draft, { refDate: "2025-05-26" }));
      expect(checkLimits(r.blocks, { text: r.text }), `${n} sentences`).toEqual([]);
    }
  });
});
