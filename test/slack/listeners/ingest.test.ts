// Adding sources from Slack: /ingest <link> and the "Add as a source" message shortcut, then
// /review's one-click approval, called directly on a real desk in a temp folder, with pages
// served by nock (never the network) and DNS injected.
import { readFileSync } from "node:fs";
import path from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openIngester } from "../../../src/app/ingest.ts";
import { openNewsroom } from "../../../src/app/newsroom.ts";
import { renderReview } from "../../../src/render/blocks/review.ts";
import type { SlackDeps } from "../../../src/slack/deps.ts";
import {
  approveSourceButton,
  decideEvent,
} from "../../../src/slack/listeners/actions/review-fact.ts";
import { ingestCommand, NOT_INGEST_USER } from "../../../src/slack/listeners/commands/ingest.ts";
import { addSource } from "../../../src/slack/listeners/shortcuts/add-source.ts";
import { useTempDesk } from "../../helpers/desk.ts";
import {
  boltFakes,
  buttonClick,
  call,
  EDITOR,
  READER,
  sentOnce,
  shown,
  slashCommand,
} from "../fakes.ts";
import { CHANNEL } from "../harness.ts";

const desk = useTempDesk("slack-ingest");
const REPORTER = "U0REPORTER";
const PAGE = readFileSync(
  path.resolve(import.meta.dirname, "..", "..", "fixtures", "pages", "bodies.html"),
  "utf8",
);

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function deps(): SlackDeps {
  const d = desk();
  const knowledge = () => d.knowledge();
  return {
    desk: d,
    isEditor: async (u) => u === EDITOR,
    canIngest: async (u) => u === EDITOR || u === REPORTER,
    newsroom: openNewsroom({ store: d.store, knowledge, tz: "UTC" }),
    ingester: openIngester(
      { store: d.store, knowledge },
      {
        fetch: {
          lookup: async (host) =>
            host === "news.example.org" ? [{ address: "93.184.216.34", family: 4 }] : [],
        },
      },
    ),
  };
}

const WIRE =
  "Ukraine, Russia swap the seriously wounded\n\nKYIV, June 10 (Meridian) — Ukraine and Russia exchanged 164 seriously wounded prisoners each on Tuesday, the second stage of a swap agreed at talks in Istanbul on June 2, the Coordination Headquarters said. Some had been held since 2022.";

describe("Slack ingest", () => {
  it("/ingest <link> fetches the article and tells the asker alone what it found", async () => {
    nock("https://news.example.org")
      .get("/bodies")
      .reply(200, PAGE, { "content-type": "text/html" });
    const bolt = boltFakes();
    await call(
      ingestCommand(deps()),
      bolt,
      slashCommand("/ingest", "<https://news.example.org/bodies>", { user: REPORTER }),
    );
    const reply = sentOnce(bolt.respond);
    expect(reply.response_type).toBe("ephemeral");
    const text = shown(reply);
    expect(text).toContain("Added as a source");
    expect(text).toContain("Kyiv Ledger");
    expect(text).toMatch(
      /Return of the bodies of the fallen \(June 12, 2025\)\* \(bodies, June 12, 2025\)/,
    );
    expect(text).toContain("/review");
    // The same link again is recognised, not added twice.
    const again = boltFakes();
    await call(
      ingestCommand(deps()),
      again,
      slashCommand("/ingest", "https://news.example.org/bodies", { user: EDITOR }),
    );
    expect(shown(sentOnce(again.respond))).toMatch(/already in the store/);
  });

  it("refuses someone who is neither an editor nor in INGEST_USER_IDS, and a private link", async () => {
    const bolt = boltFakes();
    await call(
      ingestCommand(deps()),
      bolt,
      slashCommand("/ingest", "https://news.example.org/x", { user: READER }),
    );
    expect(shown(sentOnce(bolt.respond))).toContain(NOT_INGEST_USER.slice(0, 40));
    const inside = boltFakes();
    await call(
      ingestCommand(deps()),
      inside,
      slashCommand("/ingest", "http://10.0.0.7/", { user: EDITOR }),
    );
    expect(shown(sentOnce(inside.respond))).toMatch(/Not added: .*private, loopback or link-local/);
  });

  it("'Add as a source' on a message adds its text, proposes the exchange; one click approves it", async () => {
    const d = deps();
    const bolt = boltFakes();
    await call(addSource(d), bolt, {
      shortcut: {
        type: "message_action",
        callback_id: "ingest_message",
        user: { id: EDITOR },
        channel: { id: CHANNEL },
        message: {
          type: "message",
          ts: "1749556800.000100",
          text: WIRE.replace("—", "&amp;—"),
          user: "U0WIRE",
        },
      },
    });
    const text = shown(sentOnce(bolt.client.chat.postEphemeral));
    expect(text).toMatch(/Exchange of June 10, 2025\* \(exchange, June 10, 2025\)/);
    expect(text).toMatch(/164/);
    const source = desk().store.data.sources.at(-1);
    expect(source?.outlet).toBe("Slack message");
    expect(source?.text).toContain("(Meridian) &—");
    // /review shows the proposal by source and by event, with a one-click approval.
    const queue = renderReview(d.newsroom?.review() as never);
    const review = shown({ ...queue });
    expect(review).toContain("Approve source");
    expect(review).toContain("Exchange of June 10, 2025");
    expect(review).toMatch(/new to the store/);
    const click = boltFakes();
    await call(approveSourceButton(d), click, buttonClick(source?.id ?? "", { user: EDITOR }));
    expect(shown(sentOnce(click.respond))).toMatch(/Approved \d+ events? and \d+ facts?/);
    const swap = desk().swap("june-10");
    expect(swap.kind).toBe("swap");
  });

  it("only editors approve, and a rejected event takes its facts with it", async () => {
    const d = deps();
    const reader = boltFakes();
    await call(
      decideEvent(d, "approve"),
      reader,
      buttonClick("talks-2025-06-02", { user: READER }),
    );
    expect(shown(sentOnce(reader.respond))).toMatch(/for the desk's editors/);
    const pending = desk().store.data.events.find((e) => e.status === "unreviewed");
    if (!pending) return;
    const editor = boltFakes();
    await call(decideEvent(d, "reject"), editor, buttonClick(pending.id, { user: EDITOR }));
    expect(shown(sentOnce(editor.respond))).toMatch(/Rejected/);
    expect(
      desk().store.data.facts.filter((f) => f.eventId === pending.id && f.status === "unreviewed"),
    ).toEqual([]);
  });
});
