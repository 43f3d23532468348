import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { closeMatchWarning, renderLogged } from "../../src/render/logged.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

async function withPeople(...names: Array<[string, string?]>) {
  const ctx = testCtx({ today: TODAY });
  for (const [name, company] of names) await contactAdd({ name, company }, ctx);
  return ctx;
}

async function timeline(ctx: ReturnType<typeof testCtx>, name: string) {
  return (await contactShow({ name }, ctx)).conversations.map((i) => [i.date, i.channel, i.note]);
}

describe("netlog add, matching the name", () => {
  it("finds a contact by any case and accents, by a unique prefix, and by a close spelling", async () => {
    const ctx = await withPeople(["José Álvarez"], ["Elaine Longmire"]);
    expect((await add({ name: "jose alvarez", via: "email" }, ctx)).matchedBy).toBe("exact");
    expect((await add({ name: "Elai", via: "coffee" }, ctx)).matchedBy).toBe("prefix");
    expect((await add({ name: "elane longmire", via: "sms" }, ctx)).matchedBy).toBe("fuzzy");
    expect(await timeline(ctx, "Elaine Longmire")).toEqual([
      [TODAY, "text", null],
      [TODAY, "meeting", null],
    ]);
  });

  it("without a terminal, fails on an ambiguous name, listing who matched, and stores nothing", async () => {
    const ctx = await withPeople(["Elaine Longmire", "Jefferson Bank"], ["Elaine Park"]);
    const before = snapshot(ctx.db());
    await expect(add({ name: "elaine", via: "phone" }, ctx)).rejects.toMatchObject({
      message: "'elaine' matches 2 contacts: Elaine Longmire (Jefferson Bank) #1, Elaine Park #2",
      hint: "type more of the name, or pick one by id, e.g. #1",
      exitCode: 1,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("accepts #ID to tell people of the same name apart", async () => {
    const ctx = await withPeople(["Elaine Park"]);
    await contactAdd({ name: "Elaine Park", company: "Acme", allowDuplicate: true }, ctx);
    const logged = await add({ name: "#2", via: "phone" }, ctx);
    expect(logged.contact.company).toBe("Acme");
  });

  it("on a terminal, asks which contact an ambiguous name means", async () => {
    const base = await withPeople(["Elaine Longmire"], ["Elaine Park"]);
    const asked: string[] = [];
    const ctx = testCtx({
      today: TODAY,
      dbPath: base.dbPath,
      prompter: {
        chooseContact: async (message, choices) => {
          asked.push(message, ...choices.map((c) => c.name));
          return choices[1]!;
        },
      },
    });
    const logged = await add({ name: "elaine", via: "phone" }, ctx);
    expect(asked).toEqual(["'elaine' matches 2 contacts. Which one?", "Elaine Longmire", "Elaine Park"]);
    expect(logged.contact.name).toBe("Elaine Park");
  });

  it("without a terminal, refuses an unknown name with a hint to pass --new, and stores nothing", async () => {
    const ctx = await withPeople(["Elaine Longmire"]);
    const before = snapshot(ctx.db());
    await expect(add({ name: "Sam Ortiz", via: "inmail" }, ctx)).rejects.toMatchObject({
      message: "no contact matches 'Sam Ortiz'",
      hint: "check the spelling with 'netlog contact list', or pass --new to create Sam Ortiz",
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("--new creates the contact, but only when nobody has exactly that name", async () => {
    const ctx = await withPeople(["Bob Smithers"]);
    const created = await add({ name: "Bob Smith", via: "inmail", new: true }, ctx);
    expect([created.matchedBy, created.contact.name, created.schedule.dueOn]).toEqual(["created", "Bob Smith", "2026-12-02"]);
    expect(renderLogged(created, ctx.style, TODAY)).toBe(
      "Logged inmail with Bob Smith (you wrote; new contact, every 3 months), today. Without a reply, next touch-base due 2 Dec.\n",
    );
    const again = await add({ name: "bob smith", via: "phone", new: true }, ctx);
    expect([again.matchedBy, again.contact.uuid]).toEqual(["exact", created.contact.uuid]);
  });

  it("--new with a close spelling of someone: without a terminal creates and warns; on a terminal asks first", async () => {
    const ctx = await withPeople(["Elaine Longmire"]);
    const created = await add({ name: "Elane Longmire", via: "phone", new: true }, ctx);
    expect([created.matchedBy, created.contact.name, closeMatchWarning(created)]).toEqual([
      "created",
      "Elane Longmire",
      "Elane Longmire is a new contact, close to Elaine Longmire #1; if they are the same person: netlog contact merge '#1' '#2'",
    ]);
    // The start of someone's name is as close as a misspelling.
    expect(closeMatchWarning(await add({ name: "Elaine Longmir", via: "phone", new: true }, await withPeople(["Elaine Longmire"])))).toBe(
      "Elaine Longmir is a new contact, close to Elaine Longmire #1; if they are the same person: netlog contact merge '#1' '#2'",
    );
    await expect(add({ name: "Elaine Longmire", via: "phone", keepFollowUp: true, followUp: "friday" }, ctx)).rejects.toMatchObject({
      message: "--keep-follow-up and --follow-up exclude each other",
      exitCode: 2,
    });
    const asked: string[] = [];
    const other = await withPeople(["Elaine Longmire"]);
    const terminal = testCtx({ today: TODAY, dbPath: other.dbPath, prompter: { confirm: async (message) => (asked.push(message), false) } });
    const logged = await add({ name: "Elayne Longmire", via: "phone", new: true }, terminal);
    expect(asked).toEqual(["'Elayne Longmire' is close to Elaine Longmire #1. Create a new contact anyway?"]);
    expect([logged.matchedBy, logged.contact.name, closeMatchWarning(logged)]).toEqual(["fuzzy", "Elaine Longmire", undefined]);
  });

  it("on a terminal, offers to create an unknown contact and asks its company and cadence", async () => {
    const ctx = testCtx({
      today: TODAY,
      prompter: {
        confirm: async (message) => message === "No contact matches 'Sam Ortiz'. Create Sam Ortiz?",
        newContactDetails: async () => ({ company: "Ortiz & Co", cadenceDays: 14 }),
      },
    });
    const logged = await add({ name: "Sam Ortiz", via: "phone", note: "first call" }, ctx);
    expect([logged.matchedBy, logged.contact.company, logged.contact.cadenceDays, logged.schedule.dueOn]).toEqual(["created", "Ortiz & Co", 14, "2026-12-09"]);
  });

  it("on a terminal with no name, asks for contact, channel, date and note", async () => {
    const base = await withPeople(["Elaine Longmire"], ["Sam Ortiz"]);
    const ctx = testCtx({
      today: TODAY,
      dbPath: base.dbPath,
      prompter: {
        searchContact: async (search) => ({ ref: search("ortiz")[0]! }),
        channel: async () => "video",
        date: async (_today, parse) => parse("2 days ago"),
        note: async () => "  demoed the prototype  ",
      },
    });
    const logged = await add({}, ctx);
    expect([logged.contact.name, logged.conversation.channel, logged.conversation.date, logged.conversation.note]).toEqual([
      "Sam Ortiz",
      "video",
      "2026-11-23",
      "  demoed the prototype  ",
    ]);
  });

  it("on a terminal with no name, asks who wrote a message (you, by default), and the confirmation says it", async () => {
    const base = await withPeople(["Kim Lee"]);
    const asked: string[] = [];
    const ctx = testCtx({
      today: TODAY,
      dbPath: base.dbPath,
      prompter: {
        searchContact: async (search) => ({ ref: search("kim")[0]! }),
        channel: async () => "linkedin",
        direction: async (channel) => (asked.push(channel), "received"),
        date: async () => TODAY,
        note: async () => "wants to talk in January",
      },
    });
    const logged = await add({}, ctx);
    expect([asked, logged.conversation.direction]).toEqual([["linkedin"], "received"]);
    expect(renderLogged(logged, ctx.style, TODAY)).toBe("Logged linkedin with Kim Lee (they wrote), today. Next touch-base due 23 Feb 2027.\n");
    // With --sent, --received or --two-way given, it does not ask.
    const flagged = await add({ received: true }, ctx);
    expect([asked.length, flagged.conversation.direction]).toEqual([1, "received"]);
  });

  it("without a terminal and without a name, fails before opening the database", async () => {
    const ctx = testCtx({ today: TODAY });
    await expect(add({ via: "phone" }, ctx)).rejects.toMatchObject({ exitCode: 2, message: "whom did you talk to? netlog add needs a name when it cannot ask" });
    expect(ctx.opens).toBe(0);
  });

  it.each([
    [{ via: "pigeon" }, "--via: 'pigeon' is not a channel"],
    [{ date: "tomorrow" }, "--date: 2026-11-26 is in the future"],
    [{ date: "someday" }, "--date: 'someday' is not a date I understand"],
  ])("refuses %j with exit 2 before opening the database", async (flags, message) => {
    const ctx = testCtx({ today: TODAY });
    await expect(add({ name: "Elaine", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    expect(ctx.opens).toBe(0);
  });

  it("says when a back-dated conversation leaves the contact overdue", async () => {
    const ctx = await withPeople(["Elaine Longmire"]);
    const logged = await add({ name: "Elaine Longmire", via: "phone", date: "2026-02-01" }, ctx);
    expect(renderLogged(logged, ctx.style, TODAY)).toBe("Logged phone with Elaine Longmire (two-way), Sun 1 Feb 2026. Next touch-base was due 2 May (207 days overdue).\n");
  });

  it("says once, at the second unanswered message in a row, that netlog stops chasing a reply", async () => {
    const ctx = await withPeople(["Sam Ortiz"]);
    const say = async (date: string, direction: { sent?: boolean; received?: boolean }) =>
      renderLogged(await add({ name: "Sam", via: "email", date, ...direction }, ctx), ctx.style, TODAY);
    expect(await say("2026-11-20", { sent: true })).toBe("Logged email with Sam Ortiz (you wrote), Fri 20 Nov 2026. Without a reply, next touch-base due 27 Nov.\n");
    expect(await say("2026-11-24", { sent: true })).toBe(
      "Logged email with Sam Ortiz (you wrote), Tue 24 Nov 2026. Next touch-base due 22 Feb 2027.\n" +
        "  That is 2 messages in a row without a reply: netlog stops reminding you of a reply from Sam Ortiz until they write.\n",
    );
    expect(await say("2026-11-25", { sent: true })).toBe("Logged email with Sam Ortiz (you wrote), today. Next touch-base due 23 Feb 2027.\n");
    expect(await say("2026-11-25", { received: true })).toBe("Logged email with Sam Ortiz (they wrote), today. Next touch-base due 23 Feb 2027.\n");
    // They wrote: the next message of yours is chased again.
    expect(await say("2026-11-25", { sent: true })).toBe("Logged email with Sam Ortiz (you wrote), today. Without a reply, next touch-base due 2 Dec.\n");
  });

  it("defaults to today and to the channel 'other', and stores the note exactly as typed", async () => {
    const ctx = await withPeople(["Elaine Longmire"]);
    await add({ name: "Elaine Longmire", note: "  ran into her at the bank \n" }, ctx);
    await add({ name: "Elaine Longmire", note: " \n " }, ctx);
    expect(await timeline(ctx, "Elaine Longmire")).toEqual([
      [TODAY, "other", null],
      [TODAY, "other", "  ran into her at the bank \n"],
    ]);
  });

  it("--new uses a contact that someone else created a moment ago instead of adding it twice", async () => {
    const ctx = testCtx({ today: TODAY });
    // Resolve "Sam Ortiz" (nobody yet), then let another netlog add him before this one writes.
    const db = ctx.db();
    const racing = { ...ctx, db: () => db };
    const pending = add({ name: "Sam Ortiz", via: "phone", new: true }, racing);
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    const logged = await pending;
    expect([logged.matchedBy, (await contactList({}, ctx)).map((s) => s.contact.name)]).toEqual(["exact", ["Sam Ortiz"]]);
  });
});
