/**
 * "Same split for our 390?" after what Russia got back, "and civilians among the Ukrainians that
 * day?": the side a question's own words name, which replaces the side its thread was on. A
 * breakdown one side's claimant gives ("270 servicemen and 120 civilians" received by Russia) is
 * never the other side's: a desk writing of "our" prisoners means those who came home to Ukraine.
 */
import type { Side } from "../../store/schema.ts";

const UKRAINE_OWN = /\bukrain\w*|\bkyiv\b|\b(?:our|ours)\b/i;
const RUSSIA_OWN = /\brussia\w*|\bmoscow\b|\bkremlin\b/i;

/** The one side the question's own words name, or null when they name none or both. */
export function ownSideNamed(own: string): Extract<Side, "ukraine" | "russia"> | null {
  const ua = UKRAINE_OWN.test(own);
  const ru = RUSSIA_OWN.test(own);
  return ua && !ru ? "ukraine" : ru && !ua ? "russia" : null;
}
