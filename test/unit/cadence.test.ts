import { describe, expect, it } from "vitest";
import { formatCadence, parseCadence } from "../../src/domain/cadence.js";

describe("parseCadence", () => {
  it.each([
    ["10d", 10],
    ["2w", 14],
    ["3m", 90],
    ["1y", 365],
    ["monthly", 30],
    ["Quarterly", 90],
    ["weekly", 7],
    ["fortnightly", 14],
    ["yearly", 365],
    ["3 months", 90],
    [" 6 weeks ", 42],
    ["1 day", 1],
  ])("%j → %i days", (text, days) => {
    expect(parseCadence(text)).toBe(days);
  });

  it.each(["", "0d", "-3d", "10", "d", "3x", "11y", "1.5m", "monthlyish", "10 d s"])("refuses %j", (text) => {
    expect(parseCadence(text)).toBeUndefined();
  });
});

describe("formatCadence", () => {
  it.each([
    [1, "1 day"],
    [7, "1 week"],
    [14, "2 weeks"],
    [30, "1 month"],
    [90, "3 months"],
    [365, "1 year"],
    [10, "10 days"],
  ])("%i → %s", (days, text) => {
    expect(formatCadence(days)).toBe(text);
  });
});
