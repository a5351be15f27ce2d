import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type OpenedDesk, openDesk } from "../../src/app/desk.ts";

/**
 * A desk on a live store of its own, in a temp folder, opened before the file's tests and closed
 * (and the folder removed) after them. Call it before useTestApp, so the app stops first.
 */
export function useTempDesk(name: string): () => OpenedDesk {
  const dir = mkdtempSync(path.join(tmpdir(), `factdesk-${name}-`));
  let desk: OpenedDesk;
  beforeAll(async () => {
    desk = await openDesk({ file: path.join(dir, "live.json") });
  });
  afterAll(async () => {
    await desk.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => desk;
}
