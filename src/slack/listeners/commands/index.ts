/** Slash commands: each one parses its text, asks the desk, and replies ephemerally. */
import type { SlackDeps } from "../../deps.ts";
import type { Registrar } from "../route.ts";
import { answerCommand, type Query } from "./answer-command.ts";
import { digestCommand } from "./digest.ts";
import { factcheckCommand } from "./factcheck.ts";
import { ingestCommand } from "./ingest.ts";
import { reviewCommand } from "./review.ts";

const QUERIES: Record<string, Query> = {
  "/swap": (desk, text) => desk.swap(text),
  "/totals": (desk) => desk.totals(),
  "/disputes": (desk) => desk.disputes(),
  "/sources": (desk) => desk.sources(),
};

/** Commands with their own handler: the editors' (the live store) and /factcheck (drafts). */
const EDITORIAL = {
  "/factcheck": factcheckCommand,
  "/review": reviewCommand,
  "/digest": digestCommand,
  "/ingest": ingestCommand,
};

/** Every slash command this app answers; manifest.yml must declare exactly these. */
export const COMMANDS = [...Object.keys(QUERIES), ...Object.keys(EDITORIAL)];

export function register(app: Registrar, deps: SlackDeps): void {
  for (const [name, query] of Object.entries(QUERIES)) {
    app.command(name, answerCommand(name, query, deps));
  }
  for (const [name, command] of Object.entries(EDITORIAL)) app.command(name, command(deps));
}
