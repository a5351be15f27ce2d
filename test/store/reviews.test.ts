// Editors' review decisions (approve, reject, correct, classify a proposed fact; approve or
// reject a proposed event; approve a source) replace a few rows of the store file's lists. They
// are kept in a small validated overlay of their own beside the store (`<store>.reviews.json`),
// so that a decision does not rewrite the archive, and laid over the store file when it opens.
// A write that rewrites the store file anyway (an ingest, any write that adds or removes a row,
// or that does not say what it touches) takes the decisions into it and then empties the
// overlay; so does a decision that would make the overlay larger than OVERLAY_MAX_BYTES. A bad
// overlay stops start-up naming the file, and nothing is written; a failed write leaves memory
// and disk as they were.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reviewEvent, reviewFact } from "../../src/app/editorial.ts";
import { DurableTextFile } from "../../src/store/durable-file.ts";
import { journalFileOf } from "../../src/store/journal.ts";
import {
  noReviews,
  OVERLAY_MAX_BYTES,
  parseReviewsText,
  ReviewsFile,
  reviewsFileOf,
  reviewsText,
} from "../../src/store/reviews.ts";
import type { Event, Fact, StoreData } from "../../src/store/schema.ts";
import { readStoreFiles, Store, StoreError } from "../../src/store/store.ts";
import { migrateStore } from "../../src/store/transfer.ts";
import { runCli } from "../helpers/cli.ts";
import { BUNDLED, bundledData } from "../helpers/store.ts";

let dir: string;
let file: string;
let reviews: string;
const opened: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-reviews-"));
  file = path.join(dir, "live.json");
  reviews = reviewsFileOf(file);
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

async function open() {
  const opening = await Store.open({ file, bundled: BUNDLED });
  opened.push(opening.store);
  return opening;
}

/**
 * A live store whose last three facts (and the event of the first of them) were proposed by an
 * ingest and await review, as the bundled store's facts never do.
 */
function storeWithProposals(): StoreData {
  const data = bundledData();
  const n = data.facts.length;
  for (let i = n - 3; i < n; i++) {
    data.facts[i] = { ...(data.facts[i] as Fact), status: "unreviewed" };
  }
  const eventId = (data.facts[n - 3] as Fact).eventId;
  const e = data.events.findIndex((x) => x.id === eventId);
  data.events[e] = { ...(data.events[e] as Event), status: "unreviewed" };
  return data;
}

const proposed = (data: StoreData) => data.facts.slice(-3).map((f) => f.id);

const stamp = () => {
  const s = statSync(file);
  return { ino: s.ino, mtimeMs: s.mtimeMs, size: s.size };
};

const decide = (store: Store, factId: string, kind: "approve" | "reject", by = "U_ED") =>
  reviewFact(store, { factId, action: { kind }, by, now: "2026-11-30T10:00:00.000Z" });

const onDisk = () => parseReviewsText(readFileSync(reviews, "utf8"), reviews);

describe("the reviews overlay", () => {
  it("an editor's decision writes its own small file and the journal, never the store file", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a, b] = proposed(store.data) as [string, string];
    const text = readFileSync(file, "utf8");
    const before = stamp();
    expect((await decide(store, a, "approve")).ok).toBe(true);
    expect((await decide(store, b, "reject")).ok).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(stamp()).toEqual(before);
    // The facts as the decisions left them (the event approved with the first), and nothing else.
    const own = onDisk();
    expect(own.facts.map((f) => [f.id, f.status])).toEqual([
      [a, "reviewed"],
      [b, "rejected"],
    ]);
    expect(own.events.map((e) => e.status)).toEqual(["reviewed"]);
    expect(own.sources).toEqual([]);
    expect(statSync(reviews).mode & 0o777).toBe(0o600);
    expect(readFileSync(journalFileOf(file), "utf8")).toContain('"action":"approve"');
    // Read back as the store opens, and as migrate-store and the crash test read it.
    await store.close();
    const { store: again } = await open();
    expect(again.data.facts.find((f) => f.id === a)?.status).toBe("reviewed");
    expect(again.data.facts.find((f) => f.id === b)?.status).toBe("rejected");
    expect(again.data).toEqual(store.data);
    expect((await readStoreFiles(file)).facts).toEqual(store.data.facts);
    // Opening changed nothing on disk: the overlay stays until the store file is next written.
    expect(stamp()).toEqual(before);
    expect(onDisk()).toEqual(own);
  });

  it("is one object with a row a line, and reads back what it wrote", () => {
    const data = bundledData();
    const rows = { sources: [], events: data.events.slice(0, 2), facts: data.facts.slice(0, 3) };
    const text = reviewsText(rows);
    // Each list opens and closes on a line of its own, a row a line between.
    expect(text.split("\n").slice(0, -1)).toEqual([
      '{"sources":[],',
      '"events":[',
      ...rows.events.map((r, i) => `${JSON.stringify(r)}${i < 1 ? "," : ""}`),
      "],",
      '"facts":[',
      ...rows.facts.map((r, i) => `${JSON.stringify(r)}${i < 2 ? "," : ""}`),
      "]}",
    ]);
    expect(parseReviewsText(text, "x")).toEqual(rows);
    expect(parseReviewsText(reviewsText(noReviews()), "x")).toEqual(noReviews());
  });

  it("a row decided twice is in it once, as it stands; a refused decision writes nothing", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a] = proposed(store.data) as [string];
    await decide(store, a, "approve");
    const text = readFileSync(reviews, "utf8");
    const inode = statSync(reviews).ino;
    const before = stamp();
    const again = await decide(store, a, "reject");
    expect(again.ok).toBe(false);
    expect(readFileSync(reviews, "utf8")).toBe(text);
    expect(statSync(reviews).ino).toBe(inode);
    expect(stamp()).toEqual(before);
    // The same fact replaced again (a correction of an approved figure, as a write may make).
    await store.update(
      (d) => {
        const i = d.facts.findIndex((f) => f.id === a);
        d.facts[i] = { ...(d.facts[i] as Fact), note: "checked again" };
      },
      ["facts"],
    );
    expect(onDisk().facts.map((f) => [f.id, f.status, f.note])).toEqual([
      [a, "reviewed", "checked again"],
    ]);
    expect(stamp()).toEqual(before);
  });

  it("rows in it are frozen: an edit in place is refused and leaves memory and disk as they were", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a] = proposed(store.data) as [string];
    await decide(store, a, "approve");
    const text = readFileSync(reviews, "utf8");
    await expect(
      store.update(
        (d) => {
          (d.facts.find((f) => f.id === a) as { note?: string }).note = "in place";
        },
        ["facts"],
      ),
    ).rejects.toThrow(TypeError);
    expect(store.data.facts.find((f) => f.id === a)?.note).toBeUndefined();
    expect(readFileSync(reviews, "utf8")).toBe(text);
  });

  it("a write that rewrites the store file takes the decisions into it, and empties the overlay after", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a, b] = proposed(store.data) as [string, string];
    await decide(store, a, "approve");
    await decide(store, b, "reject");
    // An ingest adds a fact: the store file is rewritten, with both decisions in it.
    await store.update((d) => {
      d.facts.push({ ...(d.facts[0] as Fact), id: "added-by-ingest", status: "unreviewed" });
    });
    const inFile = JSON.parse(readFileSync(file, "utf8")) as StoreData;
    expect(inFile.facts.find((f) => f.id === a)?.status).toBe("reviewed");
    expect(inFile.facts.find((f) => f.id === b)?.status).toBe("rejected");
    expect(onDisk()).toEqual(noReviews());
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // And the next decision starts a new overlay.
    await decide(store, "added-by-ingest", "approve");
    expect(onDisk().facts.map((f) => f.id)).toEqual(["added-by-ingest"]);
    await store.close();
    const { store: again } = await open();
    expect(again.data).toEqual(store.data);
  });

  it("a decision that would take it past its size is folded into the store file instead", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a, b] = proposed(store.data) as [string, string];
    await decide(store, a, "approve");
    const before = stamp();
    const long = "x".repeat(OVERLAY_MAX_BYTES);
    await store.update(
      (d) => {
        const i = d.facts.findIndex((f) => f.id === b);
        d.facts[i] = { ...(d.facts[i] as Fact), note: long };
      },
      ["facts"],
    );
    expect(stamp().ino).not.toBe(before.ino);
    const inFile = JSON.parse(readFileSync(file, "utf8")) as StoreData;
    expect(inFile.facts.find((f) => f.id === a)?.status).toBe("reviewed");
    expect(inFile.facts.find((f) => f.id === b)?.note).toBe(long);
    expect(onDisk()).toEqual(noReviews());
  });

  it("an event rejected with its facts: all of them in one write of the overlay", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const before = stamp();
    const event = store.data.events.find((e) => e.status === "unreviewed") as Event;
    const result = await reviewEvent(store, {
      eventId: event.id,
      action: "reject",
      by: "U_ED",
      now: "2026-11-30T10:00:00.000Z",
    });
    expect(result.ok && result.facts).toBeGreaterThan(0);
    expect(stamp()).toEqual(before);
    const own = onDisk();
    expect(own.events.map((e) => [e.id, e.status])).toEqual([[event.id, "rejected"]]);
    expect(own.facts.every((f) => f.status === "rejected" && f.eventId === event.id)).toBe(true);
    expect(own.facts).toHaveLength(result.ok ? result.facts : -1);
  });

  it("a crash after the store file was written, before the overlay was emptied: the next open reads the same", async () => {
    // The store file holds the decision (the fold's write went out); the overlay, not yet
    // emptied, holds it again.
    const data = storeWithProposals();
    const [a, b] = proposed(data) as [string, string];
    const i = data.facts.findIndex((f) => f.id === a);
    const approved = { ...(data.facts[i] as Fact), status: "reviewed" as const };
    data.facts[i] = approved;
    writeFileSync(file, JSON.stringify(data));
    writeFileSync(reviews, reviewsText({ sources: [], events: [], facts: [approved] }));
    const { store } = await open();
    expect(store.data.facts[i]).toEqual(approved);
    // A row the unacknowledged write changed goes back to the overlay's, its last acknowledged
    // version (here: the file says rejected, the overlay approved).
    await store.close();
    const j = data.facts.findIndex((f) => f.id === b);
    data.facts[j] = { ...(data.facts[j] as Fact), status: "rejected" };
    const accepted = { ...(data.facts[j] as Fact), status: "reviewed" as const };
    writeFileSync(file, JSON.stringify(data));
    writeFileSync(reviews, reviewsText({ sources: [], events: [], facts: [approved, accepted] }));
    const { store: again } = await open();
    expect(again.data.facts[j]).toEqual(accepted);
    // A row whose id the store file no longer has is left out.
    await again.close();
    const gone = { ...approved, id: "no-such-fact" };
    writeFileSync(reviews, reviewsText({ sources: [], events: [], facts: [gone] }));
    const { store: third } = await open();
    expect(third.data.facts.some((f) => f.id === "no-such-fact")).toBe(false);
    expect(third.data.facts.length).toBe(data.facts.length);
  });

  it("a store that writes its file at open (a fact merged in) takes the decisions into it", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a] = proposed(store.data) as [string];
    await decide(store, a, "approve");
    await store.close();
    const data = JSON.parse(readFileSync(file, "utf8")) as StoreData;
    const missing = data.facts[0]?.id as string;
    data.facts = data.facts.filter((f) => f.id !== missing);
    writeFileSync(file, JSON.stringify(data));
    const { store: again, report } = await open();
    expect(report.merged.facts).toBe(1);
    expect(again.data.facts.find((f) => f.id === a)?.status).toBe("reviewed");
    expect(
      (JSON.parse(readFileSync(file, "utf8")) as StoreData).facts.find((f) => f.id === a)?.status,
    ).toBe("reviewed");
    expect(onDisk()).toEqual(noReviews());
  });

  it("a bad file stops start-up naming the file and the problem, and nothing is written", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    await decide(store, proposed(store.data)[0] as string, "approve");
    await store.close();
    const storeText = readFileSync(file, "utf8");
    const bads: [string, RegExp][] = [
      ['{"sources":[],\n"events":[],\n"facts":[\n{"id":"f-1",\n', /: not valid JSON \(/],
      ['{"sources":[],"events":[],"facts":[{"id":"f-1"}]}\n', /: invalid at facts\.0\./],
      ['{"sources":[],"events":[],"facts":[],"extra":1}\n', /: invalid at \(top level\): /],
      ['{"facts":[]}\n', /: invalid at sources: /],
      ["[]\n", /: invalid at \(top level\): /],
    ];
    for (const [bad, why] of bads) {
      writeFileSync(reviews, bad);
      const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message.startsWith(`${reviews}: `)).toBe(true);
      expect((err as Error).message).toMatch(why);
      expect(readFileSync(reviews, "utf8")).toBe(bad);
      expect(readFileSync(file, "utf8")).toBe(storeText);
      expect(readdirSync(dir).filter((f) => f.includes("lock"))).toEqual([]);
    }
  });

  it("the command line and the bot's start refuse a bad file in one line naming it", async () => {
    await (await open()).store.close();
    writeFileSync(reviews, '{"sources":[],"events":[],"facts":[{"id":"BAD"}]}\n');
    for (const argv of [["swap", "may-24"], ["start"]]) {
      const r = await runCli(argv, { env: { FACTDESK_DB: file } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`factdesk: ${reviews}: invalid at facts.0`);
    }
  });

  it("decisions without their store file refuse to start a new store over them", async () => {
    writeFileSync(reviews, reviewsText(noReviews()));
    const err = await Store.open({ file, bundled: BUNDLED }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toContain(
      `${reviews}: review decisions without their store file`,
    );
    expect(() => readFileSync(file)).toThrow();
  });

  it("a failed write of the overlay: refused, memory as it was, and the next write puts it right", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a, b, c] = proposed(store.data) as [string, string, string];
    await decide(store, a, "approve");
    const write = vi
      .spyOn(ReviewsFile.prototype, "write")
      .mockRejectedValueOnce(new StoreError(`${reviews}: cannot write it (ENOSPC)`));
    await expect(decide(store, b, "approve")).rejects.toThrow("ENOSPC");
    expect(store.data.facts.find((f) => f.id === b)?.status).toBe("unreviewed");
    expect(store.data.audit.filter((x) => x.target === b)).toEqual([]);
    write.mockRestore();
    await decide(store, c, "reject");
    const disk = await readStoreFiles(file);
    expect(disk.facts.find((f) => f.id === a)?.status).toBe("reviewed");
    expect(disk.facts.find((f) => f.id === b)?.status).toBe("unreviewed");
    expect(disk.facts.find((f) => f.id === c)?.status).toBe("rejected");
    expect(disk.facts).toEqual(store.data.facts);
  });

  it("a failed store file write when folding: refused, memory as it was, the decisions kept", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a] = proposed(store.data) as [string];
    await decide(store, a, "approve");
    const original = DurableTextFile.prototype.write;
    vi.spyOn(DurableTextFile.prototype, "write").mockImplementation(async function (
      this: InstanceType<typeof DurableTextFile>,
      text: string,
    ) {
      if (this.file === file) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
      return original.call(this, text);
    });
    await expect(
      store.update((d) => void d.facts.push({ ...(d.facts[0] as Fact), id: "extra-fact" })),
    ).rejects.toThrow(`${file}: cannot write it (no space)`);
    expect(store.data.facts.some((f) => f.id === "extra-fact")).toBe(false);
    expect(store.data.facts.find((f) => f.id === a)?.status).toBe("reviewed");
    vi.restoreAllMocks();
    expect((await readStoreFiles(file)).facts).toEqual(store.data.facts);
    await store.close();
    const { store: again } = await open();
    expect(again.data.facts.find((f) => f.id === a)?.status).toBe("reviewed");
  });

  it("a failed emptying of the overlay after the store file was written: refused, and put right by the next write", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a, b] = proposed(store.data) as [string, string];
    await decide(store, a, "approve");
    vi.spyOn(ReviewsFile.prototype, "write").mockRejectedValueOnce(
      new StoreError(`${reviews}: cannot write it (EIO)`),
    );
    // The write replaces the decided row again and adds one: the store file is written with
    // both, and the overlay (which still says "approved, no note") could not be emptied.
    await expect(
      store.update((d) => {
        const i = d.facts.findIndex((f) => f.id === a);
        d.facts[i] = { ...(d.facts[i] as Fact), note: "unacknowledged" };
        d.facts.push({ ...(d.facts[0] as Fact), id: "extra-fact" });
      }),
    ).rejects.toThrow("EIO");
    vi.restoreAllMocks();
    // Memory is what the next open would read: the store file as written, the overlay over it.
    expect(store.data).toEqual(await readStoreFiles(file));
    expect(store.data.facts.find((f) => f.id === a)?.note).toBeUndefined();
    await decide(store, b, "reject");
    expect(store.data).toEqual(await readStoreFiles(file));
    await store.close();
    const { store: again } = await open();
    expect(again.data).toEqual(store.data);
  });
});

describe("migrate-store and the reviews overlay", () => {
  it("reads the decisions with the store file; the store it writes holds them", async () => {
    writeFileSync(file, JSON.stringify(storeWithProposals()));
    const { store } = await open();
    const [a] = proposed(store.data) as [string];
    await decide(store, a, "approve");
    await store.close();
    const to = path.join(dir, "moved.json");
    await migrateStore(file, to);
    const { store: there } = await Store.open({ file: to, bundled: BUNDLED });
    opened.push(there);
    expect(there.data.facts.find((f) => f.id === a)?.status).toBe("reviewed");
  });

  it("refuses a target with a reviews file already beside it", async () => {
    await (await open()).store.close();
    const to = path.join(dir, "moved.json");
    writeFileSync(reviewsFileOf(to), reviewsText(noReviews()));
    await expect(migrateStore(file, to)).rejects.toThrow(
      `${reviewsFileOf(to)}: already exists; migrate into a new file`,
    );
  });
});
