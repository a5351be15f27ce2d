/** Registers every listener, grouped by kind. */
import type { SlackDeps } from "../deps.ts";
import * as actions from "./actions/index.ts";
import * as commands from "./commands/index.ts";
import * as events from "./events/index.ts";
import type { Registrar } from "./route.ts";
import * as shortcuts from "./shortcuts/index.ts";
import * as views from "./views/index.ts";

export const REGISTERED = {
  commands: commands.COMMANDS,
  actions: actions.ACTIONS,
  events: [...events.EVENTS] as string[],
  shortcuts: shortcuts.SHORTCUTS,
  views: views.VIEWS,
};

export function registerListeners(app: Registrar, deps: SlackDeps): void {
  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  shortcuts.register(app, deps);
  views.register(app, deps);
}
