/** Events: mentions and DMs answered in a thread, and the Home tab. */
import type { SlackDeps } from "../../deps.ts";
import type { Registrar } from "../route.ts";
import { appHomeOpened } from "./app-home-opened.ts";
import { appMention } from "./app-mention.ts";
import { directMessage } from "./direct-message.ts";

/** Every event type this app listens to; manifest.yml subscribes to these (message as message.im). */
export const EVENTS = ["app_mention", "message", "app_home_opened"] as const;

export function register(app: Registrar, deps: SlackDeps): void {
  app.event("app_mention", appMention(deps));
  app.event("message", directMessage(deps));
  app.event("app_home_opened", appHomeOpened(deps));
}
