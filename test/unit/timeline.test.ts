import { describe, expect, it } from "vitest";
import { lastTwelveMonths } from "../../src/domain/timeline.js";

describe("lastTwelveMonths", () => {
  it("counts each month's conversations by stage, from twelve months back to today's month", () => {
    const months = lastTwelveMonths(
      [
        { date: "2025-11-30", channel: "email" }, // the month before the first: left out
        { date: "2025-12-01", channel: "linkedin" },
        { date: "2026-03-15", channel: "inmail" },
        { date: "2026-03-31", channel: "text" },
        { date: "2026-06-02", channel: "phone" },
        { date: "2026-06-20", channel: "video" },
        { date: "2026-11-25", channel: "meeting" },
        { date: "2026-11-24", channel: "other" },
        { date: "2026-11-26", channel: "event" }, // after today: left out
      ],
      "2026-11-25",
    );
    expect(months.map((m) => m.month)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(months.filter((m) => m.online + m.voice + m.inPerson + m.other > 0)).toEqual([
      { month: "2025-12", online: 1, voice: 0, inPerson: 0, other: 0 },
      { month: "2026-03", online: 2, voice: 0, inPerson: 0, other: 0 },
      { month: "2026-06", online: 0, voice: 2, inPerson: 0, other: 0 },
      { month: "2026-11", online: 0, voice: 0, inPerson: 1, other: 1 },
    ]);
  });

  it("crosses the year in January", () => {
    expect(
      lastTwelveMonths([], "2027-01-05")
        .map((m) => m.month)
        .slice(0, 2),
    ).toEqual(["2026-02", "2026-03"]);
    expect(lastTwelveMonths([], "2027-01-05").at(-1)!.month).toBe("2027-01");
  });
});
