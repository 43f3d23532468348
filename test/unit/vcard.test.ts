import { describe, expect, it } from "vitest";
import { type ExportableContact, toVcards } from "../../src/formats/vcard.js";
import { parseVcards } from "../../src/formats/vcard-read.js";
import { expectContentLines } from "../helpers/content-lines.js";
import { needs } from "../helpers/needs.js";
import { debianPython } from "../helpers/python.js";

const crlf = (...lines: string[]) => lines.map((l) => `${l}\r\n`).join("");

describe("parseVcards", () => {
  const file = crlf(
    "\uFEFFBEGIN:VCARD", // 1
    "VERSION:3.0",
    "FN:Elaine Longmire",
    "N:Longmire;Elaine;;;",
    "ORG:Jefferson Bank;Retail", // 5
    "TITLE:Branch Manager",
    "TEL;TYPE=WORK,VOICE:+1 509 555 0100",
    "EMAIL;TYPE=INTERNET:elaine@example.com",
    "URL:https://www.linkedin.com/in/elaine-longmire/",
    "CATEGORIES:investors, Spokane,", // 10: a stray space and an empty value are dropped
    "NOTE:Met at the fair\\, 2024\\; wants a follow-up\\nabout the branch",
    "  expansion \\\\ soon",
    "END:VCARD",
    "", // blank lines between cards are fine
    "BEGIN:VCARD", // 15
    "VERSION:4.0",
    "N:Ångström;Zoë;;;",
    "EMAIL:zoe@example.se",
    "END:VCARD",
    "BEGIN:VCARD", // 20
    "VERSION:4.0",
    "EMAIL:nobody@example.com",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:4.0", // 25
    "FN;bad",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Cut Off", // 30
  );

  it("reads 3.0 and 4.0 cards: folded lines, escapes, UTF-8, CRLF, a BOM; bad cards are problems with their line", () => {
    expect(parseVcards(file)).toEqual({
      cards: [
        {
          line: 1,
          name: "Elaine Longmire",
          company: "Jefferson Bank",
          title: "Branch Manager",
          email: "elaine@example.com",
          emailLabel: null,
          phone: "+1 509 555 0100",
          phoneLabel: "work",
          linkedinUrl: "https://www.linkedin.com/in/elaine-longmire",
          location: null,
          notes: "Met at the fair, 2024; wants a follow-up\nabout the branch expansion \\ soon",
          tags: ["investors", "Spokane"],
          more: [],
        },
        {
          line: 15,
          name: "Zoë Ångström",
          company: null,
          title: null,
          email: "zoe@example.se",
          emailLabel: null,
          phone: null,
          phoneLabel: null,
          linkedinUrl: null,
          location: null,
          notes: null,
          tags: [],
          more: [],
        },
      ],
      problems: [
        { line: 20, reason: "no name (FN or N)" },
        { line: 24, reason: "unreadable vCard: Invalid parameters in 'FN;bad'" },
        { line: 28, reason: "BEGIN:VCARD without END:VCARD" },
      ],
    });
  });

  it("reads LF-only files, 4.0 tel: URIs, and the first LinkedIn profile as the primary link, the other URLs after it", () => {
    const text =
      "BEGIN:VCARD\nVERSION:4.0\nFN:Sam Ortiz\nTEL;VALUE=uri:tel:+1-509-555-0199\nURL:https://example.com/sam\nURL:https://www.linkedin.com/company/ortiz\nURL:linkedin.com/in/Sam-Ortiz\nEND:VCARD\n";
    expect(parseVcards(text)?.cards.map((c) => [c.line, c.name, c.phone, c.linkedinUrl, c.more])).toEqual([
      [
        1,
        "Sam Ortiz",
        "+1-509-555-0199",
        "https://www.linkedin.com/in/sam-ortiz",
        [
          { kind: "url", value: "https://example.com/sam", label: "website" },
          { kind: "url", value: "https://www.linkedin.com/company/ortiz", label: "website" },
        ],
      ],
    ]);
  });

  it("reads an escaped backslash before a separator as a backslash, and `\\;` as `;` in any property", () => {
    const text = crlf("BEGIN:VCARD", "VERSION:4.0", "FN:Ann Bell\\\\", "ORG:Acme\\\\;Retail", "CATEGORIES:C:\\\\,b\\\\\\,c", "NOTE:a\\\\;b\\;c\\\\\\;d \\", " \\e", "END:VCARD");
    expect(parseVcards(text)?.cards.map((c) => [c.name, c.company, c.tags, c.notes])).toEqual([["Ann Bell\\", "Acme\\", ["C:\\", "b\\,c"], "a\\;b;c\\;d \\e"]]);
  });

  it("is undefined for text that is not a vCard file", () => {
    expect(parseVcards("First Name,Last Name\nElaine,Longmire\n")).toBeUndefined();
    expect(parseVcards("")).toBeUndefined();
    expect(parseVcards("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).toBeUndefined();
  });
});

const elaine: ExportableContact = {
  uuid: "6f1c2a8e-0b7d-4e43-9a51-2d9f0c3b7e10",
  name: "Elaine Longmire",
  company: "Jefferson Bank; Retail, West",
  title: "Branch Manager, Spokane",
  email: "elaine@example.com",
  phone: "+1 509 555 0100, ext. 12",
  linkedinUrl: "https://www.linkedin.com/in/elaine-longmire",
  location: 'Spokane, WA; "downtown"',
  notes: `Met at the fair; liked the idea, C:\\path\nSecond line: ${"é".repeat(60)}`,
  tags: ["investors", "Spokane, WA"],
  updatedAt: "2024-03-05T10:20:30.123Z",
};
const zoe: ExportableContact = {
  uuid: "0d9b6f4a-3c21-4f7e-8a10-5b2e9c4d1f66",
  name: "Zoë Ångström",
  company: null,
  title: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  location: null,
  notes: null,
  tags: [],
  updatedAt: "2024-03-05T10:20:30.000Z",
};
const cher: ExportableContact = { ...zoe, uuid: "b2f1e0c3-5a6d-4b7c-9e8f-0a1b2c3d4e5f", name: "Cher", email: "cher@example.com" };

describe("parseVcards of an address", () => {
  it("takes the location from ADR's LABEL, or else from its parts, as a phone writes them", () => {
    const card = (adr: string) => parseVcards(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Bell\r\n${adr}\r\nEND:VCARD\r\n`)?.cards[0]?.location;
    expect([
      card('ADR;LABEL="Spokane, WA":;;;;;;'),
      card("ADR;TYPE=HOME:;;12 Main St;Spokane;WA;99201;USA"),
      card("ADR;TYPE=WORK:;;;Lisboa;;;Portugal"),
      card("ADR:;;;;;;"),
    ]).toEqual(["Spokane, WA", "12 Main St, Spokane, WA, 99201, USA", "Lisboa, Portugal", null]);
  });
});

describe("toVcards", () => {
  it("writes vCard 4.0 with a UID URN, a five-part N, a REV without fractions, and CRLF after every line", () => {
    expect(toVcards([zoe])).toBe(crlf("BEGIN:VCARD", "VERSION:4.0", `UID:urn:uuid:${zoe.uuid}`, "FN:Zoë Ångström", "N:Ångström;Zoë;;;", "REV:20240305T102030Z", "END:VCARD"));
    expect(toVcards([])).toBe("");
  });

  it("escapes and folds (at 75 octets, never inside a UTF-8 character)", () => {
    const text = toVcards([elaine]);
    expect(text).toContain("\r\nORG:Jefferson Bank\\; Retail\\, West\r\n");
    expect(text).toContain("\r\nTEL;VALUE=TEXT:+1 509 555 0100\\, ext. 12\r\n");
    expect(text).toContain("\r\nCATEGORIES:investors,Spokane\\, WA\r\n");
    expect(text).toContain(`\r\nADR;LABEL="Spokane, WA; ^'downtown^'":;;;;;;\r\n`);
    expect(text).toContain("\r\nNOTE:Met at the fair; liked the idea\\, C:\\\\path\\nSecond line: é");
    const lines = text.split("\r\n");
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  });

  it("writes the LinkedIn profile as URL;TYPE=linkedin, and as Apple's X-SOCIALPROFILE, read back as one URL", () => {
    const sam: ExportableContact = { ...zoe, name: "Sam Ortiz", linkedinUrl: "https://www.linkedin.com/in/sam-ortiz" };
    const text = toVcards([sam]);
    expect(text).toContain("\r\nURL;TYPE=linkedin:https://www.linkedin.com/in/sam-ortiz\r\n");
    expect(text.replace(/\r\n[ \t]/g, "")).toContain("\r\nX-SOCIALPROFILE;TYPE=linkedin;VALUE=URI:https://www.linkedin.com/in/sam-ortiz\r\n");
    expect(parseVcards(text)?.cards.map((c) => c.linkedinUrl)).toEqual(["https://www.linkedin.com/in/sam-ortiz"]);
  });

  it("writes every email, phone and link with its TYPE (a free-text label as an item group's X-ABLabel), PREF=1 on the primary among several", () => {
    const kim: ExportableContact = {
      ...zoe,
      name: "Kim Lee",
      email: "kim@work.example",
      emailLabel: "work",
      phone: "+1 509 555 0101",
      phoneLabel: "mobile",
      linkedinUrl: "https://www.linkedin.com/in/kim-lee",
      others: [
        { kind: "email", value: "kim@home.example", label: "home" },
        { kind: "phone", value: "+1 509 555 0102", label: "Night line" },
        { kind: "url", value: "https://kim.example", label: "website" },
        { kind: "url", value: "https://kim.example/blog", label: "blog" },
      ],
    };
    const lines = toVcards([kim])
      .replace(/\r\n[ \t]/g, "")
      .split("\r\n");
    expect(lines.filter((l) => /^(ITEM\d+\.)?(EMAIL|TEL|URL|X-SOCIALPROFILE|X-ABLABEL)[;:]/.test(l))).toEqual([
      "EMAIL;TYPE=work;PREF=1:kim@work.example",
      "EMAIL;TYPE=home:kim@home.example",
      "TEL;TYPE=cell;PREF=1;VALUE=TEXT:+1 509 555 0101",
      "ITEM1.TEL;VALUE=TEXT:+1 509 555 0102",
      "ITEM1.X-ABLABEL:Night line",
      "URL;TYPE=linkedin;PREF=1:https://www.linkedin.com/in/kim-lee",
      "X-SOCIALPROFILE;TYPE=linkedin;VALUE=URI:https://www.linkedin.com/in/kim-lee",
      "URL:https://kim.example",
      "URL;TYPE=blog:https://kim.example/blog",
    ]);
    const [card] = parseVcards(toVcards([kim]))!.cards;
    expect([card?.email, card?.emailLabel, card?.phone, card?.phoneLabel, card?.linkedinUrl, card?.more]).toEqual([
      kim.email,
      "work",
      kim.phone,
      "mobile",
      kim.linkedinUrl,
      kim.others,
    ]);
  });

  it("writes the links of a contact without a LinkedIn profile, and an email without a label as it is", () => {
    const lines = toVcards([{ ...cher, others: [{ kind: "url", value: "https://cher.example", label: "website" }] }]).split("\r\n");
    expect(lines.filter((l) => /^(EMAIL|URL)[;:]/.test(l))).toEqual(["EMAIL:cher@example.com", "URL:https://cher.example"]);
  });

  it("round-trips through parseVcards, the location (ADR's LABEL) included", () => {
    const parsed = parseVcards(toVcards([elaine, zoe, cher]));
    expect(parsed?.problems).toEqual([]);
    expect(parsed?.cards.map(({ line: _, ...card }) => card)).toEqual(
      [elaine, zoe, cher].map(({ name, company, title, email, phone, linkedinUrl, location, notes, tags }) => ({
        name,
        company,
        title,
        email,
        emailLabel: null,
        phone,
        phoneLabel: null,
        more: [],
        linkedinUrl,
        location,
        notes,
        tags,
      })),
    );
    expect(parsed?.cards[0]?.line).toBe(1);
  });

  needs("python3-vobject").it("is readable by another implementation: Debian's python3-vobject", () => {
    expect(readWithVobject(toVcards([elaine, zoe, cher]))).toEqual([
      {
        fn: "Elaine Longmire",
        email: "elaine@example.com",
        tel: "+1 509 555 0100, ext. 12",
        org: ["Jefferson Bank; Retail, West"],
        categories: ["investors", "Spokane, WA"],
        uid: `urn:uuid:${elaine.uuid}`,
      },
      { fn: "Zoë Ångström", email: null, tel: null, org: null, categories: null, uid: `urn:uuid:${zoe.uuid}` },
      { fn: "Cher", email: "cher@example.com", tel: null, org: null, categories: null, uid: `urn:uuid:${cher.uuid}` },
    ]);
  });
});

describe("toVcards with line breaks and long lines in values", () => {
  // A company that tries to close its card and open one of its own, with bare CRs.
  const injected: ExportableContact = {
    ...cher,
    uuid: "3c0f5e1a-7b2d-4c8e-9f10-a1b2c3d4e5f6",
    name: "Ann Bell",
    company: "Acme\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:Injected Person\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:x",
  };
  // A note pasted from somewhere with Windows line ends, and a long one with no break at all.
  const pasted: ExportableContact = { ...zoe, notes: "Met at the fair.\r\nLikes tea.\rAnd cake.", title: `${"a".repeat(100)} ${"€".repeat(40)} ${"😀".repeat(30)}` };

  it("writes CR and CRLF inside a value as an escaped newline, never raw", () => {
    const text = toVcards([injected, pasted]);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("\r\nORG:Acme\\nEND:VCARD\\nBEGIN:VCARD\\nVERSION:4.0\\nFN:Injected Person\\nEND:VCARD\\nBEGIN:VCARD\\nVERSION:4.0\\nFN:x\r\n");
    expect(unfolded).toContain("\r\nNOTE:Met at the fair.\\nLikes tea.\\nAnd cake.\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds every line to at most 75 octets, the fold's space included, between whole characters", () => {
    const text = toVcards([injected, pasted]);
    expect(text.split("\r\n").filter((l) => l.startsWith(" ")).length).toBeGreaterThan(3);
    expectContentLines(text);
  });

  it("reads back through parseVcards as the same two cards, line breaks as LF", () => {
    const parsed = parseVcards(toVcards([injected, pasted]));
    expect(parsed?.problems).toEqual([]);
    expect(parsed?.cards.map((c) => [c.name, c.company, c.title, c.notes])).toEqual([
      ["Ann Bell", injected.company!.replace(/\r/g, "\n"), null, null],
      ["Zoë Ångström", null, pasted.title, "Met at the fair.\nLikes tea.\nAnd cake."],
    ]);
  });

  needs("python3-vobject").it("is read by python3-vobject as the same two cards, the whole file", () => {
    const cards = debianPython(
      "import sys, json, vobject\nprint(json.dumps([[c.fn.value, c.org.value if 'org' in c.contents else None, c.note.value if 'note' in c.contents else None, c.title.value if 'title' in c.contents else None] for c in vobject.readComponents(sys.stdin.buffer.read().decode('utf-8'))]))",
      toVcards([injected, pasted]),
    );
    expect(cards).toEqual([
      ["Ann Bell", [injected.company!.replace(/\r/g, "\n")], null, null],
      ["Zoë Ångström", null, "Met at the fair.\nLikes tea.\nAnd cake.", pasted.title],
    ]);
  });
});

/** Each card's fields as python3-vobject reads them. */
function readWithVobject(vcf: string): unknown {
  const script = `
import sys, json, vobject
def value(card, name):
    return card.contents[name][0].value if name in card.contents else None
text = sys.stdin.buffer.read().decode("utf-8")
print(json.dumps([{k: value(c, k) for k in ("fn", "email", "tel", "org", "categories", "uid")} for c in vobject.readComponents(text)]))
`;
  return debianPython(script, vcf);
}
