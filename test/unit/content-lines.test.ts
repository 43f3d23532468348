import { describe, expect, it } from "vitest";
import { contentText, foldContentLines } from "../../src/formats/content-lines.js";

describe("contentText", () => {
  it.each([
    ["Met at the fair.\r\nLikes tea.", "Met at the fair.\nLikes tea."],
    ["Acme\rEND:VCARD", "Acme\nEND:VCARD"],
    ["a\n\r\n\rb", "a\n\n\nb"],
    // tab stays (the grammars allow it); NUL, BEL, ESC, VT, FF and DEL cannot be written at all
    ["a\tb\x00c\x07d\x1b[31me\x0bf\x0cg\x7fh", "a\tbcd[31mefgh"],
    // C1 controls, bidi controls and non-BMP characters are UTF-8 like any other
    ["\u0085\u009b\u202e\u2066😀", "\u0085\u009b\u202e\u2066😀"],
  ])("%j → %j", (value, out) => {
    expect(contentText(value)).toBe(out);
  });
});

describe("foldContentLines", () => {
  const fold = (line: string) => foldContentLines(line).split("\r\n");

  it("leaves a line of 75 octets alone and folds one of 76, the space counted in 75", () => {
    expect(fold("a".repeat(75))).toEqual(["a".repeat(75)]);
    expect(fold("a".repeat(76))).toEqual(["a".repeat(75), " a"]);
    expect(fold("a".repeat(75 + 74 + 1))).toEqual(["a".repeat(75), ` ${"a".repeat(74)}`, " a"]);
  });

  it.each([
    ["é", 2],
    ["€", 3],
    ["😀", 4],
  ])("never cuts %s (%i octets) in two", (char, octets) => {
    const lines = fold(`NOTE:${char.repeat(60)}`);
    expect(
      lines
        .join("")
        .replace(/^NOTE:/, "")
        .replace(/ /g, ""),
    ).toBe(char.repeat(60));
    expect(lines[0]).toBe(`NOTE:${char.repeat(Math.floor(70 / octets))}`);
    // Each line but the last is folded only where the next character would not fit.
    for (const line of lines.slice(0, -1)) expect(Buffer.byteLength(line) + octets).toBeGreaterThan(75);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("undoes ical.js's folds first, so its 76-octet lines come out at 75", () => {
    const icalJs = `NOTE:${"a".repeat(70)}\r\n ${"a".repeat(75)}\r\n aaa\r\nEND:VCARD`;
    expect(foldContentLines(icalJs)).toBe(`NOTE:${"a".repeat(70)}\r\n ${"a".repeat(74)}\r\n ${"a".repeat(4)}\r\nEND:VCARD`);
  });
});
