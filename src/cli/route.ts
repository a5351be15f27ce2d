/**
 * One line of input, as a reporter would type it in Slack or at the prompt, to an answer:
 * "/swap may-24", "swap may-24", "totals", or a plain question.
 */
import type { Desk } from "../app/desk.ts";
import type { Answer } from "../domain/answers.ts";

export const COMMANDS = ["swap", "totals", "sources", "disputes", "help"] as const;

export function answerLine(desk: Desk, line: string, earlier: readonly string[] = []): Answer {
  const trimmed = line.trim();
  const match = /^\/?([a-z]+)\b\s*(.*)$/is.exec(trimmed);
  const command = match?.[1]?.toLowerCase();
  const rest = (match?.[2] ?? "").trim();
  const wantsHelp = /^(help|\?|-h|--help)$/i.test(rest);
  switch (command) {
    case "swap":
      return wantsHelp ? desk.help("swap") : desk.swap(rest);
    case "totals":
      return wantsHelp ? desk.help("totals") : desk.totals();
    case "sources":
      return wantsHelp ? desk.help("sources") : desk.sources();
    case "disputes":
      return wantsHelp ? desk.help("disputes") : desk.disputes();
    case "help":
      return desk.help(rest ? rest.replace(/^\//, "").toLowerCase() : null);
    default:
      return desk.ask(trimmed, earlier);
  }
}
