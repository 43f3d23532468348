// Property test: any text netlog holds goes out in a vCard and comes back as the same text, in
// as many cards as there were contacts, through netlog's own importer and python3-vobject.
//
// What the format changes, by design:
// - CR and CRLF become LF: a vCard value has one escaped newline, `\n` (content-lines.ts).
// - C0 controls but tab and LF, and DEL, are left out: no vCard value can hold them.
// What netlog's importer changes (formats/vcard.ts readCard): values are trimmed, and an empty
// one is absent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagName } from "../../src/commands/fields.js";
import { nameKey } from "../../src/domain/names.js";
import { type ExportableContact, toVcards } from "../../src/formats/vcard.js";
import { parseVcards } from "../../src/formats/vcard-read.js";
import { nameProblem } from "../../src/domain/contact-values.js";
import { valueKey } from "../../src/domain/value-lists.js";
import { expectContentLines } from "../helpers/content-lines.js";
import { hostileText } from "../helpers/hostile-text.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

/** What the format keeps of a value. */
const inVcard = (value: string) => value.replace(/\r\n?/g, "\n").replace(/[\x00-\x08\x0B-\x1F\x7F]/g, "");
/** And what netlog's importer reads of it. */
const imported = (value: string | null) => {
  const text = value === null ? "" : inVcard(value).trim();
  return text === "" ? null : text;
};

const optional = fc.option(hostileText(), { nil: null });
/** Only what `--tag` lets in is ever stored as a tag: no commas, no controls, a letter or digit. */
const isTag = (tag: string) => {
  try {
    return tagName(tag) === tag;
  } catch {
    return false;
  }
};
const contactArb = (i: number): fc.Arbitrary<ExportableContact> =>
  fc
    .record({
      // Only what the flags let in is ever stored, and import vcard checks the same rules.
      name: hostileText().filter((name) => imported(name) !== null && nameProblem(imported(name)!) === undefined),
      company: optional,
      title: optional,
      email: fc.option(fc.emailAddress(), { nil: null }),
      phone: optional,
      location: optional,
      notes: optional,
      tags: fc.uniqueArray(hostileText(6).filter(isTag), { maxLength: 3, selector: nameKey }),
    })
    .map((c) => ({ ...c, uuid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, linkedinUrl: null, updatedAt: "2026-03-31T12:00:00.000Z" }));
const contactsArb = (max: number) => fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => contactArb(i))));

describe("vCard export, property", () => {
  it("comes back through netlog's importer as the same contacts, one card each, in lines of at most 75 octets", () => {
    fc.assert(
      fc.property(contactsArb(5), (contacts) => {
        const text = toVcards(contacts);
        expectContentLines(text);
        const parsed = parseVcards(text);
        expect(parsed?.problems).toEqual([]);
        // One email and one phone each, without labels: the primary, and no others.
        expect(parsed?.cards.map(({ line: _, linkedinUrl: __, emailLabel: ___, phoneLabel: ____, more: _____, ...card }) => card)).toEqual(
          contacts.map((c) => ({
            name: imported(c.name),
            company: imported(c.company),
            title: imported(c.title),
            email: imported(c.email),
            phone: imported(c.phone),
            location: imported(c.location),
            notes: imported(c.notes),
            tags: c.tags,
          })),
        );
        expect(parsed?.cards.map((card) => [card.emailLabel, card.phoneLabel, card.more])).toEqual(contacts.map(() => [null, null, []]));
      }),
      { numRuns: 200 },
    );
  });

  it("carries every email, phone and link with its label, the primary first, through netlog's importer", () => {
    const label = fc.option(fc.constantFrom("work", "home", "mobile", "fax", "blog", "aunt Lee", "Büro ^2"), { nil: null });
    const phone = fc.stringMatching(/^\+?[0-9][0-9 ()-]{4,14}[0-9]$/);
    const url = fc.webUrl({ validSchemes: ["https"] }).filter((u) => !u.includes("linkedin"));
    const withValues = fc
      .record({
        email: fc.emailAddress(),
        emailLabel: label,
        phone,
        phoneLabel: label,
        // netlog holds a value once (as values compare): no two of a kind share a key.
        others: fc.uniqueArray(
          fc.oneof(
            fc.record({ kind: fc.constant("email" as const), value: fc.emailAddress(), label }),
            fc.record({ kind: fc.constant("phone" as const), value: phone, label }),
            fc.record({ kind: fc.constant("url" as const), value: url, label }),
          ),
          { maxLength: 5, selector: (o) => `${o.kind} ${valueKey(o.kind, o.value)}` },
        ),
      })
      .filter(
        (v) =>
          !v.others.some(
            (o) =>
              (o.kind === "email" && valueKey("email", o.value) === valueKey("email", v.email)) ||
              (o.kind === "phone" && valueKey("phone", o.value) === valueKey("phone", v.phone)),
          ),
      );
    fc.assert(
      fc.property(withValues, (v) => {
        const contact: ExportableContact = {
          ...v,
          uuid: "00000000-0000-4000-8000-000000000001",
          name: "Ann Lee",
          company: null,
          title: null,
          linkedinUrl: null,
          location: null,
          notes: null,
          tags: [],
          updatedAt: "2026-03-31T12:00:00.000Z",
        };
        const [card] = parseVcards(toVcards([contact]))!.cards;
        expect([card!.email, card!.emailLabel, card!.phone, card!.phoneLabel]).toEqual([v.email, v.emailLabel, v.phone, v.phoneLabel]);
        // Each kind in its order (a card lists its emails, then phones, then links); a URL without
        // a label comes back as what it is, a website.
        const byKind = (kind: string) => (o: { kind: string }) => o.kind === kind;
        const expected = v.others.map((o) => ({ ...o, label: o.label ?? (o.kind === "url" ? "website" : null) }));
        for (const kind of ["email", "phone", "url"]) expect(card!.more.filter(byKind(kind))).toEqual(expected.filter(byKind(kind)));
        expect(card!.more).toHaveLength(expected.length);
      }),
      { numRuns: 200 },
    );
  });

  // vobject splits a structured ORG on `;` and CATEGORIES on `,`, unescaping both, and keeps the
  // rest as written, untrimmed. It does not know RFC 6868, which escapes `^`, `"` and newlines in
  // a parameter such as the location's LABEL, so it reports those escapes as written.
  const rfc6868 = (value: string) => value.replace(/[\^"\n]/g, (c) => ({ "^": "^^", '"': "^'", "\n": "^n" })[c]!);
  const READ = `
import sys, json, vobject
def values(card, name):
    return [p.value for p in card.contents.get(name, [])]
text = sys.stdin.buffer.read().decode("utf-8")
print(json.dumps([{k: values(c, k) for k in ("uid", "fn", "org", "title", "email", "tel", "note", "categories")} | {"label": [p.params.get("LABEL") for p in c.contents.get("adr", [])]} for c in vobject.readComponents(text)]))
`;

  needs("python3-vobject").it("is read by python3-vobject as the same values, one card each", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(contactsArb(40), (contacts) => {
        const cards = debianPython(READ, toVcards(contacts));
        const one = (value: string | null) => (value ? [inVcard(value)] : []);
        expect(cards).toEqual(
          contacts.map((c) => ({
            uid: [`urn:uuid:${c.uuid}`],
            fn: [inVcard(c.name)],
            org: c.company ? [[inVcard(c.company)]] : [],
            title: one(c.title),
            email: one(c.email),
            tel: one(c.phone),
            note: one(c.notes),
            categories: c.tags.length ? [c.tags.map(inVcard)] : [],
            // netlog doubles a backslash in LABEL for ical.js, and vobject shows what is written.
            label: c.location && inVcard(c.location) ? [[rfc6868(inVcard(c.location).replace(/\\/g, "\\\\"))]] : [],
          })),
        );
      }),
      { numRuns: 5 },
    );
  });
});
