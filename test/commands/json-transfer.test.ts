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
    ["another program's JSON", '{"contacts": []}', "is not a netlog export"],
    ["a newer format", '{"format": "netlog-export", "version": 99}', "was exported by a newer netlog (format 99)"],
    ["a date that is not one", JSON.stringify({ format: "netlog-export", version: 1, settings: {}, tags: [], contacts: [{ uuid: "c1", name: "A", tags: [], added_on: "2026-02-31" }], interactions: [], follow_ups: [] }), "contact 1: 'added_on' cannot be \"2026-02-31\""],
    ["a value of the wrong kind", JSON.stringify({ format: "netlog-export", version: 1, settings: {}, tags: [], contacts: [{ uuid: "c1", name: "A", tags: [], tracked: true }], interactions: [], follow_ups: [] }), "contact 1: 'tracked' cannot be true"],
    ["a tag without a name", JSON.stringify({ format: "netlog-export", version: 1, settings: {}, tags: [{ name: 5 }], contacts: [], interactions: [], follow_ups: [] }), "tag 1 has no name"],
    ["a conversation without its contact", JSON.stringify({ format: "netlog-export", version: 1, settings: {}, tags: [], contacts: [], interactions: [{ uuid: "i1", contact_uuid: "nobody" }], follow_ups: [] }), "interaction i1 belongs to no contact in the file"],
  ])("refuses %s and writes nothing", async (_, text, message) => {
    const ctx = await everything();
    const before = snapshot(ctx.db());
    await expect(importJson({ file: fileWith(text) }, ctx)).rejects.toMatchObject({ message: expect.stringContaining(message) });
    expect(snapshot(ctx.db())).toEqual(before);
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
