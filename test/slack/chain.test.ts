// Several global middlewares run as one (src/slack/chain.ts): in order, each with Bolt's
// arguments and a next of its own, stopping where a step does not go on.
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { expect, it } from "vitest";
import { chain } from "../../src/slack/chain.ts";

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

const boltArgs = (next: () => Promise<void>) =>
  ({ body: { team_id: "T1" }, command: { command: "/swap" }, next }) as unknown as Args;

it("runs each step in order with Bolt's arguments, then Bolt's next; a step that does not go on stops it", async () => {
  const seen: string[] = [];
  const step =
    (name: string, goOn = true): Middleware<AnyMiddlewareArgs> =>
    async (args) => {
      const { body, next } = args as Args & { body: { team_id: string } };
      seen.push(`${name}:${body.team_id}:${"command" in args}`);
      if (goOn) await next();
      seen.push(`${name} done`);
    };
  let boltNext = 0;
  await chain([step("a"), step("b"), step("c")])(boltArgs(async () => void boltNext++));
  expect(seen).toEqual(["a:T1:true", "b:T1:true", "c:T1:true", "c done", "b done", "a done"]);
  expect(boltNext).toBe(1);
  seen.length = 0;
  await chain([step("a"), step("b", false), step("c")])(boltArgs(async () => void boltNext++));
  expect(seen).toEqual(["a:T1:true", "b:T1:true", "b done", "a done"]);
  expect(boltNext).toBe(1);
});

it("passes a step's failure to Bolt; the steps after a step see what it set on its own arguments (pace.ts hands on its ack so), and Bolt's arguments are left alone", async () => {
  const failing: Middleware<AnyMiddlewareArgs> = async () => {
    throw new Error("boom");
  };
  await expect(chain([failing])(boltArgs(async () => {}))).rejects.toThrow("boom");
  let later: unknown;
  const changes: Middleware<AnyMiddlewareArgs> = async (args) => {
    (args as unknown as { extra: number }).extra = 1;
    await args.next();
  };
  const reads: Middleware<AnyMiddlewareArgs> = async (args) => {
    later = (args as unknown as { extra?: number }).extra;
  };
  const args = boltArgs(async () => {});
  await chain([changes, reads])(args);
  expect(later).toBe(1);
  expect((args as unknown as { extra?: number }).extra).toBeUndefined();
  // Only the steps after it: a step before the one that set it does not see it.
  let before: unknown = "unread";
  const readsAfter: Middleware<AnyMiddlewareArgs> = async (a) => {
    await a.next();
    before = (a as unknown as { extra?: number }).extra;
  };
  await chain([readsAfter, changes, async () => {}])(boltArgs(async () => {}));
  expect(before).toBeUndefined();
});
