// One Factdesk desk in a process of its own, on the database named in argv, driven by JSON
// lines on stdin and answering on stdout, so a test can run two instances the way two deploys
// would (and SIGKILL one). Not a test file itself.
import { createInterface } from "node:readline";
import { setTimeout as delay } from "node:timers/promises";
import { openDesk } from "../../src/app/desk.ts";
import { resolveDispute } from "../../src/app/editorial.ts";
import { DigestScheduler } from "../../src/scheduler/digest.ts";

const url = process.argv[2] as string;
const desk = await openDesk({ file: url });
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
say({ ready: true });

type Command =
  | { n: number; op: "resolution"; dispute: string }
  | { n: number; op: "resolve"; dispute: string; by: string }
  | { n: number; op: "digest"; channel: string }
  | { n: number; op: "write"; prefix: string };

for await (const line of createInterface({ input: process.stdin })) {
  const c = JSON.parse(line) as Command;
  const reply = (result: unknown) => say({ n: c.n, result });
  if (c.op === "resolution") {
    reply(desk.disputes().disputes.find((d) => d.id === c.dispute)?.resolution ?? null);
  } else if (c.op === "resolve") {
    reply(
      await resolveDispute(desk.store, desk.knowledge, {
        disputeId: c.dispute,
        choice: { kind: "both-stand" },
        note: null,
        by: c.by,
        now: new Date().toISOString(),
      }),
    );
  } else if (c.op === "digest") {
    const scheduler = new DigestScheduler({
      ledger: desk.digestLedger(),
      // Slack takes a while to answer, so both instances are inside their runs at once.
      post: async () => {
        say({ event: "posting" });
        await delay(300);
        return { ts: `${process.pid}.0001` };
      },
      channel: c.channel,
      time: "00:00",
      tz: "UTC",
    });
    reply(await scheduler.runDue());
  } else if (c.op === "write") {
    // Writes until killed, saying which once each is acknowledged.
    const answer = desk.factcheck("On May 24, 2025, each side freed 307 prisoners.");
    for (let i = 0; ; i++) {
      await desk.recordFactcheck(answer, `${c.prefix}-${i}`);
      say({ ack: `${c.prefix}-${i}` });
    }
  }
}
await desk.close();
