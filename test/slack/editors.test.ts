// Who is an editor: named ids, and a user group resolved through the Web API (on nock), cached.
import { WebClient } from "@slack/web-api";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { editors } from "../../src/slack/editors.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { API, API_ORIGIN } from "./harness.ts";

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function setup(usergroup: { id: string } | { handle: string } | null, userIds: string[] = []) {
  const logs: string[] = [];
  let clock = 0;
  const client = new WebClient("xoxb-test", { slackApiUrl: API, retryConfig: { retries: 0 } });
  const isEditor = editors({
    config: { userIds, usergroup },
    client,
    logger: createLogger("info", (l) => logs.push(l)),
    now: () => clock,
  });
  return {
    isEditor,
    logs,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** nock hands a body matcher form bodies already parsed. */
const form = (body: unknown): Record<string, string> =>
  typeof body === "string"
    ? Object.fromEntries(new URLSearchParams(body))
    : (body as Record<string, string>);

describe("isEditor", () => {
  it("knows the editors named by id without asking Slack, and nobody else", async () => {
    const { isEditor } = setup(null, ["U0ANNA"]);
    expect(await isEditor("U0ANNA")).toBe(true);
    expect(await isEditor("U0READER")).toBe(false);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("finds a group by its handle, reads its members, and keeps them for 5 minutes", async () => {
    const asked: Record<string, string>[] = [];
    const api = nock(API_ORIGIN)
      .post("/api/usergroups.list")
      .reply(200, {
        ok: true,
        usergroups: [
          { id: "S0SPORTS", handle: "sports" },
          { id: "S0EDITORS", handle: "editors" },
        ],
      })
      .post("/api/usergroups.users.list", (body) => {
        asked.push(form(body));
        return true;
      })
      .reply(200, { ok: true, users: ["U0BORIS", "U0CLARA"] });
    const { isEditor, advance } = setup({ handle: "editors" }, ["U0ANNA"]);
    // Two clicks at once share one lookup.
    expect(await Promise.all([isEditor("U0BORIS"), isEditor("U0CLARA")])).toEqual([true, true]);
    expect(await isEditor("U0READER")).toBe(false);
    expect(await isEditor("U0ANNA")).toBe(true);
    expect(api.isDone()).toBe(true);
    expect(asked).toEqual([{ usergroup: "S0EDITORS" }]);

    advance(4 * 60_000);
    expect(await isEditor("U0BORIS")).toBe(true); // still cached: no interceptor left to answer

    // After five minutes the group is read again: Boris has left it.
    advance(2 * 60_000);
    nock(API_ORIGIN)
      .post("/api/usergroups.list")
      .reply(200, { ok: true, usergroups: [{ id: "S0EDITORS", handle: "editors" }] })
      .post("/api/usergroups.users.list")
      .reply(200, { ok: true, users: ["U0CLARA"] });
    expect(await isEditor("U0BORIS")).toBe(false);
    expect(await isEditor("U0CLARA")).toBe(true);
  });

  it("reads a group named by id directly", async () => {
    const api = nock(API_ORIGIN)
      .post("/api/usergroups.users.list", (body) => form(body).usergroup === "S0EDITORS")
      .reply(200, { ok: true, users: ["U0BORIS"] });
    const { isEditor } = setup({ id: "S0EDITORS" });
    expect(await isEditor("U0BORIS")).toBe(true);
    expect(api.isDone()).toBe(true);
  });

  it("says no, and logs why, when Slack cannot answer; and asks again next time", async () => {
    nock(API_ORIGIN)
      .post("/api/usergroups.users.list")
      .reply(200, { ok: false, error: "missing_scope" });
    const { isEditor, logs } = setup({ id: "S0EDITORS" });
    expect(await isEditor("U0BORIS")).toBe(false);
    expect(logs.join("\n")).toMatch(/could not look up the editors in S0EDITORS \(missing_scope\)/);

    nock(API_ORIGIN).post("/api/usergroups.users.list").replyWithError("socket hang up");
    expect(await isEditor("U0BORIS")).toBe(false);

    nock(API_ORIGIN)
      .post("/api/usergroups.users.list")
      .reply(200, { ok: true, users: ["U0BORIS"] });
    expect(await isEditor("U0BORIS")).toBe(true);
  });

  it("says no for a handle no group has, and says so in the log", async () => {
    nock(API_ORIGIN)
      .post("/api/usergroups.list")
      .reply(200, { ok: true, usergroups: [{ id: "S0SPORTS", handle: "sports" }] });
    const { isEditor, logs } = setup({ handle: "editors" });
    expect(await isEditor("U0BORIS")).toBe(false);
    expect(logs.join("\n")).toMatch(/EDITOR_USERGROUP @editors: no such user group/);
  });
});
