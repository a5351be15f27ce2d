/**
 * Local mode, for a newsroom without Slack credentials: a prompt on a terminal, or one answer
 * per line of piped input (`echo "/swap may-24" | npm start`), ending when the input does.
 */
import { createInterface } from "node:readline";
import type { Desk } from "../app/desk.ts";
import { renderText } from "../render/text.ts";
import { answerLine } from "./route.ts";

export async function runLocal(
  desk: Desk,
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream,
  json: boolean,
): Promise<void> {
  const interactive = Boolean(input.isTTY);
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  const write = (s: string) => output.write(`${s}\n`);
  if (interactive) {
    write(
      "Factdesk (local mode, no Slack credentials). Try /swap may-24, /totals, /disputes, /sources. Ctrl-D to quit.",
    );
    rl.setPrompt("factdesk> ");
    rl.prompt();
  }
  // The questions asked so far, so a follow-up ("and on the 24th?") reads against them; a
  // command (/swap, /totals…) starts afresh.
  let earlier: string[] = [];
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|\\q)$/i.test(text)) break;
    if (text) {
      if (!interactive) write(`> ${text}`);
      try {
        const answer = answerLine(desk, text, earlier);
        earlier = answer.kind === "ask" ? [...earlier, text].slice(-4) : [];
        write(json ? JSON.stringify(answer, null, 2) : renderText(answer));
      } catch (err) {
        write(`Sorry, that went wrong: ${(err as Error).message}`);
      }
      write("");
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
