import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../../src/domain/dates.js";
import { type DueItem, dueList, type Policy, type TrackedContact } from "../../src/domain/due.js";
import { pickForToday } from "../../src/domain/morning.js";
import { person } from "../helpers/tracked.js";

const policy: Policy = { defaultCadenceDays: 30, replyWindowDays: 7 };
const ON = "2026-11-25";

/** `n` people on a monthly cadence, all overdue by different amounts. */
function overdue(n: number, extra: Array<Partial<TrackedContact>> = []): DueItem[] {
  const people = Array.from({ length: n }, (_, i) => person(`P${String(i).padStart(2, "0")}`, { last: addCalendarDays(ON, -31 - i), ...extra[i] }));
  return dueList(people, ON, policy);
}

describe("pickForToday", () => {
  it("shows everyone when they fit, or when the limit is 0", () => {
    expect(pickForToday(overdue(4), 5, ON).length).toBe(4);
    expect(pickForToday(overdue(12), 0, ON).length).toBe(12);
  });

  it("shows at most the limit, in the list's order", () => {
    const items = overdue(12);
    const shown = pickForToday(items, 5, ON);
    expect(shown.length).toBe(5);
    expect(shown.map((i) => items.indexOf(i))).toEqual([...shown.map((i) => items.indexOf(i))].sort((a, b) => a - b));
  });

  it("over 5 mornings of doing nothing, with 20 due and a limit of 5, shows all 20", () => {
    const items = overdue(20);
    const seen = new Set<string>();
    for (let d = 0; d < 5; d++) for (const item of pickForToday(items, 5, addCalendarDays(ON, d))) seen.add(item.contact.name);
    expect(seen.size).toBe(20);
  });

  it("never rotates away a follow-up or an unanswered message", () => {
    const fu = { followUp: { date: ON, note: "send the deck", setOn: "2026-11-01", afterId: 1, fulfilledOn: null } };
    const items = overdue(12, [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, fu]);
    for (let d = 0; d < 7; d++) expect(pickForToday(items, 3, addCalendarDays(ON, d)).map((i) => i.reason)).toContain("follow_up");
  });

  it("is the same all day: the same list for the same morning", () => {
    const items = overdue(20);
    expect(pickForToday(items, 5, ON)).toEqual(pickForToday([...items], 5, ON));
  });
});

describe("pickForToday with more promises and unanswered messages than the limit", () => {
  it("lets them take turns too, so none ages out unseen", () => {
    const sent = (i: number) => ({ lastContact: { id: i, date: addCalendarDays(ON, -7), channel: "inmail" as const, note: null, direction: "sent" as const } });
    const items = overdue(
      8,
      Array.from({ length: 8 }, (_, i) => sent(i)),
    );
    expect(items.every((i) => i.reason === "no_reply")).toBe(true);
    const seen = new Set<string>();
    for (let d = 0; d < 3; d++) for (const item of pickForToday(items, 5, addCalendarDays(ON, d))) seen.add(item.contact.name);
    expect(seen.size).toBe(8);
  });
});
