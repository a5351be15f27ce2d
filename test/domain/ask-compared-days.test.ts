// Two days of the deal set against each other by their weekday: the difference of the two
// stored figures, both shown, in a question or a follow-up. Questions written here.
import { describe, expect, it } from "vitest";
import type { AskAnswer } from "../../src/domain/answers.ts";
import { askThread } from "../../src/domain/ask/index.ts";
import { analyse } from "../../src/domain/queries.ts";
import { bundledData } from "../helpers/store.ts";

const k = analyse(bundledData());
const ask = (...qs: string[]): AskAnswer => askThread(k, qs);

describe("a difference between days of the deal named by weekday", () => {
  it("sets the Saturday's figure against the Friday's", () => {
    const a = ask("by how many did Friday's Ukrainian returnees outnumber Saturday's?");
    expect(a.line).toMatch(/^83 more /);
    expect(a.derivation?.expression).toBe("390 − 307 = 83");
  });

  it("reads the desk's short weekdays", () => {
    expect(ask("sat minus sun, per side?").line).toMatch(/^4 more .*307.*303/);
  });

  it("keeps the comparison in a follow-up that names two other weekdays 'against' each other", () => {
    const a = ask(
      "how many more people did Russia receive on Friday than on Saturday?",
      "and Friday against Sunday?",
    );
    expect(a.line).toMatch(/^87 more /);
  });
});
