// netlog review in a real terminal: one key per person, as a person would triage the morning.
import { join } from "node:path";
import { expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";
import { Terminal } from "../helpers/tmux.js";

const TODAY = "2026-11-25";

async function setUp() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles" };
  for (const name of ["Ann Able", "Cy Chan", "Dee Dunn", "Bo Berg"]) await netlogInProcess(["--today", "2026-09-01", "contact", "add", name, "--every", "monthly"], env);
  await netlogInProcess(["--today", "2026-11-18", "add", "Bo", "--via", "linkedin", "--note", "coffee?"], env);
  const run = () => new Terminal(`env -u CI -u NO_COLOR -u FORCE_COLOR NETLOG_DB='${db}' TZ=America/Los_Angeles '${process.execPath}' '${BIN}' --today ${TODAY} review`);
  const due = async () => JSON.parse((await netlogInProcess(["--today", TODAY, "due", "--json"], env)).stdout).map((i: { name: string }) => i.name);
  return { env, run, due };
}

needs("tmux").describe("netlog review in a terminal", () => {
  it("logs one, dismisses one, snoozes one, each with one key, then quits", async () => {
    const { run, due } = await setUp();
    const terminal = run();
    // The item is drawn before its key menu: wait for the menu itself.
    expect(await terminal.waitFor("[l]og  [s]nooze  [d]ismiss  [p]ause  [a]rchive  [N]ext  [q]uit")).toContain("1/4");
    terminal.type("l");
    await terminal.waitFor("How?");
    terminal.type("Down", "Down", "Down", "Enter"); // phone
    await terminal.waitFor("Note (optional):");
    terminal.type("caught up", "Enter");
    await terminal.waitFor("2/4");
    terminal.type("d");
    await terminal.waitFor("3/4");
    terminal.type("s");
    await terminal.waitFor("Snooze until?");
    terminal.type("Enter");
    await terminal.waitFor("4/4");
    terminal.type("q");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("Logged phone with Ann Able (two-way), today.");
    expect(screen).toContain("Skipped this round with Cy Chan: the cadence restarts today.");
    expect(screen).toContain("Dee Dunn is snoozed until Wed 9 Dec 2026.");
    expect(screen).toContain("Done: 3 changes. netlog undo takes back the last; undo --list shows them.");
    expect(await due()).toEqual(["Bo Berg"]);
  });

  it("Ctrl-C keeps what was already done, says so, and exits 130", async () => {
    const { run, due } = await setUp();
    const terminal = run();
    expect(await terminal.waitFor("[l]og  [s]nooze  [d]ismiss  [p]ause  [a]rchive  [N]ext  [q]uit")).toContain("1/4");
    terminal.type("d");
    await terminal.waitFor("2/4");
    terminal.type("C-c");
    const screen = await terminal.waitFor("[exit 130]");
    expect(screen).toContain("stopped: the change made before is kept (netlog undo takes back the last)");
    expect(await due()).toEqual(["Cy Chan", "Dee Dunn", "Bo Berg"]);
  });
});

it("without a terminal, review is a usage error that points to netlog due", async () => {
  const { env } = await setUp();
  expect(await netlogInProcess(["review"], env)).toEqual({
    code: 2,
    stdout: "",
    stderr: "error: review asks what to do with each person, so it needs a terminal\nhint: netlog due prints today's list; netlog add, snooze or dismiss act on one person\n",
  });
});
