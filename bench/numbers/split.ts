/**
 * Splits the labelled number sentences once, before anything is run on them: per domain file,
 * the sentences are ordered by a sha256 of their id and the first half becomes `dev.yaml`, the
 * rest `sealed.yaml`. Refuses to overwrite a split; kept so the split can be audited.
 *
 *   node --import tsx bench/numbers/split.ts FOLDER_WITH_DOMAIN_FILES
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

const [from] = process.argv.slice(2);
if (!from) throw new Error("usage: split.ts FOLDER_WITH_DOMAIN_FILES");
const out = path.resolve(import.meta.dirname, "..", "..", "test", "eval", "numbers");
const hash = (id: string) => createHash("sha256").update(id).digest("hex");

const halves: Record<"dev" | "sealed", unknown[]> = { dev: [], sealed: [] };
for (const file of readdirSync(from)
  .filter((f) => f.endsWith(".yaml"))
  .sort()) {
  const domain = path.basename(file, ".yaml");
  const items = (parse(readFileSync(path.join(from, file), "utf8")) as { id: string }[]).map(
    (it) => ({ domain, ...it }),
  );
  items.sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
  const half = Math.ceil(items.length / 2);
  halves.dev.push(...items.slice(0, half));
  halves.sealed.push(...items.slice(half));
}
for (const part of ["dev", "sealed"] as const) {
  const file = path.join(out, `${part}.yaml`);
  if (existsSync(file)) throw new Error(`${file} exists: the split is made once`);
  const list = [...(halves[part] as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(file, stringify({ sentences: list }, { lineWidth: 0, collectionStyle: "any" }));
  console.log(`${part}.yaml: ${list.length}`);
}
