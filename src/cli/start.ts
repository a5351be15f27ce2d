/** `factdesk start`: Slack in Socket Mode or over HTTP when configured, else local mode. */
import type { OpenedDesk } from "../app/desk.ts";
import { loadConfig } from "../config.ts";
import { startSlack } from "../slack/run.ts";
import { runLocal } from "./local.ts";

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Throws ConfigError (one line) for a missing or malformed variable; main prints it. */
export async function startFromEnv(desk: OpenedDesk, io: Io, json: boolean): Promise<number> {
  const config = loadConfig(io.env);
  if (config.mode === "local") {
    await runLocal(desk, io.stdin, io.stdout, json);
    return 0;
  }
  const slack = await startSlack(config, desk);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await slack.stop();
  return 0;
}
