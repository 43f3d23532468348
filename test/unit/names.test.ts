import { describe, expect, it } from "vitest";
import { matchName, nameKey } from "../../src/domain/names.js";

const people = ["Elaine Longmire", "Elaine Park", "José Álvarez", "Zoë Ångström", "Bob Smith", "Bob Smithers", "Rob Stone"].map((name) => ({ name }));
const names = (query: string) => {
  const { kind, matches } = matchName(query, people);
  return [kind, matches.map((m) => m.name)];
};

describe("nameKey", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(nameKey("  Zoë   ÅNGSTRÖM ")).toBe("zoe angstrom");
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
