/**
 * Splits the blind evaluation corpus once, before any tuning: per voice, the drafts are ordered
 * by a hash of their id and the first half becomes the dev set, the rest the sealed set. Run
 * once (it refuses to overwrite a split); kept so the split can be audited.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

const [from] = process.argv.slice(2);
if (!from) throw new Error("usage: split-eval.ts FOLDER_WITH_VOICE_FILES");
const out = path.resolve(import.meta.dirname, "..", "test", "eval", "blind");
const hash = (id: string) => createHash("sha256").update(id).digest("hex");

for (const voice of ["wire", "local", "ministry", "translated", "liveblog", "rough", "ingest"]) {
  const doc = parse(readFileSync(path.join(from, `${voice}.yaml`), "utf8"));
  const key = voice === "ingest" ? "articles" : "drafts";
  const items = [...doc[key]].sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
  const half = Math.ceil(items.length / 2);
  for (const [part, list] of [
    ["dev", items.slice(0, half)],
    ["sealed", items.slice(half)],
  ] as const) {
    const file = path.join(out, part, `${voice}.yaml`);
    if (existsSync(file)) throw new Error(`${file} exists: the split is made once`);
    const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id));
    writeFileSync(file, stringify({ ...doc, [key]: sorted }, { lineWidth: 0 }));
    console.log(`${part}/${voice}.yaml: ${sorted.length}`);
  }
}
