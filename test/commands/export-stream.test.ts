// `contact list`, `export json`, `export csv` and `export vcard` write their contacts as they
// read them, a page at a time: the text must be what they printed when they read everyone first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed } from "../../bench/seed.js";
import { contactList } from "../../src/commands/contact-list.js";
import { exportContacts } from "../../src/commands/export.js";
import { exportJson } from "../../src/commands/json-transfer.js";
import { exportVcards } from "../../src/commands/vcard.js";
import { renderContactList } from "../../src/render/contact.js";
import { contactsCsv } from "../../src/render/export.js";
import { contactJson, toJsonText } from "../../src/render/json.js";
import { CONTACT_PAGE, listContacts } from "../../src/store/contacts.js";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const TODAY = "2026-11-25";

/** More contacts than a page holds, some with other values, dates and a tag, here and there in the order. */
async function seeded(options: { withValues: boolean }) {
  const dbPath = join(tempDir(), "netlog.db");
  seed(dbPath, { contacts: 2 * CONTACT_PAGE + 100, conversations: 2000, today: TODAY });
  if (options.withValues) {
    for (const name of ["Aaron Abbott", "Mei Nilsson-Park", "Zed Young"]) {
      const added = await cli(dbPath, ["contact", "add", name, "--email", `work=${name[0]}@work.example`, "--email", `${name[0]}@home.example`, "--birthday", "1990-05-02"]);
      expect(added.code).toBe(0);
      await cli(dbPath, ["contact", "edit", name, "--tag", "investors", "--date", "met=2019-05-02", "--phone", "+1 509 555 0100"]);
    }
  }
  return dbPath;
}

function cli(dbPath: string, args: readonly string[]) {
  return netlogInProcess(["--db", dbPath, "--today", TODAY, ...args], {});
}

/** What each command printed when it read everyone first. */
async function readWhole(dbPath: string) {
  const ctx = testCtx({ today: TODAY, dbPath });
  const list = async (options: Parameters<typeof contactList>[0]) => contactList(options, ctx);
  return {
    "contact list": renderContactList(await list({}), ctx.style, TODAY, false),
    "contact list --all": renderContactList(await list({ all: true }), ctx.style, TODAY, false),
    "contact list --tag investors": renderContactList(await list({ tag: "investors" }), ctx.style, TODAY, false),
    "contact list --json": toJsonText((await list({})).map(contactJson)),
    "contact list --tag investors --json": toJsonText((await list({ tag: "investors" })).map(contactJson)),
    "export json": toJsonText(await exportJson(ctx)),
    "export csv": contactsCsv(await exportContacts(ctx)),
    "export vcard": (await exportVcards(ctx)).text,
  };
}

describe("lists and exports written as they are read", () => {
  it.each([[true], [false]])("print what they printed when they read everyone first (other values and dates: %s)", async (withValues) => {
    const dbPath = await seeded({ withValues });
    const whole = await readWhole(dbPath);
    for (const [command, text] of Object.entries(whole)) {
      const args = command.split(" ");
      if (!withValues && args.includes("investors")) continue;
      expect({ command, ...(await cli(dbPath, args)) }).toEqual({ command, code: 0, stderr: "", stdout: text });
    }
    expect(whole["contact list"].split("\n").length).toBeGreaterThan(2 * CONTACT_PAGE);
    // Page by page, in the order of the list read at once.
    const ctx = testCtx({ today: TODAY, dbPath });
    for (const [tag, all] of [[undefined, false], [undefined, true], ...(withValues ? [["investors", false] as const] : [])] as const) {
      expect((await contactList({ tag, all }, ctx)).map((c) => c.contact.id)).toEqual(listContacts(ctx.db(), tag, all).map((c) => c.id));
    }
    if (withValues) expect(whole["export vcard"]).toContain("BDAY:19900502");
  });

  it.each(["json", "csv", "vcard"])("export %s --out writes the same bytes into the file, and says how many contacts", async (format) => {
    const dbPath = await seeded({ withValues: true });
    const out = join(tempDir(), `contacts.${format}`);
    const written = await cli(dbPath, ["export", format, "--out", out, "--json"]);
    expect(JSON.parse(written.stdout)).toEqual({ format, out, contacts: 2 * CONTACT_PAGE + 103 });
    expect(readFileSync(out, "utf8")).toBe((await cli(dbPath, ["export", format])).stdout);
  });
});
