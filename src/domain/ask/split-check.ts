/**
 * "270 servicemen + 120 civilians – right?", "Russia got 270 soldiers and 120 civilians": a
 * split checked as a whole. Each figure of it counts its own group, so each is put against the
 * store's figure for that group (the same event, side and claimant as the question), never the
 * first figure against the last group named. Yes only when every part is the store's; no when a
 * part is another figure; otherwise what the store has, and what it cannot settle.
 */
import type { Counted, Side } from "../../store/schema.ts";
import type { Citation, ClaimCheck } from "../answers.ts";
import type { Knowledge } from "../queries.ts";
import type { Draft } from "./answer.ts";
import { type AskReading, countedText } from "./read.ts";

interface Part {
  n: number;
  read: string;
  counted: Counted;
  side: Side | null;
}

/** The figures of a checked sentence the fact-check could not tie down, each with its own group. */
function partsOf(checks: readonly ClaimCheck[]): Part[] {
  const out: Part[] = [];
  for (const c of checks) {
    if (c.kind === "day" || c.verdict !== "unverified" || !c.counted) continue;
    if (!/^\d[\d,]*$/.test(c.read.trim())) return [];
    out.push({
      n: Number(c.read.replace(/,/g, "")),
      read: c.read.trim(),
      counted: c.counted,
      side: c.side ?? null,
    });
  }
  // Two groups at least, each named once: a split, not one figure said twice.
  const groups = new Set(out.map((p) => p.counted));
  return out.length >= 2 && groups.size === out.length ? out : [];
}

/** What the split check takes from the answerer. */
export interface SplitHelp {
  /** The answer to a figure question's reading. */
  figure: (r: AskReading) => Draft;
  /** Who says so, for a line's end. */
  said: (cs: readonly Citation[]) => string;
  /** A day the claim says that neither the reading nor these citations pin. */
  dayOpen: (cs: readonly Citation[]) => boolean;
}

/** The split checked part by part, or null when the sentence is not one (or its day is open). */
export function splitCheck(
  k: Knowledge,
  r: AskReading,
  checks: readonly ClaimCheck[],
  { figure, said, dayOpen }: SplitHelp,
): Draft | null {
  const parts = partsOf(checks);
  if (parts.length === 0) return null;
  const answers = parts.map((p) => {
    const d = figure({
      ...r,
      asked: "figure",
      counted: p.counted,
      side: p.side ?? r.side,
      value: null,
      values: [],
      claim: null,
    });
    const ns = d.citations.map((c) => {
      const f = k.catalog.facts.get(c.factId);
      return f?.value.type === "number" ? f.value.n : Number.NaN;
    });
    const held = (d.status === "answered" || d.status === "disputed") && ns.length > 0;
    const verdict = !held ? "open" : ns.includes(p.n) ? "yes" : "no";
    return { p, d, verdict };
  });
  const first = answers[0] as (typeof answers)[number];
  const citations = answers.flatMap((a) => a.d.citations);
  const disputes = answers.flatMap((a) => a.d.disputes);
  const heads = answers
    .filter((a) => a.verdict !== "open")
    .map((a) => a.d.line.split(" — ")[0] ?? a.d.line);
  const by = citations.length > 0 ? ` — ${said(citations)}` : "";
  const open = answers.filter((a) => a.verdict === "open").map((a) => a.p.read);
  const base: Draft = { ...first.d, citations, disputes, choices: [], notes: [] };
  if (answers.some((a) => a.verdict === "no"))
    return { ...base, status: "answered", line: `No: ${heads.join("; ")}${by}` };
  if (open.length > 0) {
    if (heads.length === 0) return null;
    return {
      ...base,
      status: "unsure",
      line: `Only in part: the store has ${heads.join("; ")}, and nothing that settles ${open.join(", ")}${by}`,
    };
  }
  // Every figure the store's, but on a day the claim says and nothing pins: neither yes nor no.
  if (dayOpen(citations)) return null;
  const disputed = answers.filter((a) => a.d.status === "disputed");
  if (disputed.length === 0) return { ...base, line: `Yes: ${heads.join("; ")}${by}` };
  // A part that is one side of a dispute: yes by the sources that give it, the dispute beside.
  const own = answers.flatMap((a) =>
    a.d.citations.filter((c) => {
      const f = k.catalog.facts.get(c.factId);
      return f?.value.type === "number" && f.value.n === a.p.n;
    }),
  );
  const said1 = answers.map((a) =>
    a.d.status === "disputed"
      ? `${a.p.read} ${countedText(a.p.counted)}`
      : (a.d.line.split(" — ")[0] ?? a.d.line),
  );
  const against = disputed.map((a) => a.d.line.split(" — ")[0] ?? a.d.line);
  return {
    ...base,
    status: "disputed",
    line: `Yes, by ${said(own)}: ${said1.join("; ")} (${against.join("; ")})`,
  };
}
