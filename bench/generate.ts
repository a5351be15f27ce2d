/**
 * A generated store shaped like the real one, at any size: many outlets, exchanges over years
 * grouped into deals with waves, every figure quoted from a source text that really contains
 * it, a share of disagreeing figures and dates, running totals, unreviewed facts. Seeded, so
 * every run of the bench measures the same archive.
 */
import { createHash } from "node:crypto";
import { addDaysIso } from "../src/domain/dates.ts";
import { formatNumber } from "../src/domain/numbers.ts";
import { emptyStore, type Fact, type Source, type StoreData } from "../src/store/schema.ts";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const say = (iso: string) =>
  `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

interface Draft {
  fact: Omit<Fact, "quote" | "sourceId">;
  quote: string;
}

/** A store with about `facts` facts. */
export function generateStore(facts: number, seed = 42): StoreData {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const data = emptyStore();
  const outlets = Math.max(5, Math.round(facts / 40));
  data.claimants = [
    { id: "ua-hq", name: "Ukraine's Coordination Headquarters", party: "ukraine" },
    { id: "ru-mod", name: "Russia's Defence Ministry", party: "russia" },
    { id: "analyst", name: "an analyst", party: "independent" },
  ];
  const sourceIds = Array.from({ length: outlets }, (_, i) => `outlet-${i}`);
  for (const id of sourceIds)
    data.claimants.push({ id, name: `Outlet ${id.slice(7)}`, party: "press" });
  const drafts = new Map<string, Draft[]>(sourceIds.map((id) => [id, []]));
  const add = (sourceId: string, d: Draft) => drafts.get(sourceId)?.push(d);

  let day = "2022-03-01";
  let made = 0;
  let e = 0;
  let running = 0;
  while (made < facts) {
    // A deal of three waves every so often, otherwise a single exchange.
    const isDeal = e % 10 === 0;
    const waves = isDeal ? 3 : 1;
    const dealId = isDeal ? `deal-${e}` : null;
    if (dealId) {
      data.events.push({
        id: dealId,
        kind: "deal",
        title: `Deal ${e}`,
        date: { from: day, to: addDaysIso(day, 2) },
        partOf: null,
        aliases: [`deal ${e}`],
      });
    }
    for (let w = 0; w < waves; w++) {
      const id = `exchange-${e}-${w}`;
      const date = addDaysIso(day, w);
      data.events.push({
        id,
        kind: "exchange",
        title: `Exchange ${e}${isDeal ? ` wave ${w + 1}` : ""}`,
        date: { on: date },
        partOf: dealId,
        aliases: [`exchange ${e}${isDeal ? `.${w + 1}` : ""}`],
      });
      const n = 50 + Math.floor(random() * 400);
      running += n;
      const reporters = 3 + Math.floor(random() * 5);
      for (let r = 0; r < reporters && made < facts; r++) {
        const src = pick(sourceIds);
        // One figure in twenty disagrees; one date in forty is a day off.
        const value = random() < 0.05 ? n + 10 + Math.floor(random() * 50) : n;
        const when = random() < 0.025 ? addDaysIso(date, 1) : date;
        const claimant = random() < 0.3 ? pick(["ua-hq", "ru-mod"]) : src;
        add(src, {
          quote: `On ${say(when)}, each side released ${formatNumber(value)} prisoners`,
          fact: {
            id: `f-${made}`,
            eventId: id,
            measure: "released",
            counted: "people",
            side: "each",
            value: { type: "number", n: value, qualifier: "exact", said: formatNumber(value) },
            eventDate: when,
            asOf: null,
            claimantId: claimant,
            planned: false,
            status: random() < 0.1 ? "unreviewed" : "reviewed",
          },
        });
        made++;
      }
    }
    // A running total now and then, sometimes off.
    if (e % 7 === 0 && made < facts) {
      const src = pick(sourceIds);
      const total = random() < 0.1 ? running - 500 - Math.floor(random() * 500) : running;
      add(src, {
        quote: `By ${say(day)}, ${formatNumber(total)} Ukrainians had been freed since 2022`,
        fact: {
          id: `f-${made}`,
          eventId: "tally",
          measure: "returned-since-2022",
          counted: "people",
          side: "ukraine",
          value: { type: "number", n: total, qualifier: "exact", said: formatNumber(total) },
          eventDate: null,
          asOf: { on: day },
          claimantId: pick(["ua-hq", "analyst", src]),
          planned: false,
          status: "reviewed",
        },
      });
      made++;
    }
    day = addDaysIso(day, waves + 2 + Math.floor(random() * 10));
    e++;
  }
  data.events.push({
    id: "tally",
    kind: "tally",
    title: "Running totals",
    date: null,
    partOf: null,
    aliases: ["totals"],
  });

  for (const [id, list] of drafts) {
    let text = `Outlet ${id.slice(7)} reports.\n\n`;
    for (const d of list) {
      const start = text.length;
      text += `${d.quote}. `;
      data.facts.push({
        ...d.fact,
        sourceId: id,
        quote: { text: d.quote, start, end: start + d.quote.length },
      } as Fact);
    }
    const source: Source = {
      id,
      outlet: `Outlet ${id.slice(7)}`,
      title: null,
      author: null,
      published: { on: "2025-01-01" },
      url: `https://example.org/${id}`,
      file: null,
      text,
      sha256: createHash("sha256").update(text).digest("hex"),
      status: "reviewed",
      addedAt: "2026-01-01T00:00:00.000Z",
      addedBy: "bench",
    };
    data.sources.push(source);
  }
  return data;
}
