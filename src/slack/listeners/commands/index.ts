/** Slash commands: each one parses its text, asks the desk, and replies ephemerally. */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { answerCommand, type Query } from "./answer-command.ts";
import { factcheckNotYet } from "./factcheck.ts";

const QUERIES: Record<string, Query> = {
  "/swap": (desk, text) => desk.swap(text),
  "/totals": (desk) => desk.totals(),
  "/disputes": (desk) => desk.disputes(),
  "/sources": (desk) => desk.sources(),
  "/factcheck": factcheckNotYet,
};

/** Every slash command this app answers; manifest.yml must declare exactly these. */
export const COMMANDS = Object.keys(QUERIES);

export function register(app: App, deps: SlackDeps): void {
  for (const [name, query] of Object.entries(QUERIES)) {
    app.command(name, answerCommand(name, query, deps));
  }
}
