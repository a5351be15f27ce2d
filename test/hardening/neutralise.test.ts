import { describe, expect, it, vi } from "vitest";
import { VIEW_IDS } from "../../src/render/blocks/modals.ts";
import { neutralise, userText } from "../../src/render/user-text.ts";
import { useTempDesk } from "../helpers/desk.ts";
import { EDITOR } from "../slack/fakes.ts";
import {
  ASKER,
  type Captured,
  commandBody,
  HOOKS,
  nextId,
  send,
  useTestApp,
  viewBody,
} from "../slack/harness.ts";
import { textsOf } from "../slack/markup.ts";

/** What a hostile writer types, between markers the checks look between. */
const HOSTILE =
  "[[*bold* _it_ ~gone~ `code` https://evil.example/x www.evil.example evil.example \u202eesrever\u202c zero\u200bwidth \u2066iso\u2069 \ufeffbom]]";

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** Every marked stretch of the reply's text, and what is wrong with each. */
function problems(reply: Captured["body"]): string[] {
  const all = textsOf(reply.blocks ?? [], reply.text).join("\n");
  const marked = [...all.matchAll(/\[\[(.*?)(?:\]\]|…)/gs)].map((m) => m[1] ?? "");
  if (marked.length === 0) return ["the user's text is not in the reply"];
  return marked.flatMap((m) => [
    ...(/[*_~`]/.test(m) ? [`formatting characters in: ${m}`] : []),
    ...(/:\/\//.test(m) ? [`a URL in: ${m}`] : []),
    ...(/[a-z]\.[a-z]/i.test(m) ? [`a linkable domain in: ${m}`] : []),
    ...(INVISIBLE.test(m) ? [`an invisible control in: ${JSON.stringify(m)}`] : []),
  ]);
}

const desk = useTempDesk("neutralise");
const app = useTestApp(desk, {
  isEditor: async (u) => u === EDITOR,
  now: () => new Date("2025-05-26T09:00:00Z"),
});

async function command(name: string, text: string, user = ASKER) {
  const hook = `/neutral/${nextId()}`;
  await send(app.url, commandBody(name, text, hook, user));
  return app.posted(hook);
}

async function submit(callbackId: string, meta: Record<string, unknown>, note: string) {
  const hook = `/neutral/modal/${nextId()}`;
  await send(
    app.url,
    viewBody({
      callbackId,
      privateMetadata: JSON.stringify({ ...meta, r: `${HOOKS}${hook}` }),
      user: EDITOR,
      values: { note },
    }),
  );
  return app.posted(hook);
}

describe("a reader's report note", () => {
  it("is plain in /review and in the digest", async () => {
    await submit(VIEW_IDS.report, { a: "/swap may 24" }, HOSTILE);
    expect(desk().store.data.reports.at(-1)?.note).toBe(HOSTILE); // stored as written
    expect(problems(await command("/review", "", EDITOR))).toEqual([]);
    expect(problems(await command("/digest", ""))).toEqual([]);
  });
});

describe("an editor's resolution note", () => {
  it("is plain beside the figures it settles", async () => {
    const dispute = desk()
      .disputes()
      .disputes.find((d) => !d.resolution);
    if (!dispute) throw new Error("the bundled store has an open dispute");
    await submit(VIEW_IDS.resolve, { d: dispute.id }, HOSTILE);
    await vi.waitFor(() => expect(desk().store.data.resolutions).toHaveLength(1));
    // Beside every figure of the exchange it is about, and in the digest.
    const date = dispute.eventId.replace(/^exchange-/, "");
    expect(problems(await command("/swap", date))).toEqual([]);
    expect(problems(await command("/digest", ""))).toEqual([]);
  });
});

describe("what was typed, echoed back", () => {
  it("is plain in the reply that Share in channel would post", async () => {
    expect(problems(await command("/swap", HOSTILE))).toEqual([]);
  });
});

describe("neutralise", () => {
  it("keeps the words readable", () => {
    expect(neutralise("*307* _not_ ~390~ `x` see https://a.example or a.example")).toBe(
      "∗307∗ ˍnotˍ ∼390∼ ˋxˋ see https:⁄⁄a․example or a․example",
    );
    expect(neutralise("3.5 million, May 24. Then\tmore\nlines")).toBe(
      "3.5 million, May 24. Then\tmore\nlines",
    );
    expect(neutralise("\u202eabc\u200b\u2066d\u2069")).toBe("abcd");
  });

  it("still escapes & < > and keeps within its limit", () => {
    expect(userText("<!channel> & *x*", 100)).toBe("&lt;!channel&gt; &amp; ∗x∗");
    expect(userText("a".repeat(500), 50)).toHaveLength(50);
  });
});
