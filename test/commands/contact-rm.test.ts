import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { contactRm } from "../../src/commands/contact-rm.js";
import { followUp } from "../../src/commands/contact-state.js";
import { changesJson } from "../../src/render/undo.js";
import { undo, undoList } from "../../src/commands/undo.js";
import { removedJson, renderRemoved } from "../../src/render/contact-changes.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

async function withElaineAndSam(prompter?: Parameters<typeof testCtx>[0]["prompter"]) {
  const ctx = testCtx({ today: TODAY, prompter });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly", tag: ["bankers", "spokane"] }, ctx);
  await contactAdd({ name: "Sam Ortiz", tag: ["spokane"] }, ctx);
  await add({ name: "Elaine", via: "inmail", note: "asked about the branch", date: "2026-09-03" }, ctx);
  await add({ name: "Sam", via: "coffee", date: "2026-09-05" }, ctx);
  await add({ name: "Elaine", via: "phone", note: "talked about her move", date: "2026-09-10", followUp: "2026-12-04", followUpNote: "send the deck" }, ctx);
  // Replaces the first without asking (no terminal), leaving one done and one open.
  await followUp({ name: "Elaine", when: "2026-12-11", note: "intro to Priya" }, { ...ctx, prompter: undefined });
  return ctx;
}

const count = (ctx: ReturnType<typeof testCtx>, sql: string) => ctx.db().prepare(sql).pluck().get();

describe("netlog contact rm", () => {
  it("with --yes removes the contact, its conversations, follow-ups and tag links, and nobody else's", async () => {
    const ctx = await withElaineAndSam();
    const removed = await contactRm({ name: "elaine", yes: true }, ctx);
    expect(renderRemoved(removed, ctx.style)).toBe("Removed Elaine Longmire (Jefferson Bank) with 2 conversations and 2 follow-ups. netlog undo brings it back.\n");
    expect(removedJson(removed)).toEqual({ uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), name: "Elaine Longmire", conversations: 2, follow_ups: 2 });
    expect((await contactList({}, ctx)).map((s) => s.contact.name)).toEqual(["Sam Ortiz"]);
    expect([
      count(ctx, "SELECT count(*) FROM conversations WHERE contact_id = 1"),
      count(ctx, "SELECT count(*) FROM follow_ups"),
      count(ctx, "SELECT count(*) FROM contact_tags WHERE contact_id = 1"),
      count(ctx, "SELECT count(*) FROM contact_history WHERE contact_id = 1"),
      count(ctx, "SELECT count(*) FROM conversations WHERE contact_id = 2"),
      count(ctx, "SELECT count(*) FROM tags"),
    ]).toEqual([0, 0, 0, 0, 1, 2]);
  });

  it("is brought back whole by netlog undo: contact, conversations, tags, follow-ups and history", async () => {
    const ctx = await withElaineAndSam();
    const before = snapshot(ctx.db());
    await contactRm({ name: "Elaine Longmire", yes: true }, ctx);
    expect(changesJson(await undoList(ctx))[0]).toMatchObject({ command: "contact rm", summary: "Elaine Longmire with 2 conversations and 2 follow-ups" });
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("says when there was nothing logged", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Priya Natarajan" }, ctx);
    expect(renderRemoved(await contactRm({ name: "priya", yes: true }, ctx), ctx.style)).toBe("Removed Priya Natarajan (no conversations logged). netlog undo brings it back.\n");
  });

  it("without a terminal needs --yes, and removes nothing", async () => {
    const ctx = await withElaineAndSam();
    const before = snapshot(ctx.db());
    await expect(contactRm({ name: "elaine" }, ctx)).rejects.toMatchObject({
      message: "contact rm deletes Elaine Longmire with 2 conversations and 2 follow-ups; pass --yes to go ahead",
      hint: "netlog contact rm NAME --yes (netlog undo brings it back)",
      exitCode: 2,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("on a terminal asks first, No by default, and removes nothing when told no", async () => {
    const questions: Array<[string, boolean]> = [];
    let answer = false;
    const ctx = await withElaineAndSam({
      async confirm(message, defaultAnswer) {
        questions.push([message, defaultAnswer]);
        return answer;
      },
    });
    const before = snapshot(ctx.db());
    await expect(contactRm({ name: "elaine" }, ctx)).rejects.toMatchObject({ name: "Declined", message: "Nothing removed: Elaine Longmire stays.", exitCode: 0 });
    expect(snapshot(ctx.db())).toEqual(before);
    answer = true;
    await contactRm({ name: "sam" }, ctx);
    expect(questions).toEqual([
      ["Remove Elaine Longmire (Jefferson Bank) with 2 conversations and 2 follow-ups?", false],
      ["Remove Sam Ortiz with 1 conversation?", false],
    ]);
    expect((await contactList({}, ctx)).map((s) => s.contact.name)).toEqual(["Elaine Longmire"]);
  });

  it("refuses a name that matches nobody, or several people, without a terminal", async () => {
    const ctx = await withElaineAndSam();
    await contactAdd({ name: "Elaine Park" }, ctx);
    const before = snapshot(ctx.db());
    await expect(contactRm({ name: "Nobody", yes: true }, ctx)).rejects.toThrow("no contact matches 'Nobody'");
    await expect(contactRm({ name: "elaine", yes: true }, ctx)).rejects.toThrow("'elaine' matches 2 contacts: Elaine Longmire (Jefferson Bank) #1, Elaine Park #3");
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
