/** One line per entry on stderr, filtered by LOG_LEVEL; shared by Bolt and the listeners. */
import { inspect } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";
import type { LogLevelName } from "../config.ts";

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

export function toLogLevel(name: LogLevelName): LogLevel {
  return {
    debug: LogLevel.DEBUG,
    info: LogLevel.INFO,
    warn: LogLevel.WARN,
    error: LogLevel.ERROR,
  }[name];
}

function show(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  return inspect(part, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
}

export function createLogger(
  level: LogLevelName = "info",
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  let current = toLogLevel(level);
  let name = "factdesk";
  const log =
    (at: LogLevel) =>
    (...parts: unknown[]) => {
      if (SEVERITY[at] < SEVERITY[current]) return;
      write(`[${at.toUpperCase()}] ${name} ${parts.map(show).join(" ")}`);
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      name = n;
    },
  };
}
