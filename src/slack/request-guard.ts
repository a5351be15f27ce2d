/**
 * What the HTTP door checks before Bolt sees a request. Bolt 5's HTTPReceiver reads
 * `body.ssl_check` on whatever the body parses to, so a correctly signed `payload=null` (or a
 * JSON `null`) threw inside a promise nobody awaited and took the process down; and Bolt only
 * refuses timestamps from the past. Here a signed body that is not a JSON object gets a 400 and
 * a log line, a timestamp more than five minutes ahead gets a 401, and anything else goes on to
 * Bolt (the buffered body is reused, not read twice).
 *
 * The guard is also where the signature is verified, by Bolt's rules (v0, HMAC-SHA256 of
 * `v0:<timestamp>:<body>`, five minutes into the past): an unsigned, badly signed or stale
 * request gets a 401 and a log line here, and Bolt's receiver, built with
 * `signatureVerification: false` beside this guard (app.ts), does not verify it a second time.
 * Verifying twice, each time with tsscmp's two extra HMACs and random key, cost every request
 * about 0.09 ms. Slack's `ssl_check` (form-encoded, never signed) goes on as Bolt would let it:
 * stripped to `ssl_check=1`, so nothing unsigned rides along.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { HTTPModuleFunctions as http, type Logger } from "@slack/bolt";

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

type Form = ReturnType<typeof parseQuery>;

/** A form-encoded body's fields, parsed once for the SSL check and the body check. */
const formOf = (req: IncomingMessage, text: string): Form | null =>
  req.headers["content-type"] === "application/x-www-form-urlencoded" ? parseQuery(text) : null;

/**
 * A request body Bolt can route: a JSON object (a form's fields, or its `payload`, parsed), as
 * Bolt's parseHTTPRequestBody reads it, from the text and the form already parsed.
 */
function bodyProblem(text: string, form: Form | null): string | null {
  let body: unknown;
  try {
    const payload = form?.payload;
    body = form ? (typeof payload === "string" ? JSON.parse(payload) : form) : JSON.parse(text);
  } catch (err) {
    return `not parseable (${(err as Error).message.slice(0, 100)})`;
  }
  if (body === null) return "null";
  if (Array.isArray(body)) return "an array";
  if (typeof body !== "object") return `a ${typeof body}`;
  return null;
}

/**
 * Why a request's signature does not verify, or null when it does: Bolt's verifySlackRequest,
 * with one HMAC and a constant-time compare. `ts` is the timestamp header as a number; the
 * signature is over its decimal form and the body as text, as Bolt computes it.
 */
export function signatureProblem(
  secret: string,
  body: string,
  ts: number,
  signature: string | undefined,
  nowMs: number,
): string | null {
  if (signature === undefined) return "no x-slack-signature header";
  if (!Number.isFinite(ts)) return "no usable x-slack-request-timestamp header";
  if (ts < Math.floor(nowMs / 1000) - SIGNATURE_WINDOW_S)
    return "stale (more than five minutes old)";
  const [version, hash] = signature.split("=");
  if (version !== "v0") return "unknown signature version";
  const ours = Buffer.from(createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex"));
  const theirs = Buffer.from(hash ?? "");
  // The lengths are no secret (always 64 hex digits); the digits are compared in constant time.
  if (theirs.length !== ours.length) return "signature mismatch";
  return timingSafeEqual(theirs, ours) ? null : "signature mismatch";
}

/** Slack's SSL check, as Bolt recognises it: form-encoded with ssl_check=1, never signed. */
const isSslCheck = (form: Form | null): boolean => form?.ssl_check === "1";

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
    const text = buffered.rawBody.toString();
    const form = formOf(req, text);
    if (isSslCheck(form)) {
      // Bolt answers it without a signature; whatever else the body held is dropped, as Bolt does.
      buffered.rawBody = Buffer.from("ssl_check=1");
      return true;
    }
    const unsigned = signatureProblem(
      options.signingSecret,
      text,
      ts,
      header(req, "x-slack-signature"),
      now(),
    );
    if (unsigned) {
      logger.warn(`refused a request whose signature does not verify (${unsigned}): answered 401`);
      refuse(res, 401);
      return false;
    }
    const problem = bodyProblem(text, form);
    if (problem) {
      logger.warn(`refused a signed request whose body is ${problem}: answered 400`);
      refuse(res, 400);
      return false;
    }
    return true;
  };
  return (req, res) => {
    // Only POSTs carry a body; the rest (a health check, an install page) go straight on.
    if (req.method?.toUpperCase() !== "POST") return listener(req, res);
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
