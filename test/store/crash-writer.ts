// A process that writes to a store as fast as it can and says "ack N" once write N is on
// disk. The crash test kills it with SIGKILL at random moments. Most writes are activity only
// (an audit entry: the journal, appended); every fifth also adds a resolution (the store file,
// rewritten, and its audit entry in the journal), as an editor's does.
import { Store } from "../../src/store/store.ts";

export const FILE_WRITE_EVERY = 5;

const [file, bundled] = process.argv.slice(2) as [string, string];
if (file && bundled) {
  const { store } = await Store.open({ file, bundled });
  const start = store.data.audit.filter((a) => a.by === "crash-test").length;
  for (let i = start; ; i++) {
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
      await store.update((d) => {
        d.resolutions.push({
          id: `crash-${i}`,
          disputeId: `crash-${i}`,
          trustedFactIds: [],
          verdict: "both-stand",
          note: null,
          by: "crash-test",
          at,
        });
        d.audit.push(audit);
      });
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
