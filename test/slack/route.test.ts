import { describe, expect, it } from "vitest";
import { REGISTERED, registerListeners } from "../../src/slack/listeners/index.ts";
import { router } from "../../src/slack/listeners/route.ts";
import { fakeDesk } from "./fixtures.ts";

type Routed = ReturnType<typeof router>;

/**
 * Runs the router's middleware on `args` as Bolt would (one of command, action, view, shortcut
 * or event set); says whether it went on to Bolt's `next` (no handler took it).
 */
async function route(r: Routed, args: Record<string, unknown>): Promise<"handled" | "next"> {
  let passed = false;
  await r.middleware({
    ...args,
    next: async () => {
      passed = true;
    },
  } as unknown as Parameters<Routed["middleware"]>[0]);
  return passed ? "next" : "handled";
}

describe("routed listeners", () => {
  it("match exactly the names registered: no prefix, no suffix, no pattern characters", async () => {
    const r = router();
    const calls: string[] = [];
    for (const name of ["/swap", "a.b", "x|y"])
      r.registrar.command(name, async () => void calls.push(name));
    for (const yes of ["/swap", "a.b", "x|y"])
      expect(await route(r, { command: { command: yes } })).toBe("handled");
    for (const no of ["/swa", "/swapx", "x/swap", "axb", "x", "y", "", "/SWAP"])
      expect(await route(r, { command: { command: no } })).toBe("next");
    expect(calls).toEqual(["/swap", "a.b", "x|y"]);
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
    await route(r, { command: { command: "/totals" } });
    await route(r, { action: { action_id: "share" } });
    await route(r, {
      view: { callback_id: "resolve" },
      body: { type: "view_submission", view: { callback_id: "resolve" } },
    });
    await route(r, {
      shortcut: { callback_id: "factcheck_message" },
      body: { type: "message_action", callback_id: "factcheck_message" },
    });
    await route(r, { event: { type: "app_mention" } });
    // A name nobody registered goes on to Bolt (no listener there) and reaches no handler.
    expect(await route(r, { command: { command: "/sources" } })).toBe("next");
    // A name registered for another kind is not this one's.
    expect(await route(r, { action: { action_id: "/swap" } })).toBe("next");
    expect(calls).toEqual(["totals", "share", "resolve", "shortcut", "mention"]);
  });

  it("take what Bolt's own filters for each kind would, and nothing else", async () => {
    const r = router();
    const calls: string[] = [];
    r.registrar.view("resolve", async () => void calls.push("resolve"));
    r.registrar.action("share", async () => void calls.push("share"));
    // app.view(name) takes submissions only: a closed modal goes on.
    expect(
      await route(r, {
        view: { callback_id: "resolve" },
        body: { type: "view_closed", view: { callback_id: "resolve" } },
      }),
    ).toBe("next");
    // An action without an action_id (a legacy attachment's) is no block action.
    expect(await route(r, { action: { callback_id: "share", name: "share" } })).toBe("next");
    // No kind at all (an options lookup): goes on.
    expect(await route(r, { options: { action_id: "share" } })).toBe("next");
    expect(calls).toEqual([]);
  });

  it("pass the handler's failure on, so Bolt's error handler sees it", async () => {
    const r = router();
    r.registrar.command("/swap", async () => {
      throw new Error("boom");
    });
    await expect(route(r, { command: { command: "/swap" } })).rejects.toThrow("boom");
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

  it("take every listener Factdesk registers, each name once", async () => {
    const r = router();
    registerListeners(r.registrar, { desk: fakeDesk(), isEditor: async () => false });
    // Each registered name is taken (its handler runs, and fails on these bare arguments, or
    // answers), never passed on to Bolt as a name nobody registered.
    const taken = async (args: Record<string, unknown>) =>
      route(r, args).catch(() => "handled" as const);
    for (const c of REGISTERED.commands)
      expect(await taken({ command: { command: c } })).toBe("handled");
    for (const a of REGISTERED.actions)
      expect(await taken({ action: { action_id: a } })).toBe("handled");
    for (const v of REGISTERED.views)
      expect(
        await taken({
          view: { callback_id: v },
          body: { type: "view_submission", view: { callback_id: v } },
        }),
      ).toBe("handled");
    for (const s of REGISTERED.shortcuts)
      expect(await taken({ shortcut: { callback_id: s }, body: { callback_id: s } })).toBe(
        "handled",
      );
    for (const e of REGISTERED.events) expect(await taken({ event: { type: e } })).toBe("handled");
  });
});
