// The morning list a thoughtful networker would write: follow-ups, replies, snoozes, pauses,
// archive, tag and default cadences, and suggestions to move from messages to a call.
import { describe, expect, it } from "vitest";
import { add, type AddOptions } from "../../src/commands/add.js";
import { contactAdd, type ContactAddOptions } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { followUp, followUpDone, setArchived, setPaused, snooze } from "../../src/commands/contact-state.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { due } from "../../src/commands/due.js";
import { configSet } from "../../src/commands/settings.js";
import { tagSet } from "../../src/commands/tags.js";
import { renderProfile } from "../../src/render/contact.js";
import { renderDue } from "../../src/render/due.js";
import { followUpList } from "../../src/commands/follow-up-list.js";
import { followUpsJson, renderFollowUps } from "../../src/render/follow-ups.js";
import { renderLogged } from "../../src/render/logged.js";
import { renderChange } from "../../src/render/review.js";
import { dueJson, profileJson } from "../../src/render/json.js";
import { testCtx } from "../helpers/ctx.js";

function world(start = "2026-09-01") {
  const ctx = testCtx({ today: start });
  const on = (today: string) => ({ ...ctx, today });
  return {
    ctx,
    on,
    contact: (options: ContactAddOptions, today = start) => contactAdd(options, on(today)),
    log: (today: string, options: AddOptions) => add(options, on(today)),
    /** The human list and the JSON, as `netlog due` on that day would print them. */
    async due(today: string, extra: { within?: string; limit?: string } = {}) {
      const report = await due(extra, on(today));
      return { text: renderDue(report, ctx.style, false), json: dueJson(report) };
    },
  };
}

describe("follow-ups", () => {
  it("a follow-up promised for next Friday shows on that Friday with its note, and is gone after the next conversation", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly" });
    // Wednesday 25 Nov: "I'll send you the deck next Friday"
    await w.log("2026-11-25", { name: "Elaine", via: "phone", note: "she wants the deck", followUp: "next friday", followUpNote: "send the deck" });
    expect((await w.due("2026-12-03")).text).toBe("");
    const friday = await w.due("2026-12-04");
    expect(friday.text).toBe("1 person due today:\n  Elaine Longmire (Jefferson Bank): follow-up due today: send the deck\n    last: phone, 25 Nov — she wants the deck\n");
    expect(friday.json.map((i) => [i.reason, i.due_on, i.follow_up])).toEqual([["follow_up", "2026-12-04", { date: "2026-12-04", note: "send the deck" }]]);
    // An email the next week fulfils it, even though it is logged after the Friday: the cadence takes over.
    await w.log("2026-12-07", { name: "Elaine", via: "email", twoWay: true, note: "sent the deck" });
    const after = await w.due("2026-12-08", { within: "60d" });
    expect(after.json.map((i) => [i.reason, i.due_on, i.follow_up])).toEqual([["cadence", "2027-01-06", null]]);
  });

  it("is never closed by a message they send; one of yours closes it and says how to reopen it", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    await w.log("2026-11-25", { name: "Elaine", via: "meeting", note: "lunch", followUp: "2026-12-04", followUpNote: "send the deck" });
    const thanks = await w.log("2026-11-26", { name: "Elaine", via: "email", received: true, note: "thanks for lunch!" });
    expect(renderLogged(thanks, w.ctx.style, "2026-11-26")).toBe("Logged email with Elaine Longmire (they wrote), today. Follow-up due 4 Dec.\n");
    expect((await w.due("2026-12-04")).json.map((i) => [i.reason, i.follow_up])).toEqual([["follow_up", { date: "2026-12-04", note: "send the deck" }]]);
    const sent = await w.log("2026-12-03", { name: "Elaine", via: "email", note: "here is the deck" });
    expect(renderLogged(sent, w.ctx.style, "2026-12-03")).toBe(
      "Logged email with Elaine Longmire (you wrote), today. Without a reply, next touch-base due 10 Dec.\n" +
        '  This closes the follow-up "send the deck" (due 4 Dec); to reopen it:\n' +
        "  netlog follow-up 'Elaine Longmire' 2026-12-04 'send the deck'\n",
    );
    expect((await w.due("2026-12-04")).json).toEqual([]);
  });

  it("--keep-follow-up keeps it open through a conversation of yours", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    await w.log("2026-11-25", { name: "Elaine", via: "meeting", followUp: "2026-12-04", followUpNote: "send the deck" });
    const kept = await w.log("2026-11-27", { name: "Elaine", via: "phone", keepFollowUp: true });
    expect(renderLogged(kept, w.ctx.style, "2026-11-27")).toBe(
      'Logged phone with Elaine Longmire (two-way), today. Follow-up due 4 Dec.\n  The follow-up "send the deck" (due 4 Dec) stays open.\n',
    );
    expect((await w.due("2026-12-04")).json.map((i) => i.reason)).toEqual(["follow_up"]);
  });

  it("a second follow-up replaces the open one and says so; on a terminal, it asks first", async () => {
    const w = world();
    await w.contact({ name: "Sam Ortiz", every: "1y" });
    await followUp({ name: "Sam", when: "2026-12-04", note: "send the deck" }, w.on("2026-11-25"));
    const replaced = await followUp({ name: "Sam", when: "2026-12-10", note: "intro to Priya" }, w.on("2026-11-25"));
    expect(renderChange(replaced)).toBe("Follow-up with Sam Ortiz on Thu 10 Dec 2026: intro to Priya. It replaces the one due Fri 4 Dec 2026: send the deck.\n");
    const asked: string[] = [];
    const terminal = testCtx({ today: "2026-11-25", dbPath: w.ctx.dbPath, prompter: { replaceFollowUp: async (name, open) => (asked.push(`${name}: ${open.note}`), false) } });
    const declined = await followUp({ name: "Sam", when: "2026-12-20", note: "lunch" }, terminal);
    expect([asked, renderChange(declined)]).toEqual([["Sam Ortiz: intro to Priya"], "Nothing changed: the follow-up with Sam Ortiz on Thu 10 Dec 2026 stands.\n"]);
    // A message they send leaves the promise open, so a new --follow-up on it would replace it.
    const logged = await add({ name: "Sam", via: "email", received: true, followUp: "2026-12-30", followUpNote: "coffee" }, terminal);
    expect(renderLogged(logged, w.ctx.style, "2026-11-25")).toBe(
      'Logged email with Sam Ortiz (they wrote), today. Follow-up due 10 Dec.\n  The follow-up "intro to Priya" (due 10 Dec) stands; the new one was not recorded.\n',
    );
  });

  it("follow-up list shows the open ones, soonest first, with dates and notes", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly" });
    await w.contact({ name: "Sam Ortiz", every: "1y" });
    await w.contact({ name: "Kim Lee", every: "1y" });
    await followUp({ name: "Sam", when: "2026-12-10", note: "intro to Priya" }, w.on("2026-11-20"));
    await followUp({ name: "Elaine", when: "2026-11-24" }, w.on("2026-11-20"));
    await followUp({ name: "Kim", when: "2026-11-30", note: "send the deck" }, w.on("2026-11-20"));
    await w.log("2026-11-22", { name: "Kim", via: "phone" });
    const report = await followUpList(w.on("2026-11-25"));
    expect(renderFollowUps(report, w.ctx.style, false)).toBe(
      ["2 open follow-ups:", "  24 Nov, 1 day overdue: Elaine Longmire (promised 20 Nov)", "  10 Dec, in 15 days: Sam Ortiz — intro to Priya (promised 20 Nov)", ""].join("\n"),
    );
    expect(followUpsJson(report).map((f) => [f.name, f.date, f.note, f.promised_on, f.days_until])).toEqual([
      ["Elaine Longmire", "2026-11-24", null, "2026-11-20", -1],
      ["Sam Ortiz", "2026-12-10", "intro to Priya", "2026-11-20", 15],
    ]);
    expect(renderFollowUps(await followUpList(testCtx({ today: "2026-11-25" })), w.ctx.style, false)).toBe("");
  });

  it("is fulfilled by a conversation before its date, but not by one dated before the promise", async () => {
    const w = world();
    await w.contact({ name: "Sam Ortiz", every: "1y" });
    await followUp({ name: "Sam", when: "2026-12-20", note: "intro to Priya" }, w.on("2026-11-25"));
    await w.log("2026-11-26", { name: "Sam", via: "text", date: "2026-11-20", note: "logged late" });
    expect((await w.due("2026-12-20")).json.map((i) => i.reason)).toEqual(["follow_up"]);
    await w.log("2026-11-27", { name: "Sam", via: "phone" });
    expect((await w.due("2026-12-20")).json).toEqual([]);
  });

  it("a follow-up promised in a back-dated conversation waits for the next one logged", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    await w.log("2026-11-20", { name: "Elaine", via: "phone", note: "today's call" });
    await w.log("2026-11-20", { name: "Elaine", via: "coffee", date: "yesterday", followUp: "next friday", followUpNote: "send the deck" });
    expect((await w.due("2026-11-27")).json.map((i) => [i.reason, i.follow_up])).toEqual([["follow_up", { date: "2026-11-27", note: "send the deck" }]]);
  });

  it("refuses a follow-up in the past, and reads a day and month as the next one", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    await expect(followUp({ name: "Elaine", when: "yesterday" }, w.on("2026-11-18"))).rejects.toMatchObject({ message: "WHEN: 2026-11-17 is in the past", exitCode: 2 });
    expect((await followUp({ name: "Elaine", when: "nov 1" }, w.on("2026-11-18"))).date).toBe("2027-11-01");
    expect((await followUp({ name: "Elaine", when: "friday" }, w.on("2026-11-18"))).date).toBe("2026-11-20");
  });

  it("follow-up done closes it without a conversation, and says so when there is none", async () => {
    const w = world();
    await w.contact({ name: "Sam Ortiz", every: "1y" });
    await followUp({ name: "Sam", when: "tomorrow" }, w.on("2026-11-25"));
    await followUpDone({ name: "Sam" }, w.on("2026-11-25"));
    expect((await w.due("2026-11-30")).json).toEqual([]);
    await expect(followUpDone({ name: "Sam" }, w.on("2026-11-25"))).rejects.toMatchObject({ message: "Sam Ortiz has no open follow-up" });
    // one fulfilled by a conversation is not open either
    await followUp({ name: "Sam", when: "2026-12-01" }, w.on("2026-11-25"));
    await w.log("2026-11-26", { name: "Sam", via: "phone" });
    await expect(followUpDone({ name: "Sam" }, w.on("2026-11-26"))).rejects.toMatchObject({ message: "Sam Ortiz has no open follow-up" });
  });
});

describe("who spoke last", () => {
  it("an InMail without an answer comes back after the reply window, and an answer clears it", async () => {
    const w = world();
    await w.contact({ name: "Priya Natarajan", every: "quarterly" });
    await w.log("2026-11-03", { name: "Priya", via: "inmail", note: "asked about the analytics role" });
    expect((await w.due("2026-11-09")).json).toEqual([]);
    const back = await w.due("2026-11-10");
    // Coming up, it says when.
    expect(renderDue(await due({ within: "7" }, w.on("2026-11-05")), w.ctx.style, false)).toContain("  Priya Natarajan: no reply to your InMail of 3 Nov, due in 5 days\n");
    // The reminder names the message, so the second line gives only what it said.
    expect(back.text).toBe("1 person due today:\n  Priya Natarajan: no reply to your InMail of 3 Nov\n    asked about the analytics role\n");
    expect(back.json.map((i) => [i.reason, i.due_on, i.last_contact?.direction])).toEqual([["no_reply", "2026-11-10", "sent"]]);
    await w.log("2026-11-12", { name: "Priya", via: "inmail", received: true });
    expect((await w.due("2026-11-20")).json).toEqual([]);
  });

  it("follows the reply-window setting", async () => {
    const w = world();
    await w.contact({ name: "Priya Natarajan", every: "quarterly" });
    await configSet({ key: "reply-window", value: "2w" }, w.ctx);
    await w.log("2026-11-03", { name: "Priya", via: "email" });
    expect((await w.due("2026-11-16")).json).toEqual([]);
    expect((await w.due("2026-11-17")).json.map((i) => i.reason)).toEqual(["no_reply"]);
  });

  it("refuses --sent with --received", async () => {
    const w = world();
    await expect(w.log("2026-11-03", { name: "X", sent: true, received: true })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe("snooze, pause and archive", () => {
  it("a snoozed contact, follow-ups too, stays hidden until its date", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    await followUp({ name: "Elaine", when: "2026-11-26", note: "call back" }, w.on("2026-11-20"));
    await snooze({ name: "Elaine", until: "2w", note: "on leave" }, w.on("2026-11-25"));
    expect((await w.due("2026-12-08")).json).toEqual([]);
    expect((await w.due("2026-12-09")).json.map((i) => [i.name, i.reason, i.snoozed_until])).toEqual([["Elaine Longmire", "follow_up", "2026-12-09"]]);
  });

  it("snoozing on 31 Jan until 'next month' wakes on 28 Feb: February is not skipped", async () => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    expect(renderChange(await snooze({ name: "Elaine", until: "next month" }, w.on("2026-01-31")))).toBe("Elaine Longmire is snoozed until Sat 28 Feb 2026.\n");
  });

  it.each([
    ["1m", "2026-01-31", "Sat 28 Feb 2026"],
    ["1 month", "2026-01-31", "Sat 28 Feb 2026"],
    ["3m", "2025-11-30", "Sat 28 Feb 2026"],
    ["1y", "2028-02-29", "Wed 28 Feb 2029"],
    ["monthly", "2026-03-31", "Thu 30 Apr 2026"],
    ["2w", "2026-01-31", "Sat 14 Feb 2026"],
  ])("snooze %s on %s wakes on %s: months and years are calendar months", async (span, today, wakes) => {
    const w = world();
    await w.contact({ name: "Elaine Longmire", every: "monthly" });
    expect(renderChange(await snooze({ name: "Elaine", until: span }, w.on(today)))).toBe(`Elaine Longmire is snoozed until ${wakes}.\n`);
  });

  it("a conversation or a follow-up ends a snooze: you are back in touch", async () => {
    const w = world();
    await w.contact({ name: "Sue Park", every: "monthly" });
    await snooze({ name: "Sue", until: "2027-01-30" }, w.on("2026-11-10"));
    await w.log("2026-11-13", { name: "Sue", via: "phone", followUp: "next friday" });
    expect((await w.due("2026-11-20")).json.map((i) => [i.reason, i.snoozed_until])).toEqual([["follow_up", null]]);
  });

  it("a message sent before a pause is not chased after resuming", async () => {
    const w = world();
    await w.contact({ name: "Pat Lee", every: "monthly" });
    await setPaused({ name: "Pat" }, true, w.on("2026-09-02"));
    await w.log("2026-09-11", { name: "Pat", via: "email" });
    await setPaused({ name: "Pat" }, false, w.on("2026-12-31"));
    expect((await w.due("2027-01-29")).json).toEqual([]);
    expect((await w.due("2027-01-30")).json.map((i) => [i.reason, i.due_on])).toEqual([["cadence", "2027-01-30"]]);
  });

  it("says so when pausing, resuming or archiving changes nothing", async () => {
    const w = world();
    await w.contact({ name: "Olga Ivanova", every: "monthly" });
    await expect(setPaused({ name: "Olga" }, false, w.ctx)).rejects.toMatchObject({ message: "Olga Ivanova is not paused" });
    await setPaused({ name: "Olga" }, true, w.ctx);
    await expect(setPaused({ name: "Olga" }, true, w.ctx)).rejects.toMatchObject({ message: "Olga Ivanova is already paused" });
    await expect(setArchived({ name: "Olga" }, false, w.ctx)).rejects.toMatchObject({ message: "Olga Ivanova is not archived" });
  });

  it("pause stops the cadence; resume restarts it from that day", async () => {
    const w = world();
    await w.contact({ name: "Sam Ortiz", every: "2w" });
    await setPaused({ name: "Sam" }, true, w.on("2026-09-02"));
    expect((await w.due("2026-12-01")).json).toEqual([]);
    await setPaused({ name: "Sam" }, false, w.on("2026-12-01"));
    expect((await w.due("2026-12-14")).json).toEqual([]);
    expect((await w.due("2026-12-15")).json.map((i) => [i.due_on, i.reason])).toEqual([["2026-12-15", "never_contacted"]]);
  });

  it("archive takes a contact off every list until a conversation brings it back", async () => {
    const w = world();
    await w.contact({ name: "Sam Ortiz", every: "1w" });
    await setArchived({ name: "Sam" }, true, w.on("2026-10-01"));
    expect((await w.due("2026-11-25")).json).toEqual([]);
    expect(await contactList({}, w.on("2026-11-25"))).toEqual([]);
    expect((await contactList({ all: true }, w.on("2026-11-25"))).map((s) => s.contact.name)).toEqual(["Sam Ortiz"]);
    await w.log("2026-11-25", { name: "Sam", via: "phone" });
    expect((await contactList({}, w.on("2026-11-25"))).map((s) => s.contact.name)).toEqual(["Sam Ortiz"]);
  });
});

describe("cadence at three levels", () => {
  it("own beats tags, the shortest tag beats the default, and contact show says which applies", async () => {
    const w = world();
    await tagSet({ name: "investors", every: "30d" }, w.ctx);
    await tagSet({ name: "Spokane", every: "2w" }, w.ctx);
    await configSet({ key: "default-cadence", value: "60d" }, w.ctx);
    await w.contact({ name: "Ann Own", tag: ["investors"], every: "1w" });
    await w.contact({ name: "Bo Tags", tag: ["investors", "spokane"] });
    await w.contact({ name: "Cy Default" });
    const show = async (name: string) => profileJson(await contactShow({ name }, w.ctx));
    expect(
      await Promise.all(["Ann", "Bo", "Cy"].map(async (n) => (({ cadence_days, cadence_source, cadence_tag }) => [cadence_days, cadence_source, cadence_tag])(await show(n)))),
    ).toEqual([
      [7, "contact", null],
      [14, "tag", "Spokane"],
      [60, "default", null],
    ]);
    const cadenceLine = async (name: string) =>
      renderProfile(await contactShow({ name }, w.ctx), w.ctx.style, "2026-09-01")
        .split("\n")
        .find((l) => l.startsWith("  Cadence"));
    expect(await Promise.all(["Ann", "Bo", "Cy"].map(cadenceLine))).toEqual([
      "  Cadence   every 1 week (own)",
      "  Cadence   every 2 weeks (tag Spokane)",
      "  Cadence   every 2 months (default)",
    ]);
  });
});

describe("from online to in person", () => {
  it("three LinkedIn exchanges over two months and no call: suggested for a call, after the due list", async () => {
    const w = world();
    await w.contact({ name: "Kim Lee", every: "1y" });
    await w.contact({ name: "Due Dan", every: "1w" });
    for (const date of ["2026-09-01", "2026-10-01", "2026-11-01"]) await w.log("2026-11-20", { name: "Kim", via: "linkedin", twoWay: true, date });
    // Offered on whole weeks since the last conversation (1 Nov): not on 25 Nov, on 29 Nov.
    expect((await w.due("2026-11-25")).json.map((i) => i.reason)).toEqual(["never_contacted"]);
    const list = await w.due("2026-11-29");
    expect(list.text).toBe(
      "1 person due today:\n  Due Dan: 82 days overdue\n    never contacted, added 1 Sep\nSuggestions:\n  Kim Lee: time for a call? 3 messages since 1 Sep, never a call\n",
    );
    expect(list.json.map((i) => [i.name, i.reason, i.stage])).toEqual([
      ["Due Dan", "never_contacted", null],
      ["Kim Lee", "suggest_call", "online"],
    ]);
    await w.log("2026-11-26", { name: "Kim", via: "video" });
    expect((await w.due("2026-11-27")).json.map((i) => i.name)).toEqual(["Due Dan"]);
    const profile = renderProfile(await contactShow({ name: "Kim" }, w.on("2026-11-27")), w.ctx.style, "2026-11-27");
    expect(profile).toContain("  Stage     voice (calls) since Thu 26 Nov 2026\n");
  });

  it("not before 60 days, and three calls without meeting suggest a meeting", async () => {
    const w = world();
    await w.contact({ name: "Kim Lee", every: "1y" });
    for (const date of ["2026-09-01", "2026-09-15", "2026-10-30"]) await w.log("2026-11-20", { name: "Kim", via: "email", twoWay: true, date });
    expect((await w.due("2026-11-25")).json).toEqual([]);
    await w.contact({ name: "Lu Voice", every: "1y" });
    for (const date of ["2026-09-01", "2026-09-15", "2026-10-30"]) await w.log("2026-11-20", { name: "Lu", via: "phone", date });
    expect((await w.due("2026-11-27")).json.map((i) => [i.name, i.reason])).toEqual([["Lu Voice", "suggest_meeting"]]);
  });
});

describe("a list a person can act on", () => {
  it("--within shows who comes up next under its own heading, after saying nobody is due", async () => {
    const w = world();
    await w.contact({ name: "Ann Soon", every: "90d" }, "2026-09-01");
    const report = await due({ within: "7d" }, w.on("2026-11-25"));
    expect(renderDue(report, w.ctx.style, true)).toBe("Nobody is due today.\nComing up:\n  Ann Soon: due in 5 days\n    never contacted, added 1 Sep\n");
    expect(renderDue(report, w.ctx.style, false)).toBe("Coming up:\n  Ann Soon: due in 5 days\n    never contacted, added 1 Sep\n");
    expect((await w.due("2026-11-25", { within: "0d" })).json).toEqual([]);
    // A bare number is days.
    expect((await w.due("2026-11-25", { within: "5" })).json.map((i) => i.name)).toEqual(["Ann Soon"]);
    expect((await w.due("2026-11-25", { within: "4" })).json).toEqual([]);
  });

  it("names an unanswered call as a call", async () => {
    const w = world();
    await w.contact({ name: "Vic Hale", every: "1y" });
    await w.log("2026-11-01", { name: "Vic", via: "phone", sent: true, note: "left a voicemail" });
    expect((await w.due("2026-11-08")).text).toContain("Vic Hale: no reply to your call of 1 Nov");
  });

  it("the daily-limit setting caps the human view", async () => {
    const w = world();
    for (const n of ["A", "B", "C"]) await w.contact({ name: `${n} Person`, every: "1w" });
    await configSet({ key: "daily-limit", value: "2" }, w.ctx);
    const { text, json } = await w.due("2026-11-25");
    expect(text.split("\n")[0]).toBe("3 people due today, 2 shown (netlog due --all lists everyone):");
    expect(text.split("\n").length).toBe(1 + 2 * 2 + 1);
    expect(json.length).toBe(3);
  });
});

describe("tag names", () => {
  it.each([
    ["#investors", "investors"],
    ["  Spokane ", "Spokane"],
  ])("tag set %j names the tag %j", async (typed, stored) => {
    const w = world();
    expect((await tagSet({ name: typed, every: "30d" }, w.ctx)).name).toBe(stored);
  });

  it.each([["a,b"], ["two\nlines"], ["x".repeat(61)], ["#"]])("refuses the tag name %j with exit 2", async (name) => {
    const w = world();
    await expect(tagSet({ name, every: "30d" }, w.ctx)).rejects.toMatchObject({ exitCode: 2 });
  });
});
