// `netlog export vdir DIR`: one card per contact, written only when it changed, never over a card
// changed in the folder, and read back by khard as a user's address book.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { contactRm } from "../../src/commands/contact-rm.js";
import { setArchived } from "../../src/commands/contact-state.js";
import { exportVdir } from "../../src/commands/export-vdir.js";
import { importVdir } from "../../src/commands/import-vdir.js";
import { renderVdirExported } from "../../src/render/vdir.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { needs } from "../helpers/needs.js";
import { runCli } from "../helpers/run-cli.js";
import { giveValue } from "../../src/store/value-lists.js";

const TODAY = "2026-11-25";
const cards = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".vcf"))
    .sort();

async function twoContacts() {
  const ctx = testCtx({ today: TODAY });
  const elaine = await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", email: ["elaine@jeffersonbank.example"] }, ctx);
  const sam = await contactAdd({ name: "Sam Ortiz", phone: ["+1 509 555 0101"] }, ctx);
  return { ctx, elaine: elaine.contact.uuid, sam: sam.contact.uuid };
}

describe("netlog export vdir", () => {
  it("writes one card per contact, named by its uuid, readable only by you, in a folder it creates", async () => {
    const { ctx, elaine, sam } = await twoContacts();
    const dir = join(tempDir(), "contacts", "netlog");
    const result = await exportVdir({ dir }, ctx);
    expect(renderVdirExported(result)).toBe(`Wrote 2 cards to ${dir}; 0 unchanged, 0 removed.\n`);
    expect(cards(dir)).toEqual([`${elaine}.vcf`, `${sam}.vcf`].sort());
    const card = readFileSync(join(dir, `${elaine}.vcf`), "utf8");
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\nUID:urn:uuid:[0-9a-f-]{36}\r\nFN:Elaine Longmire\r\n/);
    expect(card.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect([statSync(dir).mode & 0o777, statSync(join(dir, `${elaine}.vcf`)).mode & 0o777]).toEqual([0o700, 0o600]);
  });

  it("leaves unchanged cards alone (same bytes, same mtime), rewrites a changed contact, removes a removed or archived one", async () => {
    const { ctx, elaine, sam } = await twoContacts();
    const third = (await contactAdd({ name: "Rémy Girard" }, ctx)).contact.uuid;
    const dir = tempDir();
    await exportVdir({ dir }, ctx);
    const old = new Date("2026-01-01T00:00:00Z");
    for (const f of cards(dir)) utimesSync(join(dir, f), old, old);
    await contactEdit({ contact: "Sam Ortiz", company: "Northwind" }, ctx);
    await setArchived({ name: "Rémy" }, true, ctx);
    await contactRm({ name: "Elaine", yes: true }, ctx);
    const result = await exportVdir({ dir }, ctx);
    expect(result).toEqual({ dir, written: 1, unchanged: 0, removed: 2, changedThere: [] });
    expect(cards(dir)).toEqual([`${sam}.vcf`]);
    expect(readFileSync(join(dir, `${sam}.vcf`), "utf8")).toContain("ORG:Northwind\r\n");
    expect([elaine, third].every((uuid) => !cards(dir).includes(`${uuid}.vcf`))).toBe(true);
    utimesSync(join(dir, `${sam}.vcf`), old, old);
    const again = await exportVdir({ dir }, ctx);
    expect([again.written, again.unchanged, statSync(join(dir, `${sam}.vcf`)).mtimeMs]).toEqual([0, 1, old.getTime()]);
  });

  it("keeps a card changed in the folder, neither overwriting nor removing it, and says so", async () => {
    const { ctx, elaine, sam } = await twoContacts();
    const dir = tempDir();
    await exportVdir({ dir }, ctx);
    const edited = readFileSync(join(dir, `${elaine}.vcf`), "utf8").replace("FN:Elaine Longmire", "FN:Elaine Longmire-Park");
    writeFileSync(join(dir, `${elaine}.vcf`), edited);
    writeFileSync(join(dir, "phone-made.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone New\r\nEND:VCARD\r\n");
    await contactEdit({ contact: "Elaine", title: "CFO" }, ctx);
    await contactRm({ name: "Sam", yes: true }, ctx);
    const result = await exportVdir({ dir }, ctx);
    expect(result).toEqual({ dir, written: 0, unchanged: 0, removed: 1, changedThere: [`${elaine}.vcf`] });
    expect(readFileSync(join(dir, `${elaine}.vcf`), "utf8")).toBe(edited);
    expect(cards(dir)).toEqual([`${elaine}.vcf`, "phone-made.vcf"].sort());
    expect(cards(dir)).not.toContain(`${sam}.vcf`);
    expect(renderVdirExported(result)).toBe(
      `Wrote 0 cards to ${dir}; 0 unchanged, 1 removed.\n1 card was changed in the folder since netlog wrote them, and left as they are:\n  ${elaine}.vcf\n`,
    );
  });

  it("refuses a path that is not a folder, writing nothing, and prints --json on request", async () => {
    const { ctx } = await twoContacts();
    const file = join(tempDir(), "contacts.vcf");
    writeFileSync(file, "x");
    const refused = await runCli(ctx, ["export", "vdir", file]);
    expect([refused.stdout, refused.error?.message, readFileSync(file, "utf8")]).toEqual(["", `${file} is not a folder; nothing was written`, "x"]);
    const dir = tempDir();
    const printed = await runCli(ctx, ["export", "vdir", dir, "--json"]);
    expect(JSON.parse(printed.stdout)).toEqual({ dir, written: 2, unchanged: 0, removed: 0, changed_there: [] });
  });

  needs("khard").it("is an address book khard lists, with names, every email and phone with its type, and the links", async () => {
    const { ctx } = await twoContacts();
    const db = ctx.db();
    const elaineId = (db.prepare("SELECT id FROM contacts WHERE name = 'Elaine Longmire'").pluck().get() as number)!;
    db.prepare("UPDATE contacts SET email_label = 'work' WHERE id = ?").run(elaineId);
    giveValue(db, elaineId, "email", { value: "elaine@home.example", label: "home" }, ctx.now);
    giveValue(db, elaineId, "phone", { value: "+1 509 555 0100", label: "work" }, ctx.now);
    giveValue(db, elaineId, "phone", { value: "+1 509 555 0199", label: "mobile" }, ctx.now);
    giveValue(db, elaineId, "url", { value: "https://elaine.example", label: "website" }, ctx.now);
    const home = tempDir();
    const dir = join(home, "contacts");
    mkdirSync(dir);
    await exportVdir({ dir }, ctx);
    const config = join(home, "khard.conf");
    writeFileSync(config, `[addressbooks]\n[[netlog]]\npath = ${dir}\n\n[general]\ndefault_action = list\n`);
    chmodSync(config, 0o600);
    const env = { PATH: "/usr/bin:/bin", HOME: home, LANG: "C.UTF-8", XDG_CONFIG_HOME: home };
    // khard says what it searched for on a line of its own; the rows are tab-separated.
    const rows = (...args: string[]) =>
      execFileSync("khard", ["-c", config, ...args, "--parsable"], { encoding: "utf8", env, cwd: home, timeout: 20_000 })
        .split("\n")
        .filter((line) => line.includes("\t"))
        .map((line) => line.split("\t"));
    expect(
      rows("list")
        .map(([, name]) => name)
        .sort(),
    ).toEqual(["Elaine Longmire", "Sam Ortiz"]);
    // khard lists each value with the TYPEs of its line; PREF=1 marks the primary.
    expect([rows("email"), rows("phone")]).toEqual([
      [
        ["elaine@home.example", "Elaine Longmire", "home"],
        ["elaine@jeffersonbank.example", "Elaine Longmire", "work, pref=1"],
      ],
      [
        ["+1 509 555 0199", "Elaine Longmire", "cell"],
        ["+1 509 555 0100", "Elaine Longmire", "work, pref=1"],
        ["+1 509 555 0101", "Sam Ortiz", "voice"],
      ],
    ]);
    const shown = execFileSync("khard", ["-c", config, "show", "--format", "yaml", "Elaine"], { encoding: "utf8", env, cwd: home, timeout: 20_000 });
    expect(shown).toMatch(/^Webpage: https:\/\/elaine\.example$/m);
  });
});

describe("netlog export vdir and import vdir with a file too large to be a card", () => {
  it("neither reads it whole nor replaces it, and says so", async () => {
    const { ctx, elaine } = await twoContacts();
    const dir = tempDir();
    await exportVdir({ dir }, ctx);
    const big = join(dir, `${elaine}.vcf`);
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024, 0x41));
    await contactEdit({ contact: "Elaine", title: "CFO" }, ctx);
    expect((await exportVdir({ dir }, ctx)).changedThere).toEqual([`${elaine}.vcf`]);
    expect(statSync(big).size).toBe(17 * 1024 * 1024);
    expect((await importVdir({ dir }, ctx)).skipped).toEqual([{ file: `${elaine}.vcf`, reason: "larger than 16 MiB: not a card" }]);
  });
});
