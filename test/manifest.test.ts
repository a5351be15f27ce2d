// manifest.yml is valid against Slack's own schema, and it and the listeners agree exactly.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { App } from "@slack/bolt";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { askQuestion } from "../src/domain/ask/index.ts";
import { analyse } from "../src/domain/queries.ts";
import { renderDigest } from "../src/render/blocks/digest.ts";
import {
  ACTION_IDS,
  type Block,
  DISPUTE_ACTION_IDS,
  renderBlocks,
} from "../src/render/blocks/index.ts";
import { correctModal, reportModal, resolveModal } from "../src/render/blocks/modals.ts";
import { REVIEW_ACTION_IDS, renderReview } from "../src/render/blocks/review.ts";
import { REGISTERED, registerListeners } from "../src/slack/listeners/index.ts";
import { bundledData } from "./helpers/store.ts";
import {
  DISPUTE,
  digestAnswer,
  disputesAnswer,
  FOUR_SIDED,
  fakeDesk,
  groupedReviewAnswer,
  REVIEW_ITEM,
  reviewAnswer,
  SWAP,
  TOTALS,
} from "./slack/fixtures.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
/** Slack's own schema, vendored (see vendor/slack-manifest-schema/README.md). */
const schemaFile = path.join(
  repoRoot,
  "vendor",
  "slack-manifest-schema",
  "manifest.schema.1.0.0.json",
);

interface Manifest {
  features: {
    slash_commands?: { command: string; description: string; usage_hint?: string }[];
    shortcuts?: { callback_id: string }[];
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(path.join(repoRoot, "manifest.yml"), "utf8")) as Manifest;

/** What register() actually asks of Bolt, recorded by a stand-in for the App. */
function recordRegistrations() {
  const seen = {
    commands: [] as string[],
    actions: [] as string[],
    events: [] as string[],
    shortcuts: [] as string[],
    views: [] as string[],
  };
  const fake = {
    command: (name: string) => seen.commands.push(name),
    action: (id: string) => seen.actions.push(id),
    event: (type: string) => seen.events.push(type),
    shortcut: (id: string) => seen.shortcuts.push(id),
    view: (id: string) => seen.views.push(id),
    message: () => seen.events.push("message"),
  };
  registerListeners(fake as unknown as App, { desk: fakeDesk(), isEditor: async () => false });
  return seen;
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Every `client.x.y(` call in the app's source: what the bot asks the Web API for. */
function webApiCalls(): string[] {
  const src = path.join(repoRoot, "src");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".ts"),
  );
  return files.flatMap((f) =>
    [
      ...readFileSync(path.join(src, f), "utf8").matchAll(/client\.([a-z]+(?:\.[a-zA-Z0-9]+)+)\(/g),
    ].map((m) => m[1] as string),
  );
}

describe("manifest.yml", () => {
  it("is valid against Slack's manifest schema (v1)", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
    // The schema has teeth: a manifest with a misspelt setting is refused.
    expect(validate({ ...manifest, settings: { ...manifest.settings, socket_mode: true } })).toBe(
      false,
    );
  });

  it("gives every command a description and a usage hint", () => {
    for (const c of manifest.features.slash_commands ?? []) {
      expect(c.description.length, c.command).toBeGreaterThan(10);
      expect(c.usage_hint?.length, c.command).toBeGreaterThan(0);
    }
  });

  it("declares exactly the commands the app answers", () => {
    const declared = (manifest.features.slash_commands ?? []).map((c) => c.command);
    expect(sorted(declared)).toEqual(sorted(REGISTERED.commands));
    expect(sorted(recordRegistrations().commands)).toEqual(sorted(declared));
  });

  it("declares exactly the shortcuts the app answers", () => {
    const declared = (manifest.features.shortcuts ?? []).map((s) => s.callback_id);
    expect(declared).toContain("factcheck_message");
    expect(sorted(REGISTERED.shortcuts)).toEqual(sorted(declared));
    expect(sorted(recordRegistrations().shortcuts)).toEqual(sorted(declared));
  });

  it("answers the submission of every modal it opens, and opens every modal it answers", () => {
    const opened = [
      resolveModal(DISPUTE, { d: DISPUTE.id, s: 0 }),
      correctModal(REVIEW_ITEM, { f: REVIEW_ITEM.factId }),
      reportModal({ a: "/swap may-24" }),
    ].map((m) => m.callback_id ?? "");
    expect(sorted(new Set(opened))).toEqual(sorted(opened));
    expect(sorted(REGISTERED.views)).toEqual(sorted(opened));
    expect(sorted(recordRegistrations().views)).toEqual(sorted(opened));
  });

  it("subscribes to exactly the events the app listens to", () => {
    const declared = manifest.settings.event_subscriptions.bot_events.map((e) =>
      e.startsWith("message.") ? "message" : e,
    );
    expect(sorted(new Set(declared))).toEqual(sorted(REGISTERED.events));
    expect(sorted(recordRegistrations().events)).toEqual(sorted(REGISTERED.events));
  });

  it("answers every button the replies carry, and carries every button it answers", () => {
    const withFourSides = { ...disputesAnswer(1), disputes: [FOUR_SIDED] };
    const replies: { blocks: Block[] }[] = [
      renderBlocks(SWAP),
      renderBlocks(TOTALS),
      renderBlocks(disputesAnswer(25)),
      renderBlocks(SWAP, { editor: true }),
      renderBlocks(withFourSides, { editor: true }),
      renderReview(reviewAnswer(3)),
      renderReview(groupedReviewAnswer()),
      renderDigest(digestAnswer(), { editor: true }),
      renderBlocks(askQuestion(analyse(bundledData()), "how many came home?")),
    ];
    const emitted = new Set(
      replies.flatMap((r) =>
        r.blocks.flatMap((b) =>
          b.type === "actions" ? b.elements.map((e) => (e as { action_id: string }).action_id) : [],
        ),
      ),
    );
    expect(sorted(emitted)).toEqual(
      sorted([
        ...Object.values(ACTION_IDS),
        ...DISPUTE_ACTION_IDS.trust,
        DISPUTE_ACTION_IDS.both,
        ...Object.values(REVIEW_ACTION_IDS),
      ]),
    );
    expect(sorted(REGISTERED.actions)).toEqual(sorted(emitted));
    expect(sorted(recordRegistrations().actions)).toEqual(sorted(emitted));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it("asks for the scopes the app uses and no more", () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    const needed = [
      "chat:write",
      ...(manifest.features.slash_commands?.length ? ["commands"] : []),
      ...(events.includes("app_mention") ? ["app_mentions:read"] : []),
      ...(events.includes("message.im") ? ["im:history"] : []),
      ...(webApiCalls().some((m) => m.startsWith("usergroups.")) ? ["usergroups:read"] : []),
      ...(webApiCalls().some((m) => m.startsWith("files.")) ? ["files:write"] : []),
    ];
    // files.uploadV2 is how charts reach Slack; it needs files:write and nothing more.
    expect(webApiCalls()).toContain("files.uploadV2");
    expect(sorted(manifest.oauth_config.scopes.bot)).toEqual(sorted(needed));
  });

  it("runs in Socket Mode with a Home tab and DMs", () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
    });
  });
});
