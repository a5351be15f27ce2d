import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { BUNDLED } from "../helpers/store.ts";
import { crashTest } from "./crash.ts";

it("loses no acknowledged write and never leaves an invalid file when killed mid-write", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-crash-"));
  try {
    const result = await crashTest(path.join(dir, "live.json"), BUNDLED, 12, 7);
    expect(result.kills).toBe(12);
    expect(result.acknowledged).toBeGreaterThan(12);
    expect(result.invalid).toBe(0);
    expect(result.lost).toBe(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
