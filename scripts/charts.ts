/**
 * `npm run charts`: the README's pictures, drawn from the bundled store (data/factdesk.json)
 * by the same code the bot and the terminal use: docs/charts/totals.png and deal.png, and
 * docs/charts/alt.md with each one's alt text. Run it after the store or the charts change.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BUNDLED_STORE } from "../src/app/desk.ts";
import { analyse, totals } from "../src/domain/queries.ts";
import { dealChart, draw, totalsChart } from "../src/render/charts/index.ts";
import { parseStoreText } from "../src/store/store.ts";

const out = path.resolve(import.meta.dirname, "..", "docs", "charts");
mkdirSync(out, { recursive: true });
const answer = totals(analyse(parseStoreText(readFileSync(BUNDLED_STORE, "utf8"), BUNDLED_STORE)));
const alt: string[] = ["# The README's charts: alt text", ""];
for (const chart of [totalsChart(answer), dealChart(answer)]) {
  const drawn = await draw(chart);
  writeFileSync(path.join(out, `${chart.name}.png`), drawn.png);
  alt.push(`- \`${chart.name}.png\` (${drawn.width}×${drawn.height}): ${drawn.alt}`);
  console.log(
    `docs/charts/${chart.name}.png ${drawn.width}×${drawn.height} ${(drawn.png.length / 1024).toFixed(0)} KB`,
  );
}
writeFileSync(path.join(out, "alt.md"), `${alt.join("\n")}\n`);
