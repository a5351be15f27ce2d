// A process that writes to a store as fast as it can and says "ack N" once write N is on
// disk. The crash test kills it with SIGKILL at random moments.
import { Store } from "../../src/store/store.ts";

const [file, bundled] = process.argv.slice(2) as [string, string];
const { store } = await Store.open({ file, bundled });
const start = store.data.audit.length;
for (let i = start; ; i++) {
  await store.update((d) => {
    d.audit.push({
      at: new Date().toISOString(),
      by: "crash-test",
      action: "write",
      target: String(i),
      before: null,
      after: i,
    });
  });
  process.stdout.write(`ack ${i}\n`);
}
