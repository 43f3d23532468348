import { describe, expect, it } from "vitest";
import { add } from "../../src/commands/add.js";
import { contactAdd } from "../../src/commands/contact-add.js";
import { contactEdit } from "../../src/commands/contact-edit.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { importLinkedin } from "../../src/commands/import-linkedin.js";
import { tagSet } from "../../src/commands/tags.js";
import { changesJson } from "../../src/render/undo.js";
import { undo } from "../../src/commands/undo.js";
import type { ContactForm } from "../../src/context.js";
import { editedJson, renderEdited } from "../../src/render/contact-changes.js";
import { profileJson } from "../../src/render/json.js";
import { snapshot, testCtx } from "../helpers/ctx.js";
import { fileURLToPath } from "node:url";

const TODAY = "2026-11-25";
const CONNECTIONS = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));

async function withElaine(prompter?: Parameters<typeof testCtx>[0]["prompter"]) {
  const ctx = testCtx({ today: TODAY, prompter });
  await contactAdd(
    { name: "Elaine Longmire", company: "Jefferson Bank", title: "Branch Manager", email: ["elaine@jeffersonbank.example"], every: "monthly", tag: ["bankers", "spokane"] },
    ctx,
  );
  await add({ name: "Elaine", via: "phone", note: "talked about her move", date: "2026-09-10" }, ctx);
  return ctx;
}

const row = (ctx: ReturnType<typeof testCtx>, id = 1) => ctx.db().prepare("SELECT * FROM contacts WHERE id = ?").get(id) as Record<string, unknown>;

describe("netlog contact edit", () => {
  it("changes the fields given, clears the empty ones, and says what changed", async () => {
    const ctx = await withElaine();
    const edited = await contactEdit(
      {
        contact: "elaine",
        company: "Northwind Bank",
        title: "",
        email: ["  "],
        phone: ["+1 509 555 0100"],
        linkedin: "linkedin.com/in/Elaine-Longmire/",
        tag: ["investors"],
        untag: ["Bankers"],
        every: "none",
        note: "prefers calls\n  after 4pm",
      },
      ctx,
    );
    expect(renderEdited(edited, ctx.style)).toBe(
      [
        "Updated Elaine Longmire (Northwind Bank):",
        "  company: Jefferson Bank → Northwind Bank",
        "  title: Branch Manager → (none)",
        "  email: elaine@jeffersonbank.example → (none)",
        "  phone: (none) → +1 509 555 0100",
        "  linkedin: (none) → https://www.linkedin.com/in/elaine-longmire",
        "  notes: (none) → prefers calls after 4pm",
        "  cadence: 1 month → (none)",
        "  tags: bankers, spokane → investors, spokane",
        "  (its tags' cadence, or the default, applies now)",
        "",
      ].join("\n"),
    );
    expect(row(ctx)).toMatchObject({
      company: "Northwind Bank",
      title: null,
      email: null,
      phone: "+1 509 555 0100",
      linkedin_url: "https://www.linkedin.com/in/elaine-longmire",
      notes: "prefers calls\n  after 4pm",
      cadence_days: null,
      updated_at: `${TODAY}T12:00:00.000Z`,
    });
    expect(editedJson(edited)).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Elaine Longmire",
      changes: {
        company: { old: "Jefferson Bank", new: "Northwind Bank" },
        title: { old: "Branch Manager", new: null },
        email: { old: "elaine@jeffersonbank.example", new: null },
        phone: { old: null, new: "+1 509 555 0100" },
        linkedin_url: { old: null, new: "https://www.linkedin.com/in/elaine-longmire" },
        notes: { old: null, new: "prefers calls\n  after 4pm" },
        cadence_days: { old: 30, new: null },
        tags: { old: ["bankers", "spokane"], new: ["investors", "spokane"] },
      },
    });
    // The default cadence now applies: 90 days from the call on 10 Sep.
    expect(profileJson(await contactShow({ name: "elaine" }, ctx))).toMatchObject({ cadence_days: 90, cadence_source: "default", due_on: "2026-12-09" });
  });

  it("renames, with the new name found as contact add would find it", async () => {
    const ctx = await withElaine();
    const edited = await contactEdit({ contact: "Elaine Longmire", name: "  Élaine   Park " }, ctx);
    expect(renderEdited(edited, ctx.style)).toBe("Updated Élaine   Park (Jefferson Bank):\n  name: Elaine Longmire → Élaine   Park\n");
    expect(row(ctx)).toMatchObject({ name: "Élaine   Park", name_key: "elaine park" });
    expect((await contactShow({ name: "elaine park" }, ctx)).contact.name).toBe("Élaine   Park");
  });

  it("refuses a rename onto another contact's name unless --allow-duplicate, and changes nothing", async () => {
    const ctx = await withElaine();
    await contactAdd({ name: "Sam Ortiz" }, ctx);
    const before = snapshot(ctx.db());
    await expect(contactEdit({ contact: "sam", name: "elaine LONGMIRE", company: "Northwind" }, ctx)).rejects.toMatchObject({
      message: "there is already a contact named Elaine Longmire",
      hint: "if they are the same person: netlog contact merge; to keep both under one name, add --allow-duplicate",
      exitCode: 1,
    });
    expect(snapshot(ctx.db())).toEqual(before);
    await contactEdit({ contact: "sam", name: "Elaine Longmire", allowDuplicate: true }, ctx);
    expect(ctx.db().prepare("SELECT id, name_key FROM contacts ORDER BY id").all()).toEqual([
      { id: 1, name_key: "elaine longmire" },
      { id: 2, name_key: "elaine longmire" },
    ]);
  });

  it("may respell its own name (case, accents) without --allow-duplicate", async () => {
    const ctx = await withElaine();
    const edited = await contactEdit({ contact: "elaine", name: "ELAINE Longmire" }, ctx);
    expect(edited.changes).toEqual([{ field: "name", old: "Elaine Longmire", new: "ELAINE Longmire" }]);
  });

  it("writes nothing, and says so, when every value is the one it has", async () => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    const changes = () => ctx.db().prepare("SELECT count(*) FROM changes").pluck().get();
    const count = changes();
    const edited = await contactEdit({ contact: "elaine", company: " Jefferson Bank ", every: "30d", tag: ["Spokane"], phone: [""] }, ctx);
    expect(renderEdited(edited, ctx.style)).toBe("Nothing changed: Elaine Longmire (Jefferson Bank) already has these values.\n");
    expect(snapshot(ctx.db())).toEqual(before);
    expect(changes()).toBe(count);
  });

  it("changes only the tags when only tags are given", async () => {
    const ctx = await withElaine();
    const edited = await contactEdit({ contact: "elaine", tag: ["investors,Spokane"] }, ctx);
    expect(renderEdited(edited, ctx.style)).toBe("Updated Elaine Longmire (Jefferson Bank):\n  tags: bankers, spokane → bankers, investors, spokane\n");
    expect(ctx.db().prepare("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY t.key").pluck().all()).toEqual(["bankers", "investors", "spokane"]);
  });

  it("is reverted by netlog undo", async () => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    await contactEdit({ contact: "elaine", name: "Elaine Park", company: "", tag: ["investors"], untag: ["bankers"], every: "2w" }, ctx);
    expect(changesJson([await undo(ctx)])[0]!.summary).toBe("Elaine Park: name, company, cadence, tags");
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("starts tracking an imported connection given a cadence, or a tag with one", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedin({ file: CONNECTIONS }, ctx);
    const [first, second] = ctx.db().prepare("SELECT name FROM contacts WHERE tracked = 0 ORDER BY id").pluck().all() as string[];
    const edited = await contactEdit({ contact: first!, every: "6m" }, ctx);
    expect(edited.changes.at(-1)).toEqual({ field: "tracked", old: false, new: true });
    expect(renderEdited(edited, ctx.style)).toMatch(/\n {2}cadence: \(none\) → 6 months\n {2}tracked: no → yes\n$/);
    await tagSet({ name: "investors", every: "30d" }, ctx);
    await contactEdit({ contact: second!, tag: ["investors"] }, ctx);
    expect(ctx.db().prepare("SELECT name FROM contacts WHERE tracked = 1 ORDER BY id").pluck().all()).toEqual([first, second]);
  });

  it.each([
    [{ email: ["elaine(at)example"] }, "--email: 'elaine(at)example' is not an email address", 2],
    [{ linkedin: "https://example.com/elaine" }, "--linkedin: 'https://example.com/elaine' is not a LinkedIn profile URL", 2],
    [{ every: "sometimes" }, "--every: 'sometimes' is not a cadence", 2],
    [{ name: "  " }, "a contact needs a name", 2],
    [{ name: "#4" }, "'#4' looks like a contact id, not a name", 2],
    [{ tag: ["a,b\nc"] }, "'b\nc' is not a tag name", 2],
    [{ tag: ["investors"], untag: ["Investors"] }, "--tag and --untag both name 'investors'", 2],
    [{ untag: ["investors"], company: "Northwind" }, "Elaine Longmire has no tag investors", 1],
  ])("refuses %j, changing nothing", async (flags, message, exitCode) => {
    const ctx = await withElaine();
    const before = snapshot(ctx.db());
    await expect(contactEdit({ contact: "elaine", ...flags }, ctx)).rejects.toMatchObject({ message, exitCode });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("without flags and without a terminal, names the flags instead of waiting, before opening the database", async () => {
    const ctx = testCtx({ today: TODAY });
    await expect(contactEdit({ contact: "elaine" }, ctx)).rejects.toMatchObject({
      message: "what should change? contact edit needs a flag when it cannot ask",
      hint: 'pass one or more of --name, --company, --title, --email, --phone, --linkedin, --location, --met, --note, --every, --url, --tag, --untag, e.g. netlog contact edit elaine --company "Northwind Bank"',
      exitCode: 2,
    });
    expect(ctx.opens).toBe(0);
  });

  describe("on a terminal, without flags", () => {
    it("shows a form with the current values and applies what was changed, checked like the flags", async () => {
      const shown: ContactForm[] = [];
      const checks: Array<string | undefined> = [];
      const ctx = await withElaine({
        async editContact(current, check) {
          shown.push(current);
          checks.push(check("email", "not an address"), check("every", "often"), check("tags", "ok, fine"), check("every", "none"));
          return { ...current, company: "Northwind Bank", email: "", every: "2 weeks", tags: "spokane, investors" };
        },
      });
      const edited = await contactEdit({ contact: "elaine" }, ctx);
      expect(shown).toEqual([
        {
          name: "Elaine Longmire",
          company: "Jefferson Bank",
          title: "Branch Manager",
          email: "elaine@jeffersonbank.example",
          phone: "",
          linkedin: "",
          location: "",
          met: "",
          every: "1 month",
          tags: "bankers, spokane",
          note: "",
        },
      ]);
      expect(checks).toEqual([
        // The form never names the command line's flags.
        "'not an address' is not an email address (write it like elaine@example.com, or work=elaine@example.com with a label)",
        "'often' is not a cadence (use a number and a unit, like 10d, 2w, 3m or 1y, or weekly, monthly, quarterly, yearly)",
        undefined,
        undefined,
      ]);
      expect(renderEdited(edited, ctx.style)).toBe(
        [
          "Updated Elaine Longmire (Northwind Bank):",
          "  company: Jefferson Bank → Northwind Bank",
          "  email: elaine@jeffersonbank.example → (none)",
          "  cadence: 1 month → 2 weeks",
          "  tags: bankers, spokane → investors, spokane",
          "",
        ].join("\n"),
      );
    });

    it("does not ask about notes of several lines, which one line would flatten, and keeps them", async () => {
      let asked: ContactForm | undefined;
      const ctx = await withElaine({
        async editContact(current) {
          asked = current;
          return current;
        },
      });
      await contactEdit({ contact: "elaine", note: "line one\nline two" }, ctx);
      const edited = await contactEdit({ contact: "elaine" }, ctx);
      expect(asked?.note).toBeUndefined();
      expect(edited.changes).toEqual([]);
      expect(row(ctx).notes).toBe("line one\nline two");
    });
  });
});
