import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDaysBetween, formatLongDate, formatShortDate, isCalendarDate, localDateOf, yearsBefore } from "../../src/domain/dates.js";

describe("the test zone", () => {
  it("is America/Los_Angeles, which has DST", () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(480);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(420);
  });
});

describe("localDateOf", () => {
  it.each([
    // 23:30 local is already the next day in UTC; the user's date is still the local one.
    ["2026-03-08T07:30:00Z", "2026-03-07"], // 23:30 PST, the night DST starts
    ["2026-11-02T07:30:00Z", "2026-11-01"], // 23:30 PST, the day DST ended
    ["2026-07-01T06:30:00Z", "2026-06-30"], // 23:30 PDT
    ["2026-11-25T08:00:00Z", "2026-11-25"], // 00:00 PST
  ])("%s is %s in Los Angeles", (instant, date) => {
    expect(localDateOf(new Date(instant))).toBe(date);
  });
});

describe("calendar arithmetic across DST changes", () => {
  it.each([
    ["2026-03-07", "2026-03-09", 2], // spring forward: 47 hours
    ["2026-10-31", "2026-11-02", 2], // fall back: 49 hours
    ["2026-03-01", "2026-04-01", 31],
    ["2026-11-25", "2026-09-10", -76],
    ["2024-02-28", "2024-03-01", 2],
  ])("%s → %s is %i days", (from, to, days) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
    expect(addCalendarDays(from, days)).toBe(to);
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2026-09-10", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-9-10", false],
    ["10/09/2026", false],
    ["1900-01-01", true],
    ["2999-12-31", true],
    ["1899-12-31", false],
    ["3000-01-01", false],
    ["0000-01-01", false],
    ["", false],
  ])("%j → %s", (text, ok) => {
    expect(isCalendarDate(text)).toBe(ok);
  });
});

describe("formatting", () => {
  it("drops the year only within today's year", () => {
    expect(formatShortDate("2026-09-10", "2026-11-25")).toBe("10 Sep");
    expect(formatShortDate("2025-09-10", "2026-11-25")).toBe("10 Sep 2025");
    expect(formatLongDate("2026-11-25")).toBe("Wed 25 Nov 2026");
  });
});

describe("day arithmetic agrees with date-fns on local midnights", () => {
  // The integers must give what date-fns gives in a zone with DST, for any date netlog keeps.
  it("for any date from 1900 to 2999 and any step of up to 40 years", async () => {
    const fc = (await import("fast-check")).default;
    const { addDays } = await import("date-fns/addDays");
    const { differenceInCalendarDays } = await import("date-fns/differenceInCalendarDays");
    const { format } = await import("date-fns/format");
    const midnight = (d: string) => new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
    const date = fc.date({ min: new Date(1900, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true }).map((d) => format(d, "yyyy-MM-dd"));
    fc.assert(
      fc.property(date, date, fc.integer({ min: -14_610, max: 14_610 }), (from, to, step) => {
        expect(calendarDaysBetween(from, to)).toBe(differenceInCalendarDays(midnight(to), midnight(from)));
        expect(addCalendarDays(from, step)).toBe(format(addDays(midnight(from), step), "yyyy-MM-dd"));
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });
});

describe("yearsBefore", () => {
  it.each([
    ["2026-12-01", 1, "2025-12-01"],
    ["2024-02-29", 1, "2023-02-28"],
    ["2028-02-29", 4, "2024-02-29"],
    ["2026-03-31", 1, "2025-03-31"],
    ["2026-01-01", 7, "2019-01-01"],
  ])("%s minus %i year(s) is %s", (date, years, expected) => expect(yearsBefore(date, years)).toBe(expected));
});
