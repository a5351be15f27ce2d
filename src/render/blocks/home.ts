/**
 * The App Home tab: the store at a glance. Lists are short and point to the command that
 * shows everything; the Home tab has no response_url, so it carries no buttons.
 */
import type { DisputesAnswer, SourcesAnswer, TotalsAnswer } from "../../domain/answers.ts";
import { formatNewsroomDate } from "../../domain/dates.ts";
import { type Block, packUnits, type Unit } from "./limits.ts";
import {
  channelMention,
  compact,
  context,
  divider,
  esc,
  header,
  plural,
  sectionsFromLines,
} from "./parts.ts";

export interface LastDigest {
  /** ISO day the digest was for. */
  day: string;
  channel: string;
}

export interface HomeInput {
  sources: SourcesAnswer;
  disputes: DisputesAnswer;
  totals: TotalsAnswer;
  /** null: none posted yet; undefined: this desk keeps no digest record. */
  lastDigest?: LastDigest | null;
}

const LIST_MAX = 15;

function list(title: string, lines: string[], total: number, command: string): Unit {
  const shown = lines.slice(0, LIST_MAX);
  const rest = total - shown.length;
  return {
    blocks: [
      divider(),
      ...sectionsFromLines([
        title,
        ...shown,
        ...(rest > 0 ? [`_…and ${rest} more: \`${command}\`_`] : []),
      ]),
    ],
    noun: ["list", "lists"],
  };
}

export function renderHome(input: HomeInput): Block[] {
  const { sources, disputes, totals } = input;
  const sourceCount = sources.total ?? sources.sources.length;
  const disputeCount = disputes.total ?? disputes.disputes.length;
  const open = disputes.open ?? disputes.disputes.filter((d) => !d.resolution).length;
  const exchanges = totals.exchangesTotal ?? totals.exchanges.length;
  const digest =
    input.lastDigest === undefined
      ? null
      : input.lastDigest
        ? `${esc(formatNewsroomDate(input.lastDigest.day))} in ${channelMention(input.lastDigest.channel)}`
        : "none posted yet";

  const fields = [
    `*Sources*\n${sourceCount}`,
    `*Exchanges${totals.year ? ` in ${totals.year}` : ""}*\n${exchanges}`,
    `*Open disputes*\n${open} of ${disputeCount}`,
    ...(digest ? [`*Last digest*\n${digest}`] : []),
  ];
  const head: Block[] = [
    header("Factdesk: the store at a glance"),
    { type: "section", fields: fields.map((text) => ({ type: "mrkdwn" as const, text })) },
  ];

  const openDisputes = disputes.disputes.filter((d) => !d.resolution);
  const units: Unit[] = [
    list(
      `:warning: *Open disputes* (${open})`,
      openDisputes.length > 0
        ? openDisputes.map(
            (d) =>
              `• *${esc(d.title)}*: ${d.sides.map((s) => esc(s.valueText)).join(" vs ")}${d.betweenParties ? " _(between the parties)_" : ""}`,
          )
        : ["None: the sources agree."],
      Math.max(open, openDisputes.length),
      "/disputes",
    ),
    list(
      `*Exchanges${totals.year ? ` in ${totals.year}` : ""}*`,
      totals.exchanges
        .slice()
        .reverse()
        .map((e) => {
          const f = e.figure;
          const value = f
            ? ` · *${f.readings.map((r) => esc(r.valueText)).join(" or ")}* (${esc(f.label)})`
            : "";
          return `• *${esc(e.event.dateText ?? "undated")}*: ${esc(e.event.title)}${value}`;
        }),
      exchanges,
      "/totals",
    ),
    list(
      "*Sources*",
      sources.sources.map(
        (s) =>
          `• *${esc(s.outlet)}*${s.status === "unreviewed" ? " _(unreviewed)_" : ""} · ${esc(s.published)} · ${plural(s.facts, "fact", "facts")}`,
      ),
      sourceCount,
      "/sources",
    ),
  ];
  const page = packUnits(head, units, { surface: "home", reserve: 1, reserveChars: 200 });
  return [
    ...page.blocks,
    ...compact([
      context([
        "Ask with `/swap may-24`, `/totals`, `/disputes`, `/sources`, or mention @Factdesk with a question.",
      ]),
    ]),
  ];
}
