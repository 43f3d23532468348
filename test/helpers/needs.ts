// Tests that need something from the machine beyond Node and npm (test/helpers/machine-needs.ts).
// A laptop may lack it, so such a group steps aside with the reason, and the run ends with a
// summary of what was skipped and how to get it. CI must check everything: there a missing need
// fails the group, naming what to install.
import { describe, it, type TestOptions } from "vitest";
import { type MissingNeed, type NeedName, howToMeet, missing, strict } from "./machine-needs.js";

function failure(lacking: MissingNeed[]): Error {
  const reasons = lacking.map((m) => m.reason).join("; ");
  return new Error(`this machine lacks what these tests need: ${reasons}. CI runs every test, so none may be skipped: ${howToMeet(lacking)}.`);
}

type Body = () => void | Promise<void>;

/**
 * `needs("tmux").describe(…)` and `needs("python3-vobject").it(…)`: vitest's describe and it,
 * for tests that run only where the machine has what they need.
 */
export function needs(...names: NeedName[]) {
  const lacking = missing(names);
  return {
    describe(name: string, body: () => void): void {
      if (lacking.length === 0) describe(name, body);
      else if (strict())
        describe(name, () =>
          it("has what it needs", () => {
            throw failure(lacking);
          }),
        );
      else describe(name, { skip: true, meta: { missingNeeds: lacking } }, body);
    },
    it(name: string, options: TestOptions | Body, body?: Body): void {
      const [opts, fn] = typeof options === "function" ? [{}, options] : [options, body!];
      if (lacking.length === 0) it(name, opts, fn);
      else if (strict())
        it(name, opts, () => {
          throw failure(lacking);
        });
      else it(name, { ...opts, skip: true, meta: { missingNeeds: lacking } }, fn);
    },
  };
}
