import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DB, loadConfig } from "../src/config.ts";

const BOT = "xoxb-1-2-abc";
const APP = "xapp-1-A1-2-def";
const SECRET = "0123456789abcdef0123456789abcdef";

function fails(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("runs locally with no Slack credentials, with defaults", () => {
    expect(loadConfig({})).toEqual({
      mode: "local",
      port: 3000,
      slackApiUrl: null,
      db: DEFAULT_DB,
      logLevel: "info",
      digest: { channel: null, time: "08:00", tz: "UTC" },
      editors: { userIds: [], usergroup: null },
      limits: { reportsPerMinute: 10, factchecksPerMinute: 10 },
    });
  });

  it("uses Socket Mode when an app token and a bot token are set", () => {
    const c = loadConfig({ SLACK_APP_TOKEN: APP, SLACK_BOT_TOKEN: BOT });
    expect(c).toMatchObject({ mode: "socket", appToken: APP, botToken: BOT, signingSecret: null });
  });

  it("serves HTTP with a bot token and a signing secret", () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: "8080",
      SLACK_API_URL: "http://127.0.0.1:9999/api",
      FACTDESK_DB: "/tmp/x.json",
      LOG_LEVEL: "DEBUG",
    });
    expect(c).toEqual({
      mode: "http",
      botToken: BOT,
      signingSecret: SECRET,
      port: 8080,
      slackApiUrl: "http://127.0.0.1:9999/api/",
      db: "/tmp/x.json",
      logLevel: "debug",
      digest: { channel: null, time: "08:00", tz: "UTC" },
      editors: { userIds: [], usergroup: null },
      limits: { reportsPerMinute: 10, factchecksPerMinute: 10 },
    });
  });

  it("reads the per-user limits, and refuses one that is not a count from 1 to 1000", () => {
    expect(loadConfig({ REPORTS_PER_MINUTE: "3", FACTCHECKS_PER_MINUTE: "25" }).limits).toEqual({
      reportsPerMinute: 3,
      factchecksPerMinute: 25,
    });
    expect(() => loadConfig({ REPORTS_PER_MINUTE: "0" })).toThrow(
      "REPORTS_PER_MINUTE must be from 1 to 1000",
    );
    expect(() => loadConfig({ FACTCHECKS_PER_MINUTE: "lots" })).toThrow(
      "FACTCHECKS_PER_MINUTE must be a whole number of times a minute, like 10",
    );
  });

  it("reads the digest's channel, time and zone, and who the editors are", () => {
    const c = loadConfig({
      DIGEST_CHANNEL: "C0NEWSROOM",
      DIGEST_TIME: "07:30",
      DIGEST_TZ: "Europe/Kyiv",
      EDITOR_USER_IDS: " U0ANNA, W0BORIS ,,",
      EDITOR_USERGROUP: "@Editors",
    });
    expect(c.digest).toEqual({ channel: "C0NEWSROOM", time: "07:30", tz: "Europe/Kyiv" });
    expect(c.editors).toEqual({ userIds: ["U0ANNA", "W0BORIS"], usergroup: { handle: "editors" } });
  });

  it.each<[string, { id: string } | { handle: string }]>([
    ["editors", { handle: "editors" }],
    ["@desk-editors", { handle: "desk-editors" }],
    ["S0123ABCD", { id: "S0123ABCD" }],
    ["sales", { handle: "sales" }],
  ])("reads EDITOR_USERGROUP %s as a handle or an id", (value, usergroup) => {
    expect(loadConfig({ EDITOR_USERGROUP: value }).editors?.usergroup).toEqual(usergroup);
  });

  it("treats empty values as unset, as a .env file writes them", () => {
    expect(loadConfig({ SLACK_APP_TOKEN: "", SLACK_BOT_TOKEN: " ", PORT: "" }).mode).toBe("local");
  });

  it.each<[string, NodeJS.ProcessEnv, RegExp]>([
    [
      "an app token without a bot token",
      { SLACK_APP_TOKEN: APP },
      /^SLACK_BOT_TOKEN is missing: Socket Mode/,
    ],
    ["a bot token alone", { SLACK_BOT_TOKEN: BOT }, /^SLACK_SIGNING_SECRET is missing/],
    ["a signing secret alone", { SLACK_SIGNING_SECRET: SECRET }, /^SLACK_BOT_TOKEN is missing/],
    [
      "a user token as the bot token",
      { SLACK_BOT_TOKEN: "xoxp-123-456", SLACK_SIGNING_SECRET: SECRET },
      /^SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" \(this one starts with "xoxp-…"\)/,
    ],
    [
      "a bot token as the app token",
      { SLACK_APP_TOKEN: BOT, SLACK_BOT_TOKEN: BOT },
      /^SLACK_APP_TOKEN must be an app-level token starting with "xapp-"/,
    ],
    [
      "a token with a line break",
      { SLACK_BOT_TOKEN: "xoxb-1\n2", SLACK_SIGNING_SECRET: SECRET },
      /^SLACK_BOT_TOKEN must not contain spaces/,
    ],
    [
      "a signing secret that is not one",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "hunter2" },
      /^SLACK_SIGNING_SECRET must be the app's signing secret/,
    ],
    ["PORT not a number", { PORT: "eighty" }, /^PORT must be a whole number$/],
    ["PORT out of range", { PORT: "70000" }, /^PORT must be at most 65535$/],
    [
      "a SLACK_API_URL that is not http(s)",
      { SLACK_API_URL: "ftp://slack" },
      /^SLACK_API_URL must be an http\(s\) URL/,
    ],
    [
      "an unknown LOG_LEVEL",
      { LOG_LEVEL: "loud" },
      /^LOG_LEVEL must be debug, info, warn or error$/,
    ],
    [
      "a digest zone that does not exist",
      { DIGEST_TZ: "Europe/Atlantis" },
      /^DIGEST_TZ must be an IANA time zone like Europe\/Kyiv or UTC, not "Europe\/Atlantis"$/,
    ],
    [
      "a digest time that is not HH:mm",
      { DIGEST_TIME: "8am" },
      /^DIGEST_TIME must be a time as HH:mm like 08:00, not "8am"$/,
    ],
    ["a digest time past midnight", { DIGEST_TIME: "24:00" }, /^DIGEST_TIME must be a time/],
    [
      "a digest channel given by name",
      { DIGEST_CHANNEL: "#newsroom" },
      /^DIGEST_CHANNEL must be a channel id/,
    ],
    [
      "an editor named by handle instead of id",
      { EDITOR_USER_IDS: "U0ANNA,@boris" },
      /^EDITOR_USER_IDS must be Slack user ids .*"@boris" is not one$/,
    ],
    [
      "a user group that is neither a handle nor an id",
      { EDITOR_USERGROUP: "the editors" },
      /^EDITOR_USERGROUP must be a user group handle like @editors/,
    ],
  ])("refuses %s in one line", (_, env, message) => {
    expect(fails(env)).toMatch(message);
  });

  it("never echoes a secret back", () => {
    const secretish = "xoxp-SECRET-VALUE-1234";
    expect(fails({ SLACK_BOT_TOKEN: secretish, SLACK_SIGNING_SECRET: SECRET })).not.toContain(
      "SECRET-VALUE",
    );
  });
});
