// `contact list --json` and `contact show --json` carry every email, phone and link, the primary
// first, beside the single-value keys older scripts read (`email`, `phone`, `linkedin_url`).
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { giveValue } from "../../src/store/value-lists.js";
import { testCtx } from "../helpers/ctx.js";
import { runCli } from "../helpers/run-cli.js";

const TODAY = "2026-11-25";

async function withValues() {
  const ctx = testCtx({ today: TODAY });
  const elaine = await contactAdd({ name: "Elaine Longmire", email: ["elaine@jeffersonbank.example"], phone: ["+1 509 555 0100"], linkedin: "linkedin.com/in/elaine" }, ctx);
  await contactAdd({ name: "Sam Ortiz" }, ctx);
  await contactAdd({ name: "Ann Bell", email: ["ann@bell.example"] }, ctx);
  const db = ctx.db();
  const id = elaine.contact.id;
  giveValue(db, id, "email", { value: "elaine@jeffersonbank.example", label: "work" }, ctx.now);
  giveValue(db, id, "email", { value: "elaine.l@home.example", label: "home" }, ctx.now);
  giveValue(db, id, "email", { value: "el@old.example", label: null }, ctx.now);
  giveValue(db, id, "phone", { value: "509-555-0199", label: "work" }, ctx.now);
  giveValue(db, id, "url", { value: "https://elaine.example", label: "website" }, ctx.now);
  return ctx;
}

const ELAINE = {
  email: "elaine@jeffersonbank.example",
  email_label: "work",
  phone: "+1 509 555 0100",
  phone_label: null,
  linkedin_url: "https://www.linkedin.com/in/elaine",
  emails: [
    { value: "elaine@jeffersonbank.example", label: "work", primary: true },
    { value: "elaine.l@home.example", label: "home", primary: false },
    { value: "el@old.example", label: null, primary: false },
  ],
  phones: [
    { value: "+1 509 555 0100", label: null, primary: true },
    { value: "509-555-0199", label: "work", primary: false },
  ],
  urls: [
    { value: "https://www.linkedin.com/in/elaine", label: "linkedin", primary: true },
    { value: "https://elaine.example", label: "website", primary: false },
  ],
};

const valueKeys = ({ email, email_label, phone, phone_label, linkedin_url, emails, phones, urls }: Record<string, unknown>) => ({
  email,
  email_label,
  phone,
  phone_label,
  linkedin_url,
  emails,
  phones,
  urls,
});

describe("contact list --json and contact show --json: every email, phone and link", () => {
  it("contact list --json gives each contact its lists, the primary first, and keeps the primary in email, phone and linkedin_url", async () => {
    const ctx = await withValues();
    const result = await runCli(ctx, ["contact", "list", "--json"]);
    expect(result.error).toBeUndefined();
    const list = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(list.map((c) => c.name)).toEqual(["Ann Bell", "Elaine Longmire", "Sam Ortiz"]);
    expect(list.map(valueKeys)).toEqual([
      {
        email: "ann@bell.example",
        email_label: null,
        phone: null,
        phone_label: null,
        linkedin_url: null,
        emails: [{ value: "ann@bell.example", label: null, primary: true }],
        phones: [],
        urls: [],
      },
      ELAINE,
      { email: null, email_label: null, phone: null, phone_label: null, linkedin_url: null, emails: [], phones: [], urls: [] },
    ]);
    // Every key there was is still there, in its place: the lists come last.
    expect(Object.keys(list[0]!).slice(-4)).toEqual(["updated_at", "emails", "phones", "urls"]);
  });

  it("contact show --json gives the same lists", async () => {
    const ctx = await withValues();
    const result = await runCli(ctx, ["contact", "show", "Elaine", "--json"]);
    expect(result.error).toBeUndefined();
    const shown = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(valueKeys(shown)).toEqual(ELAINE);
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(["interactions", "timeline", "dismissals", "birthday", "dates"]));
  });

  it("contact list reads the other values in one query, however many contacts there are", async () => {
    const ctx = await withValues();
    for (let i = 0; i < 20; i++) await contactAdd({ name: `Person ${i}` }, ctx);
    const db = ctx.db();
    // Every run of a statement on contact_values prepared from now on is counted.
    let runs = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      const prepared = prepare(sql);
      if (!/\bcontact_values\b/.test(sql)) return prepared;
      for (const method of ["all", "get", "iterate"] as const) {
        const run = prepared[method].bind(prepared) as (...args: unknown[]) => unknown;
        Object.assign(prepared, { [method]: (...args: unknown[]) => (runs++, run(...args)) });
      }
      return prepared;
    }) as typeof db.prepare;
    const list = JSON.parse((await runCli(ctx, ["contact", "list", "--json"])).stdout) as Array<{ emails: unknown[] }>;
    expect([list.length, list.flatMap((c) => c.emails).length, runs]).toEqual([23, 4, 1]);
  });
});
