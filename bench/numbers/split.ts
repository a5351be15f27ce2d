/**
 * Splits the labelled number sentences once, before anything is run on them: per domain file,
 * the sentences are ordered by a sha256 of their id and the first half becomes `dev.yaml`, the
 * rest `sealed.yaml`. Refuses to overwrite a split; kept so the split can be audited.
 *
 *   node --import tsx bench/numbers/split.ts FOLDER_WITH_DOMAIN_FILES [OUT_SUBFOLDER] [--reviewed]
 *
 * A file is either a list of sentences (one domain per file, named by the file) or
 * `{ sentences: [...] }` with a `domain` on each (one writer per file). With `--reviewed`, a
 * reviewer's corrected labels may replace a split whose halves hold exactly the same ids.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

const [from, sub] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const reviewed = process.argv.includes("--reviewed");
if (!from) throw new Error("usage: split.ts FOLDER_WITH_DOMAIN_FILES [OUT_SUBFOLDER]");
const out = path.resolve(import.meta.dirname, "..", "..", "test", "eval", "numbers", sub ?? "");
const hash = (id: string) => createHash("sha256").update(id).digest("hex");

const halves: Record<"dev" | "sealed", unknown[]> = { dev: [], sealed: [] };
for (const file of readdirSync(from)
  .filter((f) => f.endsWith(".yaml"))
  .sort()) {
  const domain = path.basename(file, ".yaml");
  const doc = parse(readFileSync(path.join(from, file), "utf8")) as
    | { id: string }[]
    | { sentences: { id: string }[] };
  const items = Array.isArray(doc) ? doc.map((it) => ({ domain, ...it })) : [...doc.sentences];
  items.sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
  const half = Math.ceil(items.length / 2);
  halves.dev.push(...items.slice(0, half));
  halves.sealed.push(...items.slice(half));
}
for (const part of ["dev", "sealed"] as const) {
  const file = path.join(out, `${part}.yaml`);
  const list = [...(halves[part] as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  if (existsSync(file)) {
    if (!reviewed) throw new Error(`${file} exists: the split is made once`);
    const before = (parse(readFileSync(file, "utf8")) as { sentences: { id: string }[] }).sentences;
    if (before.map((x) => x.id).join() !== list.map((x) => x.id).join())
      throw new Error(`${file}: the reviewed files do not hold the same sentences`);
  }
  writeFileSync(file, stringify({ sentences: list }, { lineWidth: 0, collectionStyle: "any" }));
  console.log(`${part}.yaml: ${list.length}`);
}
