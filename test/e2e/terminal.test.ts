// Prompts in a real terminal (tmux), as a person would answer them.
import { join } from "node:path";
import { expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { Terminal } from "../helpers/tmux.js";
import { needs } from "../helpers/needs.js";

const TODAY = "2026-11-25";
let terminal: Terminal;

async function setUp() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles", HOME: tempDir() };
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", "Elaine Longmire", "--company", "Jefferson Bank"], env);
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", "Sam Ortiz"], env);
  const run = (args: string, extraEnv = "") =>
    // CI, NO_COLOR and FORCE_COLOR from the test's own environment would change the colours.
    new Terminal(`env -u CI -u NO_COLOR -u FORCE_COLOR NETLOG_DB='${db}' TZ=America/Los_Angeles ${extraEnv} '${process.execPath}' '${BIN}' --today ${TODAY} ${args}`);
  const timeline = async (name: string) =>
    JSON.parse((await netlogInProcess(["contact", "show", name, "--json", "--today", TODAY], env)).stdout).interactions.map(
      (i: { date: string; channel: string; note: string }) => [i.date, i.channel, i.note],
    );
  return { env, run, timeline };
}

needs("tmux").describe("netlog add in a terminal", () => {
  it("with no name, asks who (searchable), how, when and what was said", async () => {
    const { run, timeline } = await setUp();
    terminal = run("add");
    await terminal.waitFor("Who did you talk to?");
    terminal.type("ela");
    await terminal.waitFor("+ add ela as a new contact");
    terminal.type("Enter");
    await terminal.waitFor("How?");
    terminal.type("Down", "Down", "Down", "Enter"); // linkedin, inmail, email, phone
    await terminal.waitFor("When?");
    terminal.type("yesterday", "Enter");
    await terminal.waitFor("Note (optional):");
    terminal.type("talked about her move", "Enter");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("Logged phone with Elaine Longmire (two-way), Tue 24 Nov 2026. Next touch-base due 22 Feb 2027.");
    expect(await timeline("Elaine Longmire")).toEqual([["2026-11-24", "phone", "talked about her move"]]);
  });

  it("asks who wrote a message, you by default", async () => {
    const { run, timeline } = await setUp();
    terminal = run("add");
    await terminal.waitFor("Who did you talk to?");
    terminal.type("sam");
    await terminal.waitFor("❯ Sam Ortiz");
    terminal.type("Enter");
    await terminal.waitFor("How?");
    terminal.type("Enter"); // linkedin
    await terminal.waitFor("Who wrote?");
    expect(terminal.screen()).toContain("❯ I sent the linkedin (I await a reply)");
    terminal.type("Down", "Enter");
    await terminal.waitFor("When?");
    terminal.type("Enter");
    await terminal.waitFor("Note (optional):");
    terminal.type("replied, wants to talk in January", "Enter");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("Logged linkedin with Sam Ortiz (they wrote), today.");
    expect(await timeline("Sam Ortiz")).toEqual([["2026-11-25", "linkedin", "replied, wants to talk in January"]]);
  });

  it("offers to create someone unknown, asking company and cadence", async () => {
    const { run, timeline } = await setUp();
    terminal = run("add 'Priya Natarajan' --via coffee");
    await terminal.waitFor("No contact matches 'Priya Natarajan'. Create Priya Natarajan?");
    terminal.type("Enter");
    await terminal.waitFor("Priya Natarajan's company (optional):");
    terminal.type("Northwind", "Enter");
    await terminal.waitFor("Touch base how often?");
    terminal.type("often", "Enter");
    await terminal.waitFor("use a number and a unit");
    terminal.type("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "2w", "Enter");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("Logged meeting with Priya Natarajan (two-way; new contact, every 2 weeks), today. Next touch-base due 9 Dec.");
    expect(await timeline("Priya")).toEqual([[TODAY, "meeting", null]]);
  });

  it("asks which one when a name matches several people", async () => {
    const { env, run, timeline } = await setUp();
    await netlogInProcess(["contact", "add", "Elaine Park", "--today", TODAY], env);
    terminal = run("add elaine --via email");
    await terminal.waitFor("'elaine' matches 2 contacts. Which one?");
    terminal.type("Down", "Enter");
    await terminal.waitFor("[exit 0]");
    expect([await timeline("Elaine Longmire"), await timeline("Elaine Park")]).toEqual([[], [[TODAY, "email", null]]]);
  });

  it("Ctrl-C at a question saves nothing and exits 130", async () => {
    const { run, timeline } = await setUp();
    terminal = run("add");
    await terminal.waitFor("Who did you talk to?");
    terminal.type("Enter");
    await terminal.waitFor("How?");
    terminal.type("C-c");
    const screen = await terminal.waitFor("[exit 130]");
    expect(screen).toContain("cancelled: nothing was saved");
    expect([await timeline("Elaine Longmire"), await timeline("Sam Ortiz")]).toEqual([[], []]);
  });
});

needs("tmux").describe("netlog due in a terminal", () => {
  it("is coloured, unless NO_COLOR is set", async () => {
    const { run } = await setUp();
    terminal = run("due --on 2027-03-01");
    await terminal.waitFor("[exit 0]");
    expect(terminal.screen(true)).toMatch(/\x1b\[1mElaine Longmire\x1b\[(22|0)?m/);
    terminal.close();
    terminal = run("due --on 2027-03-01", "NO_COLOR=1");
    const plain = await terminal.waitFor("[exit 0]");
    expect(plain).toContain("2 people due on Mon 1 Mar 2027:");
    expect(terminal.screen(true)).not.toMatch(/\x1b\[1m/);
  });

  it("says when nobody is due, and who is next", async () => {
    const { run } = await setUp();
    terminal = run("due");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("Nobody is due today. Next: Elaine Longmire, due 30 Jan 2027 (in 66 days).");
  });
});
