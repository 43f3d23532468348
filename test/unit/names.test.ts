import { describe, expect, it } from "vitest";
import { matchName, nameKey, transliteratedNameKey } from "../../src/domain/names.js";

const people = [
  "Elaine Longmire",
  "Elaine Park",
  "José Álvarez",
  "Zoë Ångström",
  "Bob Smith",
  "Bob Smithers",
  "Rob Stone",
  "Søren Kierkegaard",
  "Jürgen Straße",
  "Łukasz Żółć",
  "Mary-Jane Watson",
  "李小龙",
].map((name) => ({ name }));
const names = (query: string) => {
  const { kind, matches } = matchName(query, people);
  return [kind, matches.map((m) => m.name)];
};

describe("nameKey", () => {
  it.each([
    ["  Zoë   ÅNGSTRÖM ", "zoe angstrom"],
    ["Søren Kierkegaard", "soren kierkegaard"],
    ["Jürgen Straße", "jurgen strasse"],
    ["Łukasz Żółć", "lukasz zolc"],
    ["Æsa Đorđević", "aesa dordevic"],
    ["李小龙", "李小龙"],
    ["Elaine\u200b Longmire\u200d", "elaine longmire"],
  ])("folds %j to %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("nameKey on plain ASCII, folded without the transliteration tables", () => {
  const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

  it("folds every ASCII character, alone and between letters, as the transliteration does", () => {
    for (const c of ascii) {
      for (const text of [c, `Ab${c}Cd`, ` ${c}${c} e `]) expect(nameKey(text), JSON.stringify(text)).toBe(transliteratedNameKey(text));
    }
  });

  it("folds names as people write them as the transliteration does", () => {
    for (const text of ["Elaine Longmire", "  Conan   O'Brien ", "Jean-Luc\tPicard", "D^Arcy `Smith`", "ELA", "Person Number 12"]) {
      expect(nameKey(text)).toBe(transliteratedNameKey(text));
    }
  });
});

describe("matchName", () => {
  it.each([
    ["elaine longmire", ["exact", ["Elaine Longmire"]]],
    ["jose alvarez", ["exact", ["José Álvarez"]]],
    ["ZOE ANGSTROM", ["exact", ["Zoë Ångström"]]],
    ["elaine", ["prefix", ["Elaine Longmire", "Elaine Park"]]],
    ["elaine l", ["prefix", ["Elaine Longmire"]]],
    ["longm", ["prefix", ["Elaine Longmire"]]],
    ["alv", ["prefix", ["José Álvarez"]]],
    ["bob smith", ["exact", ["Bob Smith"]]],
    ["soren kierkegaard", ["exact", ["Søren Kierkegaard"]]],
    ["jurgen strasse", ["exact", ["Jürgen Straße"]]],
    ["lukasz", ["prefix", ["Łukasz Żółć"]]],
    ["jane", ["prefix", ["Mary-Jane Watson"]]],
    ["小龙", ["none", []]],
    ["李小", ["prefix", ["李小龙"]]],
    ["bob smi", ["prefix", ["Bob Smith", "Bob Smithers"]]],
    ["elane longmire", ["fuzzy", ["Elaine Longmire"]]],
    ["longmore", ["fuzzy", ["Elaine Longmire"]]],
    // three letters are too few to guess a spelling from
    ["rob", ["prefix", ["Rob Stone"]]],
    ["bab", ["none", []]],
    ["nobody at all", ["none", []]],
    ["", ["none", []]],
  ])("%j → %j", (query, expected) => {
    expect(names(query)).toEqual(expected);
  });
});
