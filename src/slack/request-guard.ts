/**
 * What the HTTP door checks before Bolt sees a request. Bolt 5's HTTPReceiver reads
 * `body.ssl_check` on whatever the body parses to, so a correctly signed `payload=null` (or a
 * JSON `null`) threw inside a promise nobody awaited and took the process down; and Bolt only
 * refuses timestamps from the past. Here a signed body that is not a JSON object gets a 400 and
 * a log line, a timestamp more than five minutes ahead gets a 401, and anything else goes on to
 * Bolt, which verifies the signature again (the buffered body is reused, not read twice).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HTTPModuleFunctions as http, isValidSlackRequest, type Logger } from "@slack/bolt";

/** Slack's signature window, which Bolt enforces for the past; the same bound for the future. */
export const SIGNATURE_WINDOW_S = 5 * 60;

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  bodyLimit?: number;
  /** Milliseconds since the epoch (tests move it). */
  now?: () => number;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === "string" ? v : undefined;
};

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/** A request body Bolt can route: a JSON object (a form's fields, or its `payload`, parsed). */
function bodyProblem(req: IncomingMessage & { rawBody: Buffer }): string | null {
  let body: unknown;
  try {
    body = http.parseHTTPRequestBody(req);
  } catch (err) {
    return `not parseable (${(err as Error).message.slice(0, 100)})`;
  }
  if (body === null) return "null";
  if (Array.isArray(body)) return "an array";
  if (typeof body !== "object") return `a ${typeof body}`;
  return null;
}

export function guardRequests(listener: RequestListener, options: GuardOptions): RequestListener {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const check = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    let buffered: IncomingMessage & { rawBody: Buffer };
    try {
      buffered = await http.bufferIncomingMessage(req, options.bodyLimit ?? http.defaultBodyLimit);
    } catch (err) {
      const tooLarge =
        http.isRawBodyError(err) && (err as { statusCode?: number }).statusCode === 413;
      logger.warn(`refused a request: ${tooLarge ? "body too large" : (err as Error).message}`);
      refuse(res, tooLarge ? 413 : 400);
      return false;
    }
    const ts = Number(header(req, "x-slack-request-timestamp"));
    if (Number.isFinite(ts) && ts - Math.floor(now() / 1000) > SIGNATURE_WINDOW_S) {
      logger.warn(
        `refused a request stamped ${Math.round(ts - now() / 1000)} s in the future (more than ${SIGNATURE_WINDOW_S} s ahead)`,
      );
      refuse(res, 401);
      return false;
    }
    const signature = header(req, "x-slack-signature");
    const signed =
      signature !== undefined &&
      Number.isFinite(ts) &&
      isValidSlackRequest({
        signingSecret: options.signingSecret,
        body: buffered.rawBody.toString(),
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": ts },
        nowMilliseconds: now(),
      });
    // Unsigned or stale: Bolt refuses it with its own 401 and log line.
    if (!signed) return true;
    const problem = bodyProblem(buffered);
    if (problem) {
      logger.warn(`refused a signed request whose body is ${problem}: answered 400`);
      refuse(res, 400);
      return false;
    }
    return true;
  };
  return (req, res) => {
    // Only POSTs carry a body; the rest (a health check, an install page) go straight on.
    if (req.method !== "POST") return listener(req, res);
    check(req, res).then(
      (go) => {
        if (!go) return;
        try {
          listener(req, res);
        } catch (err) {
          // Bolt throws for a path it does not serve; its server would have answered 404.
          logger.warn(`no route for POST ${req.url}: ${(err as Error).message}`);
          refuse(res, 404);
        }
      },
      (err: unknown) => {
        logger.error("refused a request the guard could not read:", err);
        refuse(res, 400);
      },
    );
  };
}
