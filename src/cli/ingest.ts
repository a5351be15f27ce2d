/**
 * `factdesk ingest FILE --outlet NAME --published YYYY-MM-DD [--url URL] [--title T]`: a new
 * source and the facts it states, proposed as unreviewed, written in one change. Prints the
 * source, each proposed fact with its event and value, what was not stored, and the disputes
 * the new facts open.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { OpenedDesk } from "../app/desk.ts";
import type { DisputeView } from "../domain/answers.ts";
import { countWords } from "../domain/check/read/sentences.ts";
import { formatNewsroomDate, isIsoDate } from "../domain/dates.ts";
import { applyIngest, type IngestProposal, proposeIngest } from "../domain/ingest.ts";
import { valueText } from "../domain/labels.ts";
import { disputeView } from "../domain/views.ts";
import { readInput, UsageError } from "./usage.ts";

export interface IngestOptions {
  file: string;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  author?: string | undefined;
  json: boolean;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const Url = z.string().url();

export async function runIngest(
  getDesk: () => Promise<OpenedDesk>,
  io: Io,
  options: IngestOptions,
): Promise<number> {
  const outlet = options.outlet?.trim();
  if (!outlet) throw new UsageError("--outlet NAME is required: the outlet that published it");
  const published = options.published?.trim();
  if (!published || !isIsoDate(published)) {
    throw new UsageError(
      `--published must be the day it was published, written YYYY-MM-DD${published ? `, not "${published}"` : ""}`,
    );
  }
  if (options.url !== undefined && !Url.safeParse(options.url).success) {
    throw new UsageError(`--url must be a full link (https://…), not "${options.url}"`);
  }
  const text = await readInput(options.file, io);
  if (text.trim() === "") throw new UsageError(`${options.file}: the file is empty`);
  const sha256 = createHash("sha256").update(text, "utf8").digest("hex");

  const desk = await getDesk();
  const before = desk.knowledge();
  const result = proposeIngest(before, {
    text,
    sha256,
    outlet,
    published,
    url: options.url ?? null,
    title: options.title ?? null,
    author: options.author ?? null,
    now: new Date().toISOString(),
    by: "cli",
  });
  if (!result.ok) {
    throw new UsageError(
      `${options.file} is already in the store (source ${result.sourceId}, same sha256); nothing added`,
    );
  }
  const { proposal } = result;
  try {
    await desk.store.update((data) => applyIngest(data, proposal));
  } catch (err) {
    if (/already in the store/.test((err as Error).message)) {
      throw new UsageError(`${options.file} is already in the store; nothing added`);
    }
    throw err;
  }
  // The desk re-analyses on the new store version: the disputes the new facts open.
  const after = desk.knowledge();
  const known = new Set(before.findings.disputes.map((d) => d.id));
  const opened = after.findings.disputes
    .filter((d) => !known.has(d.id))
    .map((d) => disputeView(after.catalog, d));

  if (options.json) {
    const { text: _text, ...source } = proposal.source;
    io.stdout.write(
      `${JSON.stringify(
        {
          source,
          facts: proposal.facts.map((p) => ({
            ...p.fact,
            eventTitle: p.eventTitle,
            verdict: p.check.verdict,
            store: p.check.store,
          })),
          skipped: proposal.skipped,
          newDisputes: opened,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout.write(`${ingestText(proposal, text, opened)}\n`);
  }
  return 0;
}

function ingestText(p: IngestProposal, text: string, opened: DisputeView[]): string {
  const s = p.source;
  const lines = [
    `Added source ${s.id} (unreviewed): ${s.outlet}, ${formatNewsroomDate((s.published as { on: string }).on)}`,
  ];
  if (s.title) lines.push(`  “${s.title}”`);
  if (s.url) lines.push(`  ${s.url}`);
  lines.push(
    `  ${countWords(text).toLocaleString("en-US")} words · sha256 ${s.sha256.slice(0, 12)}…`,
  );
  lines.push("", `Proposed facts (unreviewed until an editor approves them): ${p.facts.length}`);
  for (const { fact, eventTitle, check } of p.facts) {
    const store =
      check.verdict === "supported"
        ? "agrees with the store"
        : check.verdict === "contradicted"
          ? `differs from the store (${check.store})`
          : check.verdict === "disputed"
            ? `the store's sources disagree (${check.store})`
            : "new to the store";
    lines.push(
      `  • ${valueText(fact)} — ${check.about.replace(/ — .*$/, "")} — ${eventTitle}: ${store}`,
    );
    lines.push(`      “${fact.quote.text}”`);
  }
  if (p.skipped.length > 0) {
    lines.push("", `Found but not stored: ${p.skipped.length}`);
    for (const x of p.skipped) lines.push(`  • “${x.claim}” — ${x.why}`);
  }
  lines.push("", opened.length === 0 ? "No new disputes." : `New disputes: ${opened.length}`);
  for (const d of opened) lines.push(`  ! ${d.title}`, `    ${d.sentence}`);
  return lines.join("\n");
}
