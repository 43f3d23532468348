import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { followUp, followUpDone, setArchived, setPaused, snooze } from "../../src/commands/contact-state.js";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { importVcard } from "../../src/commands/vcard.js";
import { configSet } from "../../src/commands/settings.js";
import { tagSet } from "../../src/commands/tags.js";
import { undo, undoList } from "../../src/commands/undo.js";
import { CHANGES_KEPT } from "../../src/store/journal.js";
import { changesJson, renderChanges, renderUndone } from "../../src/render/undo.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";
const CONNECTIONS = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));
const VCARDS = fileURLToPath(new URL("../fixtures/contacts.vcf", import.meta.url));

async function withElaine() {
  const ctx = testCtx({ today: TODAY });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly", tag: ["bankers"] }, ctx);
  await add({ name: "Elaine", via: "phone", note: "talked about her move", date: "2026-11-20" }, ctx);
  return ctx;
}

describe("netlog undo", () => {
  it("lists a follow-up, snooze, pause and archive in the words the command said, kept as data", async () => {
    const ctx = await withElaine();
    await followUp({ name: "Elaine", when: "2026-12-04", note: "send the deck" }, ctx);
    await snooze({ name: "Elaine", until: "2w" }, ctx);
    await setPaused({ name: "Elaine" }, true, ctx);
    await setArchived({ name: "Elaine" }, true, ctx);
    await followUpDone({ name: "Elaine" }, ctx);
    expect(changesJson(await undoList(ctx)).map((c) => [c.command, c.summary])).toEqual([
      ["follow-up done", "Follow-up with Elaine Longmire done."],
      ["contact archive", "Elaine Longmire is archived: off every list, history kept."],
      ["pause", "Elaine Longmire is paused: no touch-base reminders until netlog resume."],
      ["snooze", "Elaine Longmire is snoozed until Wed 9 Dec 2026."],
      ["follow-up", "Follow-up with Elaine Longmire on Fri 4 Dec 2026: send the deck."],
      ["add", "phone with Elaine Longmire on 2026-11-20"],
      ["contact add", "Elaine Longmire"],
    ]);
    const stored = ctx.db().prepare("SELECT summary, summary_data FROM changes WHERE command = 'snooze'").get() as { summary: string; summary_data: string };
    expect([stored.summary, JSON.parse(stored.summary_data)]).toEqual(["", { kind: "contact-state", name: "Elaine Longmire", change: { kind: "snoozed", until: "2026-12-09" } }]);
  });

  it("puts back exactly what an add wrote, and says what it reverted", async () => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    await add({ name: "Sam Ortiz", new: true, via: "inmail", note: "hello", followUp: "next friday" }, ctx);
    const change = await undo(ctx);
    expect(renderUndone(change, ctx.style)).toMatch(/^Undid add \(25 Nov 2026 \d\d:\d\d\): inmail with Sam Ortiz on 2026-11-25\n$/);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("reverts the updates a conversation made to an existing contact (snooze, archive, tracking)", async () => {
    const ctx = await withElaine();
    await snooze({ name: "Elaine", until: "2w", note: "on leave" }, ctx);
    const snoozed = snapshot(ctx.db());
    await add({ name: "Elaine", via: "email", note: "back from leave" }, ctx);
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(snoozed);
  });

  it("reverts a whole import, including the contacts it only updated", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire", company: "Old Bank", linkedin: "https://www.linkedin.com/in/elaine-longmire" }, ctx);
    const before = snapshot(ctx.db());
    const summary = await importLinkedin({ file: CONNECTIONS, every: "90d", tag: ["linkedin"] }, ctx);
    expect([summary.created, summary.updated]).toEqual([2, 1]);
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("goes back one command at a time, newest first, and then has nothing left", async () => {
    const ctx = await withElaine();
    await followUp({ name: "Elaine", when: "next friday", note: "send the deck" }, ctx);
    const promised = snapshot(ctx.db());
    await followUpDone({ name: "Elaine" }, ctx);
    await configSet({ key: "daily-limit", value: "5" }, ctx);
    await tagSet({ name: "bankers", every: "2w" }, ctx);

    expect((await undo(ctx)).command).toBe("tag set");
    expect((await undo(ctx)).command).toBe("config set");
    expect((await undo(ctx)).command).toBe("follow-up done");
    expect(snapshot(ctx.db())).toEqual(promised);
    expect(changesJson(await undoList(ctx)).map((c) => [c.command, c.summary, c.undone_at !== null])).toEqual([
      ["tag set", "bankers every 14 days", true],
      ["config set", "daily-limit = 5", true],
      ["follow-up done", "Follow-up with Elaine Longmire done.", true],
      ["follow-up", "Follow-up with Elaine Longmire on Fri 4 Dec 2026: send the deck.", false],
      ["add", "phone with Elaine Longmire on 2026-11-20", false],
      ["contact add", "Elaine Longmire", false],
    ]);
    await undo(ctx);
    await undo(ctx);
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(snapshot(testCtx({ today: TODAY }).db()));
    await expect(undo(ctx)).rejects.toThrow("nothing to undo");
  });

  it("stores what a change did as data, and says it in words only when shown", async () => {
    const ctx = await withElaine();
    await configSet({ key: "daily-limit", value: "5" }, ctx);
    await configSet({ key: "daily-limit", value: "default" }, ctx);
    expect(ctx.db().prepare("SELECT summary, summary_data AS data FROM changes ORDER BY id").all()).toEqual([
      { summary: "", data: JSON.stringify({ kind: "contact-add", name: "Elaine Longmire" }) },
      { summary: "", data: JSON.stringify({ kind: "add", channel: "phone", name: "Elaine Longmire", date: "2026-11-20" }) },
      { summary: "", data: JSON.stringify({ kind: "config-set", key: "daily-limit", value: "5" }) },
      { summary: "", data: JSON.stringify({ kind: "config-set", key: "daily-limit", value: null }) },
    ]);
    expect(changesJson(await undoList(ctx))[0]!.summary).toBe("daily-limit = default");
  });

  it("shows a change recorded before summaries were data by the sentence it stored", async () => {
    const ctx = await withElaine();
    ctx.db().prepare("UPDATE changes SET summary = 'phone with Elaine Longmire on 2026-11-20', summary_data = NULL WHERE command = 'add'").run();
    expect(renderUndone(await undo(ctx), ctx.style)).toMatch(/^Undid add \(25 Nov 2026 \d\d:\d\d\): phone with Elaine Longmire on 2026-11-20\n$/);
    expect(changesJson(await undoList(ctx)).map((c) => c.summary)).toEqual(["phone with Elaine Longmire on 2026-11-20", "Elaine Longmire"]);
  });

  it("marks the change it would revert next in the list", async () => {
    const ctx = await withElaine();
    await undo(ctx);
    const lines = renderChanges(await undoList(ctx), ctx.style).split("\n");
    expect(lines[0]).toMatch(/^25 Nov 2026 \d\d:\d\d  add          phone with Elaine Longmire on 2026-11-20 \(undone\)$/);
    expect(lines[1]).toMatch(/^25 Nov 2026 \d\d:\d\d  contact add  Elaine Longmire ← netlog undo reverts this$/);
  });

  it("records nothing for a command that failed or changed nothing", async () => {
    const ctx = await withElaine();
    await expect(followUpDone({ name: "Elaine" }, ctx)).rejects.toThrow("has no open follow-up");
    await expect(importVcard({ file: CONNECTIONS }, ctx)).rejects.toThrow();
    await importVcard({ file: VCARDS }, ctx);
    const afterFirst = (await undoList(ctx)).length;
    await importVcard({ file: VCARDS }, ctx); // everyone already there, nothing new
    expect((await undoList(ctx)).map((c) => c.command)).toEqual(["import vcard", "add", "contact add"]);
    expect(afterFirst).toBe(3);
  });

  it(`keeps the last ${CHANGES_KEPT} changes`, async () => {
    const ctx = await withElaine();
    for (let i = 1; i <= CHANGES_KEPT; i++) await configSet({ key: "daily-limit", value: String(i) }, ctx);
    const changes = await undoList(ctx);
    expect(changes).toHaveLength(CHANGES_KEPT);
    expect(changesJson(changes).at(-1)!.summary).toBe("daily-limit = 1");
    expect(ctx.db().prepare("SELECT count(DISTINCT change_id) AS n FROM undo_log").get()).toEqual({ n: CHANGES_KEPT });
  });

  it("puts back settings that were reset, each under its own key, in any order", async () => {
    const ctx = await withElaine();
    await configSet({ key: "default-cadence", value: "30d" }, ctx);
    await configSet({ key: "daily-limit", value: "7" }, ctx);
    const bothSet = snapshot(ctx.db());
    await configSet({ key: "default-cadence", value: "default" }, ctx);
    await configSet({ key: "daily-limit", value: "default" }, ctx);
    await undo(ctx);
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(bothSet);
    expect(changesJson([await undo(ctx)])[0]!.summary).toBe("daily-limit = 7");
    expect(ctx.db().prepare("SELECT key, value FROM settings").all()).toEqual([{ key: "default-cadence", value: "30" }]);
  });
});
