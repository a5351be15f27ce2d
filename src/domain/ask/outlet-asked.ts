import type { Knowledge } from "../queries.ts";
import { blank, type Draft } from "./draft.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SAYING =
  "(?:say|says|said|saying|report|reports|reported|describe|describes|described|give|gives|gave|put|puts|call|calls|called|count|counts|counted|cite|cites|cited|write|wrote)";

/**
 * "How did rki.news describe the total …", "per The Epoch Times, how many …": a figure asked as
 * one outlet's words. Its id when an outlet with a name is said so; null otherwise.
 */
export function outletAsked(k: Knowledge, query: string): { id: string; outlet: string } | null {
  const lower = query.toLowerCase();
  for (const s of k.catalog.data.sources) {
    const name = s.outlet.toLowerCase().replace(/^the /, "");
    if (name.startsWith("unknown")) continue;
    const o = `(?:the )?${escapeRe(name)}(?:'s|’s)?`;
    const re = new RegExp(
      `\\b(?:per|according to|in|from) ${o}\\b|\\b${o} ${SAYING}\\b|\\b${o} (?:(?:figure|number|count|total|tally|copy|piece|report|story)\\b)`,
    );
    if (re.test(lower)) return { id: s.id, outlet: s.outlet };
  }
  return null;
}

/**
 * A figure stated from other sources when the question asks one outlet's: never the answer.
 * The outlet's own figure may be missing from the store, or worded as a whole the reading did not
 * meet; either way another source's figure in the first line would put words in its mouth.
 */
export function notTheOutlets(k: Knowledge, query: string, d: Draft): Draft | null {
  if (d.status !== "answered" && d.status !== "disputed") return null;
  if (d.citations.length === 0) return null;
  const asked = outletAsked(k, query);
  if (!asked || d.citations.some((c) => c.source.id === asked.id)) return null;
  // (A disputed line names each side's outlet in its own words, not always among the citations.)
  if (d.line.toLowerCase().includes(asked.outlet.toLowerCase().replace(/^the /, ""))) return null;
  const out = blank();
  out.status = "not-held";
  out.line = `The store holds no figure from ${asked.outlet} that answers this; other sources are below.`;
  out.notes = [d.line, ...d.notes];
  return out;
}
