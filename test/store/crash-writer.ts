// A process that writes to a store as fast as it can and says "ack N" once write N is on
// disk. The crash test kills it with SIGKILL at random moments. Most writes are activity only
// (an audit entry: the journal, appended); every fifth also adds a resolution (the resolutions
// file, rewritten, and its audit entry in the journal), as an editor's does; and every other one
// of those adds a claimant too, so the store file is rewritten as well (all three files in one
// write). Every seventh records a fact-check run a year old and then compacts the journal by
// age, as the daily compaction does: the whole journal rewritten (temp, fsync, rename) without
// the old runs, every audit entry kept. Of the rest, every third is an editor's review decision:
// a fact replaced (its note naming the write), said to touch the facts, so it goes to the
// overlay of review decisions (rewritten whole), which the writes to the store file fold in.
// Before each write, as a Slack request is claimed before it is acked, the writer claims
// `crash:N` in the sidecar of replay claims (handled.ts): written, not fsynced, before it
// resolves, so the kill checks that a claim in the page cache survives the process.
import { Store } from "../../src/store/store.ts";

/** The replay claim write `i` makes before it is written. */
export const claimKey = (i: number): string => `crash:${i}`;

export const FILE_WRITE_EVERY = 5;

/** Whether write `i` also adds a claimant (the store file). */
export const touchesStoreFile = (i: number): boolean =>
  i % (2 * FILE_WRITE_EVERY) === FILE_WRITE_EVERY;

/** Whether write `i` is followed by a compaction of the journal (before its ack). */
export const compactsJournal = (i: number): boolean => i % 7 === 3;

/** Whether write `i` is a review decision: the fact at `i % facts` gets the note reviewNote(i). */
export const reviewsFact = (i: number): boolean =>
  i % FILE_WRITE_EVERY !== 0 && !compactsJournal(i) && i % 3 === 1;

export const reviewNote = (i: number): string => `crash-review-${i}`;

const [file, bundled] = process.argv.slice(2) as [string, string];
if (file && bundled) {
  const { store } = await Store.open({ file, bundled });
  const start = store.data.audit.filter((a) => a.by === "crash-test").length;
  for (let i = start; ; i++) {
    // A claim made before the kill may be found again after the restart: not fresh then.
    await store.claim(claimKey(i));
    const at = new Date().toISOString();
    const audit = {
      at,
      by: "crash-test",
      action: "write",
      target: String(i),
      before: null,
      after: i,
    };
    if (i % FILE_WRITE_EVERY === 0) {
      const resolution = {
        id: `crash-${i}`,
        disputeId: `crash-${i}`,
        trustedFactIds: [],
        verdict: "both-stand" as const,
        note: null,
        by: "crash-test",
        at,
      };
      if (touchesStoreFile(i)) {
        // Undeclared: it may touch anything, so the store file is rewritten too.
        await store.update((d) => {
          d.claimants.push({ id: `crash-${i}`, name: `Crash ${i}`, party: "press" });
          d.resolutions.push(resolution);
          d.audit.push(audit);
        });
      } else {
        // As an editor's resolution declares it: the resolutions file and the journal only.
        await store.update(
          (d) => {
            d.resolutions.push(resolution);
            d.audit.push(audit);
          },
          ["resolutions", "audit"],
        );
      }
    } else if (compactsJournal(i)) {
      const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();
      await store.update(
        (d) => {
          d.factchecks.push({ at: yearAgo, by: "crash-test", claims: 0, verdicts: {}, wrong: [] });
          d.audit.push(audit);
        },
        ["factchecks", "audit"],
      );
      await store.compactJournal();
    } else if (reviewsFact(i)) {
      await store.update(
        (d) => {
          const k = i % d.facts.length;
          d.facts[k] = { ...(d.facts[k] as (typeof d.facts)[0]), note: reviewNote(i) };
          d.audit.push(audit);
        },
        ["facts", "audit"],
      );
    } else {
      await store.update(
        (d) => {
          d.audit.push(audit);
        },
        ["audit"],
      );
    }
    process.stdout.write(`ack ${i}\n`);
  }
}
