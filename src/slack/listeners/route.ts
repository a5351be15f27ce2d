/**
 * One router for every kind of request, routing by name. Bolt runs every request through the
 * filters of every listener registered (a copy of the listener's middleware, and a copy of
 * every argument for each filter it passes), so the ~30 listeners Factdesk registers one name
 * at a time cost each slash command about 50 such copies before its own listener ran: a
 * fifth of its server CPU in the Slack round-trip bench. Five listeners, one per kind, still
 * cost each request seven copies of its dozen arguments (each kind's first filter, and the
 * command's second and its listener's own): about a third of what Bolt spent on a /totals
 * beyond the bare app (issue 15). So the router is a global middleware, the last one: it reads
 * the kind and the name as Bolt's filters would (onlyCommands and matchCommandName,
 * onlyActions and an action_id, onlyViewActions and a view_submission's callback_id,
 * onlyShortcuts and the body's callback_id, onlyEvents and the event's type) and hands the
 * request to the one handler of that name, with the arguments Bolt gave the middleware. A
 * request no handler takes goes on to Bolt's listeners (none are registered).
 *
 * Only exact names are routed (what registerListeners uses); a name registered twice is a
 * mistake and throws at start-up, where Bolt would have run both handlers.
 */
import type { AnyMiddlewareArgs, App, Middleware, RespondFn } from "@slack/bolt";

// biome-ignore lint/suspicious/noExplicitAny: handlers of every kind, typed by their own registrations
type Handler = (args: any) => Promise<void>;

type Kind = "command" | "action" | "view" | "shortcut" | "event";

/**
 * The name a request of each kind is routed by, as Bolt's filters for that kind read it, or
 * undefined when the request is not of that kind (or not one Bolt's listener would take).
 */
const NAME_OF: Record<Kind, (args: Record<string, unknown>) => unknown> = {
  command: (a) => (a.command as { command?: unknown } | undefined)?.command,
  action: (a) => (a.action as { action_id?: unknown } | undefined)?.action_id,
  // app.view(name) takes view submissions only, not view_closed.
  view: (a) =>
    a.view && (a.body as { type?: unknown } | undefined)?.type === "view_submission"
      ? (a.view as { callback_id?: unknown }).callback_id
      : undefined,
  shortcut: (a) =>
    a.shortcut ? (a.body as { callback_id?: unknown } | undefined)?.callback_id : undefined,
  event: (a) => (a.event as { type?: unknown } | undefined)?.type,
};

const KINDS = Object.keys(NAME_OF) as Kind[];

/** What registerListeners is handed: the registration methods of a Bolt app it uses. */
export type Registrar = Pick<App, Kind>;

export interface Router {
  /** Takes registrations as a Bolt app would (exact names only). */
  registrar: Registrar;
  /** The global middleware that hands each request to the handler of its kind and name. */
  middleware: Middleware<AnyMiddlewareArgs>;
}

export interface RouterOptions {
  /**
   * The respond() handed to a handler in place of Bolt's (for the same response_url Bolt
   * chose): see slack/respond.ts. Without it, Bolt's.
   */
  respond?: (responseUrl: string) => RespondFn;
}

/** The response_url Bolt's respond() posts to: the body's, or a modal's first. */
function responseUrlOf(body: unknown): string | undefined {
  const b = body as { response_url?: unknown; response_urls?: { response_url?: unknown }[] };
  if (b?.response_url) return typeof b.response_url === "string" ? b.response_url : undefined;
  const first = Array.isArray(b?.response_urls) ? b.response_urls[0]?.response_url : undefined;
  return typeof first === "string" ? first : undefined;
}

export function router(options: RouterOptions = {}): Router {
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
  // Bolt sets one of these per request (command, action, view, shortcut, event, options…).
  const kindOf = (args: Record<string, unknown>): Kind | null => {
    for (const kind of KINDS) if (args[kind]) return kind;
    return null;
  };
  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const a = args as unknown as Record<string, unknown>;
    const kind = kindOf(a);
    const name = kind ? NAME_OF[kind](a) : undefined;
    const handler = kind && typeof name === "string" ? tables.get(kind)?.get(name) : undefined;
    if (!handler) return args.next();
    const url = options.respond && typeof a.respond === "function" && responseUrlOf(a.body);
    if (!url || !options.respond) return handler(args);
    // The handler reads Bolt's arguments through the prototype, respond() its own.
    const own = Object.create(args) as Record<string, unknown>;
    own.respond = options.respond(url);
    await handler(own);
  };
  return { registrar, middleware };
}
