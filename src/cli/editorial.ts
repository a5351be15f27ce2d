/** `factdesk digest --dry-run` and `factdesk audit`: what the channel would get, and who changed what. */
import type { OpenedDesk } from "../app/desk.ts";
import { buildDigest } from "../domain/digest.ts";
import { digestText } from "../render/digest-text.ts";
import { dayIn, isTimeZone } from "../scheduler/clock.ts";
import type { AuditEntry } from "../store/schema.ts";
import { writeChart } from "./chart.ts";
import { UsageError } from "./usage.ts";

interface Io {
  stdout: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export async function runDigest(
  desk: () => Promise<OpenedDesk>,
  io: Io,
  o: { dryRun?: boolean; channel?: string; json: boolean; now?: Date; chart?: string },
): Promise<number> {
  if (!o.dryRun) {
    throw new UsageError(
      "the running bot posts the digest at DIGEST_TIME; use --dry-run to print it here",
    );
  }
  const tz = io.env.DIGEST_TZ || "UTC";
  if (!isTimeZone(tz)) throw new UsageError(`DIGEST_TZ "${tz}" is not an IANA time zone`);
  const now = o.now ?? new Date();
  const d = await desk();
  const digest = buildDigest(
    d.knowledge(),
    { day: dayIn(now, tz), now: now.toISOString() },
    o.channel ?? io.env.DIGEST_CHANNEL ?? null,
  );
  io.stdout.write(`${o.json ? JSON.stringify(digest, null, 2) : digestText(digest)}\n`);
  if (o.chart) {
    const { drawDigest } = await import("../render/charts/index.ts");
    await writeChart({ stderr: io.stderr ?? process.stderr }, o.chart, drawDigest(digest));
  }
  return 0;
}

/** One line per change: when, who, what, and the value before and after. */
export function auditLine(a: AuditEntry): string {
  const brief = (v: unknown) => {
    if (v === null || v === undefined) return "—";
    const text = JSON.stringify(v);
    return text.length > 400 ? `${text.slice(0, 397)}…` : text;
  };
  return `${a.at}  ${a.by}  ${a.action}  ${a.target}\n    before: ${brief(a.before)}\n    after:  ${brief(a.after)}`;
}

export async function runAudit(
  desk: () => Promise<OpenedDesk>,
  io: Io,
  o: { limit?: string; json: boolean },
): Promise<number> {
  const limit = o.limit === undefined ? Number.POSITIVE_INFINITY : Number(o.limit);
  if (!(limit > 0)) throw new UsageError(`--limit must be a positive number, not "${o.limit}"`);
  const entries = (await desk()).store.data.audit.slice(-limit);
  if (o.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else if (entries.length === 0)
    io.stdout.write("The audit log is empty: no editor has changed anything yet.\n");
  else io.stdout.write(`${entries.map(auditLine).join("\n")}\n`);
  return 0;
}
