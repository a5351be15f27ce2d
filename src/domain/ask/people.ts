/** The people the store names, and a surname found in words: shared by the reader and the answers. */
import type { Knowledge } from "../queries.ts";

/** The people the store names: claimants that are people, and the persons its roles name. */
export function peopleNamed(k: Knowledge): { name: string; surname: string }[] {
  const out: { name: string; surname: string }[] = [];
  const add = (full: string) => {
    const name = (full.split(",")[0] ?? "").trim();
    const surname = name.split(/\s+/).at(-1) ?? "";
    if (/^\p{Lu}\p{Ll}{3,}$/u.test(surname) && !out.some((p) => p.name === name))
      out.push({ name, surname });
  };
  for (const c of k.catalog.claimants.values())
    if (c.party !== "press" && !/\band\b/.test(c.name.split(",")[0] ?? "")) add(c.name);
  for (const f of k.catalog.factsByMeasure.get("role") ?? [])
    if (f.value.type === "text") add(f.value.key);
  return out;
}

/** Is this surname in the text ("Zelensky" for "Zelenskyy" too)? */
export function surnameIn(text: string, surname: string): boolean {
  const stem = surname.toLowerCase().replace(/y+$/, "");
  return new RegExp(`\\b${stem}y*\\b`, "i").test(text);
}
