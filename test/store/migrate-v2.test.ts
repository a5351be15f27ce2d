// Store v2 (issue 14) only adds: a v1 file loads as it was, and says it was migrated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/store/migrate.ts";
import { SCHEMA_VERSION, StoreData } from "../../src/store/schema.ts";
import { Store } from "../../src/store/store.ts";
import { BUNDLED, bundledData } from "../helpers/store.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-v2-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("schema v2", () => {
  it("a v1 file is a valid v2 file once its version is bumped", () => {
    const v1 = { ...bundledData(), schemaVersion: 1 };
    const migrated = migrate(v1);
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(StoreData.safeParse(migrated).success).toBe(true);
  });

  it("opens a store written by the v1 release, keeping what it held, and reports the migration", async () => {
    const file = path.join(dir, "live.json");
    const v1 = JSON.parse(readFileSync(BUNDLED, "utf8"));
    v1.schemaVersion = 1;
    v1.facts[0].status = "rejected";
    writeFileSync(file, JSON.stringify(v1));
    const { store, report } = await Store.open({ file, bundled: BUNDLED });
    try {
      expect(report.migratedFrom).toBe(1);
      expect(store.data.schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.data.facts[0]?.status).toBe("rejected");
      expect(store.data.events.every((e) => e.status === undefined)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
