// Run by lock.test.ts as its own process: opens the store at argv[2], says so, and holds it
// until it is killed (SIGKILL leaves the lock behind, as a crashed bot would).
import { Store } from "../../src/store/store.ts";
import { BUNDLED } from "../helpers/store.ts";

const file = process.argv[2] as string;
await Store.open({ file, bundled: BUNDLED });
process.stdout.write(`holding ${process.pid}\n`);
setInterval(() => {}, 1000);
