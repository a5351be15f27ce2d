// Charts reach Slack through files.uploadV2 (on nock): Show as charts on /totals, into the
// asker's DM or the reply's thread, and the digest's running totals into the digest's thread.
// Each upload is Slack's three steps: getUploadURLExternal, the bytes, completeUploadExternal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { webApi } from "@slack/bolt";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import type { DigestAnswer } from "../../src/domain/answers.ts";
import { buildDigest } from "../../src/domain/digest.ts";
import { encodeRerun, renderBlocks } from "../../src/render/blocks/index.ts";
import { drawDigest } from "../../src/render/charts/index.ts";
import { slackPoster } from "../../src/scheduler/slack-poster.ts";
import { uploadCharts } from "../../src/slack/charts.ts";
import { CHARTS_IN_DM } from "../../src/slack/listeners/actions/upload-chart.ts";
import { useTempDesk } from "../helpers/desk.ts";
import {
  API,
  API_ORIGIN,
  ASKER,
  actionBody,
  type Captured,
  CHANNEL,
  nextId,
  send,
  useTestApp,
} from "./harness.ts";
import { buttonsIn } from "./markup.ts";

const FILES = "https://files.slack.test";
const DM = "D0ASKERDM";
const PNG_SIGNATURE = "\x89PNG\r\n\x1a\n";

const manifest = parse(
  readFileSync(path.resolve(import.meta.dirname, "..", "..", "manifest.yml"), "utf8"),
) as { oauth_config: { scopes: { bot: string[] } } };

/** Slack's side of files.uploadV2: an upload URL per file, the bytes, the completion. */
function fakeFileUploads(seen: Captured[], uploads: { bytes: Buffer }[]) {
  let n = 0;
  nock(API_ORIGIN)
    .persist()
    .post("/api/files.getUploadURLExternal")
    .reply(200, (p, body) => {
      seen.push({ path: p, body: Object.fromEntries(new URLSearchParams(String(body))) });
      n += 1;
      return { ok: true, upload_url: `${FILES}/upload/v1/F${n}`, file_id: `F0CHART${n}` };
    });
  nock(FILES)
    .persist()
    .post(/^\/upload\/v1\//)
    .reply(200, (_p, body) => {
      uploads.push({ bytes: Buffer.from(body as string, "hex") });
      return "OK";
    });
}

interface Completion {
  channel_id?: string;
  thread_ts?: string;
  files: { id: string }[];
}

const completions = (seen: Captured[]): Completion[] =>
  seen
    .filter((c) => c.path === "/api/files.completeUploadExternal")
    .map((c) => ({ ...c.body, files: JSON.parse(String(c.body.files)) }));

describe("Show as charts, through the real receiver", () => {
  const desk = useTempDesk("charts");
  const app = useTestApp(() => desk());
  const uploads: { bytes: Buffer }[] = [];

  beforeAll(() => {
    app.interceptFirst(() => {
      fakeFileUploads(app.seen, uploads);
      nock(API_ORIGIN)
        .persist()
        .post("/api/chat.postMessage", (b) => b.channel === ASKER)
        .reply(200, (p, body) => {
          app.seen.push({ path: p, body: Object.fromEntries(new URLSearchParams(String(body))) });
          return { ok: true, channel: DM, ts: "1716500000.000300" };
        });
    });
  });

  it("is on /totals, and the scope its upload needs is in the manifest", () => {
    const reply = renderBlocks(desk().totals());
    expect(buttonsIn(reply.blocks).map((b) => b.action_id)).toContain("upload_chart");
    expect(manifest.oauth_config.scopes.bot).toContain("files:write");
  });

  it("from an ephemeral reply, uploads both charts into the asker's DM, with alt text", async () => {
    uploads.length = 0;
    const responsePath = `/actions/T0TEAM/${nextId()}/secret`;
    const res = await send(
      app.url,
      actionBody({
        actionId: "upload_chart",
        value: encodeRerun({ c: "totals" }),
        responsePath,
        user: ASKER,
      }),
    );
    expect(res.status).toBe(200);
    const note = await app.posted(responsePath);
    expect(note.text).toBe(CHARTS_IN_DM);

    const dm = app.seen.find((c) => c.path === "/api/chat.postMessage");
    expect(dm?.body.channel).toBe(ASKER);
    const asked = app.seen.filter((c) => c.path === "/api/files.getUploadURLExternal");
    expect(asked.map((c) => c.body.filename)).toEqual(["factdesk-totals.png", "factdesk-deal.png"]);
    expect(asked[0]?.body.alt_text).toMatch(/^Running totals of Ukrainians returned since 2022/);
    expect(asked[0]?.body.alt_text).toContain("4,552 and more than 4,750 are disputed");
    expect(asked[1]?.body.alt_text).toMatch(/390 on May 23.*stacked to 1,000/);
    expect(uploads).toHaveLength(2);
    // web-api sends the bytes as multipart form data: the whole PNG is in it, as stated.
    uploads.forEach((u, i) => {
      const start = u.bytes.indexOf(PNG_SIGNATURE, 0, "latin1");
      expect(start).toBeGreaterThan(0);
      const png = u.bytes.subarray(start, start + Number(asked[i]?.body.length));
      expect(png.toString("latin1", png.length - 8, png.length - 4)).toBe("IEND");
    });

    const [done] = completions(app.seen);
    expect(done).toMatchObject({ channel_id: DM });
    expect(done?.thread_ts).toBeUndefined();
    expect(done?.files.map((f) => f.id).sort()).toEqual(["F0CHART1", "F0CHART2"]);
  });

  it("from a reply that is a message in a channel, uploads into its thread", async () => {
    const responsePath = `/actions/T0TEAM/${nextId()}/secret`;
    await send(
      app.url,
      actionBody({
        actionId: "upload_chart",
        value: encodeRerun({ c: "totals" }),
        responsePath,
        ephemeral: false,
      }),
    );
    await vi.waitFor(() => expect(completions(app.seen)).toHaveLength(1), { timeout: 5000 });
    const [done] = completions(app.seen);
    expect(done).toMatchObject({ channel_id: CHANNEL });
    // actionBody's message is 1716500000.000200; with no thread of its own it starts one.
    expect(done?.thread_ts).toBe("1716500000.000200");
    expect(app.seen.some((c) => c.path === "/api/chat.postMessage")).toBe(false);
  });

  it("tells the asker, and logs, when Slack refuses the upload", async () => {
    app.interceptFirst(() => {
      nock(API_ORIGIN)
        .post("/api/files.getUploadURLExternal")
        .twice()
        .reply(200, { ok: false, error: "missing_scope", needed: "files:write" });
    });
    const responsePath = `/actions/T0TEAM/${nextId()}/secret`;
    await send(
      app.url,
      actionBody({
        actionId: "upload_chart",
        value: encodeRerun({ c: "totals" }),
        responsePath,
        ephemeral: false,
      }),
    );
    const reply = await app.posted(responsePath);
    expect(reply.text).toMatch(/Slack did not take the charts/);
    await vi.waitFor(() =>
      expect(app.logs.join("\n")).toMatch(
        /upload_chart: the charts were not posted \(missing_scope\)/,
      ),
    );
  });
});

describe("the digest's chart", () => {
  const desk = useTempDesk("digest-chart");
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("goes into the posted digest's thread through files.uploadV2", async () => {
    const seen: Captured[] = [];
    const uploads: { bytes: Buffer }[] = [];
    fakeFileUploads(seen, uploads);
    nock(API_ORIGIN)
      .post("/api/chat.postMessage")
      .reply(200, { ok: true, channel: "C0DIGEST", ts: "1716700000.000100" });
    nock(API_ORIGIN)
      .post("/api/files.completeUploadExternal")
      .reply(200, (p, body) => {
        seen.push({ path: p, body: Object.fromEntries(new URLSearchParams(String(body))) });
        return { ok: true, files: [{ id: "F0CHART1" }] };
      });
    const client = new webApi.WebClient("xoxb-test", {
      slackApiUrl: API,
      retryConfig: { retries: 0 },
    });
    const logs: string[] = [];
    let outcome = "";
    const post = slackPoster(
      client,
      (d: DigestAnswer) => ({ text: `digest ${d.day}`, blocks: [] }),
      {
        draw: drawDigest,
        upload: (target, charts) => uploadCharts(client, target, charts),
        log: (l) => logs.push(l),
        done: (o) => {
          outcome = o;
        },
      },
    );
    const digest = buildDigest(desk().knowledge(), {
      day: "2025-05-26",
      now: "2025-05-26T09:00:00Z",
    });
    expect(await post("C0DIGEST", digest)).toEqual({ ts: "1716700000.000100" });
    await vi.waitFor(() => expect(outcome).toBe("uploaded"), { timeout: 5000 });
    const [done] = completions(seen);
    expect(done).toMatchObject({ channel_id: "C0DIGEST", thread_ts: "1716700000.000100" });
    expect(seen.find((c) => c.path === "/api/files.getUploadURLExternal")?.body.alt_text).toMatch(
      /^Running totals/,
    );
    expect(uploads).toHaveLength(1);
    expect(logs.join("\n")).toMatch(/digest chart: drawn in \d+ ms, uploaded in \d+ ms/);
  });
});
