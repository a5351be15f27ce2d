/**
 * Splits the blind articles about later exchanges (issue 14) once, before anything is tuned on
 * them: ordered by a sha256 of their id, the first half becomes test/eval/later/dev.yaml, the
 * rest sealed.yaml. Refuses to overwrite a split; kept so the split can be audited.
 *
 *   node --import tsx scripts/split-later.ts FILE
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

const [from] = process.argv.slice(2);
if (!from) throw new Error("usage: split-later.ts FILE");
const out = path.resolve(import.meta.dirname, "..", "test", "eval", "later");
const hash = (id: string) => createHash("sha256").update(id).digest("hex");
const doc = parse(readFileSync(from, "utf8")) as { articles: { id: string }[] };
const items = [...doc.articles].sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
const half = Math.ceil(items.length / 2);
mkdirSync(out, { recursive: true });
for (const [part, list] of [
  ["dev", items.slice(0, half)],
  ["sealed", items.slice(half)],
] as const) {
  const file = path.join(out, `${part}.yaml`);
  if (existsSync(file)) throw new Error(`${file} exists: the split is made once`);
  const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(file, stringify({ articles: sorted }, { lineWidth: 0 }));
  console.log(`${part}.yaml: ${sorted.length}`);
}
