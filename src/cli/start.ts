/** `factdesk start`: Slack in Socket Mode or over HTTP when configured, else local mode. */
import type { OpenedDesk } from "../app/desk.ts";
import { runLocal } from "./local.ts";

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export async function startFromEnv(desk: OpenedDesk, io: Io, json: boolean): Promise<number> {
  const hasSlack = Boolean(
    io.env.SLACK_BOT_TOKEN || io.env.SLACK_APP_TOKEN || io.env.SLACK_SIGNING_SECRET,
  );
  if (!hasSlack) {
    await runLocal(desk, io.stdin, io.stdout, json);
    return 0;
  }
  io.stderr.write("factdesk: the Slack door is not wired in yet\n");
  return 1;
}
