/**
 * The store's contract, run against both adapters: what the desk relies on from a store,
 * whichever holds the data. File-only behaviour (a torn file, the tracked bundled file) is in
 * store.test.ts; what only a shared database does (several instances) is in postgres.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/errors.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { bundledData } from "../helpers/store.ts";
import { type AdapterUnderTest, fileAdapter, open, postgresAdapter } from "./adapters.ts";

const entry = (by: string, after: unknown = null) => ({
  at: "2026-11-22T10:00:00.000Z",
  by,
  action: "test",
  target: "x",
  before: null,
  after,
});

const report = (note: string) => ({
  id: `rep-${note}`,
  by: "U1",
  at: "2026-11-22T10:00:00.000Z",
  answer: "a",
  note,
  status: "open" as const,
});

describe.each([fileAdapter, postgresAdapter()])(
  "the store contract: $name",
  (adapter: AdapterUnderTest) => {
    let db: string;
    let cleanup: () => Promise<void>;
    const opened: FactStore[] = [];
    const openHere = async () => {
      const o = await open(db);
      opened.push(o.store);
      return o;
    };

    beforeEach(async (ctx) => {
      if (adapter.skip) ctx.skip();
      ({ db, cleanup } = await adapter.place());
    });
    afterEach(async () => {
      if (adapter.skip) return;
      for (const s of opened.splice(0)) await s.close();
      await cleanup();
    });

    describe("open", () => {
      it("creates the live store from the bundled one when there is none", async () => {
        const { store, report } = await openHere();
        expect(report.created).toBe(true);
        expect(store.data.facts.length).toBe(bundledData().facts.length);
        expect((await adapter.durable(db, "facts")).length).toBe(store.data.facts.length);
      });

      it("opens what it created, without creating it again", async () => {
        await (await openHere()).store.close();
        const { store, report } = await openHere();
        expect(report.created).toBe(false);
        expect(store.data.facts.length).toBe(bundledData().facts.length);
      });

      it("merges facts a later release adds, by id, keeping what the bot wrote", async () => {
        const { store } = await openHere();
        await store.update((d) => {
          d.facts[0] = { ...(d.facts[0] as (typeof d.facts)[0]), status: "rejected" };
          d.audit.push(entry("U1"));
        });
        await store.close();
        const missing = bundledData().facts.at(-1)?.id as string;
        await adapter.dropFact(db, missing);

        const { store: reopened, report } = await openHere();
        expect(report.merged.facts).toBe(1);
        expect(reopened.data.facts.some((f) => f.id === missing)).toBe(true);
        expect(reopened.data.facts[0]?.status).toBe("rejected");
        expect(reopened.data.audit).toHaveLength(1);
      });

      it("refuses a store from a newer release instead of downgrading it", async () => {
        await (await openHere()).store.close();
        await adapter.makeNewer(db);
        const err = await open(db).catch((e) => e);
        expect(err).toBeInstanceOf(StoreError);
        expect(err.message).toMatch(/schemaVersion 99 is newer/);
      });
    });

    describe("update", () => {
      it("applies changes one at a time, in order, and each is durable when it resolves", async () => {
        const { store } = await openHere();
        const writes = Array.from({ length: 20 }, (_, i) =>
          store
            .update((d) => {
              d.audit.push(entry(`U${i}`, i));
              return i;
            })
            .then(async (i) => {
              expect((await adapter.durable(db, "audit")).length).toBeGreaterThanOrEqual(i + 1);
              return i;
            }),
        );
        expect(await Promise.all(writes)).toEqual(Array.from({ length: 20 }, (_, i) => i));
        expect(store.data.audit.map((a) => a.by)).toEqual(
          Array.from({ length: 20 }, (_, i) => `U${i}`),
        );
        expect((await adapter.durable(db, "audit")).map((a) => a.by)).toEqual(
          store.data.audit.map((a) => a.by),
        );
      });

      it("append adds rows at the end, in order with the changes around it, durable when it resolves", async () => {
        const { store } = await openHere();
        await Promise.all([
          store.append("audit", [entry("U1")]),
          store.update((d) => void d.audit.push(entry("U2")), ["audit"]),
          store.append("audit", [entry("U3"), entry("U4")]),
        ]);
        expect(store.data.audit.map((a) => a.by)).toEqual(["U1", "U2", "U3", "U4"]);
        expect((await adapter.durable(db, "audit")).map((a) => a.by)).toEqual([
          "U1",
          "U2",
          "U3",
          "U4",
        ]);
        // "soon": in memory when it resolves, and durable once the store is closed.
        await store.append("audit", [entry("U5")], { sync: "soon" });
        expect(store.data.audit.at(-1)?.by).toBe("U5");
        await store.close();
        expect((await adapter.durable(db, "audit")).map((a) => a.by).at(-1)).toBe("U5");
      });

      it("writes a burst of changes together, each resolving once it is durable", async () => {
        const { store } = await openHere();
        const before = store.version;
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.update((d) => {
              d.reports.push(report(String(i)));
              return i;
            }),
          ),
        );
        expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
        // One write for the first change, one for the 19 that queued behind it.
        expect(store.version - before).toBe(2);
        expect((await adapter.durable(db, "reports")).map((r) => r.note)).toEqual(
          Array.from({ length: 20 }, (_, i) => String(i)),
        );
      });

      it("a row replaced by a change is written as replaced, not added", async () => {
        const { store } = await openHere();
        const id = store.data.facts[5]?.id as string;
        await store.update((d) => {
          const i = d.facts.findIndex((f) => f.id === id);
          d.facts[i] = { ...(d.facts[i] as (typeof d.facts)[0]), status: "rejected" };
        });
        const facts = await adapter.durable(db, "facts");
        expect(facts.length).toBe(store.data.facts.length);
        expect(facts.find((f) => f.id === id)?.status).toBe("rejected");
      });

      it("an editor's review decisions (rows replaced, said so) are durable and read back on reopen", async () => {
        const { store } = await openHere();
        const ids = [3, 7, 11].map((i) => store.data.facts[i]?.id as string);
        const event = store.data.events[2]?.id as string;
        const touches = ["sources", "events", "facts", "audit"] as const;
        for (const [n, id] of ids.entries())
          await store.update((d) => {
            const i = d.facts.findIndex((f) => f.id === id);
            d.facts[i] = { ...(d.facts[i] as (typeof d.facts)[0]), status: "rejected" };
            d.audit.push(entry(`U${n}`));
          }, touches);
        await store.update((d) => {
          const i = d.events.findIndex((e) => e.id === event);
          d.events[i] = { ...(d.events[i] as (typeof d.events)[0]), status: "rejected" };
        }, touches);
        // The first decided again; a refused decision changes nothing.
        await store.update((d) => {
          const i = d.facts.findIndex((f) => f.id === ids[0]);
          d.facts[i] = { ...(d.facts[i] as (typeof d.facts)[0]), status: "reviewed", note: "n" };
        }, touches);
        await store.update(() => "already reviewed", touches);
        const facts = await adapter.durable(db, "facts");
        expect(facts.map((f) => f.id)).toEqual(store.data.facts.map((f) => f.id));
        expect(ids.map((id) => facts.find((f) => f.id === id)?.status)).toEqual([
          "reviewed",
          "rejected",
          "rejected",
        ]);
        expect((await adapter.durable(db, "events")).find((e) => e.id === event)?.status).toBe(
          "rejected",
        );
        await store.close();
        const { store: again } = await openHere();
        expect(again.data.facts).toEqual(store.data.facts);
        expect(again.data.events).toEqual(store.data.events);
        expect(again.data.audit.map((a) => a.by)).toEqual(["U0", "U1", "U2"]);
      });

      it("a change that throws in a burst is refused alone; the others are written in order", async () => {
        const { store } = await openHere();
        const push = (note: string) =>
          store.update((d) => {
            d.reports.push(report(note));
          });
        const a = push("a");
        const b = push("b");
        const bad = store.update((d) => {
          d.reports.pop();
          throw new Error("bad change");
        });
        const c = push("c");
        await expect(bad).rejects.toThrow("bad change");
        await Promise.all([a, b, c]);
        expect((await adapter.durable(db, "reports")).map((r) => r.note)).toEqual(["a", "b", "c"]);
        expect(store.data.reports.map((r) => r.note)).toEqual(["a", "b", "c"]);
      });

      it("a change that throws does not stop the ones after it", async () => {
        const { store } = await openHere();
        const bad = store.update(() => {
          throw new Error("nope");
        });
        const good = store.update((d) => d.facts.length);
        await expect(bad).rejects.toThrow("nope");
        expect(await good).toBeGreaterThan(0);
      });

      it("a change that throws half-way leaves memory as it was", async () => {
        const { store } = await openHere();
        const before = store.data.facts.length;
        await expect(
          store.update((d) => {
            d.facts.pop();
            throw new Error("half-way");
          }),
        ).rejects.toThrow("half-way");
        expect(store.data.facts.length).toBe(before);
        expect(await store.update((d) => d.facts.length)).toBe(before);
      });
    });

    describe("close", () => {
      it("waits for the writes already asked for, then refuses more", async () => {
        const { store } = await openHere();
        const write = store.update((d) => {
          d.audit.push(entry("U1"));
        });
        await store.close();
        await write;
        expect((await adapter.durable(db, "audit")).map((a) => a.by)).toEqual(["U1"]);
        await expect(store.update(() => undefined)).rejects.toThrow(/the store is closed/);
      });
    });

    describe("claims", () => {
      it("a request is claimed once; a replay inside ten minutes is refused, after it is not", async () => {
        const { store } = await openHere();
        const at = new Date("2026-11-22T10:00:00Z");
        expect(await store.claim("event:T1:Ev1", at)).toBe(true);
        expect(await store.claim("event:T1:Ev1", new Date(at.getTime() + 60_000))).toBe(false);
        expect(await store.claim("event:T1:Ev2", at)).toBe(true);
        expect(await store.claim("event:T1:Ev1", new Date(at.getTime() + 11 * 60_000))).toBe(true);
      });

      it("a claim survives a restart", async () => {
        const { store } = await openHere();
        const at = new Date();
        expect(await store.claim("command:T1:trigger-1", at)).toBe(true);
        await store.close();
        const { store: again } = await openHere();
        expect(await again.claim("command:T1:trigger-1", at)).toBe(false);
      });
    });

    describe("exclusive", () => {
      it("runs one piece of work of a name at a time; a second of the same name is turned away", async () => {
        const { store } = await openHere();
        let release = () => {};
        const held = store.exclusive(
          "digest:C1:2026-11-22",
          () =>
            new Promise<string>((r) => {
              release = () => r("first");
            }),
        );
        await new Promise((r) => setTimeout(r, 50));
        expect(await store.exclusive("digest:C1:2026-11-22", async () => "second")).toBeNull();
        expect(await store.exclusive("digest:C2:2026-11-22", async () => "other")).toBe("other");
        release();
        expect(await held).toBe("first");
        expect(await store.exclusive("digest:C1:2026-11-22", async () => "again")).toBe("again");
      });
    });

    describe("revisions", () => {
      it("move only for the collections a change says it touches", async () => {
        const { store } = await openHere();
        const facts = store.revisionOf(["facts"]);
        const runs = store.revisionOf(["factchecks"]);
        await store.update((d) => d.factchecks.length, ["factchecks"]);
        expect(store.revisionOf(["facts"])).toBe(facts);
        expect(store.revisionOf(["factchecks"])).toBe(runs + 1);
        await store.update((d) => d.facts.length);
        expect(store.revisionOf(["facts"])).toBe(facts + 1);
      });
    });
  },
);
