/**
 * Help, and the friendly reply to anything the desk could not map: what went wrong, what was
 * typed (escaped, shortened), the nearest exchanges, and how to ask.
 */
import type { HelpAnswer } from "../../domain/answers.ts";
import { ECHO_MAX } from "../escape.ts";
import { userText } from "../user-text.ts";
import type { Doc } from "./doc.ts";
import { compact, context, esc, header, section } from "./parts.ts";

export function helpDoc(a: HelpAnswer): Doc {
  // What was typed, echoed into a reply that Share in channel shows to everyone: plain.
  const typed = a.query ? userText(a.query, ECHO_MAX) : "";
  const problem = a.problem ? `${esc(a.problem)}${typed ? `\nYou asked: “${typed}”` : ""}` : null;
  const suggestions = a.suggestions.map((s) => {
    const alias = s.aliases[0];
    const when = s.dateText ? `*${esc(s.dateText)}*: ` : "";
    return `• ${when}${esc(s.title)}${alias ? ` · try \`/swap ${esc(alias)}\`` : ""}`;
  });
  const usage = a.usage.map((u) => `• ${esc(u)}`);
  const head = compact([
    header(a.topic ? `Factdesk help: /${a.topic}` : "Factdesk help"),
    problem ? section(problem) : null,
    suggestions.length > 0 ? section(suggestions.join("\n")) : null,
    section(`*How to ask*\n${usage.join("\n")}`),
    context(["You can also mention @Factdesk with a question, in a channel or a DM."]),
  ]);
  return { head, units: [], text: esc(a.problem ?? "How to ask Factdesk") };
}
