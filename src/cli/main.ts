/**
 * The terminal door: `factdesk swap may-24`, `factdesk /swap may-24`, `factdesk totals`, …,
 * and `factdesk start` (Slack when credentials are set, a local prompt otherwise).
 */
import { Command, CommanderError } from "commander";
import { DEFAULT_LIVE_STORE, type OpenedDesk, openDesk } from "../app/desk.ts";
import type { Answer } from "../domain/answers.ts";
import { renderText } from "../render/text.ts";
import { journalDaysFrom } from "../store/journal.ts";
import { StoreError } from "../store/store.ts";
import { writeChart } from "./chart.ts";
import { runCheck } from "./check.ts";
import { runAudit, runDigest } from "./editorial.ts";
import { runIngest } from "./ingest.ts";
import { runLocal } from "./local.ts";
import { runReview } from "./review.ts";
import { answerLine } from "./route.ts";
import { UsageError } from "./usage.ts";

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});

/** Runs the CLI and returns the exit status; never throws for bad input or a bad store. */
/** Commander: a repeatable option's values, in order. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  // `factdesk /swap may-24` reads like the Slack command it mirrors.
  const args = argv.map((a, i) => (i === 0 && /^\/[a-z]+$/i.test(a) ? a.slice(1) : a));
  let status = 0;
  let desk: OpenedDesk | null = null;
  const getDesk = async (db?: string) => {
    desk ??= await openDesk({
      file: db ?? io.env.FACTDESK_DB ?? DEFAULT_LIVE_STORE,
      journalDays: journalDaysFrom(io.env.FACTDESK_JOURNAL_DAYS),
    });
    return desk;
  };
  // The store is locked while open (one process per file): let it go once the command is done.
  const closeDesk = async () => {
    const open = desk as OpenedDesk | null;
    desk = null;
    await open?.close().catch(() => {});
  };
  const print = (answer: Answer, json: boolean) => {
    io.stdout.write(`${json ? JSON.stringify(answer, null, 2) : renderText(answer)}\n`);
  };

  const program = new Command("factdesk")
    .description(
      "Cited, dispute-flagged answers about the prisoner exchanges, from the fact store.",
    )
    .option("--json", "print the answer object as JSON")
    .option(
      "--db <file|url>",
      "the live store: a file, or postgres://… (default: $FACTDESK_DB or data/live/factdesk.json)",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  const opts = () => program.opts<{ json?: boolean; db?: string }>();
  const simple = (
    name: string,
    description: string,
    run: (d: OpenedDesk, rest: string) => Answer,
  ) =>
    program
      .command(name)
      .description(description)
      .argument("[words...]")
      .action(async (words: string[] = []) => {
        print(run(await getDesk(opts().db), words.join(" ")), Boolean(opts().json));
      });

  simple(
    "swap",
    "one exchange: a date (may-24, 24 May 2025, latest) or a name (istanbul)",
    (d, rest) => (/^(help|-h)$/i.test(rest) ? d.help("swap") : d.swap(rest)),
  );
  program
    .command("totals")
    .description("the deal wave by wave, the year's exchanges, running totals")
    .argument("[words...]")
    .option("--chart <file>", "also write the running-totals chart as a PNG")
    .option("--deal-chart <file>", "also write the deal's wave-by-wave chart as a PNG")
    .action(async (_words: string[], o: { chart?: string; dealChart?: string }) => {
      const answer = (await getDesk(opts().db)).totals();
      print(answer, Boolean(opts().json));
      const charts = await import("../render/charts/index.ts");
      if (o.chart) await writeChart(io, o.chart, charts.draw(charts.totalsChart(answer)));
      if (o.dealChart) await writeChart(io, o.dealChart, charts.draw(charts.dealChart(answer)));
    });
  simple("sources", "the sources in the store", (d) => d.sources());
  simple("disputes", "where the sources disagree, and why", (d) => d.disputes());
  program
    .command("ask")
    .description(
      "a question in plain words; --after gives the thread's earlier questions, oldest first",
    )
    .argument("[words...]")
    .option("--after <question>", "an earlier question this one follows (repeatable)", collect, [])
    .action(async (words: string[] = [], o: { after?: string[] }) => {
      print(
        answerLine(await getDesk(opts().db), words.join(" "), o.after ?? []),
        Boolean(opts().json),
      );
    });
  program
    .command("check")
    .description(
      "fact-check a draft: every figure against the store; exit status 1 if any is contradicted",
    )
    .argument("<file>", "the draft, or - to read standard input")
    .option(
      "--date <YYYY-MM-DD>",
      "the draft's date, for \"on Friday\" and dates without a year (default: none; a day with no year takes the archive's year)",
    )
    .option("--by <name>", "who ran the check, recorded for the digest", "cli")
    .action(async (file: string, o: { date?: string; by?: string }) => {
      status = await runCheck(() => getDesk(opts().db), io, {
        file,
        date: o.date,
        by: o.by,
        json: Boolean(opts().json),
      });
    });
  program
    .command("ingest")
    .description("add a new source and propose its figures as unreviewed facts")
    .argument("[file]", "the source's text, or - to read standard input (or give --url)")
    .option("--outlet <name>", "the outlet that published it (required for a file)")
    .option("--published <YYYY-MM-DD>", "the day it was published (required for a file)")
    .option("--url <url>", "where it was published; with no file, the page is fetched")
    .option("--title <title>", "its headline")
    .option("--author <author>", "its byline")
    .action(
      async (
        file: string | undefined,
        o: { outlet?: string; published?: string; url?: string; title?: string; author?: string },
      ) => {
        status = await runIngest(() => getDesk(opts().db), io, {
          file,
          ...o,
          json: Boolean(opts().json),
        });
      },
    );
  program
    .command("review")
    .description(
      "the editors' queue; review approve-source|approve-event|reject-event|approve|reject|classify ID …",
    )
    .argument("[args...]", "an action and an id (none: print the queue)")
    .option("--by <name>", "who is reviewing, for the audit log", "cli")
    .action(async (args: string[], o: { by?: string }) => {
      status = await runReview(() => getDesk(opts().db), io, args, {
        ...o,
        json: Boolean(opts().json),
      });
    });
  program
    .command("digest")
    .description("today's digest, as the channel would get it")
    .option("--dry-run", "print it instead of posting (posting is the running bot's job)")
    .option(
      "--channel <id>",
      "the channel whose last digest marks 'since' (default: $DIGEST_CHANNEL)",
    )
    .option("--chart <file>", "also write the chart the digest carries (running totals) as a PNG")
    .action(async (o: { dryRun?: boolean; channel?: string; chart?: string }) => {
      status = await runDigest(() => getDesk(opts().db), io, { ...o, json: Boolean(opts().json) });
    });
  program
    .command("audit")
    .description("every change editors made: who, when, what, before and after")
    .option("--limit <n>", "only the last n changes")
    .action(async (o: { limit?: string }) => {
      status = await runAudit(() => getDesk(opts().db), io, { ...o, json: Boolean(opts().json) });
    });
  program
    .command("migrate-store")
    .description(
      "copy a whole store between a file and PostgreSQL (either way); the target must hold none yet",
    )
    .requiredOption("--from <file|url>", "the store to read: a file, or postgres://…")
    .requiredOption(
      "--to <file|url>",
      "where to write it: a new file, or an empty postgres://… database",
    )
    .action(async (o: { from: string; to: string }) => {
      const { migrateStore } = await import("../store/transfer.ts");
      const moved = await migrateStore(o.from, o.to);
      const shown = (db: string) => db.replace(/(:\/\/[^:@/]*):[^@/]*@/, "$1:***@");
      if (opts().json) io.stdout.write(`${JSON.stringify(moved)}\n`);
      else
        io.stdout.write(
          `Moved ${Object.entries(moved)
            .map(([k, n]) => `${n} ${k}`)
            .join(
              ", ",
            )} from ${shown(o.from)} to ${shown(o.to)}.\nReplay claims (the last ten minutes' Slack requests) are not moved: start the bot on the new store once the old one has stopped.\n`,
        );
    });
  program
    .command("start")
    .description("run the bot: Slack when credentials are set, otherwise a local prompt")
    .action(async () => {
      const { startFromEnv } = await import("./start.ts");
      status = await startFromEnv(await getDesk(opts().db), io, Boolean(opts().json));
    });

  try {
    await program.parseAsync(args, { from: "user" });
  } catch (err) {
    await closeDesk();
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.stderr.write(`factdesk: ${err.message}\n`);
      return 2;
    }
    // A bad store, a bad setting, or a Slack that cannot be reached at start-up: one line, exit 1.
    if (
      err instanceof StoreError ||
      ["ConfigError", "SlackStartError"].includes((err as Error).name)
    ) {
      io.stderr.write(`factdesk: ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
  await closeDesk();
  return status;
}

export { runLocal };
