import { expect, it } from "vitest";
import { companyAfterName, nameAndCompany } from "../../src/text/name-and-company.js";
import { oneLine } from "../../src/text/one-line.js";

it.each([
  ["a paragraph: one line, one space between words", "  talked about\n\n her   move\t", "talked about her move"],
  ["an escape code: visible and inert", "the deck \u001b[31mred", "the deck ␛[31mred"],
  ["only spaces: nothing", " \n ", ""],
])("oneLine: %s", (_, text, shown) => {
  expect(oneLine(text)).toBe(shown);
});

it("names a contact with its company in brackets, or alone", () => {
  expect([nameAndCompany("Elaine Longmire", "Jefferson Bank"), nameAndCompany("Kim Lee", null), nameAndCompany("Kim Lee", ""), companyAfterName("Acme")]).toEqual([
    "Elaine Longmire (Jefferson Bank)",
    "Kim Lee",
    "Kim Lee",
    " (Acme)",
  ]);
});
