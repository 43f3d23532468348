import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { due } from "../../src/commands/due.js";
import { log } from "../../src/commands/log.js";
import { logEdit, logRm } from "../../src/commands/log-change.js";
import { followUp } from "../../src/commands/contact-state.js";
import { changesJson } from "../../src/render/undo.js";
import { undo, undoList } from "../../src/commands/undo.js";
import type { ConversationFields } from "../../src/domain/conversation-edit.js";
import { dueJson } from "../../src/render/json.js";
import { logJson, renderEdited, renderLog, renderRemoved } from "../../src/render/log.js";
import { snapshot, testCtx, type TestCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

/** Elaine (monthly) and Sam, four conversations: ids 1 to 4 in the order logged. */
async function withConversations(options: { prompter?: Parameters<typeof testCtx>[0]["prompter"] } = {}) {
  const ctx = testCtx({ today: TODAY, ...options });
  await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly" }, ctx);
  await contactAdd({ name: "Sam Ortiz" }, ctx);
  await add({ name: "Elaine", via: "inmail", date: "2026-09-03", note: "intro" }, ctx);
  await add({ name: "Elaine", via: "phone", date: "2026-09-10", note: "talked about her move" }, ctx);
  await add({ name: "Sam", via: "coffee", date: "2026-09-10", note: "met at the fintech meetup" }, ctx);
  await add({ name: "Elaine", via: "email", date: "2026-11-02", note: "sent the deck" }, ctx);
  return ctx;
}

const onTerminal = (ctx: TestCtx): TestCtx => ({ ...ctx, stdoutIsTTY: true });

function conversation(ctx: TestCtx, id: number) {
  return ctx.db().prepare("SELECT happened_on, channel, direction, note FROM conversations WHERE id = ?").get(id);
}

function history(ctx: TestCtx) {
  return ctx.db().prepare("SELECT last_id, last_on, last_channel, online_count, voice_count, in_person_count, voice_first FROM contact_history WHERE contact_id = 1").get();
}

describe("netlog log", () => {
  it("lists everyone's conversations newest first, the same day newest logged first, with ids", async () => {
    const ctx = await withConversations();
    expect(renderLog(await log({}, ctx), ctx.style, TODAY, false)).toBe(
      [
        "4   2 Nov  → email     Elaine Longmire  sent the deck",
        "3  10 Sep  ↔ meeting   Sam Ortiz        met at the fintech meetup",
        "2  10 Sep  ↔ phone     Elaine Longmire  talked about her move",
        "1   3 Sep  → inmail    Elaine Longmire  intro",
        "",
      ].join("\n"),
    );
  });

  it("filters by contact, date (natural ones too) and channel (synonyms too), and drops the name column for one contact", async () => {
    const ctx = await withConversations();
    const ids = async (options: Parameters<typeof log>[0]) => (await log(options, ctx)).entries.map((e) => e.id);
    expect(await ids({ name: "longm" })).toEqual([4, 2, 1]);
    expect(await ids({ since: "2026-09-10" })).toEqual([4, 3, 2]);
    expect(await ids({ since: "1 month ago" })).toEqual([4]);
    expect(await ids({ via: "coffee" })).toEqual([3]);
    expect(await ids({ name: "Elaine", via: "call", since: "2026-09-01" })).toEqual([2]);
    expect(renderLog(await log({ name: "#1", since: "sep 5" }, ctx), ctx.style, TODAY, false)).toBe(
      "4   2 Nov  → email     sent the deck\n2  10 Sep  ↔ phone     talked about her move\n",
    );
  });

  it("prints the same conversations as JSON, with the id, the uuids and the contact", async () => {
    const ctx = await withConversations();
    const [first] = logJson(await log({ json: true, via: "meeting" }, ctx));
    expect(first).toEqual({
      id: 3,
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      date: "2026-09-10",
      channel: "meeting",
      direction: "both",
      note: "met at the fintech meetup",
      created_at: `${TODAY}T12:00:00.000Z`,
      contact: { uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), name: "Sam Ortiz", company: null },
    });
  });

  it("shows 20 on a terminal and says how many more; a pipe and --json get all unless --limit", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire" }, ctx);
    for (let day = 1; day <= 23; day++) await add({ name: "Elaine", via: "email", date: `2026-10-${String(day).padStart(2, "0")}` }, ctx);
    const terminal = renderLog(await log({}, onTerminal(ctx)), ctx.style, TODAY, true).split("\n");
    expect(terminal.length).toBe(22);
    expect(terminal.slice(19)).toEqual([" 4   4 Oct  → email     Elaine Longmire  —", "… and 3 more (--limit 0 shows them all)", ""]);
    expect(renderLog(await log({ limit: "0" }, onTerminal(ctx)), ctx.style, TODAY, true).split("\n").length).toBe(24);
    expect((await log({}, ctx)).entries.length).toBe(23);
    expect(logJson(await log({ json: true }, onTerminal(ctx))).length).toBe(23);
    expect(logJson(await log({ json: true, limit: "2" }, ctx)).map((e) => e.date)).toEqual(["2026-10-23", "2026-10-22"]);
    // Cut by --limit in a pipe: no line about the rest, which a script would read as a conversation.
    expect(renderLog(await log({ limit: "2" }, ctx), ctx.style, TODAY, false).split("\n").length).toBe(3);
  });

  it("says there is nothing on a terminal, prints nothing to a pipe, and [] as JSON", async () => {
    const ctx = await withConversations();
    const none = { name: "sam", via: "phone", since: "2026-09-01" };
    expect(renderLog(await log(none, onTerminal(ctx)), ctx.style, TODAY, true)).toBe("No conversations with Sam Ortiz by phone since 1 Sep.\n");
    expect(renderLog(await log(none, ctx), ctx.style, TODAY, false)).toBe("");
    expect(logJson(await log({ ...none, json: true }, ctx))).toEqual([]);
    const empty = testCtx({ today: TODAY });
    expect(renderLog(await log({}, onTerminal(empty)), ctx.style, TODAY, true)).toBe("No conversations logged yet.\n");
  });

  it("fits a long, multi-line note with escape codes on one line of 80 columns", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Bob \u001b[31mRed\u001b[0m Smith-Wellington-Montgomery" }, ctx);
    await add({ name: "Bob", via: "phone", date: "2025-12-01", note: "Lunch at the Davenport.\n\u001b]0;pwned\u0007Her daughter starts at Gonzaga in the fall." }, ctx);
    const [line] = renderLog(await log({}, ctx), ctx.style, TODAY, false).split("\n");
    expect(line).toBe("1  1 Dec 2025  ↔ phone     Bob ␛[31mRed␛[0m…  Lunch at the Davenport.…");
    expect([...line!].length).toBeLessThanOrEqual(80);
    expect(line).not.toMatch(/\p{Cc}/u);
  });

  it("says a --since after today is past the end of the list, not that it cannot be logged", async () => {
    const ctx = testCtx({ today: TODAY });
    await expect(log({ since: "tomorrow" }, ctx)).rejects.toMatchObject({ hint: `conversations are listed up to today (${TODAY}); try --since "2 weeks ago"`, exitCode: 2 });
  });

  it.each([
    [{ since: "someday" }, "--since: 'someday' is not a date I understand"],
    [{ since: "tomorrow" }, "--since: 2026-11-26 is in the future"],
    [{ via: "pigeon" }, "--via: 'pigeon' is not a channel"],
    [{ limit: "-1" }, "--limit: '-1' is not a number of conversations"],
  ])("refuses %j before opening the database", async (options, message) => {
    const ctx = testCtx({ today: TODAY });
    await expect(log(options, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    expect(ctx.opens).toBe(0);
  });
});

describe("netlog log edit", () => {
  it("shows a corrected typo even at the end of a long note: the notes whole when they fit, else from just before the change", async () => {
    const ctx = await withConversations();
    const fits = await logEdit({ id: "4", note: "talked abuot her move to Seattle" }, ctx);
    const fixed = await logEdit({ id: "4", note: "talked about her move to Seattle" }, ctx);
    expect(renderEdited(fits, ctx.style, TODAY).split("\n")[1]).toBe("  note       sent the deck → talked abuot her move to Seattle");
    expect(renderEdited(fixed, ctx.style, TODAY).split("\n")[1]).toBe("  note       talked abuot her move to Seattle → talked about her move to Seattle");
    await logEdit({ id: "4", note: "talked abuot her move to Seattle in the spring" }, ctx);
    const twoLines = await logEdit({ id: "4", note: "talked about her move to Seattle in the spring" }, ctx);
    expect(renderEdited(twoLines, ctx.style, TODAY).split("\n").slice(1, 3)).toEqual([
      "  note       talked abuot her move to Seattle in the spring",
      "          →  talked about her move to Seattle in the spring",
    ]);
    const long = "met at the fintech meetup in Spokane, talked about her bank's move to Seattle and the new brnch";
    await logEdit({ id: "4", note: long }, ctx);
    const end = await logEdit({ id: "4", note: long.replace("brnch", "branch") }, ctx);
    expect(renderEdited(end, ctx.style, TODAY).split("\n").slice(1, 3)).toEqual([
      "  note       …talked about her bank's move to Seattle and the new brnch",
      "          →  …talked about her bank's move to Seattle and the new branch",
    ]);
    const middle = `met at the fintech meetup in Spokne, ${"and then we talked for an hour about banks ".repeat(3)}`;
    await logEdit({ id: "4", note: middle }, ctx);
    const inside = await logEdit({ id: "4", note: middle.replace("Spokne", "Spokane") }, ctx);
    expect(renderEdited(inside, ctx.style, TODAY).split("\n").slice(1, 3)).toEqual([
      "  note       …meetup in Spokne, and then we talked for an hour about banks and…",
      "          →  …meetup in Spokane, and then we talked for an hour about banks and…",
    ]);
  });

  it("changes the fields given, says what changed, and undo puts the row back", async () => {
    const ctx = await withConversations();
    const before = snapshot(ctx.db());
    const edited = await logEdit({ id: "4", date: "2026-11-20", via: "call", note: "talked about the deck" }, ctx);
    expect(renderEdited(edited, ctx.style, TODAY)).toBe(
      [
        "Changed conversation 4, now phone with Elaine Longmire (Jefferson Bank) on Fri 20 Nov 2026:",
        "  date       Mon 2 Nov 2026 → Fri 20 Nov 2026",
        "  channel    email → phone",
        "  direction  sent → two-way",
        "  note       sent the deck → talked about the deck",
        "Elaine Longmire: due in 25 days.",
        "netlog undo puts it back as it was.",
        "",
      ].join("\n"),
    );
    expect(conversation(ctx, 4)).toEqual({ happened_on: "2026-11-20", channel: "phone", direction: "both", note: "talked about the deck" });
    expect(changesJson(await undoList(ctx))[0]).toMatchObject({
      command: "log edit",
      summary: "conversation 4 with Elaine Longmire: date 2026-11-02 → 2026-11-20, channel email → phone, direction sent → two-way, note changed",
    });
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("keeps a direction that was chosen, takes the new channel's otherwise, and --note '' removes the note", async () => {
    const ctx = await withConversations();
    await logEdit({ id: "#2", via: "video" }, ctx);
    expect(conversation(ctx, 2)).toMatchObject({ channel: "video", direction: "both" });
    await logEdit({ id: "2", via: "text", received: true, note: "" }, ctx);
    expect(conversation(ctx, 2)).toEqual({ happened_on: "2026-09-10", channel: "text", direction: "received", note: null });
    await logEdit({ id: "2", via: "email" }, ctx);
    expect(conversation(ctx, 2)).toMatchObject({ channel: "email", direction: "received" });
  });

  it("says so, and records no change, when the values are the ones it has", async () => {
    const ctx = await withConversations();
    const changes = (await undoList(ctx)).length;
    const edited = await logEdit({ id: "2", date: "2026-09-10", via: "phone", twoWay: true }, ctx);
    expect(renderEdited(edited, ctx.style, TODAY)).toBe(
      "Nothing changed: conversation 2 (phone with Elaine Longmire (Jefferson Bank) on Thu 10 Sep 2026) already has these values.\n",
    );
    expect((await undoList(ctx)).length).toBe(changes);
  });

  it("a corrected date moves the contact's history, and netlog due follows", async () => {
    const ctx = await withConversations();
    // The call of 10 Sep was really on 20 Nov: Elaine is no longer due on 2 Dec, and her stage dates move.
    expect(dueJson(await due({ on: "2026-12-02" }, ctx)).map((i) => [i.name, i.reason, i.due_on])).toEqual([["Elaine Longmire", "cadence", "2026-12-02"]]);
    await logEdit({ id: "2", date: "2026-11-20" }, ctx);
    expect(history(ctx)).toEqual({ last_id: 2, last_on: "2026-11-20", last_channel: "phone", online_count: 2, voice_count: 1, in_person_count: 0, voice_first: "2026-11-20" });
    expect(dueJson(await due({ on: "2026-12-02" }, ctx))).toEqual([]);
    expect(dueJson(await due({ on: "2026-12-20" }, ctx)).find((i) => i.name === "Elaine Longmire")).toMatchObject({
      reason: "cadence",
      due_on: "2026-12-20",
      last_contact: { date: "2026-11-20" },
    });
    await undo(ctx);
    expect(history(ctx)).toEqual({ last_id: 4, last_on: "2026-11-02", last_channel: "email", online_count: 2, voice_count: 1, in_person_count: 0, voice_first: "2026-09-10" });
  });

  it("moving the conversation a follow-up was promised in does not fulfil the follow-up", async () => {
    const ctx = await withConversations();
    await add({ name: "Sam", via: "phone", date: "2026-10-01", note: "wants an intro", followUp: "2026-12-01", followUpNote: "intro to Elaine" }, ctx);
    // Logged against the wrong day: it was yesterday.
    await logEdit({ id: "5", date: "yesterday" }, ctx);
    expect(dueJson(await due({ on: "2026-12-01" }, ctx)).find((i) => i.name === "Sam Ortiz")).toMatchObject({
      reason: "follow_up",
      follow_up: { date: "2026-12-01", note: "intro to Elaine" },
    });
    // A conversation logged after the promise still fulfils it.
    await add({ name: "Sam", via: "email", note: "made the intro" }, ctx);
    expect(dueJson(await due({ on: "2026-12-01" }, ctx)).find((i) => i.name === "Sam Ortiz")).toBeUndefined();
  });

  it("leaves a follow-up that a later conversation fulfilled as done", async () => {
    const ctx = await withConversations();
    await followUp({ name: "Elaine", when: "2026-12-01", note: "send the deck" }, ctx);
    await add({ name: "Elaine", via: "email", note: "deck sent" }, ctx);
    await logEdit({ id: "2", date: "yesterday" }, ctx);
    expect(dueJson(await due({ on: "2026-12-01" }, ctx))).toEqual([]);
  });

  it("on a terminal with no flags, asks with the current values and writes the answers", async () => {
    const asked: unknown[] = [];
    const ctx = await withConversations({
      prompter: {
        async conversation(about, current, parseDate) {
          asked.push(about, current);
          return { date: await parseDate("2 days ago"), channel: "meeting", direction: "both", note: current.note };
        },
      },
    });
    const edited = await logEdit({ id: "4" }, ctx);
    expect(asked).toEqual([{ id: 4, contact: "Elaine Longmire" }, { date: "2026-11-02", channel: "email", direction: "sent", note: "sent the deck" } satisfies ConversationFields]);
    expect(edited.changes.map((c) => c.field)).toEqual(["date", "channel", "direction"]);
    expect(conversation(ctx, 4)).toEqual({ happened_on: "2026-11-23", channel: "meeting", direction: "both", note: "sent the deck" });
  });

  it.each([
    [{ id: "abc", note: "x" }, 2, "'abc' is not a conversation id"],
    [{ id: "#", note: "x" }, 2, "'#' is not a conversation id"],
    [{ id: "4" }, 2, "what should change? netlog log edit needs a flag when it cannot ask"],
    [{ id: "4", via: "pigeon" }, 2, "--via: 'pigeon' is not a channel"],
    [{ id: "4", date: "tomorrow" }, 2, "--date: 2026-11-26 is in the future"],
    [{ id: "4", sent: true, twoWay: true }, 2, "--sent, --received and --two-way exclude each other"],
    [{ id: "99", note: "x" }, 1, "no conversation has id 99"],
  ])("refuses %j and changes nothing", async (options, exitCode, message) => {
    const ctx = await withConversations();
    const before = snapshot(ctx.db());
    const changes = (await undoList(ctx)).length;
    await expect(logEdit(options, ctx)).rejects.toMatchObject({ message, exitCode });
    expect(snapshot(ctx.db())).toEqual(before);
    expect((await undoList(ctx)).length).toBe(changes);
  });
});

describe("netlog log rm", () => {
  it("removes one conversation, says what it was, and undo brings it back", async () => {
    const ctx = await withConversations();
    const before = snapshot(ctx.db());
    const removed = await logRm({ id: "4" }, ctx);
    expect(renderRemoved(removed, ctx.style, TODAY)).toBe(
      [
        "Removed conversation 4: email with Elaine Longmire (Jefferson Bank) on Mon 2 Nov 2026 — sent the deck.",
        "Elaine Longmire: 46 days overdue.",
        "netlog undo brings it back.",
        "",
      ].join("\n"),
    );
    expect(conversation(ctx, 4)).toBeUndefined();
    expect(history(ctx)).toEqual({ last_id: 2, last_on: "2026-09-10", last_channel: "phone", online_count: 1, voice_count: 1, in_person_count: 0, voice_first: "2026-09-10" });
    expect(changesJson(await undoList(ctx))[0]).toMatchObject({ command: "log rm", summary: "conversation 4: email with Elaine Longmire on 2026-11-02" });
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("opens again a follow-up the removed conversation had fulfilled", async () => {
    const ctx = await withConversations();
    await followUp({ name: "Sam", when: "2026-12-01", note: "intro to Elaine" }, ctx);
    await add({ name: "Sam", via: "email", note: "made the intro" }, ctx);
    await logRm({ id: "5" }, ctx);
    expect(dueJson(await due({ on: "2026-12-01" }, ctx)).find((i) => i.name === "Sam Ortiz")).toMatchObject({ reason: "follow_up" });
  });

  it.each([
    ["99", 1, "no conversation has id 99", "see the ids with netlog log, or netlog log NAME"],
    ["4.0", 2, "'4.0' is not a conversation id", "the ids are the first column of netlog log (or netlog log NAME)"],
  ])("refuses %s and changes nothing", async (id, exitCode, message, hint) => {
    const ctx = await withConversations();
    const before = snapshot(ctx.db());
    await expect(logRm({ id }, ctx)).rejects.toMatchObject({ message, hint, exitCode });
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
