import { describe, expect, it } from "vitest";
import { commandFile } from "../../src/command-file.js";

// bin/netlog.js runs `due`, `add`, `log` and `import` from a build holding only that command: only when the first
// word commander dispatches on is that command, whatever global options stand before it.
describe("commandFile: which build of main.ts runs argv", () => {
  it.each([
    [["due"], "netlog-due.cjs"],
    [["add", "Elaine", "--via", "phone"], "netlog-add.cjs"],
    [["--db", "/tmp/x.db", "--today", "2026-11-25", "due", "--all"], "netlog-due.cjs"],
    [["--db=/tmp/x.db", "--no-color", "--debug", "add"], "netlog-add.cjs"],
    [["--today=2026-11-25", "due", "--help"], "netlog-due.cjs"],
    // The value of --db is not the command: commander reads it as the path.
    [["--db", "due", "add"], "netlog-add.cjs"],
    [["--db", "add"], undefined],
    [["contact", "add", "Sam"], undefined],
    [["log", "due"], "netlog-log.cjs"],
    [["--db", "/tmp/x.db", "log", "--limit", "1"], "netlog-log.cjs"],
    [["stats", "log"], undefined],
    [["--db", "/tmp/x.db", "import", "linkedin", "Connections.csv"], "netlog-import.cjs"],
    [["import", "mail", "--help"], "netlog-import.cjs"],
    [["export", "json", "import"], undefined],
    [["help", "due"], undefined],
    [["--help", "due"], undefined],
    [["-V"], undefined],
    [["--color", "due"], undefined],
    [["--", "due"], undefined],
    [[], undefined],
  ])("%j → %s", (argv, file) => {
    expect(commandFile(argv)).toBe(file);
  });
});
