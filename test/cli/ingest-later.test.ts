// A newcomer's path through the terminal: ingest a later article by file or by link, see the
// new event proposed, approve it, and ask /swap about it. Pages come from nock, never the network.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-later-"));
  db = path.join(dir, "live.json");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  nock.cleanAll();
});
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

const run = (argv: string[]) => runCli(argv, { env: { FACTDESK_DB: db } });
const PAGE = readFileSync(
  path.resolve(import.meta.dirname, "..", "fixtures", "pages", "bodies.html"),
  "utf8",
);
// A public address written as such: no DNS is asked, and nock answers for it.
const HOST = "http://93.184.216.34";

const WIRE = `Ukraine, Russia swap prisoners in first stage of Istanbul deal

KYIV, June 9 (Meridian) — Ukraine and Russia exchanged 307 prisoners each on Monday, the first stage of a swap agreed at the second round of talks in Istanbul on June 2, the Coordination Headquarters said.

The Headquarters said the freed men were all under 25. One of them turns 24 on June 19.
`;

describe("factdesk ingest: later exchanges", () => {
  it("a file proposes the new exchange and talks; approved, /swap june-9 answers with them", async () => {
    const f = path.join(dir, "wire.txt");
    writeFileSync(f, WIRE);
    const r = await run([
      "ingest",
      f,
      "--outlet",
      "Meridian Wire Service",
      "--published",
      "2025-06-09",
    ]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("New events (unreviewed until an editor approves them): 2");
    expect(r.stdout).toMatch(/Exchange of June 9, 2025 \[exchange\] — \/swap june-9/);
    expect(r.stdout).toMatch(/Second round of talks in Istanbul \(June 2, 2025\) \[talks\]/);
    expect(r.stdout).not.toMatch(/June 19/);
    // Unreviewed, the event answers nothing yet.
    expect((await run(["swap", "june-9"])).stdout).toMatch(/No exchange on June 9, 2025/);
    const stored = JSON.parse(readFileSync(db, "utf8"));
    const event = stored.events.find((e: { id: string }) => e.id === "exchange-2025-06-09");
    expect(event).toMatchObject({ status: "unreviewed", kind: "exchange" });
    expect(WIRE.slice(event.quote.start, event.quote.end)).toBe(event.quote.text);
    const source = stored.sources.at(-1);
    const approved = await run(["review", "approve-source", source.id]);
    expect(approved.stdout).toMatch(/Approved 2 events and \d+ facts? from/);
    const swap = await run(["swap", "june-9"]);
    expect(swap.stdout).toContain("Exchange of June 9, 2025");
    expect(swap.stdout).toContain("307");
  });

  it("--url fetches the page, reads the article and keeps its text byte for byte", async () => {
    nock(HOST).get("/2025/06/12/bodies").reply(200, PAGE, { "content-type": "text/html" });
    const url = `${HOST}/2025/06/12/bodies`;
    const r = await run(["ingest", "--url", url]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Kyiv Ledger, June 12, 2025");
    expect(r.stdout).toContain("by Olena Kovalchuk");
    expect(r.stdout).toMatch(/Return of the bodies of the fallen \(June 12, 2025\) \[bodies\]/);
    expect(r.stdout).toMatch(/1,200 — Bodies of the fallen returned to Ukraine/i);
    const stored = JSON.parse(readFileSync(db, "utf8"));
    const source = stored.sources.at(-1);
    expect(source.url).toBe(url);
    expect(source.text.startsWith("Ukraine receives 1,200 bodies of the fallen\n\n")).toBe(true);
    for (const f of stored.facts.filter((x: { sourceId: string }) => x.sourceId === source.id))
      expect(source.text.slice(f.quote.start, f.quote.end)).toBe(f.quote.text);
    // The same link again is recognised before anything is fetched.
    const again = await run(["ingest", "--url", url]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already in the store/);
  });

  it("refuses a link into the private network with one clear line", async () => {
    const r = await run(["ingest", "--url", "http://127.0.0.1:8080/admin"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not ingested: .*private, loopback or link-local/);
  });
});
