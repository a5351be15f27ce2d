// Finding 1 of issue 13: one correctly signed request with a body that is not a JSON object
// (`payload=null`, a JSON `null`, a number, an array) threw inside Bolt's HTTP receiver, in a
// promise nobody awaited, and the process exited. Each now gets a 400 and a log line, and the
// server answers the next request as before.
import { describe, expect, it } from "vitest";
import { fakeDesk } from "../slack/fixtures.ts";
import { commandBody, nextId, send, useTestApp } from "../slack/harness.ts";

const desk = fakeDesk();
const app = useTestApp(desk);

/** A signed, fresh request that is answered: the server is still serving. */
async function stillAnswers(): Promise<void> {
  const p = `/commands/T0TEAM/${nextId()}/after-malformed`;
  expect((await send(app.url, commandBody("/totals", "", p))).status).toBe(200);
  await app.posted(p);
}

describe("a signed body that is not a JSON object", () => {
  it.each([
    ["payload=null", false],
    ["payload=1", false],
    ["payload=%22text%22", false],
    ["payload=%5B%5D", false],
    ["null", true],
    ["[]", true],
    ["42", true],
    ['"ssl_check"', true],
    ["payload=%7Bnot%20json", false],
    ["{not json", true],
  ])("%s gets a 400 and a log line, and the server keeps answering", async (body, json) => {
    const logged = app.logs.length;
    const res = await send(app.url, body, { json });
    expect(res.status).toBe(400);
    expect(app.logs.slice(logged).join("\n")).toMatch(
      /\[WARN\] factdesk refused a signed request whose body is/,
    );
    await stillAnswers();
  });
});

describe("timestamps", () => {
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ["ten minutes ahead", 10 * 60],
    ["a year ahead", 365 * 24 * 3600],
  ])("a signed request stamped %s is refused with 401 and logged", async (_, ahead) => {
    const p = `/commands/T0TEAM/${nextId()}/future`;
    const logged = app.logs.length;
    const res = await send(app.url, commandBody("/totals", "", p), { ts: now() + ahead });
    expect(res.status).toBe(401);
    expect(app.logs.slice(logged).join("\n")).toContain("s in the future");
    await stillAnswers();
    expect(app.seen.some((c) => c.path === p)).toBe(false);
  });

  it("a request four minutes ahead (clock skew) is still answered", async () => {
    const p = `/commands/T0TEAM/${nextId()}/skew`;
    expect(
      (await send(app.url, commandBody("/totals", "", p), { ts: now() + 4 * 60 })).status,
    ).toBe(200);
    await app.posted(p);
  });
});
