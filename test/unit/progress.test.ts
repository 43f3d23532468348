import { describe, expect, it } from "vitest";
import { terminalProgress } from "../../src/ui/progress.js";

describe("terminalProgress", () => {
  it("stays silent for the first second, then redraws at most every 100 ms, and clears its line", () => {
    const written: string[] = [];
    let now = 0;
    const progress = terminalProgress({ write: (s: string) => written.push(s) > 0 }, "Importing", 4, () => now);
    now = 900;
    progress.tick(1);
    now = 1200;
    progress.tick(2);
    now = 1250;
    progress.tick(3);
    progress.finish();
    expect(written).toEqual([`\rImporting [${"#".repeat(15)}${" ".repeat(15)}] 2/4`, "\r\x1b[2K"]);
  });

  it("writes nothing at all for work under a second", () => {
    const written: string[] = [];
    const progress = terminalProgress({ write: (s: string) => written.push(s) > 0 }, "Importing", 4, () => 10);
    progress.tick(4);
    progress.finish();
    expect(written).toEqual([]);
  });
});
