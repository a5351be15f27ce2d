/**
 * Slack requests already handled, in a table every instance shares: the primary key decides
 * which instance's claim is first, so a request Slack delivers twice (or to two instances) is
 * applied once. Same window as the file's log (KEEP_HANDLED_MS): a claim older than that is
 * taken over by the next one, and old rows are swept from time to time.
 */
import type pg from "pg";
import { KEEP_HANDLED_MS } from "../handled.ts";

/** A sweep every this many claims keeps the table near the ten-minute window's size. */
const SWEEP_EVERY = 500;

export class PostgresClaims {
  readonly #pool: pg.Pool;
  #sinceSweep = 0;
  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async claim(key: string, now: Date): Promise<boolean> {
    const stale = new Date(now.getTime() - KEEP_HANDLED_MS);
    const { rowCount } = await this.#pool.query(
      `INSERT INTO handled (key, at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET at = EXCLUDED.at WHERE handled.at < $3`,
      [key, now, stale],
    );
    if (++this.#sinceSweep >= SWEEP_EVERY) {
      this.#sinceSweep = 0;
      // Not awaited: the ack must not wait for housekeeping; a failed sweep is tried again later.
      this.#pool.query("DELETE FROM handled WHERE at < $1", [stale]).catch(() => {});
    }
    return rowCount === 1;
  }
}
