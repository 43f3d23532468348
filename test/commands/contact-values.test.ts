// Several emails, phones and links per contact: contact add and edit, contact show, merge, the
// same-person rule of every import, and undo.
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { contactMerge } from "../../src/commands/contact-merge.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { undo } from "../../src/commands/undo.js";
import { search } from "../../src/commands/search.js";
import { renderSearch } from "../../src/render/search.js";
import { renderEdited } from "../../src/render/contact-changes.js";
import { renderProfile } from "../../src/render/contact.js";
import { samePersonFinder } from "../../src/store/same-person.js";
import { snapshot, testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";

async function withElaine() {
  const ctx = testCtx({ today: TODAY });
  await contactAdd(
    {
      name: "Elaine Longmire",
      email: ["work=elaine@jeffersonbank.example", "elaine@home.example"],
      phone: ["mobile=+1 509 555 0100", "+1 509 555 0111"],
      linkedin: "linkedin.com/in/elaine-longmire",
      url: ["blog=https://elaine.example/notes?a=b"],
    },
    ctx,
  );
  return ctx;
}

const lists = async (ctx: ReturnType<typeof testCtx>) => (await contactShow({ name: "elaine" }, ctx)).values;
const profileRows = async (ctx: ReturnType<typeof testCtx>) =>
  renderProfile(await contactShow({ name: "elaine" }, ctx), ctx.style, TODAY)
    .split("\n")
    .slice(1, 8)
    .join("\n");

describe("several emails, phones and links", () => {
  it("contact add keeps each, the first of each the primary, with its label; contact show lists them all", async () => {
    const ctx = await withElaine();
    expect(await lists(ctx)).toEqual({
      emails: [
        { value: "elaine@jeffersonbank.example", label: "work", primary: true },
        { value: "elaine@home.example", label: null, primary: false },
      ],
      phones: [
        { value: "+1 509 555 0100", label: "mobile", primary: true },
        { value: "+1 509 555 0111", label: null, primary: false },
      ],
      urls: [
        { value: "https://www.linkedin.com/in/elaine-longmire", label: "linkedin", primary: true },
        // The `=` of a URL's query is no label.
        { value: "https://elaine.example/notes?a=b", label: "blog", primary: false },
      ],
    });
    expect(await profileRows(ctx)).toBe(
      [
        "  Email     elaine@jeffersonbank.example (work)",
        "            elaine@home.example",
        "  Phone     +1 509 555 0100 (mobile)",
        "            +1 509 555 0111",
        "  LinkedIn  https://www.linkedin.com/in/elaine-longmire",
        "  Links     https://elaine.example/notes?a=b (blog)",
        "  Cadence   every 3 months (default)",
      ].join("\n"),
    );
    // The primary stays in the single column every older reader knows.
    expect(ctx.db().prepare("SELECT email, email_label, phone, phone_label FROM contacts").get()).toEqual({
      email: "elaine@jeffersonbank.example",
      email_label: "work",
      phone: "+1 509 555 0100",
      phone_label: "mobile",
    });
  });

  it("contact edit --email adds, --remove-email removes (the next becomes the primary), and the same address again changes nothing", async () => {
    const ctx = await withElaine();
    const added = await contactEdit({ contact: "elaine", email: ["old=elaine@old.example"] }, ctx);
    expect(renderEdited(added, ctx.style)).toBe(
      "Updated Elaine Longmire:\n  emails: elaine@jeffersonbank.example (work), elaine@home.example → elaine@jeffersonbank.example (work), elaine@home.example, elaine@old.example (old)\n",
    );
    // Case does not make another address; nothing is written, so nothing to undo either.
    const again = await contactEdit({ contact: "elaine", email: ["ELAINE@old.example"] }, ctx);
    expect(again.changes).toEqual([]);
    // A label typed for an address it has is that address's label now.
    const relabeled = await contactEdit({ contact: "elaine", email: ["former=elaine@old.example"] }, ctx);
    expect(relabeled.changes.map((c) => c.new)).toEqual([["elaine@jeffersonbank.example (work)", "elaine@home.example", "elaine@old.example (former)"]]);
    await contactEdit({ contact: "elaine", email: ["old=elaine@old.example"] }, ctx);
    const removed = await contactEdit({ contact: "elaine", removeEmail: ["Elaine@JeffersonBank.example"] }, ctx);
    expect(removed.changes).toEqual([
      { field: "email", old: "elaine@jeffersonbank.example", new: "elaine@home.example" },
      {
        field: "emails",
        old: ["elaine@jeffersonbank.example (work)", "elaine@home.example", "elaine@old.example (old)"],
        new: ["elaine@home.example", "elaine@old.example (old)"],
      },
    ]);
    expect((await lists(ctx)).emails).toEqual([
      { value: "elaine@home.example", label: null, primary: true },
      { value: "elaine@old.example", label: "old", primary: false },
    ]);
    // An empty --email clears the primary, as it cleared the one email before: the next takes its place.
    await contactEdit({ contact: "elaine", email: [""] }, ctx);
    expect((await lists(ctx)).emails).toEqual([{ value: "elaine@old.example", label: "old", primary: true }]);
  });

  it("--linkedin replaces the primary profile; --url adds another link; --remove-url and --remove-phone remove", async () => {
    const ctx = await withElaine();
    await contactEdit({ contact: "elaine", linkedin: "https://www.linkedin.com/in/elaine-l2/", url: ["https://www.linkedin.com/in/elaine-old"] }, ctx);
    await contactEdit({ contact: "elaine", removeUrl: ["https://elaine.example/notes?a=b"], removePhone: ["+15095550111"] }, ctx);
    const { urls, phones } = await lists(ctx);
    expect(urls).toEqual([
      { value: "https://www.linkedin.com/in/elaine-l2", label: "linkedin", primary: true },
      { value: "https://www.linkedin.com/in/elaine-old", label: "linkedin", primary: false },
    ]);
    expect(phones).toEqual([{ value: "+1 509 555 0100", label: "mobile", primary: true }]);
  });

  it.each([
    [{ removeEmail: ["nobody@example.com"] }, "Elaine Longmire has no email nobody@example.com", 1],
    [{ email: ["work=not an address"] }, "--email: 'not an address' is not an email address", 2],
    [{ phone: ["mobile=call me"] }, "--phone: 'call me' is not a phone number", 2],
    [{ url: ["ftp://x"] }, "--url: 'ftp://x' is not a web address", 2],
    [{ email: ["a@b.example"], removeEmail: ["A@b.example"] }, "--email and --remove-email both name 'a@b.example'", 2],
    [{ removeEmail: [""] }, "--remove-email needs the email to remove", 2],
  ])("refuses %j, changing nothing", async (flags, message, exitCode) => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    await expect(contactEdit({ contact: "elaine", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("the hint of a value to remove lists the ones it has", async () => {
    const ctx = await withElaine();
    await expect(contactEdit({ contact: "elaine", removePhone: ["+1 000 000 0000"] }, ctx)).rejects.toMatchObject({
      hint: "its phones: +1 509 555 0100 (mobile), +1 509 555 0111",
    });
  });

  it("an import finds the person by a second email or phone, as by the first", async () => {
    const ctx = await withElaine();
    const db = ctx.db();
    const finder = samePersonFinder(db);
    expect(finder.find({ email: "Elaine@Home.example" })?.id).toBe(1);
    expect(finder.find({ phone: "(509) 555-0111".replace("(509) ", "+1 509 ") })?.id).toBe(1);
    expect(finder.find({ more: [{ kind: "email", value: "elaine@home.example" }] })?.id).toBe(1);
    // A website is shared by a company's people: never a key.
    expect(finder.find({ more: [{ kind: "url", value: "https://elaine.example/notes?a=b" }] })).toBeUndefined();
  });

  it("merging two contacts keeps both emails, and an import matching the other's finds the kept one", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz", email: ["sam@northwind.example"] }, ctx);
    await contactAdd({ name: "Samuel Ortiz", email: ["home=sam@ortiz.example", "sam@NORTHWIND.example"], phone: ["+1 509 555 0199"] }, ctx);
    const merged = await contactMerge({ keep: "Sam Ortiz", other: "Samuel Ortiz", yes: true }, ctx);
    expect(merged.dropped).toEqual([]);
    const { emails, phones } = (await contactShow({ name: "Sam Ortiz" }, ctx)).values;
    expect(emails).toEqual([
      { value: "sam@northwind.example", label: null, primary: true },
      { value: "sam@ortiz.example", label: "home", primary: false },
    ]);
    expect(phones).toEqual([{ value: "+1 509 555 0199", label: null, primary: true }]);
    expect(samePersonFinder(ctx.db()).find({ email: "sam@ortiz.example" })?.id).toBe(1);
    // Undo brings both records back as they were.
    await undo(ctx);
    expect((await contactShow({ name: "Samuel Ortiz" }, ctx)).values.emails.map((e) => e.value)).toEqual(["sam@ortiz.example", "sam@NORTHWIND.example"]);
    expect((await contactShow({ name: "Sam Ortiz" }, ctx)).values.emails.map((e) => e.value)).toEqual(["sam@northwind.example"]);
  });

  it("netlog search finds a contact by any email, phone or link, and says where", async () => {
    const ctx = await withElaine();
    await contactAdd({ name: "Sam Ortiz", email: ["sam@northwind.example"] }, ctx);
    const names = async (text: string) => (await search({ text }, ctx)).results.map((r) => r.contact.name);
    expect(await names("elaine@home.example")).toEqual(["Elaine Longmire"]);
    expect(await names("555 0111")).toEqual(["Elaine Longmire"]);
    expect(await names("northwind")).toEqual(["Sam Ortiz"]);
    expect(renderSearch(await search({ text: "home.example" }, ctx), ctx.style, TODAY)).toContain("addresses: ");
    // A value added later is found too; one removed is not.
    await contactEdit({ contact: "elaine", email: ["elaine@later.example"], removeEmail: ["elaine@home.example"] }, ctx);
    expect(await names("later")).toEqual(["Elaine Longmire"]);
    expect(await names("elaine@home.example")).toEqual([]);
  });

  it("the edit form shows the primary email and phone; a new answer replaces the primary, and the others stay", async () => {
    const ctx = await withElaine();
    let shown: Record<string, string | undefined> = {};
    const terminal = testCtx({
      today: TODAY,
      dbPath: ctx.dbPath,
      prompter: {
        async editContact(current) {
          shown = { ...current };
          return { ...current, email: "elaine@numerica.example", phone: "" };
        },
      },
    });
    await contactEdit({ contact: "elaine" }, terminal);
    expect([shown.email, shown.phone, shown.linkedin]).toEqual(["elaine@jeffersonbank.example", "+1 509 555 0100", "https://www.linkedin.com/in/elaine-longmire"]);
    const { emails, phones } = await lists(ctx);
    expect(emails).toEqual([
      { value: "elaine@numerica.example", label: null, primary: true },
      { value: "elaine@home.example", label: null, primary: false },
    ]);
    // An emptied phone is the primary removed: the next takes its place.
    expect(phones).toEqual([{ value: "+1 509 555 0111", label: null, primary: true }]);
  });

  it("merging moves the other's planned meetings and job history, one meeting both have kept once", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    await contactAdd({ name: "Samuel Ortiz" }, ctx);
    const db = ctx.db();
    db.exec(`INSERT INTO planned_meetings (uuid, contact_id, planned_on, channel, note, source_key, created_at)
               VALUES ('p1', 1, '2026-12-10', 'meeting', 'coffee', 'ics:a', 'x'), ('p2', 2, '2026-12-10', 'meeting', 'coffee', 'ics:a', 'x'), ('p3', 2, '2026-12-17', 'video', '1:1', 'ics:b', 'x');
             INSERT INTO contact_roles (uuid, contact_id, company, noticed_on, created_at) VALUES ('r1', 2, 'Numerica', '2026-11-20', 'x');`);
    await contactMerge({ keep: "Sam Ortiz", other: "Samuel Ortiz", yes: true }, ctx);
    expect(db.prepare("SELECT uuid, contact_id FROM planned_meetings ORDER BY uuid").all()).toEqual([
      { uuid: "p1", contact_id: 1 },
      { uuid: "p3", contact_id: 1 },
    ]);
    expect(db.prepare("SELECT uuid, contact_id FROM contact_roles").all()).toEqual([{ uuid: "r1", contact_id: 1 }]);
  });

  it("undo of an edit puts the lists back", async () => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    await contactEdit({ contact: "elaine", email: ["x@y.example"], removePhone: ["+1 509 555 0100"] }, ctx);
    await undo(ctx);
    expect(snapshot(ctx.db())).toEqual(before);
  });
});
