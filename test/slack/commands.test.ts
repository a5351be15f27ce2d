// Slash commands through the real Bolt HTTP receiver: signed requests in, response_url posts out.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkLimits, decodeRerun } from "../../src/render/blocks/index.ts";
import { fakeDesk } from "./fixtures.ts";
import { type Captured, commandBody, nextId, send, useTestApp } from "./harness.ts";
import { buttonsIn, liveMarkup, textsOf } from "./markup.ts";

const desk = fakeDesk();
const app = useTestApp(desk);

beforeEach(() => {
  desk.calls.length = 0;
});

/** Sends a command, checks the ack, and returns what was posted to its response_url. */
async function command(name: string, text: string): Promise<Captured["body"]> {
  const path = `/commands/T0TEAM/${nextId()}/secret`;
  const res = await send(app.url, commandBody(name, text, path));
  expect(res.status).toBe(200);
  expect(res.body).toBe("");
  expect(res.ms).toBeLessThan(1500);
  const body = await app.posted(path);
  expect(body.response_type).toBe("ephemeral");
  expect(checkLimits(body.blocks ?? [], { text: body.text })).toEqual([]);
  expect(liveMarkup(textsOf(body.blocks ?? [], body.text))).toEqual([]);
  return body;
}

const shareValue = (body: Captured["body"]) =>
  decodeRerun(buttonsIn(body.blocks).find((b) => b.action_id === "share_answer")?.value);

describe("slash commands", () => {
  it("/swap may-24 answers ephemerally with the cited answer and a Share button", async () => {
    const body = await command("/swap", "may-24");
    expect(desk.calls).toEqual(["swap:may-24"]);
    const text = textsOf(body.blocks ?? []).join("\n");
    expect(text).toContain("Second wave of the 1,000-for-1,000 exchange");
    expect(text).toContain(":warning: *Disputed:");
    expect(text).toContain("&lt;!channel&gt;");
    expect(shareValue(body)).toEqual({ c: "swap", a: "exchange-2025-05-24" });
  });

  it.each([
    ["/totals", "totals", "Wave by wave"],
    ["/disputes", "disputes", "Where the sources disagree"],
    ["/sources", "sources", "Sources in the store"],
  ])("%s answers from the desk", async (name, call, heading) => {
    const body = await command(name, "");
    expect(desk.calls).toEqual([call]);
    expect(textsOf(body.blocks ?? []).join("\n")).toContain(heading);
    expect(shareValue(body)).toEqual({ c: call });
  });

  it.each(["/swap", "/totals", "/disputes", "/sources", "/factcheck"])(
    "%s help gives that command's help",
    async (name) => {
      const body = await command(name, " help ");
      expect(desk.calls).toEqual([`help:${name.slice(1)}`]);
      expect(textsOf(body.blocks ?? []).join("\n")).toContain(`Factdesk help: ${name}`);
    },
  );

  it("/factcheck reaches the desk's own check with the draft as typed, and records the run", async () => {
    await command("/factcheck", "Russia freed 1,000 on &lt;!channel&gt; May 24");
    await vi.waitFor(() =>
      expect(desk.calls).toEqual([
        "factcheck:Russia freed 1,000 on <!channel> May 24",
        expect.stringMatching(/^record:U/),
      ]),
    );
  });

  it("a failure in the desk becomes a friendly reply, logged, with no stack trace", async () => {
    const body = await command("/swap", "explode");
    const text = JSON.stringify(body);
    expect(text).toContain("Sorry, something went wrong");
    expect(text).not.toMatch(/fire|stack|trace\.ts/);
    expect(app.logs.join("\n")).toContain("the store is on fire");
  });
});

describe("absurd input", () => {
  it.each([
    ["empty", ""],
    ["4,000 characters", "may ".repeat(1000)],
    ["markup as typed", "<!channel> <@U123> <https://evil.example|click> &"],
    ["markup as Slack escapes it", "&lt;!channel&gt; &lt;@U123&gt; &amp;amp;"],
    ["Arabic and emoji", "مايو ٢٤ 🇺🇦🔥 ‏"],
    ["control characters", "\u0000\u0007\u001b[31m may\u202e"],
  ])("%s gets a friendly reply within limits and no live mention", async (_, text) => {
    const body = await command("/swap", text);
    const shown = textsOf(body.blocks ?? []).join("\n");
    expect(shown).toMatch(/exchange|How to ask/);
    expect(shown).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil/);
  });
});
