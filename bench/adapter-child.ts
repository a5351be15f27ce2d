/**
 * One store adapter measured in a fresh process, at the archive size it is given: open the
 * desk (load, validate, analyse) as `factdesk start` does, time the queries, then the writes
 * that grow with use (fact-check runs, one at a time, each durable before the next), an
 * editor's resolution and review decisions, and a Slack request's claim. With a second desk on
 * the same database
 * (PostgreSQL only), how long until it answers with the first one's resolution.
 * Prints one JSON line.
 *
 *   node --import tsx bench/adapter-child.ts <file|postgres://…> <max seconds of writes>
 */
import { openDesk } from "../src/app/desk.ts";
import { resolveDispute } from "../src/app/editorial.ts";
import { disputes, swap, totals } from "../src/domain/queries.ts";
import { isDatabaseUrl } from "../src/store/fact-store.ts";
import { percentile, time } from "./stats.ts";

const db = process.argv[2] as string;
const writeSeconds = Number(process.argv[3] ?? 5);

const t0 = performance.now();
const desk = await openDesk({ file: db });
const k = desk.knowledge();
const startupMs = performance.now() - t0;
if (global.gc) global.gc();
const rssMb = process.memoryUsage().rss / 2 ** 20;

const days = [...k.catalog.eventsByDay.keys()];
const queryMs = [
  ...time(400, (i) => swap(k, days[(i * 7919) % days.length] as string)),
  ...time(400, () => totals(k)),
  ...time(400, () => disputes(k)),
];

// Writes that grow with use: a fact-check run recorded, one at a time, until the time is up.
const answer = desk.factcheck("On May 24, 2025, each side freed 307 prisoners.");
// Server CPU per run recorded (every thread of the process, fsync's included): what a
// /factcheck costs beyond the check itself.
const writeMs: number[] = [];
const writeCpuMs: number[] = [];
const w0 = performance.now();
while (performance.now() - w0 < writeSeconds * 1000 && writeMs.length < 2_000) {
  const s = performance.now();
  const c = process.cpuUsage();
  await desk.recordFactcheck(answer, "bench");
  const used = process.cpuUsage(c);
  writeMs.push(performance.now() - s);
  writeCpuMs.push((used.user + used.system) / 1000);
}
const writesPerSec = writeMs.length / ((performance.now() - w0) / 1000);

const claimMs: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  await desk.store.claim(`bench:${process.pid}:${i}`);
  claimMs.push(performance.now() - s);
}

// An editor's resolution: the write, then the next answer built from the re-analysed store.
// With a second desk on the database (already analysed, as a running instance's would be):
// when the row is in its memory (the notice and the fetch), then in its answers.
// Disputes still open: each run on one database resolves three, and a dispute already resolved
// would time a refusal, not a resolution.
const open = k.findings.disputes.filter((d) => !k.catalog.resolutions.has(d.id)).map((d) => d.id);
const resolutionMs: number[] = [];
let seenElsewhereMs: number | null = null;
let fetchedElsewhereMs: number | null = null;
const other = isDatabaseUrl(db) ? await openDesk({ file: db }) : null;
other?.knowledge();
const until = async (ok: () => boolean) => {
  const s = performance.now();
  while (!ok() && performance.now() - s < 10_000) await new Promise((r) => setTimeout(r, 1));
};
for (const id of open.slice(0, 3)) {
  const s = performance.now();
  await resolveDispute(desk.store, desk.knowledge, {
    disputeId: id,
    choice: { kind: "both-stand" },
    note: null,
    by: "U_BENCH",
    now: new Date().toISOString(),
  });
  const writtenMs = performance.now() - s;
  if (other && fetchedElsewhereMs === null) {
    // Before this desk re-analyses: both desks share this process's one thread here.
    await until(() => other.store.data.resolutions.some((r) => r.disputeId === id));
    fetchedElsewhereMs = performance.now() - s;
    const elsewhere = other.newsroom({ tz: "UTC" });
    await until(() => Boolean(elsewhere.dispute(id)?.resolution));
    seenElsewhereMs = performance.now() - s;
  }
  const t = performance.now();
  desk.newsroom({ tz: "UTC" }).dispute(id);
  resolutionMs.push(writtenMs + (performance.now() - t));
}
await other?.close();

// An editor's review decisions: nine proposed facts approved one at a time (the median). The
// decision is the write the editor waits for; the next answer (the review queue redrawn)
// re-analyses the archive, as any change to the facts does.
const reviewWriteMs: number[] = [];
const reviewAnswerMs: number[] = [];
const newsroom = desk.newsroom({ tz: "UTC" });
const proposed = desk.store.data.facts.filter((f) => f.status === "unreviewed").slice(0, 9);
for (const fact of proposed) {
  const s = performance.now();
  const result = await newsroom.reviewFact({
    factId: fact.id,
    choice: { kind: "approve" },
    by: "U_BENCH",
  });
  reviewWriteMs.push(performance.now() - s);
  if (!result.ok) throw new Error(`review of ${fact.id} refused: ${result.reason}`);
  const t = performance.now();
  newsroom.reviewItem(fact.id);
  reviewAnswerMs.push(performance.now() - t);
}
await desk.close();

process.stdout.write(
  `${JSON.stringify({
    facts: desk.store.data.facts.length,
    startupMs,
    rssMb,
    queryP99: percentile(queryMs, 99),
    writesPerSec,
    writeP50: percentile(writeMs, 50),
    writeP99: percentile(writeMs, 99),
    writes: writeMs.length,
    writeCpuP50: percentile(writeCpuMs, 50),
    claimP50: percentile(claimMs, 50),
    claimP99: percentile(claimMs, 99),
    resolutionMs: percentile(resolutionMs, 50),
    reviewMs: percentile(reviewWriteMs, 50),
    reviewAnswerMs: percentile(reviewAnswerMs, 50),
    seenElsewhereMs,
    fetchedElsewhereMs,
  })}\n`,
);
