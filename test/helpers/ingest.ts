import { createHash } from "node:crypto";
import { proposeIngest } from "../../src/domain/ingest.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "./store.ts";

/**
 * One article ingested alone into the bundled store, as the CLI would (no link), published on
 * `published` and read at noon that day: the proposal, or a thrown error when there is none.
 */
export function proposeArticle(text: string, published: string, outlet = "Harbour Gazette") {
  const result = proposeIngest(analyse(bundledData()), {
    text,
    sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    outlet,
    published,
    url: null,
    now: `${published}T12:00:00.000Z`,
    by: "cli",
  });
  if (!result.ok) throw new Error("expected a proposal");
  return result.proposal;
}
