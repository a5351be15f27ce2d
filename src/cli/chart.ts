/** `--chart FILE`: the terminal writes the same chart the bot uploads, with its alt text. */
import { writeFile } from "node:fs/promises";
import type { DrawnChart } from "../render/charts/index.ts";

interface Io {
  stderr: NodeJS.WritableStream;
}

/** Writes the PNG and says so on standard error, so `--json` output stays one JSON document. */
export async function writeChart(
  io: Io,
  file: string,
  drawing: Promise<DrawnChart>,
): Promise<void> {
  const chart = await drawing;
  await writeFile(file, chart.png);
  io.stderr.write(
    `Chart written to ${file} (${chart.width}×${chart.height} px, drawn in ${Math.round(chart.ms.svg + chart.ms.png)} ms). Alt text: ${chart.alt}\n`,
  );
}
