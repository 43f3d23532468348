// contact edit, rm and merge through the real CLI: exit codes, stderr, and a form in a terminal.
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { Terminal } from "../helpers/tmux.js";
import { needs } from "../helpers/needs.js";

const TODAY = "2026-11-25";

async function withDuplicates() {
  const db = join(tempDir(), "netlog.db");
  const env = { NETLOG_DB: db, TZ: "America/Los_Angeles", HOME: tempDir() };
  const run = (...args: string[]) => netlogInProcess(["--today", TODAY, ...args], env);
  await run("contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--every", "monthly", "--tag", "bankers");
  await run("add", "Elaine", "--via", "phone", "--date", "2026-09-10", "--note", "talked about her move");
  await run("contact", "add", "Sam Ortiz", "--phone", "+1 509 555 0100");
  await run("contact", "add", "Sam Ortiz", "--allow-duplicate", "--email", "sam@ortiz.example");
  await run("add", "#3", "--via", "inmail", "--date", "2026-11-20", "--note", "hello again");
  return { db, env, run };
}

/** Every row of the data tables, read by a separate connection. */
function rows(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return ["contacts", "tags", "contact_tags", "conversations", "follow_ups", "contact_history"].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
  } finally {
    raw.close();
  }
}

describe("contact edit, rm and merge without a terminal", () => {
  it.each([
    [
      ["contact", "rm", "Elaine"],
      "error: contact rm deletes Elaine Longmire with 1 conversation; pass --yes to go ahead\nhint: netlog contact rm NAME --yes (netlog undo brings it back)\n",
    ],
    [
      ["contact", "merge", "#2", "#3"],
      "error: merging removes Sam Ortiz #3 after moving its data; pass --yes to go ahead\nhint: netlog contact merge KEEP OTHER --yes (netlog undo reverts it)\n",
    ],
    [
      ["contact", "merge", "elaine", "Elaine Longmire", "--yes"],
      "error: 'elaine' and 'Elaine Longmire' are the same contact, Elaine Longmire (Jefferson Bank) #1\nhint: name two different contacts; #ID picks one of two with the same name\n",
    ],
    [
      ["contact", "edit", "Elaine"],
      'error: what should change? contact edit needs a flag when it cannot ask\nhint: pass one or more of --name, --company, --title, --email, --phone, --linkedin, --location, --met, --note, --every, --url, --tag, --untag, e.g. netlog contact edit elaine --company "Northwind Bank"\n',
    ],
    [
      ["contact", "edit", "Elaine", "--company", "Northwind", "--every", "often"],
      "error: --every: 'often' is not a cadence\nhint: use a number and a unit, like 10d, 2w, 3m or 1y, or weekly, monthly, quarterly, yearly\n",
    ],
    [
      ["contact", "edit", "Elaine", "--email", "elaine at example"],
      "error: --email: 'elaine at example' is not an email address\nhint: write it like elaine@example.com, or work=elaine@example.com with a label\n",
    ],
  ])("netlog %j exits 2 with an error and a hint, and changes nothing", async (args, stderr) => {
    const { db, run } = await withDuplicates();
    const before = rows(db);
    expect(await run(...args)).toEqual({ code: 2, stdout: "", stderr });
    expect(rows(db)).toEqual(before);
  });

  it.each([
    [["contact", "rm", "Sam Ortiz", "--yes"], "error: 'Sam Ortiz' matches 2 contacts: Sam Ortiz #2, Sam Ortiz #3\nhint: type more of the name, or pick one by id, e.g. #2\n"],
    [
      ["contact", "edit", "Sam Ortiz", "--name", "elaine longmire", "--phone", ""],
      "error: 'Sam Ortiz' matches 2 contacts: Sam Ortiz #2, Sam Ortiz #3\nhint: type more of the name, or pick one by id, e.g. #2\n",
    ],
    [
      ["contact", "edit", "#2", "--name", "elaine longmire"],
      "error: there is already a contact named Elaine Longmire\nhint: if they are the same person: netlog contact merge; to keep both under one name, add --allow-duplicate\n",
    ],
    [["contact", "edit", "#2", "--untag", "bankers"], "error: Sam Ortiz has no tag bankers\nhint: it has no tags\n"],
  ])("netlog %j exits 1 with an error and a hint, and changes nothing", async (args, stderr) => {
    const { db, run } = await withDuplicates();
    const before = rows(db);
    expect(await run(...args)).toEqual({ code: 1, stdout: "", stderr });
    expect(rows(db)).toEqual(before);
  });

  it("with --yes merges, then removes, and each undo puts one step back", async () => {
    const { db, run } = await withDuplicates();
    const before = rows(db);
    expect(await run("contact", "merge", "#2", "#3", "--yes")).toEqual({
      code: 0,
      stderr: "",
      stdout:
        "Merged Sam Ortiz #3 into Sam Ortiz #2.\n  Moved 1 conversation, 0 follow-ups, 0 tags.\n  Filled in: email sam@ortiz.example.\nSam Ortiz #3 is removed; netlog undo brings it back.\n",
    });
    const merged = rows(db);
    expect(await run("contact", "rm", "sam", "--yes", "--json")).toEqual({
      code: 0,
      stderr: "",
      stdout: `${JSON.stringify({ uuid: (merged[0] as Array<{ uuid: string }>)[1]!.uuid, name: "Sam Ortiz", conversations: 1, follow_ups: 0 }, null, 2)}\n`,
    });
    expect((await run("undo")).stdout).toMatch(/^Undid contact rm \(.*\): Sam Ortiz with 1 conversation\n$/);
    expect(rows(db)).toEqual(merged);
    expect((await run("undo")).stdout).toMatch(/^Undid contact merge \(.*\): Sam Ortiz #3 into Sam Ortiz #2\n$/);
    expect(rows(db)).toEqual(before);
  });
});

needs("tmux").describe("contact edit and rm in a terminal", () => {
  let terminal: Terminal;

  const inTerminal = (db: string, args: string) =>
    new Terminal(`env -u CI -u NO_COLOR -u FORCE_COLOR NETLOG_DB='${db}' TZ=America/Los_Angeles '${process.execPath}' '${BIN}' --today ${TODAY} ${args}`);

  it("edit with no flags shows a form with the current values: Enter keeps, typing replaces, Backspace clears", async () => {
    const { db, run } = await withDuplicates();
    terminal = inTerminal(db, "contact edit elaine");
    await terminal.waitFor("Name (Enter keeps a value, Tab edits it, Backspace clears it): (Elaine Longmire)");
    terminal.type("Enter");
    await terminal.waitFor("Company: (Jefferson Bank)");
    terminal.type("Northwind Bank", "Enter");
    await terminal.waitFor("Title:");
    terminal.type("Enter");
    await terminal.waitFor("Email:");
    terminal.type("elaine at northwind", "Enter");
    await terminal.waitFor("is not an email address");
    terminal.type("C-u", "elaine@northwind.example", "Enter");
    for (const label of ["Phone:", "LinkedIn URL:", "Location:", "How you met:"]) {
      await terminal.waitFor(label);
      terminal.type("Enter");
    }
    await terminal.waitFor("Touch base how often (e.g. 2w, monthly; empty: the tags' or the default cadence): (1 month)");
    terminal.type("BSpace", "Enter");
    await terminal.waitFor("Tags (separated by commas): (bankers)");
    terminal.type("Tab", ", investors", "Enter");
    await terminal.waitFor("Notes:");
    terminal.type("Enter");
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain(
      [
        "Updated Elaine Longmire (Northwind Bank):",
        "  company: Jefferson Bank → Northwind Bank",
        "  email: (none) → elaine@northwind.example",
        "  cadence: 1 month → (none)",
        "  tags: bankers → bankers, investors",
        "  (its tags' cadence, or the default, applies now)",
      ].join("\n"),
    );
    expect(JSON.parse((await run("contact", "show", "elaine", "--json")).stdout)).toMatchObject({
      company: "Northwind Bank",
      email: "elaine@northwind.example",
      tags: ["bankers", "investors"],
      cadence_source: "default",
    });
  });

  it("rm asks, No by default: Enter removes nothing, y removes", async () => {
    const { db, run } = await withDuplicates();
    const before = rows(db);
    terminal = inTerminal(db, "contact rm elaine");
    await terminal.waitFor("Remove Elaine Longmire (Jefferson Bank) with 1 conversation? (y/N)");
    terminal.type("Enter");
    // Declining is no error: it says so and exits 0.
    const screen = await terminal.waitFor("[exit 0]");
    expect(screen).toContain("Nothing removed: Elaine Longmire stays.");
    expect(rows(db)).toEqual(before);
    terminal.close();
    terminal = inTerminal(db, "contact rm elaine");
    await terminal.waitFor("(y/N)");
    terminal.type("y", "Enter");
    expect(await terminal.waitFor("[exit 0]")).toContain("Removed Elaine Longmire (Jefferson Bank) with 1 conversation. netlog undo brings it back.");
    expect(JSON.parse((await run("contact", "list", "--json")).stdout).map((c: { name: string }) => c.name)).toEqual(["Sam Ortiz", "Sam Ortiz"]);
  });
});
