/** What the listeners need from the rest of Factdesk. */
import type { Desk } from "../app/desk.ts";
import type { Ingester } from "../app/ingest.ts";
import type { Newsroom } from "../app/newsroom.ts";
import type { UserLimits } from "../domain/rate-limit.ts";
import type { LastDigest } from "../render/blocks/home.ts";
import type { IsEditor } from "./editors.ts";

export interface SlackDeps {
  desk: Desk;
  /** The last digest posted, for the Home tab; absent when this desk keeps no digest record. */
  lastDigest?: () => LastDigest | null;
  /** Whether a user may settle disputes and review facts; asked again on every change. */
  isEditor: IsEditor;
  /** Where editors' and readers' changes go; absent on a desk without a live store. */
  newsroom?: Newsroom;
  /** The digest's channel, so `/digest` counts from the same last digest as the post. */
  digestChannel?: string | null;
  /** How many reports and fact-checks one user may send a minute; absent: no limit. */
  limits?: UserLimits;
  /** Adds sources (/ingest, "Add as a source"); absent on a desk without a live store. */
  ingester?: Ingester;
  /** Whether a user may add sources: editors, and INGEST_USER_IDS. */
  canIngest?: (userId: string) => Promise<boolean>;
  /** The limits' clock, in ms (tests move it). */
  clock?: () => number;
}
