import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactMerge } from "../../src/commands/contact-merge.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { followUp, setArchived, setPaused } from "../../src/commands/contact-state.js";
import { due } from "../../src/commands/due.js";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { changesJson } from "../../src/render/undo.js";
import { undo, undoList } from "../../src/commands/undo.js";
import { mergedJson, renderMerged } from "../../src/render/contact-changes.js";
import { dueJson, profileJson } from "../../src/render/json.js";
import { historyOf } from "../../src/store/migrations/005-contact-history.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";
const CONNECTIONS = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));
type Prompter = Parameters<typeof testCtx>[0]["prompter"];

/**
 * Two records of one person: #1 "Sam Ortiz", added in November and talked to by phone, and #2
 * "Samuel Ortiz", added in March, with an InMail, a different phone and cadence, and a later
 * follow-up. Plus Elaine, who must not be touched.
 */
async function withDuplicates(prompter?: Prompter) {
  const ctx = testCtx({ today: TODAY, prompter });
  const inMarch = testCtx({ today: "2026-03-02", dbPath: ctx.dbPath });
  await contactAdd(
    { name: "Sam Ortiz", company: "Northwind", phone: ["+1 509 555 0100"], every: "3m", tag: ["investors"], note: "met at the fintech meetup" },
    testCtx({ today: "2026-11-01", dbPath: ctx.dbPath }),
  );
  await contactAdd(
    {
      name: "Samuel Ortiz",
      company: "Northwind",
      email: ["sam@ortiz.example"],
      linkedin: "linkedin.com/in/sam-ortiz",
      phone: ["+1 509 555 0199"],
      every: "2w",
      tag: ["Investors", "spokane"],
      note: "prefers email",
    },
    inMarch,
  );
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank" }, inMarch);
  await add({ name: "Elaine", via: "phone", date: "2026-09-10", note: "talked about her move" }, ctx);
  await add({ name: "Sam Ortiz", via: "phone", date: "2026-10-01", note: "first call" }, ctx);
  await followUp({ name: "Sam Ortiz", when: "2026-12-04", note: "send the deck" }, ctx);
  await add({ name: "Samuel", via: "inmail", date: "2026-11-20", note: "hello again", followUp: "2026-12-10", followUpNote: "intro to Priya" }, ctx);
  return ctx;
}

const rows = (ctx: ReturnType<typeof testCtx>, sql: string) => ctx.db().prepare(sql).all();

describe("netlog contact merge", () => {
  it("moves conversations, follow-ups and tags, fills the empty fields, keeps its own values, and removes the other", async () => {
    const ctx = await withDuplicates();
    const merged = await contactMerge({ keep: "Sam Ortiz", other: "samuel", yes: true }, ctx);
    expect(renderMerged(merged, ctx.style, TODAY)).toBe(
      [
        "Merged Samuel Ortiz (Northwind) #2 into Sam Ortiz (Northwind) #1.",
        "  Moved 1 conversation, 1 follow-up, 1 tag (spokane).",
        "  Filled in: email sam@ortiz.example; linkedin https://www.linkedin.com/in/sam-ortiz.",
        "  Kept as well: phone +1 509 555 0199.",
        "  Notes: the other's notes are appended.",
        "  Added on: Mon 2 Mar 2026, the earlier of the two.",
        "  Not taken (it keeps its own): cadence 2 weeks.",
        "  Follow-up: due 4 Dec (send the deck) stays open; due 10 Dec (intro to Priya) is marked done, as a contact has one open follow-up.",
        "Samuel Ortiz (Northwind) #2 is removed; netlog undo brings it back.",
        "",
      ].join("\n"),
    );
    expect(mergedJson(merged)).toEqual({
      kept: { uuid: merged.kept.uuid, name: "Sam Ortiz" },
      removed: { uuid: merged.removed.uuid, name: "Samuel Ortiz" },
      conversations: 1,
      follow_ups: 1,
      tags_added: ["spokane"],
      filled: { email: "sam@ortiz.example", linkedin_url: "https://www.linkedin.com/in/sam-ortiz" },
      values_added: [
        { kind: "email", value: "sam@ortiz.example", label: null, primary: true },
        { kind: "phone", value: "+1 509 555 0199", label: null, primary: false },
        { kind: "url", value: "https://www.linkedin.com/in/sam-ortiz", label: "linkedin", primary: true },
      ],
      dropped: { cadence_days: 14 },
      labels_not_taken: [],
      notes_appended: true,
      added_on: "2026-03-02",
      follow_up_kept: { date: "2026-12-04", note: "send the deck" },
      follow_ups_closed: [{ date: "2026-12-10", note: "intro to Priya" }],
    });
    expect(rows(ctx, "SELECT id, name, email, phone, linkedin_url, notes, cadence_days, added_on, tracked, updated_at FROM contacts ORDER BY id")).toEqual([
      {
        id: 1,
        name: "Sam Ortiz",
        email: "sam@ortiz.example",
        phone: "+1 509 555 0100",
        linkedin_url: "https://www.linkedin.com/in/sam-ortiz",
        notes: "met at the fintech meetup\n\nprefers email",
        cadence_days: 90,
        added_on: "2026-03-02",
        tracked: 1,
        updated_at: `${TODAY}T12:00:00.000Z`,
      },
      expect.objectContaining({ id: 3, name: "Elaine Longmire" }),
    ]);
    // The other's phone is the kept contact's second: an import matching by it finds Sam.
    expect(rows(ctx, "SELECT contact_id, kind, value FROM contact_values")).toEqual([{ contact_id: 1, kind: "phone", value: "+1 509 555 0199" }]);
    // Conversations keep their ids: follow-ups name the conversation they were promised in.
    expect(rows(ctx, "SELECT id, contact_id, channel FROM conversations ORDER BY id")).toEqual([
      { id: 1, contact_id: 3, channel: "phone" },
      { id: 2, contact_id: 1, channel: "phone" },
      { id: 3, contact_id: 1, channel: "inmail" },
    ]);
    expect(rows(ctx, "SELECT contact_id, due_on, done_at IS NOT NULL AS done FROM follow_ups ORDER BY id")).toEqual([
      { contact_id: 1, due_on: "2026-12-04", done: 0 },
      { contact_id: 1, due_on: "2026-12-10", done: 1 },
    ]);
    expect(rows(ctx, "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY 1, 2")).toEqual([
      { contact_id: 1, name: "investors" },
      { contact_id: 1, name: "spokane" },
    ]);
  });

  it("leaves contact_history as a rebuild from the conversations would, so due and contact show see the merged past", async () => {
    const ctx = await withDuplicates();
    await contactMerge({ keep: "Sam Ortiz", other: "Samuel Ortiz", yes: true }, ctx);
    const db = ctx.db();
    const kept = rows(ctx, "SELECT * FROM contact_history ORDER BY contact_id");
    db.exec(`DELETE FROM contact_history; ${historyOf("1", "conversations")}`);
    expect(rows(ctx, "SELECT * FROM contact_history ORDER BY contact_id")).toEqual(kept);

    const profile = profileJson(await contactShow({ name: "sam" }, ctx));
    expect(profile).toMatchObject({
      last_contact: { date: "2026-11-20", channel: "inmail", note: "hello again", direction: "sent" },
      stage: "voice",
      stage_since: "2026-10-01",
      follow_up: { date: "2026-12-04", note: "send the deck" },
      reason: "follow_up",
      due_on: "2026-12-04",
    });
    expect(profile.interactions.map((i: { date: string; note: string | null }) => [i.date, i.note])).toEqual([
      ["2026-11-20", "hello again"],
      ["2026-10-01", "first call"],
    ]);
    const onTheDay = dueJson(await due({ on: "2026-12-04" }, ctx));
    expect(onTheDay.map((d) => [d.name, d.reason, d.due_on, d.last_contact?.date])).toEqual([["Sam Ortiz", "follow_up", "2026-12-04", "2026-11-20"]]);
  });

  it("is reverted whole by one netlog undo", async () => {
    const ctx = await withDuplicates();
    const before = snapshot(ctx.db());
    await contactMerge({ keep: "Sam Ortiz", other: "Samuel Ortiz", yes: true }, ctx);
    expect(changesJson(await undoList(ctx))[0]).toMatchObject({ command: "contact merge", summary: "Samuel Ortiz #2 into Sam Ortiz #1" });
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("keeps matching on a new import: the kept contact takes the LinkedIn URL and email it lacked", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Samuel Ortiz", phone: ["+1 509 555 0100"], every: "monthly" }, ctx);
    await add({ name: "Samuel", via: "phone", date: "2026-11-02" }, ctx);
    await importLinkedin({ file: CONNECTIONS }, ctx);
    await contactMerge({ keep: "Samuel Ortiz", other: "Sam Ortiz", yes: true }, ctx);
    const again = await importLinkedin({ file: CONNECTIONS }, ctx);
    expect([again.created, rows(ctx, "SELECT name, company, email, linkedin_url, tracked, added_on FROM contacts WHERE name LIKE 'Sam%'")]).toEqual([
      0,
      [{ name: "Samuel Ortiz", company: "Ortiz & Co", email: "sam@example.com", linkedin_url: "https://www.linkedin.com/in/sam-ortiz", tracked: 1, added_on: "2023-01-12" }],
    ]);
  });

  it("keeps the open follow-up, not the earlier one a conversation of the other has fulfilled", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    await contactAdd({ name: "Samuel Ortiz" }, ctx);
    await add({ name: "Sam Ortiz", via: "phone", date: "2026-11-01", followUp: "2026-12-01", followUpNote: "send the deck" }, ctx);
    await add({ name: "Samuel", via: "email", date: "2026-11-10", note: "sent the deck", followUp: "2026-12-20", followUpNote: "ask about Q1" }, ctx);
    const merged = await contactMerge({ keep: "Sam Ortiz", other: "Samuel", yes: true }, ctx);
    expect([merged.followUpKept, merged.followUpsClosed]).toEqual([{ date: "2026-12-20", note: "ask about Q1", setOn: "2026-11-10", afterId: 2, fulfilledOn: null }, []]);
    expect(renderMerged(merged, ctx.style, TODAY)).not.toContain("Follow-up:");
    expect(profileJson(await contactShow({ name: "sam" }, ctx)).follow_up).toEqual({ date: "2026-12-20", note: "ask about Q1" });
  });

  it("is tracked if either was, but keeps its own pause and archive, naming the other's", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin({ file: CONNECTIONS }, ctx);
    await contactAdd({ name: "Sam Ortiz", allowDuplicate: true }, ctx);
    await setPaused({ name: "#4" }, true, ctx);
    await setArchived({ name: "#4" }, true, ctx);
    const merged = await contactMerge({ keep: "#2", other: "#4", yes: true }, ctx);
    expect(renderMerged(merged, ctx.style, TODAY)).toContain("\n  Not taken (it keeps its own): paused; archived.\n");
    expect(rows(ctx, "SELECT id, tracked, paused, archived_at FROM contacts WHERE id = 2")).toEqual([{ id: 2, tracked: 1, paused: 0, archived_at: null }]);
  });

  it("refuses to merge a contact with itself, however it is named", async () => {
    const ctx = await withDuplicates();
    const before = snapshot(ctx.db());
    await expect(contactMerge({ keep: "samuel", other: "#2", yes: true }, ctx)).rejects.toMatchObject({
      message: "'samuel' and '#2' are the same contact, Samuel Ortiz (Northwind) #2",
      hint: "name two different contacts; #ID picks one of two with the same name",
      exitCode: 2,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("without a terminal needs --yes, and merges nothing", async () => {
    const ctx = await withDuplicates();
    const before = snapshot(ctx.db());
    await expect(contactMerge({ keep: "Sam Ortiz", other: "Samuel" }, ctx)).rejects.toMatchObject({
      message: "merging removes Samuel Ortiz (Northwind) #2 after moving its data; pass --yes to go ahead",
      hint: "netlog contact merge KEEP OTHER --yes (netlog undo reverts it)",
      exitCode: 2,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("on a terminal asks first, No by default, and merges nothing when told no", async () => {
    const questions: Array<[string, boolean]> = [];
    const ctx = await withDuplicates({
      async confirm(message, defaultAnswer) {
        questions.push([message, defaultAnswer]);
        return false;
      },
    });
    const before = snapshot(ctx.db());
    await expect(contactMerge({ keep: "Sam Ortiz", other: "Samuel" }, ctx)).rejects.toMatchObject({ name: "Declined", message: "Nothing merged.", exitCode: 0 });
    expect(questions).toEqual([["Merge Samuel Ortiz (Northwind) #2 (1 conversation and 1 follow-up) into Sam Ortiz (Northwind) #1, then remove #2?", false]]);
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
