/** Modal submissions: settling a dispute, correcting a figure, reporting a problem. */
import { VIEW_IDS } from "../../../render/blocks/modals.ts";
import type { SlackDeps } from "../../deps.ts";
import type { Registrar } from "../route.ts";
import { correctFact } from "./correct-fact.ts";
import { reportNote } from "./report-note.ts";
import { resolveDispute } from "./resolve-dispute.ts";

/** Every modal callback_id this app answers; the modals it opens use exactly these. */
export const VIEWS: string[] = Object.values(VIEW_IDS);

export function register(app: Registrar, deps: SlackDeps): void {
  app.view(VIEW_IDS.resolve, resolveDispute(deps));
  app.view(VIEW_IDS.correct, correctFact(deps));
  app.view(VIEW_IDS.report, reportNote(deps));
}
