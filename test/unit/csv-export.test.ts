import { describe, expect, it } from "vitest";
import { neutralise } from "../../src/formats/csv.js";

describe("neutralise (CSV injection)", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["-2+3", "'-2+3"],
    ["+1 509 555 0100", "+1 509 555 0100"],
    ["-42", "-42"],
    ["Jefferson Bank", "Jefferson Bank"],
  ])("%j → %j", (cell, out) => {
    expect(neutralise(cell)).toBe(out);
  });
});
