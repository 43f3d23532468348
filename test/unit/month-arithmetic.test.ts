// Moving by months or years lands on the same day of the target month, or on its last day when
// it is shorter (date-fns addMonths): 31 March minus a month is 28 February, never 3 March.
import { describe, expect, it } from "vitest";
import { parseWhen } from "../../src/commands/when-flag.js";

const any = { flag: "--on", allowFuture: true };
const when = (text: string, today: string) => parseWhen(text, today, any);

/** Today, at the month ends of a year and on a 29 February, and what each phrase means then. */
const MONTH_ENDS: Record<string, { lastMonth: string; nextMonth: string; twoMonthsAgo: string; inTwoMonths: string; yearAgo: string; inAYear: string }> = {
  "2026-01-31": { lastMonth: "2025-12-31", nextMonth: "2026-02-28", twoMonthsAgo: "2025-11-30", inTwoMonths: "2026-03-31", yearAgo: "2025-01-31", inAYear: "2027-01-31" },
  "2026-02-28": { lastMonth: "2026-01-28", nextMonth: "2026-03-28", twoMonthsAgo: "2025-12-28", inTwoMonths: "2026-04-28", yearAgo: "2025-02-28", inAYear: "2027-02-28" },
  "2028-02-29": { lastMonth: "2028-01-29", nextMonth: "2028-03-29", twoMonthsAgo: "2027-12-29", inTwoMonths: "2028-04-29", yearAgo: "2027-02-28", inAYear: "2029-02-28" },
  "2026-03-31": { lastMonth: "2026-02-28", nextMonth: "2026-04-30", twoMonthsAgo: "2026-01-31", inTwoMonths: "2026-05-31", yearAgo: "2025-03-31", inAYear: "2027-03-31" },
  "2026-04-30": { lastMonth: "2026-03-30", nextMonth: "2026-05-30", twoMonthsAgo: "2026-02-28", inTwoMonths: "2026-06-30", yearAgo: "2025-04-30", inAYear: "2027-04-30" },
  "2026-12-31": { lastMonth: "2026-11-30", nextMonth: "2027-01-31", twoMonthsAgo: "2026-10-31", inTwoMonths: "2027-02-28", yearAgo: "2025-12-31", inAYear: "2027-12-31" },
};

/** Every way chrono-node reads to say the same move, checked on every day of the table. */
const SAYINGS = {
  lastMonth: ["last month", "1 month ago", "a month ago", "one month ago", "1 mo ago", "past month", "-1 month", "1 month before", "a month earlier"],
  nextMonth: ["next month", "in 1 month", "in a month", "in one month", "1 month later", "1 month from now", "a month from now", "+1 month", "within a month", "after this month"],
  twoMonthsAgo: ["2 months ago", "two months ago", "a couple of months ago"],
  inTwoMonths: ["in 2 months", "2 months from now"],
  yearAgo: ["a year ago", "1 year ago", "last year", "12 months ago"],
  inAYear: ["in a year", "next year", "1 year from now", "in 12 months"],
} as const;

describe("month and year arithmetic clamps to the last day of the target month", () => {
  for (const [today, expected] of Object.entries(MONTH_ENDS)) {
    for (const [move, sayings] of Object.entries(SAYINGS) as Array<[keyof typeof SAYINGS, readonly string[]]>) {
      it.each(sayings)(`on ${today}, %j is ${expected[move]}`, async (text) => {
        expect(await when(text, today)).toBe(expected[move]);
      });
    }
  }

  it.each([
    // quarters are three months; a fraction of a month is weeks after the whole months
    ["1 quarter ago", "2025-12-31"],
    ["last quarter", "2025-12-31"],
    ["in a quarter", "2026-06-30"],
    ["next quarter", "2026-06-30"],
    ["in a few months", "2026-06-30"],
    ["1.5 months ago", "2026-02-14"],
    ["half a year ago", "2025-09-30"],
    ["in 11 months", "2027-02-28"],
    // months first, clamped, then days: 28 Feb − 3 days
    ["a month and 3 days ago", "2026-02-25"],
    ["1 month 3 days ago", "2026-02-25"],
    ["1 year 1 month ago", "2025-02-28"],
    // a move from another date than today
    ["1 month before mar 31", "2026-02-28"],
    ["a month after jan 31", "2026-02-28"],
    ["3 months after 2025-11-30", "2026-02-28"],
  ])("on 2026-03-31, %j is %s", async (text, date) => {
    expect(await when(text, "2026-03-31")).toBe(date);
  });

  it.each([
    ["4 years ago", "2024-02-29"],
    ["in 4 years", "2032-02-29"],
    ["1 year ago", "2027-02-28"],
    ["3 years ago", "2025-02-28"],
    ["next year", "2029-02-28"],
  ])("on 29 Feb 2028, %j is %s", async (text, date) => {
    expect(await when(text, "2028-02-29")).toBe(date);
  });

  it("leaves days, weeks and the first of this month as they were", async () => {
    expect(await when("30 days ago", "2026-03-31")).toBe("2026-03-01");
    expect(await when("in 4 weeks", "2026-01-31")).toBe("2026-02-28");
    expect(await when("this month", "2026-03-31")).toBe("2026-03-01");
    expect(await when("end of month", "2026-02-10")).toBe("2026-02-28");
  });
});
