import { join } from "node:path";
import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { backup, restore } from "../../src/commands/backup.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { setArchived } from "../../src/commands/contact-state.js";
import { nothingFound, search } from "../../src/commands/search.js";
import { undo } from "../../src/commands/undo.js";
import { renderSearch, searchJson } from "../../src/render/search.js";
import { snapshot, tempDir, testCtx, type TestCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

/** The README's people: Elaine at a bank in Spokane, and two others who share some of her words. */
async function people(): Promise<TestCtx> {
  const ctx = testCtx({ today: TODAY });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", title: "Branch Manager", tag: ["banking", "spokane"], every: "monthly" }, ctx);
  await add({ name: "Elaine", via: "inmail", date: "2026-09-03", note: "asked about the Spokane branch" }, ctx);
  await add({ name: "Elaine", via: "call", date: "2026-09-10", note: "talked about her move" }, ctx);
  await contactAdd({ name: "José Álvarez", company: "Acme Robotics", location: "Spokane, WA", note: "met him at the bank's fintech breakfast" }, ctx);
  await contactAdd({ name: "Sam Ortiz", company: "Riverbank Ventures" }, ctx);
  await add({ name: "Sam", via: "coffee", date: "2026-10-02", note: "he moved to Seattle; wants an intro to Elaine" }, ctx);
  return ctx;
}

const shown = async (ctx: TestCtx, text: string, limit?: string) => renderSearch(await search({ text, limit }, ctx), ctx.style, ctx.today);
const names = async (ctx: TestCtx, text: string) => (await search({ text }, ctx)).results.map((r) => r.contact.name);

describe("netlog search", () => {
  it("finds the woman from the bank in Spokane by her company and her tag, with the conversation that mentions it", async () => {
    const ctx = await people();
    expect(await shown(ctx, "bank spokane")).toBe(
      [
        "2 contacts match 'bank spokane':",
        "  Elaine Longmire (Jefferson Bank)",
        "    tags: banking, spokane",
        "    3 Sep, inmail: asked about the Spokane branch",
        "  José Álvarez (Acme Robotics)",
        "    location: Spokane, WA",
        "    notes: met him at the bank's fintech breakfast",
        "",
      ].join("\n"),
    );
  });

  it("ignores case and accents, and takes the last word as the start of one", async () => {
    const ctx = await people();
    expect(await names(ctx, "longm")).toEqual(["Elaine Longmire"]);
    expect(await names(ctx, "JOSE alvarez")).toEqual(["José Álvarez"]);
    expect(await names(ctx, "álvarez")).toEqual(["José Álvarez"]);
    // Only the last word is a prefix: "long" alone is not a word in any field.
    expect(await names(ctx, "long elaine")).toEqual([]);
  });

  it("needs every word, but each may be in a different field or conversation", async () => {
    const ctx = await people();
    // Elaine by her name and a note; Sam by a note that names her and says he moved.
    expect(await shown(ctx, "elaine move")).toBe(
      [
        "2 contacts match 'elaine move':",
        "  Elaine Longmire (Jefferson Bank)",
        "    10 Sep, phone: talked about her move",
        "  Sam Ortiz (Riverbank Ventures)",
        "    2 Oct, meeting: he moved to Seattle; wants an intro to Elaine",
        "",
      ].join("\n"),
    );
    // Not last, "move" is a whole word: Sam's "moved" no longer counts.
    expect(await names(ctx, "move elaine")).toEqual(["Elaine Longmire"]);
    expect(await names(ctx, "seattle elaine")).toEqual(["Sam Ortiz"]);
  });

  it("puts a match in a name or company before one in a conversation's note", async () => {
    const ctx = await people();
    expect(await names(ctx, "elaine")).toEqual(["Elaine Longmire", "Sam Ortiz"]);
    expect(await names(ctx, "bank")).toEqual(["Elaine Longmire", "José Álvarez"]);
  });

  it("shows the three latest conversations that match, and how many more there are", async () => {
    const ctx = await people();
    for (let day = 1; day <= 5; day++) await add({ name: "Sam", via: "text", date: `2026-11-0${day}`, note: `pitch deck draft ${day}` }, ctx);
    expect(await shown(ctx, "deck")).toBe(
      [
        "1 contact matches 'deck':",
        "  Sam Ortiz (Riverbank Ventures)",
        "    5 Nov, text: pitch deck draft 5",
        "    4 Nov, text: pitch deck draft 4",
        "    3 Nov, text: pitch deck draft 3",
        "    … and 2 more conversations",
        "",
      ].join("\n"),
    );
  });

  it("includes archived contacts, marked as such", async () => {
    const ctx = await people();
    await setArchived({ name: "Sam Ortiz" }, true, ctx);
    expect(await shown(ctx, "riverbank")).toBe(["1 contact matches 'riverbank':", "  Sam Ortiz (Riverbank Ventures) (archived)", ""].join("\n"));
    expect(searchJson(await search({ text: "riverbank" }, ctx)).results[0]!.archived).toBe(true);
  });

  it("shows the first --limit contacts and says how many more match; --limit 0 shows all", async () => {
    const ctx = testCtx({ today: TODAY });
    for (const name of ["Ann Lee", "Bo Lee", "Cy Lee"]) await contactAdd({ name, company: "Lee & Co" }, ctx);
    expect((await shown(ctx, "lee", "2")).split("\n").slice(-2)).toEqual(["  … and 1 more (netlog search --limit 0 shows every match)", ""]);
    expect((await search({ text: "lee", limit: "0" }, ctx)).results).toHaveLength(3);
    await expect(search({ text: "lee", limit: "-1" }, ctx)).rejects.toMatchObject({ message: "--limit: '-1' is not a number of contacts", exitCode: 2 });
  });

  it("gives JSON with the contact, its rank, and the fields and conversations that matched", async () => {
    const ctx = await people();
    const json = searchJson(await search({ text: "spokane" }, ctx));
    expect(json).toEqual({
      query: "spokane",
      total: 2,
      results: [
        {
          rank: 1,
          uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
          name: "Elaine Longmire",
          company: "Jefferson Bank",
          archived: false,
          matched_fields: ["tags"],
          matched_conversations: 1,
          conversations: [{ uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), date: "2026-09-03", channel: "inmail", direction: "sent", note: "asked about the Spokane branch" }],
        },
        {
          rank: 2,
          uuid: expect.any(String),
          name: "José Álvarez",
          company: "Acme Robotics",
          archived: false,
          matched_fields: ["location"],
          matched_conversations: 0,
          conversations: [],
        },
      ],
    });
  });

  it("marks the words found on a terminal, and never lets stored escape codes through", async () => {
    const ctx = await people();
    await add({ name: "Sam", via: "email", date: "2026-11-20", note: "sent the \u001b[2J deck\nfor review" }, ctx);
    const style = new Chalk({ level: 1 });
    const text = renderSearch(await search({ text: "deck" }, ctx), style, TODAY);
    expect(text).toBe(
      [
        style.bold("1 contact matches 'deck':"),
        `  ${style.bold("Sam Ortiz")} (Riverbank Ventures)`,
        `    20 Nov, email: sent the ␛[2J ${style.bold.red("deck")} for review`,
        "",
      ].join("\n"),
    );
    expect(await shown(ctx, "bank")).not.toMatch(/\u001b|\u0002|\u0003/);
  });

  it.each([['"'], ["*"], ["-"], [":"], ["()"], ["+-*/"], ["   "], ['" * - :']])("refuses %j, which has no word to look for, without opening the database", async (text) => {
    const ctx = testCtx({ today: TODAY });
    await expect(search({ text }, ctx)).rejects.toMatchObject({
      message: `nothing to search for in '${text}'`,
      hint: "give a word: a name, a company, a tag or a word from a note, e.g. netlog search spokane",
      exitCode: 2,
    });
    expect(ctx.opens).toBe(0);
  });

  it.each([["AND"], ["OR"], ["NOT"], ["NEAR("], ["NEAR(elaine"], ['"unbalanced'], ["name:elaine"], ["^elaine"], ["elaine*"], ["{name}: x"], ["a\u0000b"], ['elaine" OR "x']])(
    "reads %j as words, never as FTS5 syntax, and changes nothing",
    async (text) => {
      const ctx = await people();
      const before = snapshot(ctx.db());
      await search({ text }, ctx);
      expect(snapshot(ctx.db())).toEqual(before);
    },
  );

  it("never fails on any text but text without a word, and never changes the data", async () => {
    const ctx = await people();
    const before = snapshot(ctx.db());
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc
        .array(fc.constantFrom('"', "*", "(", ")", ":", "-", "+", "^", "AND", "OR", "NOT", "NEAR", "elaine", "bank", " ", "\u0000"), { maxLength: 12 })
        .map((parts) => parts.join("")),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        try {
          await search({ text: t }, ctx);
        } catch (error) {
          expect(error).toMatchObject({ message: `nothing to search for in '${t}'`, exitCode: 2 });
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("finds by what these words mean as words", async () => {
    const ctx = await people();
    // Words joined by punctuation are a phrase: "name" right before "elaine", as in no text here.
    expect(await names(ctx, "name:elaine")).toEqual([]);
    expect(await names(ctx, "NEAR(elaine")).toEqual([]);
    expect(await names(ctx, "elaine*")).toEqual(["Elaine Longmire", "Sam Ortiz"]);
    expect(await names(ctx, "AND")).toEqual([]);
  });

  it("says nothing matched as an error, exit 1, like grep", async () => {
    const ctx = await people();
    const report = await search({ text: "zebra" }, ctx);
    expect([renderSearch(report, ctx.style, TODAY), report.total]).toEqual(["", 0]);
    expect(nothingFound(report)).toMatchObject({
      message: "nothing matches 'zebra'",
      hint: "search finds whole words, and the start of the last one, in names, companies, titles, places, tags, notes, emails, phones (as written: 509 555 0100) and links; try fewer words",
      exitCode: 1,
    });
    expect(nothingFound(await search({ text: "elaine" }, ctx))).toBeUndefined();
  });
});

describe("the search index follows every change", () => {
  it("after undo: an undone conversation or contact is no longer found, and an undone deletion is found again", async () => {
    const ctx = await people();
    await add({ name: "Elaine", via: "email", note: "zebra crossing" }, ctx);
    expect(await names(ctx, "zebra")).toEqual(["Elaine Longmire"]);
    await undo(ctx);
    expect(await names(ctx, "zebra")).toEqual([]);
    await contactAdd({ name: "Zed Zebra", tag: ["zoo"] }, ctx);
    expect(await names(ctx, "zoo")).toEqual(["Zed Zebra"]);
    await undo(ctx);
    expect(await names(ctx, "zoo")).toEqual([]);
  });

  it("after edits and deletes by plain SQL, as the contact and log commands make them", async () => {
    const ctx = await people();
    const db = ctx.db();
    db.prepare("UPDATE contacts SET company = 'Spokane Teachers Credit Union', title = NULL WHERE name = 'Elaine Longmire'").run();
    expect(await names(ctx, "jefferson")).toEqual([]);
    expect(await names(ctx, "teachers credit")).toEqual(["Elaine Longmire"]);
    expect(await names(ctx, "branch manager")).toEqual([]);
    // A merge moves conversations to another contact: their notes are then that contact's.
    const talk = db.prepare("SELECT id FROM conversations WHERE note = 'talked about her move'").pluck().get();
    db.prepare("UPDATE conversations SET contact_id = (SELECT id FROM contacts WHERE name = 'José Álvarez') WHERE id = ?").run(talk);
    expect(await names(ctx, "talked")).toEqual(["José Álvarez"]);
    db.prepare("UPDATE conversations SET note = 'walked to the river' WHERE id = ?").run(talk);
    expect([await names(ctx, "talked"), await names(ctx, "walked river")]).toEqual([[], ["José Álvarez"]]);
    db.prepare("DELETE FROM conversations WHERE id = ?").run(talk);
    expect(await names(ctx, "walked")).toEqual([]);
    db.prepare("UPDATE tags SET name = 'Spokane Valley' WHERE name = 'spokane'").run();
    expect(await names(ctx, "valley")).toEqual(["Elaine Longmire"]);
    db.prepare("DELETE FROM contact_tags WHERE tag_id = (SELECT id FROM tags WHERE name = 'Spokane Valley')").run();
    expect(await names(ctx, "valley")).toEqual([]);
    db.prepare("DELETE FROM contacts WHERE name = 'Sam Ortiz'").run();
    expect(await names(ctx, "seattle")).toEqual([]);
    expect(await names(ctx, "riverbank")).toEqual([]);
  });

  it("after restore: the backup's contacts and conversations are found, and nothing of what replaced them", async () => {
    const ctx = await people();
    const file = join(tempDir(), "backup.db");
    await backup({ file }, ctx);
    await contactAdd({ name: "Zed Zebra" }, ctx);
    await add({ name: "Elaine", via: "email", note: "zebra crossing" }, ctx);
    await restore({ file, yes: true }, ctx);
    expect(await names(ctx, "zebra")).toEqual([]);
    expect(await shown(ctx, "bank spokane")).toMatch(/^2 contacts match 'bank spokane':\n {2}Elaine Longmire \(Jefferson Bank\)\n {4}tags: banking, spokane\n/);
  });
});
