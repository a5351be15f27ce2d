/**
 * Process-level safety net for a running bot. Node's default for an unhandled rejection or an
 * uncaught exception is to exit with code 1, and one bad request must not take the newsroom's
 * bot down: each is logged, with its stack, and the server keeps serving. The request guard and
 * the listeners' own catches are the first line; this is for whatever a library lets slip.
 */
import type { Logger } from "@slack/bolt";

/** Installs the handlers; the function it returns removes them (on stop, and in tests). */
export function keepServing(logger: Logger): () => void {
  const onRejection = (reason: unknown) => {
    logger.error("unhandled rejection (logged, still serving):", reason);
  };
  const onException = (err: Error, origin: string) => {
    logger.error(`uncaught exception from ${origin} (logged, still serving):`, err);
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  return () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
  };
}
