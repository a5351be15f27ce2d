/** The Home tab, published fresh each time it is opened: the store at a glance. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { renderHome } from "../../../render/blocks/home.ts";
import type { SlackDeps } from "../../deps.ts";

export function appHomeOpened(deps: SlackDeps) {
  return async ({
    event,
    client,
    logger,
  }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== "home") return;
    try {
      const blocks = renderHome({
        sources: deps.desk.sources(),
        disputes: deps.desk.disputes(),
        totals: deps.desk.totals(),
        lastDigest: deps.lastDigest?.(),
      });
      await client.views.publish({ user_id: event.user, view: { type: "home", blocks } });
    } catch (err) {
      logger.error("app_home_opened: could not publish the Home tab:", err);
    }
  };
}
