import { describe, expect, it } from "vitest";
import { planDay, type Policy } from "../../src/domain/due.js";
import { person } from "../helpers/tracked.js";
import { longestNeglected, monthsBetween, periodCounts, scheduleCounts, stageReach, yearBefore } from "../../src/domain/stats.js";
import { bar } from "../../src/render/stats.js";

/** The engine's test contact, on a 30-day cadence of its own. */
const contact = (name: string, fields: Parameters<typeof person>[1] = {}) => person(name, { cadenceDays: 30, ...fields });

const POLICY: Policy = { defaultCadenceDays: 90, replyWindowDays: 7 };
const TODAY = "2026-11-25";

describe("periods", () => {
  it.each([
    ["2026-11-25", "2025-12-01"],
    ["2026-01-15", "2025-02-01"],
    ["2026-12-31", "2026-01-01"],
    ["2000-02-29", "1999-03-01"],
  ])("the twelve months up to %s start on %s", (today, start) => {
    expect(yearBefore(today)).toBe(start);
    expect(monthsBetween(start, today)).toHaveLength(12);
  });

  it.each([
    ["2025-11-15", "2026-02-01", ["2025-11", "2025-12", "2026-01", "2026-02"]],
    ["2026-11-01", "2026-11-25", ["2026-11"]],
    ["2026-12-01", "2026-11-25", []],
  ])("months from %s to %s", (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });

  it("counts each month of the period, empty ones too, and each channel", () => {
    const counted = [
      { month: "2026-09", channel: "phone" as const, count: 2 },
      { month: "2026-09", channel: "inmail" as const, count: 1 },
      { month: "2026-11", channel: "phone" as const, count: 4 },
      { month: "2026-12", channel: "email" as const, count: 9 }, // outside the period
    ];
    expect(periodCounts(["2026-09", "2026-10", "2026-11"], counted)).toEqual({
      months: [
        { month: "2026-09", conversations: 3 },
        { month: "2026-10", conversations: 0 },
        { month: "2026-11", conversations: 4 },
      ],
      channels: { linkedin: 0, inmail: 1, email: 0, phone: 6, video: 0, text: 0, meeting: 0, event: 0, other: 0 },
      total: 7,
    });
  });
});

describe("scheduleCounts", () => {
  const list = [
    contact("Due", { last: "2026-10-01" }),
    contact("Due today", { last: "2026-10-26" }),
    contact("On schedule", { last: "2026-11-20" }),
    contact("Snoozed", { last: "2026-01-01", snoozedUntil: "2026-12-01" }),
    contact("Snoozed and paused", { paused: true, snoozedUntil: "2026-12-01" }),
    contact("Paused", { last: "2026-01-01", paused: true }),
    contact("Paused, owed a follow-up", { paused: true, followUp: { date: "2026-11-20", note: null, setOn: "2026-11-01", afterId: 0, fulfilledOn: null } }),
    contact("Archived", { last: "2026-01-01", archived: true }),
    contact("Connection whose follow-up was met", {
      tracked: false,
      last: "2026-11-10",
      followUp: { date: "2026-12-01", note: null, setOn: "2026-11-01", afterId: 0, fulfilledOn: "2026-11-10" },
    }),
  ];

  it("sorts the list into on schedule, due, snoozed and paused", () => {
    expect(scheduleCounts(list, TODAY, POLICY)).toEqual({ contacts: 7, onSchedule: 1, due: 3, snoozed: 2, paused: 1 });
  });

  it("counts as due exactly the people netlog due lists", () => {
    expect(scheduleCounts(list, TODAY, POLICY).due).toBe(planDay(list, TODAY, POLICY).items.length);
  });
});

describe("longestNeglected", () => {
  it("puts the longest silence first, counting from the day added when nobody has spoken", () => {
    const list = [
      contact("Recent", { last: "2026-11-20" }),
      contact("Never", { addedOn: "2026-03-01" }),
      contact("Long ago", { last: "2026-02-01" }),
      contact("Also long ago", { last: "2026-02-01" }),
      contact("Paused", { last: "2025-01-01", paused: true }),
      contact("Snoozed", { last: "2025-01-01", snoozedUntil: "2026-12-01" }),
      contact("Untracked", { tracked: false, addedOn: "2020-01-01" }),
    ];
    expect(longestNeglected(list, TODAY, 3).map((n) => [n.contact.name, n.days])).toEqual([
      ["Also long ago", 297],
      ["Long ago", 297],
      ["Never", 269],
    ]);
  });
});

describe("stageReach", () => {
  it.each([
    ["online only", { online: "2026-02-01", voice: null, inPerson: null }, [1, 0, 0], [0, 0, 0]],
    ["met in person first: online and by voice too", { online: null, voice: null, inPerson: "2026-06-01" }, [1, 1, 1], [1, 1, 1]],
    ["a call this period after messages last year", { online: "2025-06-01", voice: "2026-06-01", inPerson: null }, [1, 1, 0], [0, 1, 0]],
    ["a first meeting after the day asked about does not count", { online: "2026-01-01", voice: null, inPerson: "2026-12-01" }, [1, 0, 0], [0, 0, 0]],
    ["no conversation at a stage (only 'other')", { online: null, voice: null, inPerson: null }, [0, 0, 0], [0, 0, 0]],
  ])("%s", (_, firsts, reached, fresh) => {
    const reach = stageReach([firsts], "2026-03-01", TODAY);
    expect([reach.online, reach.voice, reach.in_person]).toEqual(reached.map((r, i) => ({ reached: r, new: fresh[i] })));
  });
});

describe("bar", () => {
  it.each([
    [0, 10, ""],
    [10, 10, "█".repeat(50)],
    [5, 10, "█".repeat(25)],
    [1, 3, `${"█".repeat(16)}▋`],
    [1, 1000, "▏"],
  ])("%i of %i: %j", (count, most, expected) => {
    expect(bar(count, most)).toBe(expected);
  });
});
