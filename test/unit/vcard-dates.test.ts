import { describe, expect, it } from "vitest";
import { parseVcards } from "../../src/formats/vcard-read.js";

const card = (version: string, ...lines: string[]) => `BEGIN:VCARD\r\nVERSION:${version}\r\nFN:Elaine Longmire\r\n${lines.map((l) => `${l}\r\n`).join("")}END:VCARD\r\n`;
const datesOf = (text: string) => parseVcards(text)!.cards[0]!.dates;

describe("BDAY and ANNIVERSARY on a card", () => {
  it.each([
    ["4.0", "BDAY:--0414", { kind: "birthday", month: 4, day: 14, year: null }],
    ["4.0", "BDAY:1986-04-14", { kind: "birthday", month: 4, day: 14, year: 1986 }],
    ["4.0", "BDAY:19860414", { kind: "birthday", month: 4, day: 14, year: 1986 }],
    ["3.0", "BDAY:1986-04-14", { kind: "birthday", month: 4, day: 14, year: 1986 }],
    ["3.0", "BDAY:--04-14", { kind: "birthday", month: 4, day: 14, year: null }],
    ["3.0", "BDAY:1986-04-14T00:00:00Z", { kind: "birthday", month: 4, day: 14, year: 1986 }],
    // Apple's Contacts: a birthday without a year, written in the year 1604.
    ["3.0", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-14", { kind: "birthday", month: 4, day: 14, year: null }],
    ["3.0", "BDAY;VALUE=date:1604-04-14", { kind: "birthday", month: 4, day: 14, year: null }],
    ["4.0", "ANNIVERSARY:20090808T1430-0500", { kind: "anniversary", month: 8, day: 8, year: 2009 }],
  ])("vCard %s %s", (version, line, date) => {
    expect(datesOf(card(version, line))).toEqual([date]);
  });

  it("leaves out a text value and a card without dates has none", () => {
    expect(datesOf(card("4.0", "BDAY;VALUE=text:circa 1800"))).toBeUndefined();
    expect(datesOf(card("4.0", "NOTE:no birthday here"))).toBeUndefined();
  });
});
