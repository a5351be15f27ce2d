/**
 * Hears other instances' writes. Each write ends with NOTIFY on CHANNEL, carrying the store's
 * new revision; a dedicated connection LISTENs and hands each revision on, so an answer on one
 * instance reflects an editor's change made on another within milliseconds. If the connection
 * drops, it reconnects with backoff and reports null ("catch up, something may have been
 * missed"), since notifications sent while it was away are not replayed.
 */
import pg from "pg";

export const CHANNEL = "factdesk_store";

export interface StoreNotice {
  rev: number;
  /** The instance that wrote it, so a writer ignores its own notices. */
  from: string;
}

export interface Listener {
  close(): Promise<void>;
}

export async function listen(
  url: string,
  onNotice: (notice: StoreNotice | null) => void,
  log: (line: string) => void,
): Promise<Listener> {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let delayMs = 250;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: "factdesk-listen" });
    c.on("notification", (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        onNotice(JSON.parse(msg.payload) as StoreNotice);
      } catch {
        onNotice(null);
      }
    });
    c.on("error", (err) => {
      if (closed) return;
      log(`lost the connection that hears other instances (${err.message}); reconnecting`);
      lost(c);
    });
    c.on("end", () => lost(c));
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
    delayMs = 250;
  };

  const lost = (c: pg.Client) => {
    if (closed || client !== c) return;
    client = null;
    c.end().catch(() => {});
    schedule();
  };

  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect()
        .then(() => onNotice(null))
        .catch((err: Error) => {
          log(`cannot listen for other instances' writes yet (${err.message})`);
          delayMs = Math.min(delayMs * 2, 10_000);
          schedule();
        });
    }, delayMs);
    retry.unref();
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
