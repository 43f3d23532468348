import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bashReplies, bashReply, readTypedWord } from "../../src/domain/shell-words.js";

describe("readTypedWord", () => {
  it.each([
    ["Ela", "Ela", undefined],
    ["'Elaine Lo", "Elaine Lo", "'"],
    ['"Elaine Lo', "Elaine Lo", '"'],
    ["Elaine\\ Lo", "Elaine Lo", undefined],
    ["'Elaine Longmire'", "Elaine Longmire", undefined],
    ["Conan\\ O\\'B", "Conan O'B", undefined],
    ['"say \\"hi\\" \\n', 'say "hi" \\n', '"'],
    ["", "", undefined],
  ])("%j is %j", (word, text, openQuote) => expect(readTypedWord(word)).toEqual({ text, openQuote }));
});

describe("bashReply", () => {
  const names = [
    "Elaine Longmire",
    "Conan O'Brien",
    'Dwayne "The Rock" Johnson',
    "Ann & Bob (Acme); $5 `x` ~me",
    "José Álvarez",
    "a*b?[c]",
    // Outside ASCII and not letters: a typographic apostrophe, a no-break space, an emoji, an ideographic space.
    "Ann\u2019s Caf\u00e9 \u{1f600}",
    "Ann\u00a0Lee\u3000Ko",
  ];

  it.each(names)("%j, escaped, is read back by bash as the same name", (name) => {
    expect(execFileSync("/bin/bash", ["-c", `printf %s ${bashReply(name, undefined)}`], { encoding: "utf8" })).toBe(name);
  });

  it.each(names)("%j, inside an open quote that bash then closes, is the same name", (name) => {
    for (const quote of ["'", '"'] as const) {
      expect(execFileSync("/bin/bash", ["-c", `printf %s ${quote}${bashReply(name, quote)}${quote}`], { encoding: "utf8" })).toBe(name);
    }
  });

  it("escapes each ASCII character as it escapes it among letters of other scripts", () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    const among = (c: string) => bashReply(`é${c}`, undefined).slice(1);
    expect(ascii.map((c) => bashReply(c, undefined))).toEqual(ascii.map(among));
    expect(bashReply("Elaine Longmire", undefined)).toBe("Elaine\\ Longmire");
  });

  it("makes the replies to many texts, one a line, as it makes each", () => {
    for (const quote of [undefined, "'", '"'] as const) {
      expect(bashReplies(names, quote)).toBe(names.map((name) => bashReply(name, quote)).join("\n"));
      expect(bashReplies(["Elaine Longmire"], quote)).toBe(bashReply("Elaine Longmire", quote));
    }
    expect(() => bashReplies(["Ann", "Lee\nKo"], undefined)).toThrow(/line break/);
  });

  it("leaves letters of any script as they are, and everything else outside ASCII, which bash never splits or expands", () => {
    expect(bashReply("José Álvarez", undefined)).toBe("José\\ Álvarez");
    expect(bashReply("Ann\u2019s \u{1f600}\u00a0x", undefined)).toBe("Ann\u2019s\\ \u{1f600}\u00a0x");
  });
});
