/**
 * Splits the blind reporters' questions (issue 12) once, before anything is tuned on them: per
 * writer's file, the questions are ordered by a sha256 of their id and the first half becomes
 * the dev set, the rest the sealed set. A follow-up carries its thread in `context`, so each
 * question stands alone in either half.
 *
 *   node --import tsx scripts/split-questions.ts FOLDER_WITH_WRITER_FILES [--reviewed]
 *
 * It refuses to overwrite a split, except with `--reviewed`: the reviewer's corrected labels
 * replace the writers' when the ids in each half are exactly the same as before.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

const [from] = process.argv.slice(2);
const reviewed = process.argv.includes("--reviewed");
if (!from) throw new Error("usage: split-questions.ts FOLDER_WITH_WRITER_FILES [--reviewed]");
const out = path.resolve(import.meta.dirname, "..", "test", "eval", "questions");
const hash = (id: string) => createHash("sha256").update(id).digest("hex");

for (const file of readdirSync(from)
  .filter((f) => /^[a-z]\.yaml$/.test(f))
  .sort()) {
  const doc = parse(readFileSync(path.join(from, file), "utf8")) as { questions: { id: string }[] };
  const items = [...doc.questions].sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
  const half = Math.ceil(items.length / 2);
  for (const [part, list] of [
    ["dev", items.slice(0, half)],
    ["sealed", items.slice(half)],
  ] as const) {
    const target = path.join(out, part, file);
    const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id));
    if (existsSync(target)) {
      const before = (
        parse(readFileSync(target, "utf8")) as { questions: { id: string }[] }
      ).questions
        .map((q) => q.id)
        .join(",");
      if (!reviewed) throw new Error(`${target} exists: the split is made once`);
      if (before !== sorted.map((q) => q.id).join(","))
        throw new Error(`${target}: the reviewed file does not hold the same questions`);
    }
    writeFileSync(target, stringify({ questions: sorted }, { lineWidth: 0 }));
    console.log(`${part}/${file}: ${sorted.length}`);
  }
}
