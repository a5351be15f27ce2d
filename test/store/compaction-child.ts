// Opens a store (which compacts its journal by age) and waits to be killed: the compaction
// test kills it with SIGKILL at varying moments, before, during and after the rewrite.
import { Store } from "../../src/store/store.ts";

const [file, bundled] = process.argv.slice(2) as [string, string];
if (file && bundled) {
  process.stdout.write("opening\n");
  await Store.open({ file, bundled });
  process.stdout.write("opened\n");
  setInterval(() => {}, 1_000);
}
