// A meeting planned from a calendar holds a contact off every list until the day after it, and
// a job change noticed in a re-imported Connections.csv puts a tracked contact on the list once,
// until a conversation, a dismissal, or a month.
import { describe, expect, it } from "vitest";
import { planDay, type Policy, scheduleOf, type TrackedContact } from "../../src/domain/due.js";
import { scheduleCounts } from "../../src/domain/stats.js";
import { birthdayItems } from "../../src/domain/birthday-items.js";
import { person } from "../helpers/tracked.js";

const policy: Policy = { defaultCadenceDays: 90, replyWindowDays: 7 };
const coffee = { date: "2026-12-10", channel: "meeting" as const, note: "coffee" };
const reasons = (contact: TrackedContact, on: string) => planDay([contact], on, policy).items.map((i) => [i.reason, i.dueOn]);

describe("a planned meeting", () => {
  const overdue = person("Elaine", { cadenceDays: 30, last: "2026-10-01", planned: coffee });

  it("holds an overdue contact off the list until the day after it", () => {
    expect(reasons(overdue, "2026-12-03")).toEqual([]);
    expect(reasons(overdue, "2026-12-10")).toEqual([]);
    expect(reasons({ ...overdue, planned: undefined }, "2026-12-11")).toEqual([["cadence", "2026-10-31"]]);
  });

  it("holds a follow-up too, and offers no suggestion meanwhile", () => {
    const promised = { ...overdue, followUp: { date: "2026-12-04", note: "deck", setOn: "2026-10-01", afterId: 1, fulfilledOn: null } };
    expect(reasons(promised, "2026-12-05")).toEqual([]);
  });

  it("is said among the days to come: the item falls due the day after the meeting, with the meeting", () => {
    const plan = planDay([overdue], "2026-12-03", policy, 7);
    expect(plan.upcoming.map((i) => [i.contact.name, i.dueOn, i.planned])).toEqual([["Elaine", "2026-12-11", coffee]]);
  });

  it("is one rule for every view: the schedule of a profile and the counts of stats hold the contact too", () => {
    expect(scheduleOf(overdue, "2026-12-03", policy)).toMatchObject({ dueOn: "2026-12-11", planned: coffee });
    expect(scheduleCounts([overdue], "2026-12-03", policy)).toMatchObject({ due: 0, onSchedule: 1 });
    // A birthday comes on its day all the same, and says it is a birthday.
    const withBirthday = { ...overdue, birthday: { month: 12, day: 5, year: null, dismissedOn: null } };
    expect(birthdayItems([withBirthday], "2026-12-03", policy).map((i) => [i.reason, i.dueOn, i.planned])).toEqual([["birthday", "2026-12-05", undefined]]);
  });

  it("does not move a date that is later anyway", () => {
    const recent = person("Sam", { cadenceDays: 90, last: "2026-11-20", planned: coffee });
    expect(planDay([recent], "2026-12-03", policy, 365).upcoming.map((i) => [i.dueOn, i.reason])).toEqual([["2027-02-18", "cadence"]]);
  });
});

describe("a job change", () => {
  const job = { noticedOn: "2026-12-01", company: "Numerica", title: "VP Lending", previousCompany: "Jefferson Bank", previousTitle: "Loan Officer" };
  const tracked = person("Elaine", { cadenceDays: 90, last: "2026-11-01", jobChange: job });

  it("puts a tracked contact on the list from the day it was noticed, for a month", () => {
    expect(reasons(tracked, "2026-11-30")).toEqual([]);
    expect(reasons(tracked, "2026-12-01")).toEqual([["job_change", "2026-12-01"]]);
    expect(reasons(tracked, "2026-12-30")).toEqual([["job_change", "2026-12-01"]]);
    expect(reasons(tracked, "2026-12-31")).toEqual([]);
  });

  it("is gone after a conversation since, or a dismissal of it", () => {
    const spoke = { ...tracked, lastContact: { id: 2, date: "2026-12-02", channel: "email" as const, note: null, direction: "both" as const } };
    expect(reasons(spoke, "2026-12-03")).toEqual([]);
    const dismissed = { ...tracked, dismissed: { repliesOn: null, cadenceOn: null, suggestions: [], jobChangeOn: "2026-12-02" } };
    expect(reasons(dismissed, "2026-12-03")).toEqual([]);
  });

  it("gives way to a promised follow-up, and never comes for a connection that is not tracked or is paused", () => {
    const promised = { ...tracked, followUp: { date: "2026-12-01", note: "deck", setOn: "2026-11-01", afterId: 1, fulfilledOn: null } };
    expect(reasons(promised, "2026-12-02")).toEqual([["follow_up", "2026-12-01"]]);
    expect(reasons({ ...tracked, tracked: false }, "2026-12-02")).toEqual([]);
    expect(reasons({ ...tracked, paused: true }, "2026-12-02")).toEqual([]);
  });
});
