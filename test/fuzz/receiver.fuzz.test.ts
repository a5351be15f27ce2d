// Finding 1 of issue 13, fuzzed: signed random payloads of every interaction type Slack sends
// (slash commands, events, block actions, modal submissions and closes, shortcuts, option
// requests, URL checks, legacy attachments and dialogs) go through the real Bolt HTTP receiver,
// each a valid template bent by random deletions, nulls and replacements, or a body of random
// JSON. Every request is answered with a status, nothing is left unhandled, and the server
// answers a normal command afterwards. The run prints its figures (payloads sent, crashes).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import { ACTIONS } from "../../src/slack/listeners/actions/index.ts";
import { COMMANDS } from "../../src/slack/listeners/commands/index.ts";
import { SHORTCUTS } from "../../src/slack/listeners/shortcuts/index.ts";
import { VIEWS } from "../../src/slack/listeners/views/index.ts";
import { EDITOR } from "../slack/fakes.ts";
import {
  ASKER,
  BOT_USER,
  CHANNEL,
  commandBody,
  HOOKS,
  send,
  useTestApp,
} from "../slack/harness.ts";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-receiver-fuzz-"));
let desk: OpenedDesk;
beforeAll(async () => {
  desk = await openDesk({ file: path.join(dir, "live.json") });
});
const app = useTestApp(() => desk, { isEditor: async (u) => u === EDITOR });

afterAll(async () => {
  await desk?.store.update(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Encoding = "form" | "payload" | "json";
interface Template {
  kind: string;
  encoding: Encoding;
  body: Json;
}

const user = (id: string) => ({ id, username: "someone", name: "someone", team_id: "T0TEAM" });
const team = { id: "T0TEAM", domain: "newsroom" };
const hook = `${HOOKS}/fuzz/hook`;

/** A valid request of every kind the app can be sent. */
function templates(): Template[] {
  const commands = COMMANDS.map((c) => ({
    kind: `command ${c}`,
    encoding: "form" as const,
    body: Object.fromEntries(new URLSearchParams(commandBody(c, "may 24", "/fuzz/hook"))),
  }));
  const event = (e: Record<string, Json>): Template => ({
    kind: `event ${e.type}`,
    encoding: "json",
    body: {
      token: "legacy-token",
      team_id: "T0TEAM",
      api_app_id: "A0APP",
      type: "event_callback",
      event_id: "Ev0FUZZ",
      event_time: 1716500000,
      authorizations: [{ team_id: "T0TEAM", user_id: BOT_USER, is_bot: true }],
      event: { event_ts: "1716500000.000100", ts: "1716500000.000100", ...e },
    },
  });
  const events = [
    event({ type: "app_mention", user: ASKER, channel: CHANNEL, text: `<@${BOT_USER}> may 24` }),
    event({ type: "message", channel_type: "im", user: ASKER, channel: "D0DM", text: "may 24" }),
    event({ type: "app_home_opened", user: ASKER, tab: "home", channel: "D0DM" }),
  ];
  const actions = ACTIONS.map((a) => ({
    kind: `block_actions ${a}`,
    encoding: "payload" as const,
    body: {
      type: "block_actions",
      user: user(EDITOR),
      api_app_id: "A0APP",
      token: "legacy-token",
      container: {
        type: "message",
        message_ts: "1716500000.000200",
        channel_id: CHANNEL,
        is_ephemeral: true,
      },
      trigger_id: "1.fuzz.trigger",
      team,
      channel: { id: CHANNEL, name: "newsroom" },
      response_url: hook,
      actions: [
        {
          type: "button",
          action_id: a,
          block_id: "b",
          value: '{"c":"swap","a":"may 24"}',
          text: { type: "plain_text", text: "x" },
          action_ts: "1716500000.000300",
        },
      ],
    },
  }));
  const views = VIEWS.flatMap((v) =>
    ["view_submission", "view_closed"].map((type) => ({
      kind: `${type} ${v}`,
      encoding: "payload" as const,
      body: {
        type,
        team,
        user: user(EDITOR),
        api_app_id: "A0APP",
        trigger_id: "1.fuzz.trigger",
        view: {
          id: "V0FUZZ",
          type: "modal",
          callback_id: v,
          private_metadata: JSON.stringify({
            a: "an answer",
            d: "dispute-x",
            f: "fact-x",
            s: 0,
            r: hook,
            ch: CHANNEL,
          }),
          state: { values: { note: { note: { type: "plain_text_input", value: "looks wrong" } } } },
          hash: "1.abc",
        },
        response_urls: [],
      },
    })),
  );
  const shortcuts: Template[] = SHORTCUTS.map((s) => ({
    kind: `message_action ${s}`,
    encoding: "payload",
    body: {
      type: "message_action",
      callback_id: s,
      trigger_id: "1.fuzz.trigger",
      team,
      user: user(ASKER),
      channel: { id: CHANNEL, name: "newsroom" },
      message: { type: "message", ts: "1716500000.000100", text: "390 prisoners on May 24" },
      response_url: hook,
    },
  }));
  const others: Template[] = [
    {
      kind: "shortcut",
      encoding: "payload",
      body: { type: "shortcut", callback_id: "x", trigger_id: "1.t", team, user: user(ASKER) },
    },
    {
      kind: "block_suggestion",
      encoding: "payload",
      body: {
        type: "block_suggestion",
        action_id: "x",
        block_id: "b",
        value: "may",
        team,
        user: user(ASKER),
      },
    },
    {
      kind: "interactive_message",
      encoding: "payload",
      body: {
        type: "interactive_message",
        callback_id: "x",
        actions: [{ name: "a", value: "b" }],
        team,
        user: user(ASKER),
        response_url: hook,
      },
    },
    {
      kind: "dialog_submission",
      encoding: "payload",
      body: {
        type: "dialog_submission",
        callback_id: "x",
        submission: {},
        team,
        user: user(ASKER),
        response_url: hook,
      },
    },
    {
      kind: "url_verification",
      encoding: "json",
      body: { type: "url_verification", token: "t", challenge: "c" },
    },
    { kind: "ssl_check", encoding: "form", body: { ssl_check: "1", token: "t" } },
  ];
  return [...commands, ...events, ...actions, ...views, ...shortcuts, ...others];
}

/** Every path into a value, root first. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) out.push(...paths(x, [...at, i]));
  } else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Mutation = { pick: number; op: "delete" | "null" | "replace"; value: Json };

function mutate(body: Json, mutations: Mutation[]): Json {
  let root = structuredClone(body);
  for (const m of mutations) {
    const all = paths(root);
    const where = all[m.pick % all.length] as (string | number)[];
    const value = m.op === "null" ? null : m.value;
    if (where.length === 0) {
      root = m.op === "delete" ? {} : value;
      continue;
    }
    let parent = root as Record<string | number, Json>;
    for (const k of where.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    const key = where.at(-1) as string | number;
    if (m.op === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else parent[key] = value;
  }
  return root;
}

/** The body as Slack would encode it: form fields, a form's `payload`, or JSON. */
function encode(encoding: Encoding, body: Json): { text: string; json: boolean } {
  if (encoding === "json") return { text: JSON.stringify(body), json: true };
  if (encoding === "payload")
    return { text: new URLSearchParams({ payload: JSON.stringify(body) }).toString(), json: false };
  const fields: [string, string][] =
    body && typeof body === "object" && !Array.isArray(body)
      ? Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])
      : [["payload", JSON.stringify(body)]];
  return { text: new URLSearchParams(fields).toString(), json: false };
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom("delete", "null", "replace"),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});

/** A bent template, or random JSON in any encoding. */
const request = (all: Template[]) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...all), fc.array(mutation, { minLength: 1, maxLength: 4 }))
        .map(([t, ms]) => ({ kind: t.kind, ...encode(t.encoding, mutate(t.body, ms)) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom<Encoding>("form", "payload", "json"), fc.jsonValue({ maxDepth: 3 }))
        .map(([e, v]) => ({ kind: `random ${e}`, ...encode(e, v as Json) })),
    },
  );

const PAYLOADS = 400;
const AT_ONCE = 50;

it("signed random payloads of every interaction type never crash the server", async () => {
  const crashes: unknown[] = [];
  const onCrash = (reason: unknown) => crashes.push(reason);
  process.on("unhandledRejection", onCrash);
  const statuses = new Map<number, number>();
  const unanswered: string[] = [];
  try {
    const all = templates();
    const kinds = new Set(all.map((t) => t.kind.split(" ")[0]));
    expect(kinds.size).toBeGreaterThanOrEqual(12);
    const sample = fc.sample(request(all), { numRuns: PAYLOADS, seed: 13 });
    for (let i = 0; i < sample.length; i += AT_ONCE) {
      await Promise.all(
        sample.slice(i, i + AT_ONCE).map(async (r) => {
          try {
            const res = await send(app.url, r.text, { json: r.json });
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          } catch (err) {
            unanswered.push(`${r.kind}: ${(err as Error).message}`);
          }
        }),
      );
    }
    // Still serving: a normal command is answered.
    const p = "/fuzz/after";
    expect((await send(app.url, commandBody("/totals", "", p))).status).toBe(200);
    await app.posted(p);
  } finally {
    process.off("unhandledRejection", onCrash);
  }
  const counts = [...statuses]
    .sort()
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(
    `receiver fuzz: payloads sent ${PAYLOADS}, crashes ${crashes.length}, unanswered ${unanswered.length}, statuses ${counts}`,
  );
  expect(unanswered).toEqual([]);
  expect(crashes).toEqual([]);
  expect([...statuses.keys()].every((s) => [200, 400, 401, 404].includes(s))).toBe(true);
}, 120_000);
