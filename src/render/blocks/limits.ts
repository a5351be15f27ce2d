/**
 * Slack's Block Kit limits, in one place: the numbers, the packing of an answer's blocks into
 * one message (the rest left for "…and N more"), and checkLimits, which tests run on every
 * reply. A reply that breaks a limit is refused by Slack outright, so cutting is never optional.
 */
import type { types } from "@slack/bolt";

export type Block = types.KnownBlock;

export const LIMITS = {
  messageBlocks: 50,
  /** Modals and the Home tab. */
  surfaceBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Not documented per element; kept at the field limit to be safe. */
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  id: 255,
  messageText: 40_000,
  /** Slack has refused messages whose blocks add up to about 13k characters (msg_blocks_too_long). */
  blocksChars: 12_000,
} as const;

export type Surface = "message" | "home";

export const maxBlocks = (surface: Surface): number =>
  surface === "home" ? LIMITS.surfaceBlocks : LIMITS.messageBlocks;

/** Every string in a block Slack counts as text. */
function textsOf(block: Block): string[] {
  const out: string[] = [];
  const b = block as unknown as Record<string, unknown>;
  const push = (t: unknown) => {
    if (t && typeof t === "object" && "text" in t) out.push(String((t as { text: unknown }).text));
  };
  push(b.text);
  if (Array.isArray(b.fields)) b.fields.forEach(push);
  if (Array.isArray(b.elements)) {
    for (const e of b.elements as Record<string, unknown>[]) {
      if (e.type === "mrkdwn" || e.type === "plain_text") push(e);
      else push(e.text);
    }
  }
  return out;
}

export function blocksChars(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + textsOf(b).reduce((m, t) => m + t.length, 0), 0);
}

/** What would make Slack refuse these blocks, one line each; empty when they are fine. */
export function checkLimits(
  blocks: readonly Block[],
  options: { surface?: Surface; text?: string } = {},
): string[] {
  const surface = options.surface ?? "message";
  const problems: string[] = [];
  const fail = (i: number, what: string) =>
    problems.push(`block ${i} (${blocks[i]?.type}): ${what}`);
  if (blocks.length === 0) problems.push("no blocks");
  if (blocks.length > maxBlocks(surface))
    problems.push(`${blocks.length} blocks, more than ${maxBlocks(surface)}`);
  const chars = blocksChars(blocks);
  if (chars > LIMITS.blocksChars)
    problems.push(`${chars} characters of blocks, more than ${LIMITS.blocksChars}`);
  if (options.text !== undefined) {
    if (!options.text.trim()) problems.push("empty fallback text");
    if (options.text.length > LIMITS.messageText) problems.push("fallback text too long");
  }
  const ids = new Set<string>();
  blocks.forEach((block, i) => {
    const b = block as unknown as Record<string, unknown>;
    if (typeof b.block_id === "string") {
      if (ids.has(b.block_id)) fail(i, `block_id "${b.block_id}" is not unique`);
      if (b.block_id.length > LIMITS.id) fail(i, "block_id longer than 255");
      ids.add(b.block_id);
    }
    for (const t of textsOf(block)) if (!t.trim()) fail(i, "empty text");
    const text = (b.text as { text?: string } | undefined)?.text ?? "";
    switch (block.type) {
      case "header":
        if (text.length > LIMITS.headerText) fail(i, `header of ${text.length} characters`);
        break;
      case "section": {
        const fields = (b.fields as { text: string }[] | undefined) ?? [];
        if (!b.text && fields.length === 0) fail(i, "section with neither text nor fields");
        if (text.length > LIMITS.sectionText) fail(i, `section text of ${text.length} characters`);
        if (fields.length > LIMITS.sectionFields) fail(i, `${fields.length} fields`);
        for (const f of fields) if (f.text.length > LIMITS.fieldText) fail(i, "field too long");
        break;
      }
      case "context": {
        const els = (b.elements as { text?: string }[] | undefined) ?? [];
        if (els.length === 0 || els.length > LIMITS.contextElements)
          fail(i, `${els.length} context elements`);
        for (const e of els)
          if ((e.text ?? "").length > LIMITS.contextText) fail(i, "context element too long");
        break;
      }
      case "actions": {
        const els = (b.elements as Record<string, unknown>[] | undefined) ?? [];
        const actionIds = new Set<string>();
        if (els.length === 0 || els.length > LIMITS.actionsElements)
          fail(i, `${els.length} action elements`);
        for (const e of els) {
          const label = (e.text as { text?: string } | undefined)?.text ?? "";
          if (label.length > LIMITS.buttonText) fail(i, "button text too long");
          if (typeof e.value === "string" && e.value.length > LIMITS.buttonValue)
            fail(i, "button value too long");
          if (typeof e.url === "string" && e.url.length > LIMITS.url)
            fail(i, "button url too long");
          if (typeof e.action_id === "string" && e.action_id.length > LIMITS.id)
            fail(i, "action_id too long");
          if (typeof e.action_id === "string") {
            if (actionIds.has(e.action_id)) fail(i, `action_id "${e.action_id}" repeated`);
            actionIds.add(e.action_id);
          }
        }
        break;
      }
    }
  });
  return problems;
}

/** A piece of an answer that is shown whole or not at all: a figure, a dispute, a source. */
export interface Unit {
  blocks: Block[];
  /** What it is, for "…and 3 more disputes": [singular, plural]. */
  noun: readonly [string, string];
}

export interface Page {
  blocks: Block[];
  /** Index of the first unit not shown, or null when everything fit. */
  next: number | null;
  /** The units left out, counted by noun: "3 more disputes, 1 more figure". */
  rest: string | null;
}

/**
 * Packs the head and as many units as fit from `start`, leaving room for `reserve` blocks and
 * `reserveChars` characters of footer, in pages of at most `chars` characters of blocks (Slack's
 * limit unless a smaller page is asked for). A unit too big for an empty page is cut to fit
 * rather than dropped, so every page moves forward.
 */
export function packUnits(
  head: readonly Block[],
  units: readonly Unit[],
  options: {
    start?: number;
    surface?: Surface;
    reserve: number;
    reserveChars: number;
    chars?: number;
  },
): Page {
  const start = Math.max(0, Math.min(options.start ?? 0, units.length));
  const blockRoom = maxBlocks(options.surface ?? "message") - options.reserve;
  const charRoom =
    Math.min(options.chars ?? LIMITS.blocksChars, LIMITS.blocksChars) - options.reserveChars;
  const blocks = [...head];
  let chars = blocksChars(blocks);
  let i = start;
  for (; i < units.length; i++) {
    const unit = units[i] as Unit;
    const size = blocksChars(unit.blocks);
    if (blocks.length + unit.blocks.length <= blockRoom && chars + size <= charRoom) {
      blocks.push(...unit.blocks);
      chars += size;
      continue;
    }
    if (i === start) {
      for (const b of unit.blocks) {
        const n = blocksChars([b]);
        if (blocks.length + 1 > blockRoom || chars + n > charRoom) break;
        blocks.push(b);
        chars += n;
      }
      i++;
    }
    break;
  }
  return { blocks, next: i < units.length ? i : null, rest: describeRest(units.slice(i)) };
}

function describeRest(units: readonly Unit[]): string | null {
  if (units.length === 0) return null;
  const counts = new Map<string, { n: number; noun: readonly [string, string] }>();
  for (const u of units) {
    const c = counts.get(u.noun[0]) ?? { n: 0, noun: u.noun };
    c.n++;
    counts.set(u.noun[0], c);
  }
  return [...counts.values()]
    .map((c) => `${c.n} more ${c.n === 1 ? c.noun[0] : c.noun[1]}`)
    .join(", ");
}
