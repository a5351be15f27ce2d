/**
 * One Bolt listener per kind of request, routing by name. Bolt runs every request through the
 * filters of every listener registered (a copy of the listener's middleware, and a copy of
 * every argument for each filter it passes), so the ~30 listeners Factdesk registers one name
 * at a time cost each slash command about 50 such copies before its own listener ran: a
 * fifth of its server CPU in the Slack round-trip bench. Registered through a router, the same
 * handlers sit behind five listeners (command, action, view, shortcut, event), each matching
 * exactly the names registered, and each request is handed to the one handler of its name.
 *
 * Only exact names are routed (what registerListeners uses); a name registered twice is a
 * mistake and throws at start-up, where Bolt would have run both handlers.
 */
import type { App } from "@slack/bolt";

// biome-ignore lint/suspicious/noExplicitAny: handlers of every kind, typed by their own registrations
type Handler = (args: any) => Promise<void>;

type Kind = "command" | "action" | "view" | "shortcut" | "event";

/** The name a request of each kind is routed by. */
const NAME_OF: Record<Kind, (args: Record<string, unknown>) => unknown> = {
  command: (a) => (a.command as { command?: unknown } | undefined)?.command,
  action: (a) => (a.action as { action_id?: unknown } | undefined)?.action_id,
  view: (a) => (a.view as { callback_id?: unknown } | undefined)?.callback_id,
  shortcut: (a) => (a.shortcut as { callback_id?: unknown } | undefined)?.callback_id,
  event: (a) => (a.event as { type?: unknown } | undefined)?.type,
};

const KINDS = Object.keys(NAME_OF) as Kind[];

/** A pattern matching exactly these names and nothing else. */
export function exactly(names: Iterable<string>): RegExp {
  const escaped = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`^(?:${escaped.join("|")})$`);
}

/** What registerListeners is handed: the registration methods of a Bolt app it uses. */
export type Registrar = Pick<App, Kind>;

export interface Router {
  /** Takes registrations as a Bolt app would (exact names only). */
  registrar: Registrar;
  /** Registers one listener per kind that received any, on `app`. */
  install(app: App): void;
}

export function router(): Router {
  const tables = new Map<Kind, Map<string, Handler>>(KINDS.map((k) => [k, new Map()]));
  const add =
    (kind: Kind) =>
    (name: unknown, ...handlers: Handler[]) => {
      if (typeof name !== "string") throw new Error(`routed ${kind} listeners take exact names`);
      if (handlers.length !== 1) throw new Error(`routed ${kind} ${name}: one handler, please`);
      const table = tables.get(kind) as Map<string, Handler>;
      if (table.has(name)) throw new Error(`${kind} ${name} is registered twice`);
      table.set(name, handlers[0] as Handler);
    };
  const registrar = Object.fromEntries(KINDS.map((k) => [k, add(k)])) as unknown as Registrar;
  return {
    registrar,
    install(app) {
      for (const kind of KINDS) {
        const table = tables.get(kind) as Map<string, Handler>;
        if (table.size === 0) continue;
        const route: Handler = async (args: Record<string, unknown>) => {
          const handler = table.get(NAME_OF[kind](args) as string);
          if (handler) await handler(args);
        };
        (app[kind] as (pattern: RegExp, handler: Handler) => void)(exactly(table.keys()), route);
      }
    },
  };
}
