// Rebuilds data/factdesk.json (the bundled store) from data/curation/store.yaml and the
// source texts. A test fails when the committed file is out of step with the curation.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildBundledStore, serialiseStore } from "../src/store/curation.ts";

const dataDir = path.resolve(import.meta.dirname, "..", "data");
const store = buildBundledStore(dataDir);
writeFileSync(path.join(dataDir, "factdesk.json"), serialiseStore(store));
console.log(
  `data/factdesk.json: ${store.sources.length} sources, ${store.events.length} events, ${store.facts.length} facts`,
);
