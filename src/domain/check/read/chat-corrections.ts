/**
 * What a chat thread takes back. In messages to the desk ("[15:40] Dima: 390 in total, so 195
 * each"), a later message may correct an earlier one: its writer owns up ("sorry", "my bad",
 * "typo", "she's right", "checked, …") or another says no ("no - those are both-sides totals",
 * "64th!! fixing that"). The figures it takes back are no claim: those of the same kind as the
 * correction's first figure (a day, a numbered day, an ordinal, a count) in the message it
 * answers: the writer's own last such message when owning up, else the last such message by
 * someone else, less any figure the correction gives again.
 */

/** "[15:40] Dima: …": a chat message's time, its writer and where its words begin. */
const MESSAGE = /^\[\d{1,2}:\d{2}\]\s*([^:\n\]]{1,30}):[ \t]*/gm;

/** The writer owns up to an earlier message of their own. */
const OWNS_UP =
  /\b(?:sorry|sry|soz|my bad|my mistake|typo|oops|correction|checked|ah yes|(?:she|he|you|they)(?:['’]s|['’]re| is| are) right)\b/i;
/** Someone else says the earlier message is wrong. */
const SAYS_NO = /^(?:no|nope)\s*[-–—,.!:;]|^\S+!!|\bfixing (?:that|it|this)\b/i;

type Kind = "day" | "numbered" | "ordinal" | "count";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const KINDS: readonly [Kind, string][] = [
  [
    "day",
    `\\b${MONTH}\\.?\\s+\\d{1,4}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b(?!-)|\\b(?:today|yday|yesterday|tmrw|tomorrow|tonight)\\b`,
  ],
  [
    "numbered",
    "\\b(?:day|stage|wave|group|round|phase)\\s+(?:\\d{1,2}|one|two|three|four|five)\\b",
  ],
  [
    "ordinal",
    "\\b\\d+(?:st|nd|rd|th)\\b|\\bno\\.\\s*\\d+|#\\d+|\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b",
  ],
  [
    "count",
    "\\d[\\d,.]*\\d[k+]?|\\d[k+]?|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\\b",
  ],
];
const FIGURE = new RegExp(KINDS.map(([, re]) => `(${re})`).join("|"), "giu");

interface Figure {
  kind: Kind;
  start: number;
  end: number;
  /** Its words, lower-cased and without grouping: "4,570+" is "4570". */
  value: string;
}

interface Message {
  writer: string;
  start: number;
  end: number;
  body: string;
  figures: Figure[];
}

function figuresIn(body: string, offset: number): Figure[] {
  const out: Figure[] = [];
  for (const m of body.matchAll(FIGURE)) {
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const kind = KINDS[i]?.[0];
    if (!kind) continue;
    const at = offset + (m.index ?? 0);
    const value = m[0].toLowerCase().replace(/[,+]/g, "");
    out.push({ kind, start: at, end: at + m[0].length, value });
  }
  return out;
}

function messagesOf(text: string): Message[] {
  const heads = [...text.matchAll(MESSAGE)];
  return heads.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const next = heads[i + 1]?.index ?? text.length;
    const lineEnd = text.indexOf("\n", start);
    const end = Math.min(next, lineEnd < 0 ? text.length : lineEnd);
    const body = text.slice(start, end);
    return {
      writer: (m[1] ?? "").trim().toLowerCase(),
      start,
      end,
      body,
      figures: figuresIn(body, start),
    };
  });
}

/** The spans (offsets in the draft) of figures a later message of a chat thread takes back. */
export function chatWithdrawn(text: string): { start: number; end: number }[] {
  const messages = messagesOf(text);
  if (messages.length < 2) return [];
  const out: { start: number; end: number }[] = [];
  messages.forEach((m, i) => {
    const own = OWNS_UP.test(m.body);
    if (!own && !SAYS_NO.test(m.body)) return;
    const kind = m.figures[0]?.kind;
    if (!kind) return;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = messages[j] as Message;
      if ((earlier.writer === m.writer) !== own) continue;
      const same = earlier.figures.filter((f) => f.kind === kind);
      if (same.length === 0) continue;
      // "no, 697 is Ukrainians alone": a figure the other gives again stands.
      const again = new Set(m.figures.map((f) => f.value));
      for (const f of same)
        if (own || !again.has(f.value)) out.push({ start: f.start, end: f.end });
      break;
    }
  });
  return out;
}
