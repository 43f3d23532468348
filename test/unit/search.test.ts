import { describe, expect, it } from "vitest";
import { rankContacts, type WordHits } from "../../src/domain/search-rank.js";
import { anyTerm, MATCH_END, MATCH_START, piecesOf, searchTerms } from "../../src/domain/search-query.js";

describe("searchTerms", () => {
  it.each([
    ["elaine", ['"elaine"*']],
    ["bank  spokane", ['"bank"', '"spokane"*']],
    ["Bank bank BANK", ['"Bank"*']],
    ['say "hi"', ['"say"', '"""hi"""*']],
    ["AND OR NOT", ['"AND"', '"OR"', '"NOT"*']],
    ["NEAR( * - : elaine", ['"NEAR("', '"elaine"*']],
    ["e-mail", ['"e-mail"*']],
    ["a\u0000b", ['"a"', '"b"*']],
    ["\u001b[31mred", ['"[31mred"*']],
    ['" * - :', []],
    ["", []],
  ])("%j → %j", (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });

  it("joins the words with OR for marking", () => {
    expect(anyTerm(['"bank"', '"spokane"*'])).toBe('"bank" OR "spokane"*');
  });
});

describe("piecesOf", () => {
  const m = (text: string) => `${MATCH_START}${text}${MATCH_END}`;
  it.each([
    ["no match", "no match", [{ text: "no match", match: false }]],
    [
      `${m("Elaine")} Longmire`,
      "Elaine Longmire",
      [
        { text: "Elaine", match: true },
        { text: " Longmire", match: false },
      ],
    ],
    [
      `a ${m("b")} c ${m("d")}`,
      "a b c d",
      [
        { text: "a ", match: false },
        { text: "b", match: true },
        { text: " c ", match: false },
        { text: "d", match: true },
      ],
    ],
    [
      `…the ${m("deck")}…`,
      "send the deck today",
      [
        { text: "…the ", match: false },
        { text: "deck", match: true },
        { text: "…", match: false },
      ],
    ],
    // The stored text held a marker character itself: no marks rather than wrong ones.
    [`x\u0002y ${m("deck")}`, "x\u0002y deck", [{ text: "xy deck", match: false }]],
  ])("%j", (marked, stored, pieces) => {
    expect(piecesOf(marked, stored)).toEqual(pieces);
  });
});

describe("rankContacts", () => {
  const hits = (fields: Record<number, number>, notes: Record<number, [number, number]> = {}): WordHits => ({
    fields: new Map(Object.entries(fields).map(([id, score]) => [Number(id), score])),
    notes: new Map(Object.entries(notes).map(([id, [count, latest]]) => [Number(id), { count, latest }])),
  });
  const order = (words: WordHits[]) => rankContacts(words).map((r) => r.contactId);

  it.each([
    ["one word: the best bm25 first", [hits({ 1: -2, 2: -9, 3: -5 })], [2, 3, 1]],
    ["every word must be found, in fields or notes", [hits({ 1: -5, 2: -5 }), hits({ 3: -5 }, { 2: [1, 100] })], [2]],
    ["a word found in no contact finds nobody", [hits({ 1: -5 }), hits({})], []],
    ["a field match outweighs one note", [hits({ 1: -3 }, { 2: [1, 100] })], [1, 2]],
    ["more notes count for more: 7 notes are 3 points", [hits({ 1: -2.5 }, { 2: [7, 100] })], [2, 1]],
    ["equal scores: the conversation logged last first, then the first added", [hits({}, { 3: [1, 500], 1: [1, 900], 2: [1, 500] })], [1, 2, 3]],
    ["a contact found by the second word only is not found", [hits({ 1: -1 }), hits({ 1: -1, 2: -50 })], [1]],
  ])("%s", (_, words, expected) => {
    expect(order(words)).toEqual(expected);
  });

  it("says whether the fields, the notes or both matched, with the sum of the scores", () => {
    expect(rankContacts([hits({ 1: -4 }, { 1: [3, 10], 2: [1, 20] })])).toEqual([
      { contactId: 1, score: -6, fieldsMatch: true, notesMatch: true },
      { contactId: 2, score: -1, fieldsMatch: false, notesMatch: true },
    ]);
  });
});
