import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { complete, completionRequest } from "../../src/commands/complete.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { CHANNELS } from "../../src/domain/channels.js";
import { tempDir, testCtx } from "../helpers/ctx.js";

async function setUp() {
  const ctx = testCtx({ today: "2026-11-25" });
  for (const name of ["Elaine Longmire", "José Álvarez", "Sam Ortiz"]) await contactAdd({ name }, ctx);
  const program = buildProgram(async () => {});
  const values = async (before: string[], current: string) => {
    const result = await complete(program, before, current, undefined, ctx);
    return result.kind === "files" ? { files: result.prefix } : [...result.candidates.map((c) => c.value), ...result.names];
  };
  return { ctx, program, values };
}

describe("what Tab offers", () => {
  it("every visible command at the top, hidden ones left out", async () => {
    const { program, values } = await setUp();
    const visible = program.commands.filter((c) => !c.name().startsWith("__")).map((c) => c.name());
    expect(await values([], "")).toEqual([...visible, "help"]);
    expect(visible).toEqual(expect.arrayContaining(["add", "due", "cron", "contact", "completion"]));
    expect(await values([], "co")).toEqual(["contact", "config", "completion"]);
  });

  it("subcommands, then flags of the command and the global ones", async () => {
    const { values } = await setUp();
    expect(await values(["contact"], "")).toEqual(["add", "list", "show", "edit", "rm", "merge", "archive", "unarchive", "help"]);
    expect(await values(["due"], "--n")).toEqual(["--notify", "--no-color"]);
    expect(await values(["--db", "x.db", "cron"], "--")).toEqual([
      "--at",
      "--install",
      "--remove",
      "--import-mail",
      "--import-calendar",
      "--help",
      "--version",
      "--db",
      "--today",
      "--no-color",
      "--debug",
    ]);
  });

  it("contact names where a command takes one, ignoring case and accents", async () => {
    const { values } = await setUp();
    expect(await values(["contact", "show"], "el")).toEqual(["Elaine Longmire"]);
    expect(await values(["add", "--note", "hello", "--via", "phone"], "jose")).toEqual(["José Álvarez"]);
    expect(await values(["follow-up"], "")).toEqual(["done", "list", "Elaine Longmire", "José Álvarez", "Sam Ortiz"]);
    expect(await values(["follow-up", "done"], "s")).toEqual(["Sam Ortiz"]);
    expect(await values(["snooze", "sam"], "")).toEqual([]);
    expect(await values(["contact", "add"], "")).toEqual([]);
  });

  it("matches names as the commands do: sor finds Søren, lukasz finds Łukasz", async () => {
    const { ctx, values } = await setUp();
    for (const name of ["Søren Kierkegaard", "Łukasz Nowak", "Soraya Tamm"]) await contactAdd({ name }, ctx);
    expect(await values(["contact", "show"], "sor")).toEqual(["Soraya Tamm", "Søren Kierkegaard"]);
    expect(await values(["contact", "show"], "lukasz")).toEqual(["Łukasz Nowak"]);
    expect(await values(["contact", "show"], "soren ")).toEqual(["Søren Kierkegaard"]);
  });

  it("leaves out names a shell would print with hidden or steering characters in them", async () => {
    const { ctx, values } = await setUp();
    for (const name of ["Sam \u202eReversed", "Sam Zero\u200bWidth", "Sam \u001b[2JClear", "Sam Ar\u0627\u200c\u0628"]) await contactAdd({ name, allowDuplicate: true }, ctx);
    // A ZWNJ between two letters is part of a Persian name, not a trick.
    expect(await values(["contact", "show"], "sam")).toEqual(["Sam Ar\u0627\u200c\u0628", "Sam Ortiz"]);
  });

  it("channels after --via, files after --out and for FILE, the choices of completion", async () => {
    const { values } = await setUp();
    expect(await values(["add", "sam", "--via"], "")).toEqual([...CHANNELS]);
    expect(await values(["add", "sam", "--via"], "ph")).toEqual(["phone"]);
    expect(await values(["export", "csv", "--out"], "~/c")).toEqual({ files: "~/c" });
    expect(await values(["import", "linkedin"], "Conn")).toEqual({ files: "Conn" });
    expect(await values(["completion"], "")).toEqual(["bash", "zsh", "fish"]);
    expect(await values(["help"], "d")).toEqual(["due", "dismiss", "doctor"]);
    expect(await values(["contact", "help"], "")).toEqual(["add", "list", "show", "edit", "rm", "merge", "archive", "unarchive", "help"]);
  });

  it("completes names for the commands that take them: contact merge, contact rm, log", async () => {
    const { values } = await setUp();
    expect(await values(["contact", "merge", "Elaine Longmire"], "S")).toEqual(["Sam Ortiz"]);
    expect(await values(["contact", "rm", "--yes"], "E")).toEqual(["Elaine Longmire"]);
    expect(await values(["log", "--via"], "vi")).toEqual(["video"]);
    expect(await values(["log"], "J")).toEqual(["José Álvarez"]);
  });

  it("picks up commands added to the program, by their argument names", async () => {
    const { program, values } = await setUp();
    const contact = program.commands.find((c) => c.name() === "contact")!;
    contact
      .command("tidy")
      .argument("<name>")
      .option("--yes")
      .action(() => {});
    program
      .command("introduce")
      .argument("<keep>")
      .argument("<other>")
      .action(() => {});
    program
      .command("grep")
      .argument("<text>")
      .action(() => {});
    expect(await values(["contact"], "")).toEqual(["add", "list", "show", "edit", "rm", "merge", "archive", "unarchive", "tidy", "help"]);
    expect(await values(["contact", "tidy", "--yes"], "E")).toEqual(["Elaine Longmire"]);
    expect(await values(["introduce", "Elaine Longmire"], "S")).toEqual(["Sam Ortiz"]);
    expect(await values(["grep"], "E")).toEqual([]);
  });

  it("offers no names, and creates no file, when the database does not exist", async () => {
    const { program } = await setUp();
    const missing = join(tempDir(), "nothing-here.db");
    const ctx = { ...testCtx({ today: "2026-11-25" }), dbLocation: () => ({ path: missing, source: "--db" as const }) };
    expect(await complete(program, ["follow-up"], "", undefined, ctx)).toEqual({
      kind: "words",
      candidates: [
        { value: "done", description: "Mark a contact's follow-up done without logging a conversation." },
        { value: "list", description: "List the open follow-ups, soonest first, with their dates and notes." },
      ],
      names: [],
      openQuote: undefined,
    });
    expect(existsSync(missing)).toBe(false);
  });
});

describe("the words bash passes", () => {
  it.each([
    [["contact", "show", "'Elaine L"], { before: ["contact", "show"], current: "Elaine L", openQuote: "'" }],
    [["contact", "show", "Elaine\\ L"], { before: ["contact", "show"], current: "Elaine L", openQuote: undefined }],
    [["add", "x", "--via", "=", "ph"], { before: ["add", "x", "--via"], current: "ph", openQuote: undefined }],
    [["add", "x", "--via", "="], { before: ["add", "x", "--via"], current: "", openQuote: undefined }],
    [["--db", "'my db.db'", "due", ""], { before: ["--db", "my db.db", "due"], current: "", openQuote: undefined }],
  ])("%j", (words, request) => expect(completionRequest("bash", words)).toEqual(request));
});
