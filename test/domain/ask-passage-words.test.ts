// A passage of the sources found in the reporter's words rather than the source's: another
// spelling ("destabilise"), another word for the same thing ("freed"/"released"), a body named
// as an institute; and a reason asked is never a figure. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a passage asked for in the reporter's spelling", () => {
  it("finds the source's sentence written the other way, shown as read, not stored", () => {
    const a = ask("who warned that the swaps destabilise ukraine?");
    expect(a.status).toBe("unsure");
    expect(a.line).toMatch(/Lawfare Institute/);
  });
});

describe("a body asked for as an institute", () => {
  it("asks a name, answered from the passage that names it", () => {
    const a = ask("which institute said in a study that the swaps serve russia as leverage?");
    expect(a.line).toMatch(/Lawfare Institute/);
  });
});

describe("what prompted something", () => {
  it("asks a reason, never a figure", () => {
    const a = ask("what prompted the talks to begin?");
    expect(a.status).not.toBe("answered");
    expect(a.line).not.toMatch(/\b390\b|people|each side/);
  });
});
