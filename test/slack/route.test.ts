import type { App } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { REGISTERED, registerListeners } from "../../src/slack/listeners/index.ts";
import { exactly, router } from "../../src/slack/listeners/route.ts";
import { fakeDesk } from "./fixtures.ts";

type Route = (args: Record<string, unknown>) => Promise<void>;

/** What install() hands Bolt: one (pattern, listener) per kind. */
function installed(r: ReturnType<typeof router>) {
  const got = new Map<string, { pattern: RegExp; route: Route }>();
  const app = Object.fromEntries(
    ["command", "action", "view", "shortcut", "event"].map((k) => [
      k,
      (pattern: RegExp, route: Route) => got.set(k, { pattern, route }),
    ]),
  );
  r.install(app as unknown as App);
  return got;
}

describe("routed listeners", () => {
  it("match exactly the names registered: no prefix, no suffix, no pattern characters", () => {
    const p = exactly(["/swap", "a.b", "x|y"]);
    for (const yes of ["/swap", "a.b", "x|y"]) expect(p.test(yes)).toBe(true);
    for (const no of ["/swa", "/swapx", "x/swap", "axb", "x", "y", "", "/SWAP"])
      expect(p.test(no)).toBe(false);
  });

  it("hand each request to the one handler of its name, and to no other", async () => {
    const r = router();
    const calls: string[] = [];
    r.registrar.command("/swap", async () => void calls.push("swap"));
    r.registrar.command("/totals", async () => void calls.push("totals"));
    r.registrar.action("share", async () => void calls.push("share"));
    r.registrar.view("resolve", async () => void calls.push("resolve"));
    r.registrar.shortcut("factcheck_message", async () => void calls.push("shortcut"));
    r.registrar.event("app_mention", async () => void calls.push("mention"));
    const got = installed(r);
    expect([...got.keys()].sort()).toEqual(["action", "command", "event", "shortcut", "view"]);
    expect(got.get("command")?.pattern.test("/totals")).toBe(true);
    expect(got.get("command")?.pattern.test("/sources")).toBe(false);
    await got.get("command")?.route({ command: { command: "/totals" } });
    await got.get("action")?.route({ action: { action_id: "share" } });
    await got.get("view")?.route({ view: { callback_id: "resolve" } });
    await got.get("shortcut")?.route({ shortcut: { callback_id: "factcheck_message" } });
    await got.get("event")?.route({ event: { type: "app_mention" } });
    // A name nobody registered (Bolt's pattern would not have matched it) reaches no handler.
    await got.get("command")?.route({ command: { command: "/sources" } });
    expect(calls).toEqual(["totals", "share", "resolve", "shortcut", "mention"]);
  });

  it("pass the handler's failure on, so Bolt's error handler sees it", async () => {
    const r = router();
    r.registrar.command("/swap", async () => {
      throw new Error("boom");
    });
    await expect(
      installed(r)
        .get("command")
        ?.route({ command: { command: "/swap" } }),
    ).rejects.toThrow("boom");
  });

  it("refuse a name registered twice, a pattern, and more than one handler", () => {
    const r = router();
    r.registrar.command("/swap", async () => {});
    expect(() => r.registrar.command("/swap", async () => {})).toThrow(/twice/);
    expect(() => r.registrar.command(/swap/, async () => {})).toThrow(/exact names/);
    expect(() =>
      r.registrar.command(
        "/totals",
        async () => {},
        async () => {},
      ),
    ).toThrow(/one handler/);
  });

  it("take every listener Factdesk registers, each name once", () => {
    const r = router();
    registerListeners(r.registrar, { desk: fakeDesk(), isEditor: async () => false });
    const got = installed(r);
    for (const c of REGISTERED.commands) expect(got.get("command")?.pattern.test(c)).toBe(true);
    for (const a of REGISTERED.actions) expect(got.get("action")?.pattern.test(a)).toBe(true);
    for (const v of REGISTERED.views) expect(got.get("view")?.pattern.test(v)).toBe(true);
    for (const s of REGISTERED.shortcuts) expect(got.get("shortcut")?.pattern.test(s)).toBe(true);
    for (const e of REGISTERED.events) expect(got.get("event")?.pattern.test(e)).toBe(true);
  });
});
