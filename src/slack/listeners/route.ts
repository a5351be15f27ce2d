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
 *
 * Every handler of a slash command, a button and a shortcut acks with nothing, first thing, so
 * the router can say which requests may be acked before their handler runs (`acksFirst`): the
 * replay guard (replays.ts) acks those before their claim is on disk, and their handler is
 * then given an `ack` that has already been called. A modal submission's handler decides what
 * its ack says (a validation error), so a submission is never acked ahead of it.
 */
import type { App, Logger } from "@slack/bolt";

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

/** Set in a request's context by whoever acked it before its handler ran (replays.ts). */
export const ACKED_EARLY = "factdeskAckedEarly";

/**
 * The kind and name a request body is routed by, for the kinds whose handlers ack with nothing
 * first thing: slash commands, buttons and menus (the first action), shortcuts.
 */
function earlyAckName(body: unknown): [Kind, unknown] | null {
  if (!body || typeof body !== "object") return null;
  const b = body as Record<string, unknown>;
  if (typeof b.command === "string") return ["command", b.command];
  if (b.type === "block_actions") {
    const first = Array.isArray(b.actions) ? (b.actions[0] as Record<string, unknown>) : undefined;
    return ["action", first?.action_id];
  }
  if (b.type === "shortcut" || b.type === "message_action") return ["shortcut", b.callback_id];
  return null;
}

/**
 * What a handler is given as `ack` once its request has been acked: acking again is a no-op,
 * and a body (which would have been lost) is logged as the mistake it is.
 */
const alreadyAcked =
  (logger: Logger | undefined) =>
  async (response?: unknown): Promise<void> => {
    if (response !== undefined)
      logger?.error(
        "a handler acked with a body after its request had been acked; the body is dropped",
      );
  };

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
  /**
   * Whether `body` is a request whose handler acks with nothing before anything else (a slash
   * command, a button, a shortcut, of a name registered here), so it may be acked before its
   * handler runs. Never a modal submission, an event (Bolt acks those itself) or an unknown
   * name (Bolt answers that as unhandled).
   */
  acksFirst(body: unknown): boolean;
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
          if (!handler) return;
          const context = args.context as Record<string, unknown> | undefined;
          if (context?.[ACKED_EARLY])
            await handler({ ...args, ack: alreadyAcked(args.logger as Logger | undefined) });
          else await handler(args);
        };
        (app[kind] as (pattern: RegExp, handler: Handler) => void)(exactly(table.keys()), route);
      }
    },
    acksFirst(body) {
      const named = earlyAckName(body);
      if (!named) return false;
      const [kind, name] = named;
      return typeof name === "string" && (tables.get(kind) as Map<string, Handler>).has(name);
    },
  };
}
