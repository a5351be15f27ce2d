/** The report modal submitted: the reader's note, stored for /review and the next digest. */
import { decodeMeta, INPUTS, ReportMeta } from "../../../render/blocks/modals.ts";
import type { SlackDeps } from "../../deps.ts";
import { NO_STORE, REPORTED, slowDown } from "../../notices.ts";
import { answer, inputValue, type SubmitArgs, saved } from "./submission.ts";

export function reportNote(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const note = inputValue(args, INPUTS.note);
    if (!note) {
      await args.ack({
        response_action: "errors",
        errors: { [INPUTS.note]: "Say what looks wrong, so an editor can check it." },
      });
      return;
    }
    // Checked while the modal is still open: the note stays in it, with why it was not sent.
    const limit = deps.limits?.reports;
    const allowed = limit?.take(args.body.user.id, (deps.clock ?? Date.now)()) ?? { ok: true };
    if (!allowed.ok) {
      args.logger.info(`report_note: ${args.body.user.id} is over ${limit?.perMinute} a minute`);
      await args.ack({
        response_action: "errors",
        errors: { [INPUTS.note]: slowDown("reports", limit?.perMinute ?? 0, allowed.retryInS) },
      });
      return;
    }
    await args.ack();
    const meta = decodeMeta(ReportMeta, args.view.private_metadata) ?? { a: "an answer" };
    const newsroom = deps.newsroom;
    if (!newsroom) return answer(args, meta, NO_STORE);
    const report = await saved(args, meta, () =>
      newsroom.report({ by: args.body.user.id, answer: meta.a || "an answer", note }),
    );
    if (report) await answer(args, meta, REPORTED);
  };
}
