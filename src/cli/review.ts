/**
 * `factdesk review`: the editors' queue in the terminal, grouped by source and event, each
 * proposal beside the store's figure; and the same actions as /review in Slack:
 *
 *   factdesk review                              the queue
 *   factdesk review approve-source SOURCE        its events and clean facts, in one go
 *   factdesk review approve-event|reject-event EVENT
 *   factdesk review approve|reject FACT
 *   factdesk review classify FACT COUNTED [SIDE] an unclassified figure placed
 */
import type { OpenedDesk } from "../app/desk.ts";
import { openNewsroom } from "../app/newsroom.ts";
import type { ReviewAnswer } from "../domain/review.ts";
import { Counted, Side } from "../store/schema.ts";
import { UsageError } from "./usage.ts";

interface Io {
  stdout: NodeJS.WritableStream;
}

export async function runReview(
  getDesk: () => Promise<OpenedDesk>,
  io: Io,
  args: string[],
  o: { by?: string; json: boolean },
): Promise<number> {
  const desk = await getDesk();
  const newsroom = openNewsroom({
    store: desk.store,
    knowledge: () => desk.knowledge(),
    tz: "UTC",
  });
  const by = o.by ?? "cli";
  const [action, id, ...rest] = args;
  const say = (line: string) => io.stdout.write(`${line}\n`);
  if (!action) {
    const queue = newsroom.review();
    say(o.json ? JSON.stringify(queue, null, 2) : reviewText(queue));
    return 0;
  }
  if (!id) throw new UsageError(`review ${action} needs an id (see \`factdesk review\`)`);
  switch (action) {
    case "approve-source": {
      const r = await newsroom.approveSource({ sourceId: id, by });
      if (!r.ok) throw new UsageError(`no source ${id} in the store`);
      say(
        `Approved ${r.events} event${r.events === 1 ? "" : "s"} and ${r.facts} fact${r.facts === 1 ? "" : "s"} from ${id}` +
          (r.left > 0 ? `; ${r.left} left for a closer look (\`factdesk review\`)` : ""),
      );
      return 0;
    }
    case "approve-event":
    case "reject-event": {
      const r = await newsroom.reviewEvent({
        eventId: id,
        action: action === "approve-event" ? "approve" : "reject",
        by,
      });
      if (!r.ok && r.reason === "unknown-event")
        throw new UsageError(`no event ${id} in the store`);
      if (!r.ok)
        throw new UsageError(`${id} was already reviewed (${r.event.status ?? "curated"})`);
      say(
        `${action === "approve-event" ? "Approved" : "Rejected"} ${r.event.title}` +
          (r.facts > 0 ? ` and the ${r.facts} proposed facts on it` : ""),
      );
      return 0;
    }
    case "approve":
    case "reject": {
      const r = await newsroom.reviewFact({ factId: id, choice: { kind: action }, by });
      if (!r.ok && r.reason === "already-reviewed")
        throw new UsageError(`${id} was already reviewed${r.by ? ` by ${r.by}` : ""}`);
      if (!r.ok) throw new UsageError(`no fact ${id} in the store`);
      say(`${action === "approve" ? "Approved" : "Rejected"} ${id}`);
      return 0;
    }
    case "classify": {
      const counted = Counted.safeParse(rest[0]);
      const side =
        rest[1] === undefined ? { success: true as const, data: null } : Side.safeParse(rest[1]);
      if (!counted.success)
        throw new UsageError(`what it counts must be one of: ${Counted.options.join(", ")}`);
      if (!side.success)
        throw new UsageError(`the side must be one of: ${Side.options.join(", ")}`);
      const r = await newsroom.classify({ factId: id, counted: counted.data, side: side.data, by });
      if (!r.ok && r.reason === "already-reviewed")
        throw new UsageError(`${id} was already reviewed`);
      if (!r.ok) throw new UsageError(`no fact ${id} in the store`);
      say(
        `Classified ${id}: ${counted.data}${side.data ? `, ${side.data}` : ""} (still unreviewed: approve it next)`,
      );
      return 0;
    }
    default:
      throw new UsageError(
        `unknown review action "${action}": approve-source, approve-event, reject-event, approve, reject or classify`,
      );
  }
}

export function reviewText(q: ReviewAnswer): string {
  const groups = q.groups ?? [];
  const lines = [
    `Review queue: ${q.facts.length} facts, ${(q.events ?? []).length} proposed events, ${q.reports.length} open problem reports`,
  ];
  for (const g of groups) {
    lines.push(
      "",
      `Source ${g.sourceId}: ${g.outlet}, ${g.published}${g.title ? ` — “${g.title}”` : ""}`,
    );
    if (g.url) lines.push(`  ${g.url}`);
    lines.push(`  ${g.clean} clean: factdesk review approve-source ${g.sourceId}`);
    for (const e of g.events) {
      lines.push(`  + NEW EVENT ${e.title} [${e.kind}] ${e.day} (${e.eventId})`);
      if (e.quote) lines.push(`      “${e.quote}”`);
    }
    for (const ev of g.byEvent) {
      lines.push(`  ${ev.eventTitle}${ev.proposed ? " (proposed)" : ""}`);
      for (const f of ev.items) {
        const store =
          f.store.verdict === "agrees"
            ? `agrees with the store (${f.store.figures.join(", ")})`
            : f.store.verdict === "differs"
              ? `DIFFERS from the store (${f.store.figures.join(", ")})`
              : "new to the store";
        lines.push(
          `    • ${f.valueText} — ${f.label}${f.unclassified ? " [UNCLASSIFIED: factdesk review classify]" : ""} — ${store} (${f.factId})`,
        );
        lines.push(`        “${f.citation.quote}”`);
      }
    }
  }
  if (q.facts.length === 0 && (q.events ?? []).length === 0)
    lines.push("", "Nothing awaits review.");
  return lines.join("\n");
}
