// A memoised answer's reply is serialised once (src/slack/respond.ts): the bytes posted are
// JSON.stringify's of the message, as Bolt's respond() posts, and a write to the store that
// changes the answer changes the reply posted next (the kept bytes go with the memoised answer).
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { RespondError } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";
import type { Rendered } from "../../src/render/blocks/index.ts";
import { bodyOf, ephemeral, jsonRespond, postJson } from "../../src/slack/respond.ts";
import { BUNDLED } from "../helpers/store.ts";
import { type Captured, commandBody, nextId, send, useTestApp } from "./harness.ts";
import { textsOf } from "./markup.ts";

const reply = (title: string): Rendered => ({
  text: title,
  blocks: [{ type: "section", text: { type: "mrkdwn", text: `*${title}* “quoted” — 390` } }],
});

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === "object") {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
};

const decoded = (b: string | Uint8Array) => (typeof b === "string" ? b : Buffer.from(b).toString());

describe("ephemeral() and the body posted", () => {
  it("a frozen reply: one frozen message, its bytes JSON.stringify's, kept", () => {
    const r = deepFreeze(reply("Totals"));
    const m = ephemeral(r);
    expect(ephemeral(r)).toBe(m);
    expect(Object.isFrozen(m)).toBe(true);
    expect(m).toEqual({ response_type: "ephemeral", ...r });
    const body = bodyOf(m);
    expect(decoded(body)).toBe(JSON.stringify({ response_type: "ephemeral", ...r }));
    expect(bodyOf(m)).toBe(body);
  });

  it("anything else is serialised afresh each time, as Bolt does", () => {
    const r = reply("Swap");
    const m = ephemeral(r);
    expect(ephemeral(r)).not.toBe(m);
    expect(bodyOf(m)).toBe(JSON.stringify(m));
    (m.blocks as unknown[]).push({ type: "divider" });
    expect(bodyOf(m)).toBe(JSON.stringify(m));
    const frozenByHand = Object.freeze({ response_type: "ephemeral", text: "x" });
    expect(bodyOf(frozenByHand)).toBe(JSON.stringify(frozenByHand));
    expect(bodyOf("plain")).toBe(JSON.stringify("plain"));
  });
});

describe("jsonRespond", () => {
  let server: http.Server;
  let origin: string;
  const got: { body: string; type: string | undefined }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        got.push({ body: Buffer.concat(chunks).toString(), type: req.headers["content-type"] });
        res.writeHead(req.url === "/gone" ? 404 : 200).end("ok");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("posts the message as JSON, a string as its text, and throws Bolt's RespondError past a 2xx", async () => {
    const m = ephemeral(deepFreeze(reply("Kept")));
    await jsonRespond(postJson, `${origin}/ok`)(m);
    await jsonRespond(postJson, `${origin}/ok`)("just text");
    expect(got).toEqual([
      { body: JSON.stringify(m), type: "application/json" },
      { body: JSON.stringify({ text: "just text" }), type: "application/json" },
    ]);
    const err = await jsonRespond(postJson, `${origin}/gone`)(m).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RespondError);
    expect((err as RespondError).statusCode).toBe(404);
  });

  it("posts through node:http and answers as fetch's Response would", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await postJson(`${origin}/ok`, JSON.stringify({ text: `n${i}` }));
      expect(r.ok).toBe(true);
      expect(r.status).toBe(200);
      expect(await r.text()).toBe("ok");
    }
    await expect(postJson("ftp://example.org/x", "{}")).rejects.toThrow(/ftp:/);
  });
});

describe("a memoised reply after a write", () => {
  let dir: string;
  let desk: OpenedDesk;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "factdesk-respond-"));
    desk = await openDesk({ file: path.join(dir, "live.json"), bundled: BUNDLED });
  });
  afterAll(async () => {
    await desk.close();
    await rm(dir, { recursive: true, force: true });
  });
  const app = useTestApp(() => desk);

  async function swap(arg: string): Promise<Captured["body"]> {
    const where = `/commands/T0TEAM/${nextId()}/secret`;
    const res = await send(app.url, commandBody("/swap", arg, where));
    expect(res.status).toBe(200);
    return app.posted(where);
  }

  it("is posted again as it was, and as the store now says once a write changed it", async () => {
    const first = await swap("may-24");
    expect(await swap("may-24")).toEqual(first);
    const title = textsOf(first.blocks ?? []).join("\n");
    expect(title).toContain("Second wave of the 1,000-for-1,000 exchange");
    await desk.store.update(
      (data) => {
        const e = data.events.find((x) => x.id === "exchange-2025-05-24");
        if (e) e.title = "Second wave, retitled by an editor";
      },
      ["events"],
    );
    const after = textsOf((await swap("may-24")).blocks ?? []).join("\n");
    expect(after).toContain("Second wave, retitled by an editor");
    expect(after).not.toContain("Second wave of the 1,000-for-1,000 exchange");
  });
});
