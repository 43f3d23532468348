import { describe, expect, it } from "vitest";
import { dueList, nextDue, type Policy, type TrackedContact } from "../../src/domain/due.js";
import { person } from "../helpers/tracked.js";

const policy = (defaultCadenceDays = 90): Policy => ({ defaultCadenceDays, replyWindowDays: 7 });

const summary = (contacts: TrackedContact[], on: string, defaultDays = 90) =>
  dueList(contacts, on, policy(defaultDays)).map((i) => [i.contact.name, i.dueOn, i.daysOverdue, i.cadenceDays]);

describe("dueList", () => {
  it.each([
    // name, contact, on, expected [dueOn, daysOverdue] or null when not due
    ["due on the day the cadence runs out", { cadenceDays: 30, last: "2026-09-10" }, "2026-10-10", ["2026-10-10", 0]],
    ["not due the day before", { cadenceDays: 30, last: "2026-09-10" }, "2026-10-09", null],
    ["46 days overdue", { cadenceDays: 30, last: "2026-09-10" }, "2026-11-25", ["2026-10-10", 46]],
    ["never contacted: counts from the day added", { cadenceDays: 14, addedOn: "2026-11-01" }, "2026-11-15", ["2026-11-15", 0]],
    ["default cadence of 90 days", { last: "2026-08-01" }, "2026-10-30", ["2026-10-30", 0]],
    ["across spring-forward", { cadenceDays: 10, last: "2026-03-01" }, "2026-03-11", ["2026-03-11", 0]],
    ["across fall-back", { cadenceDays: 7, last: "2026-10-28" }, "2026-11-05", ["2026-11-04", 1]],
  ] as const)("%s", (_, fields, on, expected) => {
    const result = summary([person("A", fields)], on);
    const cadence = "cadenceDays" in fields ? fields.cadenceDays : 90;
    expect(result).toEqual(expected ? [["A", expected[0], expected[1], cadence]] : []);
  });

  it("orders by days overdue relative to cadence, then by name", () => {
    const contacts = [
      person("Yearly Yan", { cadenceDays: 365, last: "2025-10-01" }), // 55 days over a year: 0.15
      person("Weekly Wu", { cadenceDays: 7, last: "2026-11-11" }), // 7 over a week: 1.0
      person("monthly Mo", { cadenceDays: 30, last: "2026-09-26" }), // 30 over a month: 1.0, ties Wu, sorts before by name
      person("Ann", { cadenceDays: 30, last: "2026-10-26" }), // due today: 0
    ];
    expect(summary(contacts, "2026-11-25").map((row) => row[0])).toEqual(["monthly Mo", "Weekly Wu", "Yearly Yan", "Ann"]);
  });

  it("gives the same order whatever order the contacts come in", () => {
    const contacts = ["Cy", "Al", "Bo"].map((n) => person(n, { cadenceDays: 30, last: "2026-10-01" }));
    expect(summary(contacts, "2026-11-25").map((r) => r[0])).toEqual(["Al", "Bo", "Cy"]);
    expect(summary([...contacts].reverse(), "2026-11-25").map((r) => r[0])).toEqual(["Al", "Bo", "Cy"]);
  });
});

describe("nextDue", () => {
  it("names whoever falls due soonest after the day asked about", () => {
    const contacts = [person("Later", { cadenceDays: 30, last: "2026-11-20" }), person("Sooner", { cadenceDays: 30, last: "2026-11-10" })];
    const next = nextDue(contacts, "2026-11-25", policy())!;
    expect([next.contact.name, next.dueOn, next.daysOverdue]).toEqual(["Sooner", "2026-12-10", -15]);
  });

  it("is undefined with nobody to wait for", () => {
    expect(nextDue([], "2026-11-25", policy())).toBeUndefined();
  });
});

describe("a reminder of an unanswered message", () => {
  const sent = (date: string, extra: Partial<TrackedContact> & { loggedOn?: string } = {}) => {
    const { loggedOn, ...rest } = extra;
    return person("Sam", { cadenceDays: 90, lastContact: { id: 1, date, channel: "email", note: null, direction: "sent", loggedOn }, ...rest });
  };
  const reasonOn = (contact: TrackedContact, on: string) => dueList([contact], on, policy()).map((i) => [i.reason, i.dueOn]);

  it("comes when the reply window ends, and stands for 7 mornings at most", () => {
    expect(reasonOn(sent("2026-01-25"), "2026-01-31")).toEqual([]);
    expect(reasonOn(sent("2026-01-25"), "2026-02-01")).toEqual([["no_reply", "2026-02-01"]]);
    expect(reasonOn(sent("2026-01-25"), "2026-02-07")).toEqual([["no_reply", "2026-02-01"]]);
    expect(reasonOn(sent("2026-01-25"), "2026-02-08")).toEqual([]);
  });

  it("then leaves the contact to its cadence, counted from the unanswered message", () => {
    expect(reasonOn(sent("2026-01-25"), "2026-04-24")).toEqual([]);
    expect(reasonOn(sent("2026-01-25"), "2026-04-25")).toEqual([["cadence", "2026-04-25"]]);
  });

  it("is not made for a message logged after its reply window had ended (imported history)", () => {
    expect(reasonOn(sent("2019-04-02", { loggedOn: "2026-12-01" }), "2026-12-01")).toEqual([["cadence", "2019-07-01"]]);
    expect(reasonOn(sent("2026-11-20", { loggedOn: "2026-11-27" }), "2026-11-27")).toEqual([["no_reply", "2026-11-27"]]);
    expect(reasonOn(sent("2026-11-19", { loggedOn: "2026-11-27" }), "2026-11-27")).toEqual([]);
  });

  it("is not made after two unanswered messages in a row: netlog stops chasing until they write", () => {
    expect(reasonOn(sent("2026-01-25", { sentInARow: 2 }), "2026-02-01")).toEqual([]);
    expect(reasonOn(sent("2026-01-25", { sentInARow: 2 }), "2026-04-25")).toEqual([["cadence", "2026-04-25"]]);
  });
});
