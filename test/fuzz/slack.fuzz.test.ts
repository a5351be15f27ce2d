// Property-based: whatever people type into a slash command, a mention, a DM or a report note,
// the reply is built without an exception, fits Block Kit's limits, and carries no live
// mention, channel ping or link made of what they typed.
//
// Most runs go straight into the registered listeners (the same handlers Bolt calls, over a desk
// on a temp copy of the bundled store); a smaller number go through the real Bolt HTTP receiver
// as signed requests, with nock taking the replies.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { App } from "@slack/bolt";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import type { HttpConfig } from "../../src/config.ts";
import { renderDigest } from "../../src/render/blocks/digest.ts";
import { type Block, checkLimits } from "../../src/render/blocks/index.ts";
import { renderReview } from "../../src/render/blocks/review.ts";
import { newsroomOf } from "../../src/slack/app.ts";
import type { SlackDeps } from "../../src/slack/deps.ts";
import { COMMANDS } from "../../src/slack/listeners/commands/index.ts";
import { registerListeners } from "../../src/slack/listeners/index.ts";
import { type BoltFakes, boltFakes, call, EDITOR, slashCommand } from "../slack/fakes.ts";
import {
  ASKER,
  BOT_USER,
  type Captured,
  commandBody,
  eventBody,
  nextId,
  send,
  useTestApp,
} from "../slack/harness.ts";
import { liveMarkup, textsOf } from "../slack/markup.ts";

/** Text as people type and paste it: markup, mentions, RTL, emoji, control characters, size. */
const typed = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  {
    weight: 3,
    arbitrary: fc.stringMatching(/^[<>&!@#|*_~`\-–—:./ 0-9a-zA-Z\n]{0,200}$/),
  },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom(
          "<!channel>",
          "<!here|here>",
          "<!everyone>",
          "<!subteam^S123|@editors>",
          "<@U123ABC>",
          "<@W999|boss>",
          "<#C123|general>",
          "<https://evil.example|click me>",
          "<mailto:x@y.z|mail>",
          "&lt;!channel&gt;",
          "&amp;lt;",
          "&",
          ">",
          "> quoted",
          "`code`",
          "*bold* _it_ ~st~",
          "may 24",
          "may-24",
          "latest",
          "istanbul",
          "2025-05-23",
          "307",
          "1,000-for-1,000",
          "مايو ٢٤",
          "מאי 24",
          "\u202eesrever",
          "\u200f\u200e",
          "🇺🇦🔥👩‍👩‍👧",
          "\u0000\u0007\u001b[31m",
          "\ud800",
          "\r\n\t",
          " ",
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(" ")),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("may 24 ", "<!channel> ", "&lt;@U1&gt; ", "🔥"),
        fc.integer({ min: 100, max: 5000 }),
      )
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
  },
);

/** Slack sends & < > escaped; a client bug or a direct POST might not. Both must be safe. */
const asSlackSends = fc
  .tuple(typed, fc.boolean())
  .map(([t, escaped]) =>
    escaped ? t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : t,
  );

interface Reply {
  text?: string;
  blocks?: Block[];
}

/** Why a reply would be refused by Slack or would ping someone; empty when it is fine. */
function problems(reply: Reply): string[] {
  const blocks = reply.blocks ?? [];
  return [
    ...checkLimits(blocks, { text: reply.text }),
    ...liveMarkup(textsOf(blocks, reply.text), [ASKER]).map((t) => `live markup in: ${t}`),
  ];
}

let dir: string;
let desk: OpenedDesk;
let deps: SlackDeps;
/** Warnings and errors the listeners logged in the current run. */
const errors: string[] = [];

/** The handlers registerListeners hands Bolt, by command name and event type. */
type Handler = (args: Record<string, unknown>) => Promise<void>;
const handlers = { commands: new Map<string, Handler>(), events: new Map<string, Handler>() };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-slack-fuzz-"));
  desk = await openDesk({ file: path.join(dir, "live.json") });
  const config: HttpConfig = {
    mode: "http",
    botToken: "xoxb-test",
    signingSecret: "0123456789abcdef0123456789abcdef",
    port: 0,
    slackApiUrl: null,
    db: desk.store.location,
    logLevel: "debug",
  };
  deps = {
    desk,
    isEditor: async (user) => user === EDITOR,
    newsroom: newsroomOf(desk, config, () => new Date("2025-05-26T09:00:00Z")),
    digestChannel: null,
  };
  const recorder = {
    command: (name: string, h: Handler) => handlers.commands.set(name, h),
    event: (type: string, h: Handler) => handlers.events.set(type, h),
    action: () => {},
    view: () => {},
    shortcut: () => {},
    message: () => {},
  };
  registerListeners(recorder as unknown as App, deps);
});

afterAll(async () => {
  await desk?.store.update(() => undefined);
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

/**
 * Calls a registered handler as Bolt would, with its fakes (see test/slack/fakes.ts); the
 * handler's warnings and errors go into `errors`.
 */
async function runHandler(
  registered: Map<string, Handler>,
  name: string,
  input: Record<string, unknown>,
): Promise<BoltFakes> {
  const handler = registered.get(name);
  if (!handler) throw new Error(`no handler for ${name}`);
  const bolt = boltFakes();
  await call(handler, bolt, input);
  errors.push(...bolt.logs.filter((l) => l.startsWith("[ERROR]") || l.startsWith("[WARN]")));
  return bolt;
}

async function runCommand(name: string, text: string, user = ASKER): Promise<Reply[]> {
  const bolt = await runHandler(handlers.commands, name, slashCommand(name, text, { user }));
  expect(bolt.ack).toHaveBeenCalledTimes(1);
  return bolt.respond.mock.calls.map(([reply]) => reply);
}

async function runQuestion(type: "app_mention" | "message", text: string): Promise<Reply[]> {
  const dm = type === "message";
  const bolt = await runHandler(handlers.events, type, {
    event: {
      type,
      user: ASKER,
      channel: dm ? "D0DM" : "C0NEWSROOM",
      channel_type: dm ? "im" : "channel",
      ts: "1716500000.000100",
      text: dm ? text : `<@${BOT_USER}> ${text}`,
    },
  });
  return bolt.client.chat.postMessage.mock.calls.map(([reply]) => reply);
}

describe("every slash command answers anything typed into it", () => {
  it("registers the commands this test drives", () => {
    expect([...handlers.commands.keys()].sort()).toEqual([...COMMANDS].sort());
  });

  it.each(COMMANDS)("%s", async (name) => {
    await fc.assert(
      fc.asyncProperty(asSlackSends, fc.boolean(), async (text, editor) => {
        errors.length = 0;
        const replies = await runCommand(name, text, editor ? EDITOR : ASKER);
        expect(replies).toHaveLength(1);
        expect(problems(replies[0] as Reply)).toEqual([]);
        // An apology means building the reply threw: the property is that it never does.
        expect(errors).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe("a question to the bot answers anything", () => {
  it.each(["app_mention", "message"] as const)("%s", async (type) => {
    await fc.assert(
      fc.asyncProperty(asSlackSends, async (text) => {
        errors.length = 0;
        const replies = await runQuestion(type, text);
        expect(replies).toHaveLength(1);
        expect(problems(replies[0] as Reply)).toEqual([]);
        expect(errors).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe("a reader's note, once reported, is shown to editors inert", () => {
  it("in /review and in the digest", async () => {
    const newsroom = deps.newsroom;
    if (!newsroom) throw new Error("the desk has a store, so it has a newsroom");
    await fc.assert(
      fc.asyncProperty(typed, typed, async (answer, note) => {
        await newsroom.report({ by: ASKER, answer: answer || "an answer", note: note || "x" });
        expect(problems(renderReview(newsroom.review()))).toEqual([]);
        expect(problems(renderDigest(newsroom.digest(null), { editor: true }))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe("through the real receiver", () => {
  const app = useTestApp(() => desk);
  const { seen } = app;

  it("signed slash commands and mentions with hostile text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMANDS, "@mention"),
        asSlackSends,
        async (name, text) => {
          const before = seen.length;
          const responsePath = `/commands/T0TEAM/${nextId()}/fuzz`;
          const res =
            name === "@mention"
              ? await send(
                  app.url,
                  eventBody({
                    type: "app_mention",
                    user: ASKER,
                    channel: "C0NEWSROOM",
                    ts: `1716500000.${String(nextId()).padStart(6, "0")}`,
                    text: `<@${BOT_USER}> ${text}`,
                  }),
                  { json: true },
                )
              : await send(app.url, commandBody(name, text, responsePath));
          expect(res.status).toBe(200);
          await vi.waitFor(() => expect(seen.length).toBeGreaterThan(before), { timeout: 3000 });
          const reply = (seen.at(-1) as Captured).body;
          expect(problems(reply)).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
    expect(app.logs.filter((l) => l.startsWith("[ERROR]"))).toEqual([]);
  });
});
