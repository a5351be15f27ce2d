/**
 * Charts: how long drawing one takes (Vega-Lite → Vega SVG → resvg PNG, from the bundled
 * store's totals answer), the first one in a fresh process and then one after another, and
 * what files.uploadV2 costs against a fake Slack on 127.0.0.1 (its three requests; Slack's
 * own latency comes on top, three round trips' worth). Target: a chart drawn in < 200 ms.
 *
 *   npm run bench:charts        # this section alone
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { webApi } from "@slack/bolt";
import { BUNDLED_STORE } from "../src/app/desk.ts";
import { analyse, totals } from "../src/domain/queries.ts";
import {
  type Chart,
  type DrawnChart,
  dealChart,
  draw,
  totalsChart,
} from "../src/render/charts/index.ts";
import { uploadCharts } from "../src/slack/charts.ts";
import { parseStoreText } from "../src/store/store.ts";
import { median, ms, percentile } from "./stats.ts";

export const CHART_TARGET_MS = 200;

interface Timing {
  svg: number;
  png: number;
}

export interface ChartRow {
  name: string;
  runs: number;
  px: string;
  kb: number;
  svg: number[];
  png: number[];
  total: number[];
  /** CPU milliseconds (user + system) per chart: less bent by other work on the machine. */
  cpu: number[];
}

export interface ChartsBench {
  cold: ChartRow;
  warm: ChartRow[];
  upload: { runs: number; ms: number[]; kb: number };
}

function row(
  name: string,
  drawn: DrawnChart | null,
  samples: Timing[],
  cpu: number[] = [],
): ChartRow {
  return {
    name,
    runs: samples.length,
    px: drawn ? `${drawn.width}×${drawn.height}` : "",
    kb: drawn ? drawn.png.length / 1024 : 0,
    svg: samples.map((s) => s.svg),
    png: samples.map((s) => s.png),
    total: samples.map((s) => s.svg + s.png),
    cpu,
  };
}

/** A fake Slack for files.uploadV2: every method ok, an upload URL on the same server. */
async function fakeSlack() {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      const url = req.url ?? "";
      if (url.startsWith("/upload/")) res.end("OK");
      else if (url.endsWith("files.getUploadURLExternal")) {
        n += 1;
        const { port } = server.address() as AddressInfo;
        res.end(
          JSON.stringify({
            ok: true,
            upload_url: `http://127.0.0.1:${port}/upload/${n}`,
            file_id: `F${n}`,
          }),
        );
      } else res.end(JSON.stringify({ ok: true, files: [{ id: `F${n}` }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { api: `http://127.0.0.1:${port}/api/`, close: () => new Promise((r) => server.close(r)) };
}

export async function benchCharts(
  options: { cold?: number; warm?: number; uploads?: number } = {},
): Promise<ChartsBench> {
  const coldRuns = options.cold ?? 3;
  const warmRuns = options.warm ?? 20;
  const uploadRuns = options.uploads ?? 10;
  const cold: Timing[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "charts-child.ts")],
      {
        encoding: "utf8",
      },
    );
    cold.push(JSON.parse(out.trim().split("\n").at(-1) as string));
  }

  const answer = totals(
    analyse(parseStoreText(readFileSync(BUNDLED_STORE, "utf8"), BUNDLED_STORE)),
  );
  const warm: ChartRow[] = [];
  let last: DrawnChart | null = null;
  for (const [name, chart] of [
    ["running totals", totalsChart(answer)],
    ["the deal", dealChart(answer)],
  ] as [string, Chart][]) {
    await draw(chart); // the first in this process is the cold row's business
    const samples: Timing[] = [];
    const cpu: number[] = [];
    let drawn: DrawnChart | null = null;
    for (let i = 0; i < warmRuns; i++) {
      const c0 = process.cpuUsage();
      drawn = await draw(chart);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      samples.push(drawn.ms);
    }
    if (name === "running totals") last = drawn;
    warm.push(row(name, drawn, samples, cpu));
  }

  const slack = await fakeSlack();
  const client = new webApi.WebClient("xoxb-bench", {
    slackApiUrl: slack.api,
    retryConfig: { retries: 0 },
  });
  const uploads: number[] = [];
  try {
    for (let i = 0; i < uploadRuns && last; i++) {
      const t0 = performance.now();
      await uploadCharts(client, { channel: "C0BENCH" }, [last]);
      uploads.push(performance.now() - t0);
    }
  } finally {
    await slack.close();
  }
  return {
    cold: row("running totals, first in a fresh process", last, cold),
    warm,
    upload: { runs: uploads.length, ms: uploads, kb: last ? last.png.length / 1024 : 0 },
  };
}

export function formatCharts(b: ChartsBench): string {
  const line = (r: ChartRow) =>
    `${r.name.padEnd(42)} runs ${String(r.runs).padStart(2)} · ${r.px.padEnd(9)} ${r.kb.toFixed(0).padStart(4)} KB · svg p50 ${ms(median(r.svg)).padStart(6)} · png p50 ${ms(median(r.png)).padStart(6)} · total p50 ${ms(median(r.total)).padStart(6)} p95 ${ms(percentile(r.total, 95)).padStart(6)} max ${ms(Math.max(...r.total)).padStart(6)} ms${r.cpu.length > 0 ? ` · CPU p50 ${ms(median(r.cpu))} ms` : ""}`;
  const worst = Math.max(...b.warm.map((r) => median(r.total)));
  return [
    `load average now ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${os.cpus().length} cores`,
    line(b.cold),
    ...b.warm.map(line),
    `files.uploadV2 of one chart (${b.upload.kb.toFixed(0)} KB) to a fake Slack on 127.0.0.1: runs ${b.upload.runs} · p50 ${ms(median(b.upload.ms))} ms · max ${ms(Math.max(...b.upload.ms))} ms (3 requests; Slack's own latency adds three round trips)`,
    `target: a chart drawn in < ${CHART_TARGET_MS} ms (p50, one after another): ${worst < CHART_TARGET_MS ? "met" : "missed"} (worst ${ms(worst)} ms); the first in a fresh process ${ms(median(b.cold.total))} ms`,
  ].join("\n");
}

if (process.argv[1] === import.meta.filename) {
  console.log(formatCharts(await benchCharts()));
}
