import { describe, expect, it } from "vitest";
import { matchName, nameKey } from "../../src/domain/names.js";

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
