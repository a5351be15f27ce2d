/** Bad usage of a command (a missing file, a malformed date): one friendly line, exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

interface ReadableIo {
  stdin: NodeJS.ReadableStream;
}

/** A file's text, or standard input's for "-"; a missing or unreadable file is a UsageError. */
export async function readInput(file: string, io: ReadableIo): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer));
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  const { readFile } = await import("node:fs/promises");
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (err as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}
