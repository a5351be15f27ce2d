/**
 * Replies already rendered, by answer and options. Only a frozen answer (the desk's memoised
 * ones, kept until the store changes) is cached: it cannot change under its reply, and the
 * entry goes when the answer does. The reply is frozen too, so no caller can change it for
 * the next. A few entries per answer: `sharedBy` names whoever shared it.
 */
import { deepFreeze } from "../../domain/freeze.ts";
import type { Rendered } from "./index.ts";

const rendered = new WeakMap<object, Map<string, Rendered>>();
const RENDERED_PER_ANSWER = 16;

/** `make()` for `answer`, once per answer and key while the answer is frozen. */
export function renderedOnce(answer: object, key: string, make: () => Rendered): Rendered {
  if (!Object.isFrozen(answer)) return make();
  let byKey = rendered.get(answer);
  if (!byKey) {
    byKey = new Map();
    rendered.set(answer, byKey);
  }
  const hit = byKey.get(key);
  if (hit) return hit;
  const reply = deepFreeze(make());
  if (byKey.size >= RENDERED_PER_ANSWER) byKey.clear();
  byKey.set(key, reply);
  return reply;
}
