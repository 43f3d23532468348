// Whatever order values are given, removed and made primary in, a contact's lists stay whole: no
// value twice (as values compare), a primary whenever the kind has any value it could be, and
// every value given and not removed still there.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { normalizeLinkedinUrl } from "../../src/domain/linkedin-url.js";
import { type ValueKind, valueKey } from "../../src/domain/value-lists.js";
import { giveValue, makePrimary, otherValues, removeValue, valueLists } from "../../src/store/value-lists.js";
import { getContact } from "../../src/store/contacts.js";
import { testCtx } from "../helpers/ctx.js";

const TODAY = "2026-11-25";
const NOW = `${TODAY}T12:00:00.000Z`;

/** A few values of each kind, spelled several ways, so that the same value comes back often. */
const VALUES: Readonly<Record<ValueKind, readonly string[]>> = {
  email: ["a@x.example", "A@X.example", "b@y.example", "c@z.example"],
  phone: ["+1 509 555 0100", "+15095550100", "+1 509 555 0111", "(509) 555-0122"],
  url: ["https://www.linkedin.com/in/ann", "linkedin.com/in/ANN/", "https://www.linkedin.com/in/bo", "https://ann.example"],
};

const op = fc.record({
  action: fc.constantFrom("give", "remove", "primary"),
  kind: fc.constantFrom<ValueKind>("email", "phone", "url"),
  index: fc.nat({ max: 3 }),
  label: fc.constantFrom(null, "work", "home"),
});

describe("a contact's lists of values", () => {
  it("stay whole after any sequence of writes (200 runs)", async () => {
    const ctx = testCtx({ today: TODAY });
    await contactAdd({ name: "Ann Lee" }, ctx);
    const db = ctx.db();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        db.exec("DELETE FROM contact_values; UPDATE contacts SET email = NULL, email_label = NULL, phone = NULL, phone_label = NULL, linkedin_url = NULL");
        const expected: Record<ValueKind, Set<string>> = { email: new Set(), phone: new Set(), url: new Set() };
        for (const { action, kind, index, label } of ops) {
          const value = VALUES[kind][index]!;
          // The primary link is a LinkedIn profile: a website cannot be made it.
          if (action === "primary" && kind === "url" && !normalizeLinkedinUrl(value)) continue;
          const v = kind === "url" && normalizeLinkedinUrl(value) ? normalizeLinkedinUrl(value)! : value;
          if (action === "give") giveValue(db, 1, kind, { value, label }, NOW);
          else if (action === "remove") removeValue(db, 1, kind, value, NOW);
          else makePrimary(db, 1, kind, { value: v, label }, NOW);
          if (action === "remove") expected[kind].delete(valueKey(kind, value));
          else expected[kind].add(valueKey(kind, value));
        }
        const lists = valueLists(getContact(db, 1)!, otherValues(db, 1));
        for (const [kind, list] of [
          ["email", lists.emails],
          ["phone", lists.phones],
          ["url", lists.urls],
        ] as const) {
          const keys = list.map((v) => valueKey(kind, v.value));
          expect(new Set(keys).size).toBe(keys.length);
          expect(new Set(keys)).toEqual(expected[kind]);
          expect(list.filter((v) => v.primary).length).toBeLessThanOrEqual(1);
          // A primary whenever there is a value that can be one.
          const couldBePrimary = list.some((v) => kind !== "url" || normalizeLinkedinUrl(v.value));
          expect(list.some((v) => v.primary)).toBe(couldBePrimary);
        }
      }),
      { numRuns: 200 },
    );
  });
});
