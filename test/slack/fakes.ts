/**
 * Listener unit tests, as Slack's starter template has them: call one listener the way Bolt
 * would, with fakes for what Bolt passes (ack, respond, the Web API client, the logger, the
 * context) and for the desk and the newsroom, and look at what it did. No receiver, no HTTP,
 * no nock: a few milliseconds each. The end-to-end tests beside them go through the real
 * signed receiver (harness.ts).
 */
import type { Logger } from "@slack/bolt";
import { type Mock, vi } from "vitest";
import type { Newsroom } from "../../src/app/newsroom.ts";
import type { FactcheckAnswer } from "../../src/domain/answers.ts";
import type { Block } from "../../src/render/blocks/index.ts";
import type { SlackDeps } from "../../src/slack/deps.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { type FakeDesk, fakeDesk, fakeNewsroom } from "./fixtures.ts";
import { BOT_USER, CHANNEL } from "./harness.ts";
import { textsOf } from "./markup.ts";

/** A reply as a listener hands it to respond(), chat.post*, or views.*: text and blocks. */
export interface Sent {
  text?: string;
  blocks?: Block[];
  view?: { type?: string; callback_id?: string; private_metadata?: string; blocks: Block[] };
  [key: string]: unknown;
}

type Call = Mock<(message: Sent) => Promise<unknown>>;

export interface BoltFakes {
  ack: Mock<(response?: unknown) => Promise<void>>;
  respond: Call;
  client: {
    chat: { postMessage: Call; postEphemeral: Call };
    views: { open: Call; publish: Call };
  };
  logger: Logger;
  /** What the listener logged, one line per entry ("[ERROR] factdesk …"). */
  logs: string[];
  context: { botUserId: string };
}

/** What Bolt passes every listener, each part a vi.fn() that succeeds unless told otherwise. */
export function boltFakes(): BoltFakes {
  const logs: string[] = [];
  const ok = (): Call => vi.fn(async (_: Sent): Promise<unknown> => ({ ok: true }));
  return {
    ack: vi.fn(async (_?: unknown) => {}),
    respond: ok(),
    client: {
      chat: { postMessage: ok(), postEphemeral: ok() },
      views: { open: ok(), publish: ok() },
    },
    logger: createLogger("debug", (line) => logs.push(line)),
    logs,
    context: { botUserId: BOT_USER },
  };
}

/**
 * Calls `listener` as Bolt would: the fakes, plus what this kind of listener gets (`command`,
 * `event`, `action` and `body`, `shortcut`, `view`…). Bolt's argument types are far wider than
 * any one listener reads, hence the cast.
 */
export async function call<Args>(
  listener: (args: Args) => Promise<void>,
  fakes: BoltFakes,
  input: Record<string, unknown>,
): Promise<void> {
  await listener({ ...fakes, ...input } as unknown as Args);
}

/** The one message `mock` was called with; fails when it was called other than once. */
export function sentOnce(mock: Call): Sent {
  if (mock.mock.calls.length !== 1)
    throw new Error(`expected one call, got ${mock.mock.calls.length}`);
  return mock.mock.calls[0]?.[0] as Sent;
}

/** Every text Slack would show of a message, joined: section text, fields, context, buttons. */
export const shown = (m: Sent): string =>
  textsOf(m.blocks ?? m.view?.blocks ?? [], m.text).join("\n");

export { fakeNewsroom };

export const EDITOR = "U0EDITOR";
export const READER = "U0READER";

/** A newsroom whose store refuses one write, as a full or read-only disk would. */
export function newsroomFailingOn(
  write: "reviewFact" | "report" | "resolve",
  code: string,
): Newsroom {
  return fakeNewsroom({
    [write]: vi.fn(async () => {
      throw new Error(code);
    }),
  });
}

/** What the listeners are built with: the fake desk, EDITOR as the one editor, a newsroom. */
export function fakeDeps(
  partial: Partial<Omit<SlackDeps, "desk">> & { desk?: FakeDesk } = {},
): SlackDeps & { desk: FakeDesk } {
  return {
    desk: fakeDesk(),
    isEditor: async (user) => user === EDITOR,
    newsroom: fakeNewsroom(),
    ...partial,
  };
}

/** A fact-check with nothing in it: what the listeners do with one, not what it says. */
export const FACTCHECKED: FactcheckAnswer = {
  kind: "factcheck",
  claims: [],
  counts: { supported: 0, contradicted: 0, disputed: 0, unverified: 0 },
  words: 4,
};

/** The fake desk, able to fact-check (answering FACTCHECKED) and to record a run. */
export function factcheckingDeps(
  record: (answer: FactcheckAnswer, by: string) => Promise<unknown> = async () => ({}),
) {
  const desk = Object.assign(fakeDesk(), {
    factcheck: vi.fn((_text: string) => FACTCHECKED),
    recordFactcheck: vi.fn(record),
  });
  return { ...fakeDeps({ desk }), desk };
}

/** A slash command as Bolt hands it to a listener. */
export const slashCommand = (
  command: string,
  text: string,
  options: { user?: string; channel?: string } = {},
) => ({
  command: {
    command,
    text,
    user_id: options.user ?? READER,
    channel_id: options.channel ?? CHANNEL,
    response_url: "https://hooks.slack.test/commands/1",
  },
});

/** A button click as Bolt hands it to a listener. */
export const buttonClick = (
  value: string,
  options: { user?: string; channel?: string; ephemeral?: boolean } = {},
) => {
  const channel = options.channel ?? CHANNEL;
  return {
    action: { type: "button", action_id: "a_button", value },
    body: {
      type: "block_actions",
      user: { id: options.user ?? READER },
      trigger_id: "1.trigger",
      response_url: "https://hooks.slack.test/actions/1",
      channel: { id: channel },
      container: { type: "message", channel_id: channel, is_ephemeral: options.ephemeral ?? true },
    },
  };
};

/** A modal submitted, answered through an ephemeral post to CHANNEL (no response_url). */
export const submission = (options: {
  callbackId: string;
  meta: Record<string, unknown> | string;
  user?: string;
  values?: Record<string, string>;
  selected?: Record<string, string>;
}) => {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [block, value] of Object.entries(options.values ?? {}))
    values[block] = { [block]: { type: "plain_text_input", value } };
  for (const [block, value] of Object.entries(options.selected ?? {}))
    values[block] = { [block]: { type: "static_select", selected_option: { value } } };
  const meta =
    typeof options.meta === "string"
      ? options.meta
      : JSON.stringify({ ch: CHANNEL, ...options.meta });
  return {
    view: { callback_id: options.callbackId, private_metadata: meta, state: { values } },
    body: { type: "view_submission", user: { id: options.user ?? READER } },
  };
};
