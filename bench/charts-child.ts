/** One fresh process: the first chart it draws (module load not counted), as JSON on stdout. */
import { readFileSync } from "node:fs";
import { BUNDLED_STORE } from "../src/app/desk.ts";
import { analyse, totals } from "../src/domain/queries.ts";
import { draw, totalsChart } from "../src/render/charts/index.ts";
import { parseStoreText } from "../src/store/store.ts";

const answer = totals(analyse(parseStoreText(readFileSync(BUNDLED_STORE, "utf8"), BUNDLED_STORE)));
const drawn = await draw(totalsChart(answer));
console.log(JSON.stringify({ svg: drawn.ms.svg, png: drawn.ms.png }));
