import { describe, expect, it } from "vitest";
import { nameFoldFor } from "../../src/commands/name-fold.js";
import { asciiNameKey, isAscii } from "../../src/domain/ascii-name-key.js";
import { nameKey, transliteratedNameKey } from "../../src/domain/names.js";

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

describe("folding names for completion without the transliteration tables", () => {
  it("is nameKey on every ASCII character, alone and between letters", () => {
    for (const c of ASCII) {
      for (const text of [c, `Ab${c}Cd`, ` ${c}${c} e `]) expect(asciiNameKey(text), JSON.stringify(text)).toBe(nameKey(text));
    }
  });

  it("is nameKey on names as people write them", () => {
    for (const text of ["Elaine Longmire", "  Conan   O'Brien ", "Jean-Luc\tPicard", "D^Arcy `Smith`", "ELA"]) expect(asciiNameKey(text)).toBe(nameKey(text));
  });

  it("gives nameKey itself as soon as one text is not ASCII", async () => {
    expect(await nameFoldFor(["sor", "Sam Ortiz"])).toBe(asciiNameKey);
    expect(await nameFoldFor(["sor", "Søren Kierkegaard"])).toBe(nameKey);
    expect(await nameFoldFor(["jos\u00e9"])).toBe(nameKey);
  });
});

describe("nameKey outside ASCII", () => {
  // Latin-1, Latin Extended-A and -B, the IPA and spacing modifiers, combining marks, Greek,
  // Cyrillic, Latin Extended Additional (Vietnamese), general punctuation, letterlike symbols,
  // fullwidth forms: alone, between letters and after a base letter.
  const ranges = [
    [0x80, 0x36f],
    [0x370, 0x52f],
    [0x1e00, 0x1eff],
    [0x2000, 0x214f],
    [0xff00, 0xffef],
  ] as const;
  const characters = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));

  it("is the transliterated key of every character, whether or not it folds into ASCII", () => {
    for (const c of characters) {
      for (const text of [c, `Ab${c}Cd`, `e${c}`, ` ${c}${c} Ø `]) expect(nameKey(text), JSON.stringify(text)).toBe(transliteratedNameKey(text));
    }
  });

  it("folds names as people write them", () => {
    const names = ["José Álvarez", "Zoë  Ångström", "Søren Kierkegaard", "Łukasz Nowak", "Straße", "Nguyễn Thị Minh Khai", "Jose\u0301", "Ｊｏｓé", "Ana\u200bMaria"];
    expect(names.map(nameKey)).toEqual(["jose alvarez", "zoe angstrom", "soren kierkegaard", "lukasz nowak", "strasse", "nguyen thi minh khai", "jose", "jose", "anamaria"]);
  });
});

describe("isAscii", () => {
  it("is true of text of code points below 128 alone, and false as soon as one is not", () => {
    expect(ASCII.every(isAscii)).toBe(true);
    expect(isAscii(ASCII.join(""))).toBe(true);
    expect(isAscii("")).toBe(true);
    for (const other of ["\u0080", "\u00e9", "Jos\u00e9", "\u2019", "\u{1f600}", "\ud800", "a\udc00b", "\uffff"]) expect(isAscii(other), JSON.stringify(other)).toBe(false);
  });
});
