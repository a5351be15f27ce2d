/** The terminal door as `factdesk …` opens it: main() with captured streams and a given env. */
import { PassThrough, Readable } from "node:stream";
import { main } from "../../src/cli/main.ts";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `factdesk <argv>` in-process. Only `env` is its environment (never the test runner's),
 * so name the store in it (FACTDESK_DB) or the CLI falls back to data/live/ in the repository.
 */
export async function runCli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (c) => {
    stdout += c;
  });
  err.on("data", (c) => {
    stderr += c;
  });
  const status = await main(argv, {
    stdout: out,
    stderr: err,
    stdin: Readable.from([options.stdin ?? ""]),
    env: options.env ?? {},
  });
  return { status, stdout, stderr };
}
