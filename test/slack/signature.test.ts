// The guard verifies Slack's signature itself (Bolt's receiver no longer does it a second time):
// it must accept exactly what Bolt's own verifySlackRequest accepts.
import { createHmac } from "node:crypto";
import { isValidSlackRequest } from "@slack/bolt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signatureProblem } from "../../src/slack/request-guard.ts";

const SECRET = "0123456789abcdef0123456789abcdef";
const NOW = 1_764_489_600_000;
const sign = (body: string, ts: number, secret = SECRET) =>
  `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;

const bolt = (body: string, ts: number, signature: string) =>
  isValidSlackRequest({
    signingSecret: SECRET,
    body,
    headers: { "x-slack-signature": signature, "x-slack-request-timestamp": ts },
    nowMilliseconds: NOW,
  });

describe("signatureProblem", () => {
  it("accepts what Slack signs, inside the window, and refuses what Bolt refuses", () => {
    const ts = NOW / 1000;
    const body = "command=%2Fswap&text=may-24";
    expect(signatureProblem(SECRET, body, ts, sign(body, ts), NOW)).toBeNull();
    expect(signatureProblem(SECRET, body, ts - 299, sign(body, ts - 299), NOW)).toBeNull();
    expect(signatureProblem(SECRET, body, ts - 301, sign(body, ts - 301), NOW)).toMatch(/stale/);
    expect(signatureProblem(SECRET, `${body}x`, ts, sign(body, ts), NOW)).toMatch(/mismatch/);
    expect(signatureProblem(SECRET, body, ts, sign(body, ts, "f".repeat(32)), NOW)).toMatch(
      /mismatch/,
    );
    expect(signatureProblem(SECRET, body, ts, sign(body, ts).toUpperCase(), NOW)).not.toBeNull();
    expect(signatureProblem(SECRET, body, ts, sign(body, ts).slice(0, -1), NOW)).toMatch(
      /mismatch/,
    );
    expect(signatureProblem(SECRET, body, ts, undefined, NOW)).toMatch(/no x-slack-signature/);
    expect(signatureProblem(SECRET, body, Number.NaN, sign(body, ts), NOW)).toMatch(/timestamp/);
    expect(signatureProblem(SECRET, body, ts, `v1${sign(body, ts).slice(2)}`, NOW)).toMatch(
      /version/,
    );
  });

  it("agrees with Bolt's verifySlackRequest on any body, time and signature", () => {
    const signature = (body: string, ts: number) =>
      fc.oneof(
        fc.constant(sign(body, ts)),
        fc.constant(sign(`${body} `, ts)),
        fc.constant(sign(body, ts + 1)),
        fc.constant(`${sign(body, ts)}=extra`),
        fc.constant(sign(body, ts).slice(0, 40)),
        fc.constant(sign(body, ts).replace("v0=", "v0==")),
        fc.string(),
      );
    const cases = fc
      .tuple(
        fc.string({ unit: "binary" }),
        fc.integer({ min: -700, max: 700 }).map((d) => Math.floor(NOW / 1000) + d),
      )
      .chain(([body, ts]) => fc.tuple(fc.constant(body), fc.constant(ts), signature(body, ts)));
    fc.assert(
      fc.property(cases, ([body, ts, sig]) => {
        expect(signatureProblem(SECRET, body, ts, sig, NOW) === null).toBe(bolt(body, ts, sig));
      }),
      { numRuns: 2_000 },
    );
  });
});
