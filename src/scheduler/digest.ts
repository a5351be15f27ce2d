/**
 * Posts the daily digest to one channel at DIGEST_TIME in DIGEST_TZ, exactly once a day. The
 * store records each post (day, channel, ts) only after Slack says ok, so a restart does not
 * post again, a bot that was down at the slot posts once when it is back the same day, and a
 * failed post is retried with backoff and never counted as posted.
 */
import { setTimeout as delay } from "node:timers/promises";
import { Cron } from "croner";
import type { DigestAnswer } from "../domain/answers.ts";
import { buildDigest } from "../domain/digest.ts";
import type { Knowledge } from "../domain/queries.ts";
import type { FactStore } from "../store/fact-store.ts";
import type { Digest } from "../store/schema.ts";
import { dayIn, minutesIn, parseTime } from "./clock.ts";

export interface PostResult {
  ts: string;
}

/** Posts a digest to Slack; throws a PostError for a failure Slack or the network reported. */
export type PostDigest = (channel: string, digest: DigestAnswer) => Promise<PostResult>;

export class PostError extends Error {
  constructor(
    message: string,
    /** Seconds Slack asked us to wait (HTTP 429 Retry-After), if it did. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Where the digest is built from and its posts recorded: the desk's store, which several
 * instances may share, so "posted today?" is asked of the store as it is now, and a post is
 * made while holding the store's lock of that channel and day.
 */
export interface DigestLedger {
  /** Brings the record up to date with what other instances have written. */
  sync(): Promise<void>;
  posted(channel: string, day: string): boolean;
  build(channel: string, day: string, now: string): DigestAnswer;
  /** Resolves once the post is recorded durably. */
  record(digest: Digest): Promise<void>;
  /** Runs `work` unless another instance holds `name` now (null then). */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T | null>;
}

export function storeLedger(store: FactStore, knowledge: () => Knowledge): DigestLedger {
  return {
    sync: () => store.sync(),
    posted: (channel, day) =>
      store.data.digests.some((d) => d.day === day && d.channel === channel),
    build: (channel, day, now) => buildDigest(knowledge(), { day, now }, channel),
    record: async (digest) => {
      await store.update(
        (d) => {
          d.digests.push(digest);
        },
        ["digests"],
      );
    },
    exclusive: (name, work) => store.exclusive(name, work),
  };
}

export interface DigestSchedulerOptions {
  ledger: DigestLedger;
  post: PostDigest;
  channel: string;
  time: string;
  tz: string;
  log?: (line: string) => void;
  /** Retries after the first failure; the delays double from baseDelayMs up to maxDelayMs. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export type RunOutcome =
  | "posted"
  | "already-posted"
  /** Another instance on the same store is posting it now. */
  | "posting-elsewhere"
  | "not-yet"
  | "failed"
  | "stopped";

export class DigestScheduler {
  readonly #o: Required<Omit<DigestSchedulerOptions, "log">> & { log: (line: string) => void };
  #job: Cron | null = null;
  #running: Promise<RunOutcome> | null = null;
  /** Aborted by stop(), so a shutdown does not wait out a backoff of minutes. */
  #stopping = new AbortController();

  constructor(options: DigestSchedulerOptions) {
    parseTime(options.time);
    this.#o = {
      retries: 6,
      baseDelayMs: 2_000,
      maxDelayMs: 5 * 60_000,
      now: () => new Date(),
      sleep: (ms) => delay(ms, undefined, { signal: this.#stopping.signal }).catch(() => {}),
      log: () => {},
      ...options,
    };
  }

  /** Starts the daily job and posts now if today's slot has passed without a digest. */
  start(): Promise<RunOutcome> {
    if (this.#stopping.signal.aborted) this.#stopping = new AbortController();
    const [hh, mm] = this.#o.time.split(":");
    this.#job = new Cron(
      `${Number(mm)} ${Number(hh)} * * *`,
      { timezone: this.#o.tz, protect: true },
      () => {
        void this.runDue();
      },
    );
    return this.runDue();
  }

  /** Stops the daily job; a run waiting to retry gives up at once, without recording a post. */
  stop(): void {
    this.#job?.stop();
    this.#job = null;
    this.#stopping.abort();
  }

  /** Resolves when no run is in flight (for shutdown and tests). */
  async idle(): Promise<void> {
    await this.#running;
  }

  /** When the job fires next (for logs and tests). */
  nextRun(): Date | null {
    return this.#job?.nextRun() ?? null;
  }

  /** Posts today's digest if the slot has passed and it has not been posted; one run at a time. */
  runDue(): Promise<RunOutcome> {
    this.#running ??= this.#runDue().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #runDue(): Promise<RunOutcome> {
    const { ledger, channel, tz } = this.#o;
    const now = this.#o.now();
    const day = dayIn(now, tz);
    if (minutesIn(now, tz) < parseTime(this.#o.time)) return "not-yet";
    if (ledger.posted(channel, day)) return "already-posted";
    // Several instances share one store: whoever holds the channel's day posts, the others
    // skip; a holder that dies lets go with its connection.
    const outcome = await ledger.exclusive(`digest:${channel}:${day}`, async () => {
      // What another instance recorded just before this one took the lock.
      await ledger.sync();
      if (ledger.posted(channel, day)) return "already-posted" as const;
      return this.#post(day, now);
    });
    if (outcome === null) {
      this.#o.log(`digest for ${day} is being posted by another instance`);
      return "posting-elsewhere";
    }
    return outcome;
  }

  async #post(day: string, now: Date): Promise<RunOutcome> {
    const { ledger, channel } = this.#o;
    const digest = ledger.build(channel, day, now.toISOString());
    let ts: string | null = null;
    for (let attempt = 0; ts === null; attempt++) {
      try {
        ts = (await this.#o.post(channel, digest)).ts;
      } catch (err) {
        const retryAfter = err instanceof PostError ? err.retryAfter : null;
        if (attempt >= this.#o.retries) {
          this.#o.log(
            `digest for ${day} not posted after ${attempt + 1} attempts: ${(err as Error).message}`,
          );
          return "failed";
        }
        const backoff = Math.min(this.#o.maxDelayMs, this.#o.baseDelayMs * 2 ** attempt);
        const wait = retryAfter !== null ? Math.max(retryAfter * 1000, backoff) : backoff;
        this.#o.log(
          `digest post failed (${(err as Error).message}); retrying in ${Math.round(wait / 1000)} s`,
        );
        await this.#o.sleep(wait);
        if (this.#stopping.signal.aborted) {
          this.#o.log(`digest for ${day} not posted: stopping`);
          return "stopped";
        }
      }
    }
    // Recorded only now that Slack said ok. A disk failure here is logged, not retried as a post.
    const posted = ts;
    await ledger.record({ day, channel, ts: posted, postedAt: this.#o.now().toISOString() });
    this.#o.log(`digest for ${day} posted to ${channel} (ts ${posted})`);
    return "posted";
  }
}
