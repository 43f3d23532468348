import { lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { followUp, snooze } from "../../src/commands/contact-state.js";
import { importLinkedinFile } from "../../src/commands/import-linkedin.js";
import { exportJson, importJson } from "../../src/commands/json-transfer.js";
import { writeOutputFile } from "../../src/commands/output-file.js";
import { configSet } from "../../src/commands/settings.js";
import { tagSet } from "../../src/commands/tags.js";
import { toJsonText } from "../../src/render/json.js";
import { dismiss } from "../../src/commands/dismiss.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A database with something of everything: imports, tags, settings, follow-ups, snoozes, notes. */
async function everything() {
  const ctx = testCtx({ today: "2026-11-25" });
  await importLinkedinFile({ file: fixture("Connections.csv") }, ctx);
  await importLinkedinFile({ file: fixture("messages.csv") }, ctx);
  await tagSet({ name: "investors", every: "30d" }, ctx);
  await configSet({ key: "reply-window", value: "10d" }, ctx);
  await contactAdd({ name: "Zoë Ångström", tag: ["investors", "Oslo"], note: "  two\nlines " }, ctx);
  await add({ name: "Zoë", via: "phone", note: "🙂 ok", followUp: "next friday", followUpNote: "deck" }, ctx);
  await followUp({ name: "Sam Ortiz", when: "today", note: "call back" }, ctx);
  await dismiss({ name: "Sam Ortiz", note: "he called me" }, ctx);
  await followUp({ name: "Sam Ortiz", when: "2026-12-20" }, ctx);
  await snooze({ name: "Elaine", until: "2w" }, ctx);
  return ctx;
}

/** A small export as netlog writes it: one of each record, all of them valid. */
function validExport() {
  const at = "2026-11-20T12:00:00.000Z";
  return {
    format: "netlog-export",
    version: 1,
    settings: { "reply-window": "10" } as Record<string, unknown>,
    tags: [{ name: "investors", cadence_days: 30 }] as Array<Record<string, unknown>>,
    contacts: [
      {
        uuid: "c1",
        name: "Ann Lee",
        company: null,
        title: null,
        email: "ann@example.com",
        email_label: null,
        phone: null,
        phone_label: null,
        linkedin_url: null,
        location: null,
        met: null,
        notes: null,
        cadence_days: 45,
        added_on: "2026-01-05",
        snoozed_until: null,
        snooze_note: null,
        paused: 0,
        resumed_on: null,
        archived_at: null,
        tracked: 1,
        created_at: at,
        updated_at: at,
        tags: ["investors"],
      },
    ] as Array<Record<string, unknown>>,
    interactions: [
      { uuid: "i1", happened_on: "2026-11-20", channel: "phone", direction: "both", note: "hi", source_key: null, created_at: at, logged_on: "2026-11-20", contact_uuid: "c1" },
    ] as Array<Record<string, unknown>>,
    follow_ups: [{ uuid: "f1", due_on: "2026-12-01", note: null, set_on: "2026-11-20", done_at: null, created_at: at, contact_uuid: "c1", after_interaction_uuid: "i1" }] as Array<
      Record<string, unknown>
    >,
    dismissals: [{ uuid: "d1", reason: "cadence", dismissed_on: "2026-11-21", note: null, created_at: at, contact_uuid: "c1" }] as Array<Record<string, unknown>>,
    // biome-ignore lint/suspicious/noExplicitAny: each test edits one field of any shape, on purpose
  } as Record<string, any>;
}

const valid = () => JSON.stringify(validExport(), null, 2);

// biome-ignore lint/suspicious/noExplicitAny: each test edits one field of any shape, on purpose
function exportWith(change: (data: Record<string, any>) => unknown): string {
  const data = validExport();
  change(data);
  return JSON.stringify(data, null, 2);
}

/** The same export with its keys in another order. */
function reordered(keys: readonly string[]): string {
  const data = validExport();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, data[k]])), null, 2);
}

function fileWith(text: string): string {
  const path = join(tempDir(), "export.json");
  writeFileSync(path, text);
  return path;
}

describe("netlog export json / import json", () => {
  it("restores an export into an empty database exactly: export, import, export gives the same JSON", async () => {
    const source = await everything();
    const exported = toJsonText(await exportJson(source));
    const target = testCtx({ today: "2026-11-25" });
    expect(await importJson({ file: fileWith(exported) }, target)).toEqual({ contacts: 4, interactions: 4, follow_ups: 3, dismissals: 1 });
    expect(toJsonText(await exportJson(target))).toBe(exported);
  });

  it("merges into a non-empty database by uuid, adding only what is missing", async () => {
    const source = await everything();
    const file = fileWith(toJsonText(await exportJson(source)));
    const before = snapshot(source.db());
    expect(await importJson({ file }, source)).toEqual({ contacts: 0, interactions: 0, follow_ups: 0, dismissals: 0 });
    expect(snapshot(source.db())).toEqual(before);
  });

  it.each([
    ["not JSON", "{ nope", "is not JSON"],
    ["a file that ends too soon", valid().slice(0, 400), "is not JSON (near contacts[0]"],
    ["another program's JSON", '{"contacts": []}', "is not a netlog export"],
    ["a list of exports", `[${valid()}]`, "is not a netlog export"],
    ["a newer format", '{"format": "netlog-export", "version": 99}', "was exported by a newer netlog (format 99)"],
    ["a version that is text", exportWith((d) => (d.version = "1")), 'version: "1" is not a netlog export version (a whole number)'],
    ["a version of 0", exportWith((d) => (d.version = 0)), "version: 0 is not a netlog export version"],
    ["no settings", exportWith((d) => delete d.settings), "'settings' is missing"],
    ["a date that is not one", exportWith((d) => (d.contacts[0].added_on = "2026-02-31")), 'contacts[0].added_on: "2026-02-31" is not a date like 2026-11-25 (years 1900 to 2999)'],
    ["a value of the wrong kind", exportWith((d) => (d.contacts[0].tracked = true)), "contacts[0].tracked: true is not 0 or 1"],
    ["a tag without a name", exportWith((d) => (d.tags = [{ name: 5 }])), "tags[0].name: 5 is not a tag name"],
    ["a conversation without its contact", exportWith((d) => (d.interactions[0].contact_uuid = "nobody")), 'interactions[0].contact_uuid: "nobody" is no contact in the file'],
    // Values that once came in and broke other commands later: contact list, export vcard, contact show.
    [
      "a cadence of 10^15 days",
      exportWith((d) => (d.contacts[0].cadence_days = 1e15)),
      "contacts[0].cadence_days: 1000000000000000 is not a cadence (a whole number of days, 1 to 3650)",
    ],
    ["a garbage updated_at", exportWith((d) => (d.contacts[0].updated_at = "garbage")), 'contacts[0].updated_at: "garbage" is not a timestamp like 2026-11-25T12:00:00.000Z'],
    ["a garbage archived_at", exportWith((d) => (d.contacts[0].archived_at = "last year")), 'contacts[0].archived_at: "last year" is not a timestamp'],
    ["a follow-up done on no day", exportWith((d) => (d.follow_ups[0].done_at = "2026-13-01T00:00:00Z")), 'follow_ups[0].done_at: "2026-13-01T00:00:00Z" is not a timestamp'],
    ["a 1 MB name", exportWith((d) => (d.contacts[0].name = "A".repeat(1_000_000))), "contacts[0].name: a name of 1000000 characters is too long (300 at most)"],
    ["an email that is not one", exportWith((d) => (d.contacts[0].email = "not an email <script>")), 'contacts[0].email: "not an email <script>" is not an email address'],
    [
      "a conversation in the future",
      exportWith((d) => (d.interactions[0].happened_on = "2999-01-01")),
      "interactions[0].happened_on: 2999-01-01 is in the future (today is 2026-11-25)",
    ],
    ["a channel netlog does not have", exportWith((d) => (d.interactions[0].channel = "pigeon")), 'interactions[0].channel: "pigeon" is not one of linkedin, inmail'],
    [
      "an unknown setting",
      exportWith((d) => (d.settings.colour = "blue")),
      "settings.colour: 'colour' is not a setting (default-cadence, reply-window, daily-limit, birthday-notice, my-emails)",
    ],
    ["a setting out of range", exportWith((d) => (d.settings["reply-window"] = "99999")), 'settings.reply-window: "99999" is not a value of reply-window'],
    ["one contact uuid twice", exportWith((d) => d.contacts.push({ ...d.contacts[0], name: "Other" })), 'contacts[1].uuid: "c1" is in the file twice'],
    ["one conversation uuid twice", exportWith((d) => d.interactions.push({ ...d.interactions[0], note: "again" })), 'interactions[1].uuid: "i1" is in the file twice'],
    ["one follow-up uuid twice", exportWith((d) => d.follow_ups.push(d.follow_ups[0])), 'follow_ups[1].uuid: "f1" is in the file twice'],
    [
      "a value nested 5,000 deep",
      valid().replace('"notes": null', `"notes": ${"[".repeat(5000)}${"]".repeat(5000)}`),
      "contacts[0].notes: a list where netlog writes a single value",
    ],
    [
      "conversations before contacts",
      reordered(["format", "version", "settings", "tags", "interactions", "contacts", "follow_ups"]),
      "interactions: comes before 'contacts', which netlog writes first",
    ],
  ])("refuses %s, naming where, and writes nothing", async (_, text, message) => {
    const ctx = await everything();
    const before = snapshot(ctx.db());
    await expect(importJson({ file: fileWith(text) }, ctx)).rejects.toMatchObject({ message: expect.stringContaining(message), exitCode: 1 });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("streams an export of many read blocks back exactly, record by record", async () => {
    const data = validExport();
    const [contact, conversation] = [data.contacts[0], data.interactions[0]];
    data.contacts = Array.from({ length: 3000 }, (_, i) => ({ ...contact, uuid: `c${i}`, name: `Person ${i}`, email: `p${i}@example.com`, notes: "é".repeat(i % 300) }));
    data.interactions = Array.from({ length: 3000 }, (_, i) => ({ ...conversation, uuid: `i${i}`, contact_uuid: `c${i % 1000}` }));
    const text = toJsonText(data);
    const ctx = testCtx({ today: "2026-11-25" });
    expect(await importJson({ file: fileWith(text) }, ctx)).toEqual({ contacts: 3000, interactions: 3000, follow_ups: 1, dismissals: 1 });
    expect(toJsonText(await exportJson(ctx))).toBe(text);
  });

  it("passes over a key it does not know, however deep it nests", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const text = valid().replace('"settings"', `"later": ${"[".repeat(5000)}${"]".repeat(5000)}, "settings"`);
    expect(await importJson({ file: fileWith(text) }, ctx)).toEqual({ contacts: 1, interactions: 1, follow_ups: 1, dismissals: 1 });
  });

  it("writes --out files readable only by you, whatever the umask", () => {
    const path = join(tempDir(), "out.json");
    const umask = process.umask(0);
    try {
      writeOutputFile(path, "{}\n");
    } finally {
      process.umask(umask);
    }
    expect([statSync(path).mode & 0o777, readFileSync(path, "utf8")]).toEqual([0o600, "{}\n"]);
  });
});

describe("--out", () => {
  it("refuses an empty path, and writes through a symlink to the file it names", async () => {
    expect(() => writeOutputFile("", "x")).toThrow("--out needs a file path");
    const dir = tempDir();
    writeFileSync(join(dir, "real.json"), "old");
    symlinkSync(join(dir, "real.json"), join(dir, "link.json"));
    writeOutputFile(join(dir, "link.json"), "new");
    expect([readFileSync(join(dir, "real.json"), "utf8"), lstatSync(join(dir, "link.json")).isSymbolicLink()]).toEqual(["new", true]);
  });
});
