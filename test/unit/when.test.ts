import { describe, expect, it } from "vitest";
import { parseWhen } from "../../src/commands/when-flag.js";

const past = { flag: "--date", allowFuture: false };
const any = { flag: "--on", allowFuture: true };

describe("parseWhen for a past conversation (today Wed 25 Nov 2026)", () => {
  it.each([
    ["2026-09-10", "2026-09-10"],
    ["today", "2026-11-25"],
    ["Yesterday", "2026-11-24"],
    ["3 days ago", "2026-11-22"],
    ["last tuesday", "2026-11-24"],
    ["2 weeks ago", "2026-11-11"],
    ["sep 10", "2026-09-10"],
    ["10 September 2025", "2025-09-10"],
    // a day and month without a year, later than today, is last year's
    ["dec 1", "2025-12-01"],
    // a bare weekday is the last one: on a Wednesday, "friday" is five days ago
    ["friday", "2026-11-20"],
    ["monday", "2026-11-23"],
    ["wednesday", "2026-11-25"],
    // a weekday of a named week: weeks start on Monday
    ["monday last week", "2026-11-16"],
    ["last week friday", "2026-11-20"],
    ["sunday last week", "2026-11-22"],
    ["monday this week", "2026-11-23"],
  ])("%j → %s", async (text, date) => {
    expect(await parseWhen(text, "2026-11-25", past)).toBe(date);
  });

  it("'monday last week' on Tue 1 Dec is Mon 23 Nov, not yesterday", async () => {
    expect(await parseWhen("monday last week", "2026-12-01", past)).toBe("2026-11-23");
    expect(await parseWhen("last monday", "2026-12-01", past)).toBe("2026-11-30");
    expect(await parseWhen("friday next week", "2026-12-01", any)).toBe("2026-12-11");
  });

  it.each([
    ["tomorrow", "--date: 2026-11-26 is in the future"],
    ["next friday", "--date: 2026-12-04 is in the future"],
    ["2027-01-01", "--date: 2027-01-01 is in the future"],
    ["tuesday-ish", "--date: 'tuesday-ish' is not a date I understand"],
    ["2026-02-30", "--date: '2026-02-30' is not a date I understand"],
    ["12", "--date: '12' is not a date I understand"],
    ["", "--date: '' is not a date I understand"],
    ["last tuesday; DROP TABLE contacts", "--date: 'last tuesday; DROP TABLE contacts' is not a date I understand"],
  ])("refuses %j", async (text, message) => {
    await expect(parseWhen(text, "2026-11-25", past)).rejects.toMatchObject({ message, exitCode: 2 });
  });
});

describe("parseWhen around 29 February", () => {
  it("takes the last 29 February when the year is left out", async () => {
    expect(await parseWhen("feb 29", "2028-02-01", past)).toBe("2024-02-29");
    expect(await parseWhen("29 feb", "2028-03-01", past)).toBe("2028-02-29");
  });
});

describe("parseWhen outside the years netlog keeps (1900 to 2999)", () => {
  it.each([["0000-01-01"], ["1899-12-31"], ["3000-01-01"], ["9999-12-31"]])("refuses %s", async (text) => {
    await expect(parseWhen(text, "2026-11-25", any)).rejects.toMatchObject({ message: `--on: '${text}' is not a date I understand` });
  });
});

describe("parseWhen where the future is allowed", () => {
  it.each([
    ["next friday", "2026-12-04"],
    ["dec 1", "2026-12-01"],
    ["in 2 weeks", "2026-12-09"],
    ["tomorrow", "2026-11-26"],
    ["friday", "2026-11-27"],
  ])("%j → %s", async (text, date) => {
    expect(await parseWhen(text, "2026-11-25", any)).toBe(date);
  });
});

describe("parseWhen across the DST change (Los Angeles springs forward on Sun 8 Mar 2026)", () => {
  it.each([
    ["yesterday", "2026-03-09", "2026-03-08"],
    ["2 days ago", "2026-03-09", "2026-03-07"],
    ["1 week ago", "2026-03-10", "2026-03-03"],
    ["last sunday", "2026-03-09", "2026-03-08"],
    ["3 days ago", "2026-11-03", "2026-10-31"],
  ])("%j on %s → %s", async (text, today, date) => {
    expect(await parseWhen(text, today, past)).toBe(date);
  });
});
