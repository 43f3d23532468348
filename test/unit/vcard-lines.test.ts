// Cards as Outlook, Android, Apple and Gmail write them, cut down to the lines that matter: what
// ical.js refused or misread before vcard-lines.ts shaped them.
import { describe, expect, it } from "vitest";
import { decodeQuotedPrintable } from "../../src/formats/quoted-printable.js";
import { parseVcards } from "../../src/formats/vcard-read.js";

const card = (...lines: string[]) => `BEGIN:VCARD\r\n${lines.join("\r\n")}\r\nEND:VCARD\r\n`;

function read(text: string) {
  const skipped = new Map<string, number>();
  const { cards, problems } = parseVcards(text, skipped)!;
  return { cards: cards.map(({ line: _, tags: __, ...c }) => c), problems, skipped: Object.fromEntries(skipped) };
}

const none = { company: null, title: null, email: null, emailLabel: null, phone: null, phoneLabel: null, linkedinUrl: null, location: null, notes: null, more: [] };

describe("vCards of the programs that write them", () => {
  it("reads 2.1: bare types, quoted-printable UTF-8 and Latin-1, soft line breaks, several NOTEs", () => {
    const text = card(
      "VERSION:2.1",
      "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=85str=C3=B6m;J=C3=B6rg;;;",
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg =C3=85str=C3=B6m",
      "ORG;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:M=F6bel, L=E4den;Einkauf",
      "EMAIL;PREF;INTERNET:jorg@example.se",
      "TEL;WORK;VOICE:+46 8 555 0100",
      "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the fair=0D=0A=",
      "likes tea=2C not coffee",
      "NOTE:C:\\temp, second note",
    );
    expect(read(text)).toEqual({
      cards: [
        {
          ...none,
          name: "Jörg Åström",
          company: "Möbel, Läden",
          email: "jorg@example.se",
          phone: "+46 8 555 0100",
          phoneLabel: "work",
          notes: "Met at the fair\nlikes tea, not coffee\nC:\\temp, second note",
        },
      ],
      problems: [],
      skipped: {},
    });
  });

  it("reads the LinkedIn profile of Apple's X-SOCIALPROFILE (another profile is skipped) and of Gmail's item group with an escaped colon", () => {
    const apple = card(
      "VERSION:3.0",
      "FN:Ann Bell",
      "X-SOCIALPROFILE;type=twitter:https://twitter.com/annbell",
      "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/ann-bell",
    );
    const gmail = card("VERSION:3.0", "FN:Bo Chu", "item3.URL:https\\://www.linkedin.com/in/bo-chu", "item3.X-ABLabel:LinkedIn", "NOTE:Favotire Color\\: Blue");
    expect(read(apple + gmail)).toEqual({
      cards: [
        { ...none, name: "Ann Bell", linkedinUrl: "https://www.linkedin.com/in/ann-bell" },
        { ...none, name: "Bo Chu", linkedinUrl: "https://www.linkedin.com/in/bo-chu", notes: "Favotire Color: Blue" },
      ],
      problems: [],
      skipped: { "X-SOCIALPROFILE": 1 },
    });
  });

  it("reads every email, phone and link with its label; the preferred is the primary (4.0 lowest PREF, 3.0 TYPE=pref, 2.1 bare PREF)", () => {
    const v4 = card("VERSION:4.0", "FN:Ann Bell", "EMAIL;TYPE=home:ann@home.example", "EMAIL;PREF=2;TYPE=work:ann@work.example", "EMAIL;PREF=1:ann@best.example");
    const v3 = card(
      "VERSION:3.0",
      "FN:Bo Chu",
      "TEL;TYPE=HOME,FAX:555 0100",
      "item1.TEL;type=pref:555 0101",
      "item1.X-ABLabel:_$!<Mobile>!$_",
      "item2.EMAIL:bo@example.com",
      "item2.X-ABLabel:Old\\, ^rarely^n read",
      "URL;TYPE=WORK:https://bo.example",
    );
    const v21 = card("VERSION:2.1", "FN:Cy Dee", "TEL;HOME:555 0200", "TEL;CELL;PREF:555 0201", "EMAIL:cy@example.com", "EMAIL:n/a");
    const { cards, skipped } = read(v4 + v3 + v21);
    expect(cards.map((c) => [c.email, c.emailLabel, c.phone, c.phoneLabel, c.more])).toEqual([
      [
        "ann@best.example",
        null,
        null,
        null,
        [
          { kind: "email", value: "ann@home.example", label: "home" },
          { kind: "email", value: "ann@work.example", label: "work" },
        ],
      ],
      [
        "bo@example.com",
        "Old, ^rarely^n read",
        "555 0101",
        "mobile",
        [
          { kind: "phone", value: "555 0100", label: "fax" },
          { kind: "url", value: "https://bo.example", label: "work" },
        ],
      ],
      ["cy@example.com", null, "555 0201", "mobile", [{ kind: "phone", value: "555 0200", label: "home" }]],
    ]);
    // An other email that is no address is skipped, and counted.
    expect(skipped).toEqual({ EMAIL: 1 });
  });

  it("reads DAVx5's labels: a custom one as an x- type or a named item group's X-ABLabel", () => {
    // In the shape of DAVx5's cards (vcard4android's test cards are GPL-3.0: not copied here).
    const davx5 = card(
      "VERSION:3.0",
      "FN:Dee Ess",
      "item1.TEL;TYPE=voice,home,pref,x-useless:+49 555 0100",
      "item1.X-ABLabel:Useless",
      "TEL;TYPE=x-aunt:+49 555 0101",
      "EMAIL;TYPE=home,pref:dee@home.example",
      "workEmail.EMAIL;TYPE=work:dee@work.example",
      "workEmail.X-ABLabel:@work",
      "URL:https://dee.example/",
      "blog.URL;TYPE=x-blog:https://dee.example/blog",
    );
    expect(read(davx5).cards.map((c) => [c.email, c.emailLabel, c.phone, c.phoneLabel, c.more])).toEqual([
      [
        "dee@home.example",
        "home",
        "+49 555 0100",
        "Useless",
        [
          { kind: "email", value: "dee@work.example", label: "@work" },
          { kind: "phone", value: "+49 555 0101", label: "aunt" },
          { kind: "url", value: "https://dee.example/", label: "website" },
          { kind: "url", value: "https://dee.example/blog", label: "blog" },
        ],
      ],
    ]);
  });

  it("skips a photo, an X- property and a broken parameter, naming each, and keeps the person", () => {
    const text = card(
      "VERSION:2.1",
      "FN:Cy Dee",
      "PHOTO;ENCODING=BASE64;JPEG:",
      "/9j/4AAQSkZJRgABAQAAAQABAAD",
      "2wBDAAIBAQEBAQIBAQE==",
      "",
      "X-FOO:bar",
      "TITLE;=x:Boss",
      "ORG:Acme;Retail",
      "EMAIL:cy@example.com",
      "PHOTO;BASE64:",
      "  AAAA",
    );
    expect(read(text)).toEqual({ cards: [{ ...none, name: "Cy Dee", company: "Acme", email: "cy@example.com" }], problems: [], skipped: { PHOTO: 2, "X-FOO": 1, TITLE: 1 } });
  });

  it("names a skipped property of a very long name by its first 40 characters", () => {
    expect(read(card("VERSION:3.0", "FN:Ed Fry", `X-${"Y".repeat(500)}:z`)).skipped).toEqual({ [`X-${"Y".repeat(38)}…`]: 1 });
  });

  it("never quotes more than the start of a value in an error", () => {
    const photo = "A".repeat(100_000);
    const { problems } = read(card("VERSION:3.0", `FN;X="unclosed:${photo}`) + card("VERSION:3.0", "FN:Di Eng", `EMAIL:${photo}`));
    expect(problems).toEqual([
      { line: 1, reason: `unreadable vCard: invalid line (no matching double quote) ";X="unclosed:${"A".repeat(26)}…` },
      { line: 5, reason: `'${"A".repeat(60)}…' is not an email address` },
    ]);
  });

  it("decodes quoted-printable bytes in the charset named, and leaves a stray = as it is", () => {
    expect(decodeQuotedPrintable("J=C3=B6rg")).toBe("Jörg");
    expect(decodeQuotedPrintable("J=F6rg", "ISO-8859-1")).toBe("Jörg");
    expect(decodeQuotedPrintable("1=2 ✓")).toBe("1=2 ✓");
    expect(decodeQuotedPrintable("x", "no-such-charset")).toBeUndefined();
  });
});
