import { describe, expect, it } from "vitest";
import { nextOccurrence, parseMonthDay, turnsOn, upcomingBirthday } from "../../src/domain/birthdays.js";

const TODAY = "2026-04-10";

describe("parseMonthDay", () => {
  it.each([
    ["04-14", { month: 4, day: 14, year: null }],
    ["4-4", { month: 4, day: 4, year: null }],
    ["--04-14", { month: 4, day: 14, year: null }],
    ["1986-04-14", { month: 4, day: 14, year: 1986 }],
    ["02-29", { month: 2, day: 29, year: null }],
    ["2024-02-29", { month: 2, day: 29, year: 2024 }],
    ["1900-01-01", { month: 1, day: 1, year: 1900 }],
    ["2026-12-31", { month: 12, day: 31, year: 2026 }],
    ["2025-02-29", { kind: "no-such-day" }],
    ["1900-02-29", { kind: "no-such-day" }],
    ["04-31", { kind: "no-such-day" }],
    ["00-10", { kind: "no-such-day" }],
    ["1899-12-31", { kind: "year", year: 1899 }],
    ["2027-01-01", { kind: "year", year: 2027 }],
    ["14/04", { kind: "format" }],
    ["", { kind: "format" }],
  ])("%s", (text, expected) => {
    expect(parseMonthDay(text, TODAY)).toEqual(expected);
  });
});

describe("the next birthday", () => {
  it.each([
    [{ month: 4, day: 14 }, "2026-04-10", "2026-04-14"],
    [{ month: 4, day: 10 }, "2026-04-10", "2026-04-10"],
    [{ month: 4, day: 9 }, "2026-04-10", "2027-04-09"],
    [{ month: 2, day: 29 }, "2026-03-01", "2027-02-28"],
    [{ month: 2, day: 29 }, "2027-03-01", "2028-02-29"],
    [{ month: 1, day: 2 }, "2026-12-31", "2027-01-02"],
  ])("%j after %s is %s", (date, on, next) => {
    expect(nextOccurrence(date, on)).toBe(next);
  });

  it("says how old someone turns, and only within the notice", () => {
    expect(turnsOn({ month: 4, day: 14, year: 1986 }, "2026-04-14")).toBe(40);
    expect(turnsOn({ month: 4, day: 14, year: null }, "2026-04-14")).toBeNull();
    expect(upcomingBirthday({ month: 1, day: 2, year: 2000 }, "2026-12-30", 3)).toEqual({ date: "2027-01-02", inDays: 3, turns: 27 });
    expect(upcomingBirthday({ month: 1, day: 3, year: 2000 }, "2026-12-30", 3)).toBeUndefined();
  });
});
