import { describe, expect, it } from "vitest";
import { nameFoldFor } from "../../src/commands/name-fold.js";
import { asciiNameKey, isAscii } from "../../src/domain/ascii-name-key.js";
import { nameKey } from "../../src/domain/names.js";

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

describe("isAscii", () => {
  it("is true of text of code points below 128 alone, and false as soon as one is not", () => {
    expect(ASCII.every(isAscii)).toBe(true);
    expect(isAscii(ASCII.join(""))).toBe(true);
    expect(isAscii("")).toBe(true);
    for (const other of ["\u0080", "\u00e9", "Jos\u00e9", "\u2019", "\u{1f600}", "\ud800", "a\udc00b", "\uffff"]) expect(isAscii(other), JSON.stringify(other)).toBe(false);
  });
});
