// `factdesk totals --chart` and `digest --dry-run --chart`: the PNG is written, the answer is
// printed as before (JSON stays one document), and the alt text goes to standard error.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "factdesk-cli-charts-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCli(argv, { env: { FACTDESK_DB: path.join(dir, "live.json") } });

function png(file: string) {
  const b = readFileSync(file);
  expect(b.toString("latin1", 1, 4)).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("--chart", () => {
  it("totals writes the running totals and the deal; --json output is still one document", async () => {
    const totals = path.join(dir, "totals.png");
    const deal = path.join(dir, "deal.png");
    const r = await run(["--json", "totals", "--chart", totals, "--deal-chart", deal]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).kind).toBe("totals");
    const size = png(totals);
    expect(r.stderr).toContain(`Chart written to ${totals} (${size.width}×${size.height} px`);
    expect(r.stderr).toMatch(/Alt text: Running totals of Ukrainians returned since 2022/);
    expect(png(deal).width).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/Alt text: The 1,000-for-1,000 exchange .*390 on May 23/);
  });

  it("digest --dry-run writes the chart the digest carries", async () => {
    const file = path.join(dir, "digest.png");
    const r = await run(["digest", "--dry-run", "--chart", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Factdesk daily digest — /);
    expect(png(file).width).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/Alt text: Running totals/);
  });
});
