// The helpers that let tests step aside where the machine lacks something, and say so.
import { describe, expect, it } from "vitest";
import { howToMeet, type MissingNeed, strict } from "./machine-needs.js";
import { summary } from "./skip-summary.js";

const tmux: MissingNeed = { need: "tmux", reason: "tmux is not on PATH", debian: "tmux" };
const fish: MissingNeed = { need: "fish", reason: "fish is not on PATH", debian: "fish" };
const root: MissingNeed = { need: "root", reason: "the suite is not running as root" };

describe("strict: CI fails where a laptop skips", () => {
  it.each([
    [{}, false],
    [{ CI: "true" }, true],
    [{ CI: "1" }, true],
    [{ CI: "false" }, false],
    [{ CI: "0" }, false],
    [{ CI: "" }, false],
    [{ NETLOG_TEST_STRICT: "1" }, true],
    [{ CI: "true", NETLOG_TEST_STRICT: "0" }, false],
  ])("%j → %s", (env, expected) => expect(strict(env)).toBe(expected));
});

describe("howToMeet", () => {
  it("is one apt-get line for every package, sorted and once each, then root", () => {
    expect(howToMeet([tmux, fish, tmux])).toBe("apt-get install fish tmux");
    expect(howToMeet([root, tmux])).toBe("apt-get install tmux, then run npm test as root");
    expect(howToMeet([root])).toBe("run npm test as root");
  });
});

describe("the summary at the end of a run", () => {
  it("is empty when nothing was skipped", () => expect(summary([])).toBe(""));

  it("names each skipped group, its file, how many tests and why, then the one line that enables them", () => {
    expect(
      summary([
        { file: "test/e2e/terminal.test.ts", name: "netlog add in a terminal", tests: 4, missing: [tmux] },
        { file: "test/e2e/failures.test.ts", name: "a full disk", tests: 2, missing: [root] },
        { file: "test/e2e/completion.test.ts", name: "Tab in a real terminal > fish completes", tests: 1, missing: [tmux, fish] },
      ]),
    ).toBe(
      [
        "",
        "Skipped 7 tests in 3 groups: this machine lacks what they need.",
        "  test/e2e/terminal.test.ts > netlog add in a terminal (4): tmux is not on PATH",
        "  test/e2e/failures.test.ts > a full disk (2): the suite is not running as root",
        "  test/e2e/completion.test.ts > Tab in a real terminal > fish completes (1): tmux is not on PATH; fish is not on PATH",
        "To run them: apt-get install fish tmux, then run npm test as root. In CI (CI=true or NETLOG_TEST_STRICT=1) they fail instead.",
        "",
      ].join("\n"),
    );
  });
});
