/** What the listeners need from the rest of Factdesk. */
import type { Desk } from "../app/desk.ts";
import type { LastDigest } from "../render/blocks/home.ts";

export interface SlackDeps {
  desk: Desk;
  /** The last digest posted, for the Home tab; absent when this desk keeps no digest record. */
  lastDigest?: () => LastDigest | null;
}
