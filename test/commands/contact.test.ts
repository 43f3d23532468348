import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactList } from "../../src/commands/contact-list.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { renderContactAdded, renderContactList, renderProfile } from "../../src/render/contact.js";
import { contactJson, profileJson } from "../../src/render/json.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

describe("netlog contact add", () => {
  it("stores every field, normalises the LinkedIn URL and says when the first touch-base is due", async () => {
    const ctx = testCtx({ today: TODAY });
    const added = await contactAdd(
      {
        name: "  Elaine Longmire ",
        company: "Jefferson Bank",
        title: "Branch Manager",
        email: ["elaine@jeffersonbank.example"],
        phone: ["+1 509 555 0100"],
        linkedin: "linkedin.com/in/Elaine-Longmire/",
        location: "Spokane, WA",
        met: "LinkedIn",
        tag: ["banking", "Spokane,banking"],
        every: "2w",
        note: "Prefers calls after 4pm",
      },
      ctx,
    );
    expect(renderContactAdded(added, ctx.style, TODAY)).toBe("Added Elaine Longmire (Jefferson Bank). Touch base every 2 weeks. First touch-base due 9 Dec.\n");
    // As contact list --json shows it: the contact with its lists of values.
    const { uuid, created_at, updated_at, ...json } = contactJson((await contactList({}, ctx))[0]!);
    expect(json).toEqual({
      id: 1,
      name: "Elaine Longmire",
      company: "Jefferson Bank",
      title: "Branch Manager",
      email: "elaine@jeffersonbank.example",
      email_label: null,
      phone: "+1 509 555 0100",
      phone_label: null,
      linkedin_url: "https://www.linkedin.com/in/elaine-longmire",
      location: "Spokane, WA",
      met: "LinkedIn",
      notes: "Prefers calls after 4pm",
      tags: ["banking", "Spokane"],
      cadence_days: 14,
      cadence_source: "contact",
      cadence_tag: null,
      added_on: TODAY,
      last_contact: null,
      reason: "never_contacted",
      due_on: "2026-12-09",
      days_overdue: -14,
      follow_up: null,
      stage: null,
      stage_since: null,
      snoozed_until: null,
      paused: false,
      archived: false,
      tracked: true,
      emails: [{ value: "elaine@jeffersonbank.example", label: null, primary: true }],
      phones: [{ value: "+1 509 555 0100", label: null, primary: true }],
      urls: [{ value: "https://www.linkedin.com/in/elaine-longmire", label: "linkedin", primary: true }],
    });
    expect([uuid, created_at, updated_at]).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), `${TODAY}T12:00:00.000Z`, `${TODAY}T12:00:00.000Z`]);
  });

  it("refuses a second contact with the same name unless asked, and stores nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Elaine Longmire" }, ctx);
    const before = snapshot(ctx.db());
    await expect(contactAdd({ name: "elaine  LONGMIRE" }, ctx)).rejects.toMatchObject({
      message: "there is already a contact named Elaine Longmire",
      hint: "to add a second person with this name: netlog contact add NAME --allow-duplicate",
    });
    expect(snapshot(ctx.db())).toEqual(before);
    await contactAdd({ name: "Elaine Longmire", allowDuplicate: true }, ctx);
    expect((await contactList({}, ctx)).length).toBe(2);
  });

  it.each([
    [{ name: "   " }, "a contact needs a name"],
    [{ name: "A", email: ["jose.alvarez@bücher.example"] }, null],
    [{ name: "#12" }, "'#12' looks like a contact id, not a name"],
    [{ name: "A", every: "sometimes" }, "--every: 'sometimes' is not a cadence"],
    [{ name: "A", every: "0d" }, "--every: '0d' is not a cadence"],
    [{ name: "A", email: ["elaine at bank"] }, "--email: 'elaine at bank' is not an email address"],
    [{ name: "A", linkedin: "https://example.com/elaine" }, "--linkedin: 'https://example.com/elaine' is not a LinkedIn profile URL"],
    [{ name: "A", email: ["a@b..com"] }, "--email: 'a@b..com' is not an email address"],
    [{ name: "A", email: ["<a@b.com>"] }, "--email: '<a@b.com>' is not an email address"],
    [{ name: "A", email: ["mailto:a@b.com"] }, "--email: 'mailto:a@b.com' is not an email address"],
    [{ name: "\u200b" }, "a contact's name needs a letter or a digit"],
    [{ name: "\u0301\u0301" }, "a contact's name needs a letter or a digit"],
    [{ name: "x".repeat(301) }, "a name of 301 characters is too long (300 at most)"],
  ])("refuses %j with exit 2 before opening the database", async (options, message) => {
    const ctx = testCtx({ today: TODAY });
    if (message === null) return expect((await contactAdd(options, ctx)).contact.email).toBe(options.email?.[0]);
    await expect(contactAdd(options, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    expect(ctx.opens).toBe(0);
  });

  it("keeps notes exactly as typed, and shows names with control characters on one line", async () => {
    const ctx = testCtx({ today: TODAY });
    const note = "  indented code\n    more\n\n";
    const added = await contactAdd({ name: "Bob\u0007 \u001b[31mRed\u001b[0m\nSmith", company: "Acme\r\nInc", note }, ctx);
    expect(added.contact.notes).toBe(note);
    const profile = renderProfile(await contactShow({ name: "#1" }, ctx), ctx.style, TODAY);
    expect(profile.split("\n").slice(0, 7)).toEqual([
      "Bob␇ ␛[31mRed␛[0m Smith",
      "  Company   Acme Inc",
      "  Cadence   every 3 months (default)",
      "  Added     Wed 25 Nov 2026",
      "  Next due  Tue 23 Feb 2027 (due in 90 days)",
      "  Notes     indented code",
      "                more",
    ]);
    expect(added.contact.name).toBe("Bob\u0007 \u001b[31mRed\u001b[0m\nSmith");
    expect(renderContactAdded(added, ctx.style, TODAY)).toBe("Added Bob␇ ␛[31mRed␛[0m Smith (Acme Inc). Touch base every 3 months (default). First touch-base due 23 Feb 2027.\n");
  });
});

describe("netlog contact list", () => {
  it("lists by name with last touch and due status, and filters by tag in any case", async () => {
    const ctx = testCtx({ today: "2026-09-01" });
    await contactAdd({ name: "Zoë Ångström", tag: ["investors"], every: "monthly" }, ctx);
    await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", every: "monthly" }, ctx);
    await add({ name: "Elaine", via: "phone", date: "2026-09-10" }, { ...ctx, today: "2026-11-25" });
    const later = { ...ctx, today: TODAY };
    expect(renderContactList(await contactList({}, later), ctx.style, TODAY)).toBe(
      "#2  Elaine Longmire (Jefferson Bank) — last: phone, 10 Sep; 46 days overdue\n" + "#1  Zoë Ångström #investors — never contacted, added 1 Sep; 55 days overdue\n",
    );
    // Nothing to a program; on a terminal, how to start.
    const empty = testCtx({ today: TODAY });
    expect([renderContactList([], empty.style, TODAY), renderContactList([], empty.style, TODAY, true)]).toEqual([
      "",
      'No contacts yet. Add someone:\n  netlog contact add "Elaine Longmire" --every monthly\n',
    ]);
    expect((await contactList({ tag: "INVESTORS" }, later)).map((s) => s.contact.name)).toEqual(["Zoë Ångström"]);
  });

  it("treats tags that differ only in case as one, in any script", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "A One", tag: ["Ärzte"] }, ctx);
    await contactAdd({ name: "B Two", tag: ["ärzte", "ÄRZTE"] }, ctx);
    const list = await contactList({ tag: "ärztE" }, ctx);
    expect(list.map((s) => [s.contact.name, s.contact.tags])).toEqual([
      ["A One", ["Ärzte"]],
      ["B Two", ["Ärzte"]],
    ]);
  });

  it("says so when a tag is unknown", async () => {
    const ctx = testCtx({ today: TODAY });
    await expect(contactList({ tag: "golf" }, ctx)).rejects.toMatchObject({ message: "no contact is tagged 'golf'" });
  });
});

describe("netlog contact show", () => {
  it("shows the profile and the timeline newest first, same-day entries by when they were logged", async () => {
    const ctx = testCtx({ today: "2026-09-01" });
    await contactAdd({ name: "Elaine Longmire", company: "Jefferson Bank", met: "LinkedIn", every: "monthly" }, ctx);
    const later = { ...ctx, today: TODAY };
    await add({ name: "Elaine", via: "inmail", date: "2026-09-03", note: "intro" }, later);
    await add({ name: "Elaine", via: "phone", date: "2026-09-10", note: "talked about her move" }, later);
    await add({ name: "Elaine", via: "email", date: "2026-09-10" }, later);
    const profile = await contactShow({ name: "longmire" }, later);
    expect(renderProfile(profile, ctx.style, TODAY)).toBe(
      [
        "Elaine Longmire",
        "  Company   Jefferson Bank",
        "  Met       LinkedIn",
        "  Cadence   every 1 month (own)",
        "  Stage     voice (calls) since Thu 10 Sep 2026",
        "  Added     Tue 1 Sep 2026",
        "  Next due  Sat 10 Oct 2026 (46 days overdue)",
        "",
        "Last 12 months (Dec 2025 – Nov 2026)",
        "              Dec Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov",
        "  online        ·   ·   ·   ·   ·   ·   ·   ·   ·   2   ·   ·",
        "  voice         ·   ·   ·   ·   ·   ·   ·   ·   ·   1   ·   ·",
        "  in person     ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·",
        "",
        "Timeline (3 conversations)",
        "       10 Sep  → email     —",
        "       10 Sep  ↔ phone     talked about her move",
        "        3 Sep  → inmail    intro",
        "",
      ].join("\n"),
    );
    expect(profileJson(profile).interactions.map((i) => [i.id, i.date, i.channel, i.note])).toEqual([
      [3, "2026-09-10", "email", null],
      [2, "2026-09-10", "phone", "talked about her move"],
      [1, "2026-09-03", "inmail", "intro"],
    ]);
    const timeline = profileJson(profile).timeline;
    expect([timeline.length, timeline[0], timeline[9]]).toEqual([
      12,
      { month: "2025-12", online: 0, voice: 0, in_person: 0, other: 0 },
      { month: "2026-09", online: 2, voice: 1, in_person: 0, other: 0 },
    ]);
  });

  it("shows a row for `other` conversations only when there are some, and no strip before any conversation", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    expect(renderProfile(await contactShow({ name: "Sam" }, ctx), ctx.style, TODAY)).not.toContain("Last 12 months");
    await add({ name: "Sam", via: "other", date: "2026-01-15" }, ctx);
    await add({ name: "Sam", via: "conference", date: "2026-11-02" }, ctx);
    const lines = renderProfile(await contactShow({ name: "Sam" }, ctx), ctx.style, TODAY).split("\n");
    const strip = lines.indexOf("Last 12 months (Dec 2025 – Nov 2026)");
    expect(lines.slice(strip + 2, strip + 6)).toEqual([
      "  online        ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·",
      "  voice         ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·",
      "  in person     ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   1",
      "  other         ·   1   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·",
    ]);
  });

  it("never offers to create a contact, even on a terminal", async () => {
    const ctx = testCtx({ today: TODAY, prompter: {} });
    await expect(contactShow({ name: "Nobody" }, ctx)).rejects.toMatchObject({ message: "no contact matches 'Nobody'" });
  });
});
