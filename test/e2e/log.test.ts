// netlog log, log edit and log rm through the real command line: what a shell or a script sees.
import { spawn } from "node:child_process";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seed } from "../../bench/seed.js";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { Terminal } from "../helpers/tmux.js";
import { needs } from "../helpers/needs.js";

const TODAY = "2026-11-25";

/** Elaine with two conversations: 1 (call, 10 Sep) and 2 (email, 2 Nov). */
async function withElaine() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles", HOME: tempDir() };
  const cli = (...args: string[]) => netlogInProcess(["--today", TODAY, ...args], env);
  await cli("contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--every", "monthly");
  await cli("add", "Elaine", "--via", "phone", "--date", "2026-09-10", "--note", "talked about her move");
  await cli("add", "Elaine", "--via", "email", "--date", "2026-11-02", "--note", "sent the deck");
  return { db, env, cli };
}

function rows(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return ["conversations", "contact_history", "follow_ups", "changes"].map((t) => raw.prepare(`SELECT * FROM ${t}`).all());
  } finally {
    raw.close();
  }
}

describe("netlog log without a terminal", () => {
  it("lists every conversation for a script; with none, prints nothing and exits 0", async () => {
    const { cli } = await withElaine();
    expect(await cli("log")).toEqual({
      code: 0,
      stderr: "",
      stdout: "2   2 Nov  → email     Elaine Longmire  sent the deck\n1  10 Sep  ↔ phone     Elaine Longmire  talked about her move\n",
    });
    expect(await cli("log", "elaine", "--via", "coffee")).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await cli("log", "--since", "yesterday", "--json")).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("edits with flags written after the id (--via included), and due follows the new date", async () => {
    const { cli } = await withElaine();
    const edited = await cli("log", "edit", "1", "--via", "video", "--date", "2026-11-20");
    expect(edited).toEqual({
      code: 0,
      stderr: "",
      stdout:
        "Changed conversation 1, now video with Elaine Longmire (Jefferson Bank) on Fri 20 Nov 2026:\n" +
        "  date       Thu 10 Sep 2026 → Fri 20 Nov 2026\n" +
        "  channel    phone → video\n" +
        "Elaine Longmire: due in 25 days.\n" +
        "netlog undo puts it back as it was.\n",
    });
    expect(JSON.parse((await cli("due", "--on", "2026-12-20", "--json")).stdout)).toMatchObject([
      { name: "Elaine Longmire", reason: "cadence", last_contact: { date: "2026-11-20", channel: "video" } },
    ]);
    expect((await cli("undo")).stdout).toMatch(/^Undid log edit \(.*\): conversation 1 with Elaine Longmire: date 2026-09-10 → 2026-11-20, channel phone → video\n$/);
  });

  it.each([
    [
      ["log", "edit", "1"],
      2,
      "error: what should change? netlog log edit needs a flag when it cannot ask\nhint: pass --date WHEN, --via CHANNEL, --note TEXT, --sent, --received or --two-way\n",
    ],
    [["log", "edit", "one", "--note", "x"], 2, "error: 'one' is not a conversation id\nhint: the ids are the first column of netlog log (or netlog log NAME)\n"],
    [["log", "edit", "9", "--note", "x"], 1, "error: no conversation has id 9\nhint: see the ids with netlog log, or netlog log NAME\n"],
    [
      ["log", "edit", "1", "--via", "pigeon"],
      2,
      "error: --via: 'pigeon' is not a channel\nhint: channels: linkedin, inmail, email, phone, video, text, meeting, event, other (also call, coffee, lunch, in-person, sms, zoom …)\n",
    ],
    [["log", "edit", "1", "--since", "2026-01-01"], 2, "error: unknown option '--since'\nhint: see 'netlog log edit --help'\n"],
    [["log", "edit"], 2, "error: missing required argument 'id'\nhint: see 'netlog log edit --help'\n"],
    [["log", "rm", "9"], 1, "error: no conversation has id 9\nhint: see the ids with netlog log, or netlog log NAME\n"],
    [["log", "rm", "1", "--json"], 2, "error: unknown option '--json'\nhint: see 'netlog log rm --help'\n"],
    [["log", "nobody"], 1, "error: no contact matches 'nobody'\nhint: check the spelling with 'netlog contact list'\n"],
    [["log", "--since", "tomorrow"], 2, 'error: --since: 2026-11-26 is in the future\nhint: conversations are listed up to today (2026-11-25); try --since "2 weeks ago"\n'],
    [["log", "--limit", "all"], 2, "error: --limit: 'all' is not a number of conversations\nhint: use a whole number, or 0 for all of them\n"],
  ])("netlog %j exits %i with one error line and a hint, and changes nothing", async (args, code, stderr) => {
    const { db, cli } = await withElaine();
    const before = rows(db);
    expect(await cli(...args)).toEqual({ code, stdout: "", stderr });
    expect(rows(db)).toEqual(before);
  });

  it("rm removes, and undo brings back exactly what was there", async () => {
    const { db, cli } = await withElaine();
    const before = rows(db)[0];
    expect(await cli("log", "rm", "#2")).toEqual({
      code: 0,
      stderr: "",
      stdout:
        "Removed conversation 2: email with Elaine Longmire (Jefferson Bank) on Mon 2 Nov 2026 — sent the deck.\nElaine Longmire: 46 days overdue.\nnetlog undo brings it back.\n",
    });
    expect((await cli("log", "--json")).stdout).not.toContain("sent the deck");
    expect((await cli("undo")).code).toBe(0);
    expect(rows(db)[0]).toEqual(before);
  });
});

needs("tmux").describe("netlog log edit in a terminal", () => {
  let terminal: Terminal;

  it("with no flags, asks with every current value filled in, and saves the answers", async () => {
    const { db, env, cli } = await withElaine();
    terminal = new Terminal(`env -u CI -u NO_COLOR -u FORCE_COLOR NETLOG_DB='${db}' TZ=America/Los_Angeles '${process.execPath}' '${BIN}' --today ${TODAY} log edit 2`);
    await terminal.waitFor("Conversation 2 with Elaine Longmire. When?");
    expect(terminal.screen()).toContain("2026-11-02");
    terminal.type("BSpace", "BSpace", "20", "Enter");
    await terminal.waitFor("How?");
    expect(terminal.screen()).toMatch(/❯ email/);
    terminal.type("Down", "Enter"); // email → phone
    await terminal.waitFor("Who spoke?");
    expect(terminal.screen()).toMatch(/❯ two-way/); // a call's usual direction
    terminal.type("Enter");
    await terminal.waitFor("Note (- for none): sent the deck");
    terminal.type(" and talked it through", "Enter");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("  note       sent the deck → sent the deck and talked it through");
    expect(JSON.parse((await netlogInProcess(["log", "--json"], env)).stdout)[0]).toMatchObject({
      id: 2,
      date: "2026-11-20",
      channel: "phone",
      direction: "both",
      note: "sent the deck and talked it through",
    });
    expect((await cli("undo")).code).toBe(0);
  });

  it("shows a note with line breaks and escape codes on one safe line, and keeps it exactly when left as shown", async () => {
    const { db, env, cli } = await withElaine();
    const note = "line one\n  line two\u001b[31m";
    await cli("log", "edit", "1", `--note=${note}`);
    terminal = new Terminal(`env -u CI -u NO_COLOR -u FORCE_COLOR NETLOG_DB='${db}' TZ=America/Los_Angeles '${process.execPath}' '${BIN}' --today ${TODAY} log edit 1`);
    await terminal.waitFor("When?");
    terminal.type("BSpace", "1", "Enter"); // 2026-09-10 → 2026-09-11
    await terminal.waitFor("How?");
    terminal.type("Enter");
    await terminal.waitFor("Who spoke?");
    terminal.type("Enter");
    await terminal.waitFor("Note (- for none): line one   line two␛[31m"); // the escape code shown as ␛, not obeyed
    terminal.type("Enter");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).not.toContain("  note ");
    expect(JSON.parse((await netlogInProcess(["log", "--json"], env)).stdout)[1]).toMatchObject({ id: 1, date: "2026-09-11", note });
  });
});

describe("netlog log into a pipe that closes", () => {
  /** Spawns `netlog log ARGS` on `db`, reads its first line and closes the pipe; resolves to how it ended. */
  function firstLineThenClose(db: string, args: readonly string[]): Promise<{ line: string; code: number | null; signal: string | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, "--db", db, "--today", TODAY, "log", ...args], {
      env: { PATH: "/usr/bin:/bin", TZ: "America/Los_Angeles" },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let line = "";
    child.stderr.on("data", (data: Buffer) => {
      stderr += data.toString();
    });
    child.stdout.on("data", (data: Buffer) => {
      stdout += data.toString();
      if (line || !stdout.includes("\n")) return;
      line = stdout.slice(0, stdout.indexOf("\n"));
      child.stdout.destroy();
    });
    return new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code, signal) => resolve({ line, code, signal, stderr }));
    });
  }

  it.each([[[]], [["--json"]]])("ends quietly with exit 0 once the reader has gone (%j)", async (args) => {
    // Far more than a pipe holds: the reader goes while netlog still has rows to write.
    const db = join(tempDir(), "netlog.db");
    seed(db, { contacts: 300, conversations: 6000, today: TODAY });
    const ended = await firstLineThenClose(db, args);
    expect(ended).toEqual({ line: args.length ? "[" : expect.stringMatching(/^\d+ +\d+ \w{3}/), code: 0, signal: null, stderr: "" });
  });
});
