import { describe, expect, it } from "vitest";
import { type MergeSide, planMerge } from "../../src/domain/merge.js";

const TODAY = "2026-11-25";

const blank: MergeSide = {
  company: null,
  title: null,
  email: null,
  emailLabel: null,
  phone: null,
  phoneLabel: null,
  linkedinUrl: null,
  location: null,
  met: null,
  notes: null,
  cadenceDays: null,
  addedOn: "2026-01-01",
  tracked: true,
  paused: false,
  snoozedUntil: null,
  archivedAt: null,
};

describe("planMerge", () => {
  it.each<[string, Partial<MergeSide>, Partial<MergeSide>, ReturnType<typeof planMerge>]>([
    ["nothing to take", {}, {}, { update: {}, filled: [], dropped: [], notesAppended: false }],
    [
      "fills what the kept one lacks, in field order",
      { company: "Northwind" },
      { company: "Northwind Ltd", title: "CFO", cadenceDays: 14 },
      {
        update: { title: "CFO", cadenceDays: 14 },
        filled: [
          { field: "title", value: "CFO" },
          { field: "cadenceDays", value: 14 },
        ],
        dropped: [{ field: "company", value: "Northwind Ltd" }],
        notesAppended: false,
      },
    ],
    [
      "an email differing in case, or a phone in punctuation, is the same value",
      { email: "Sam@Ortiz.example", phone: "+1 (509) 555-0100" },
      { email: "sam@ortiz.example", phone: "+1 509 555 0100" },
      { update: {}, filled: [], dropped: [], notesAppended: false },
    ],
    [
      "notes are joined, unless the kept ones hold them already",
      { notes: "met at the meetup" },
      { notes: "prefers email" },
      { update: { notes: "met at the meetup\n\nprefers email" }, filled: [], dropped: [], notesAppended: true },
    ],
    ["notes already there", { notes: "met at the meetup\n\nprefers email" }, { notes: "prefers email" }, { update: {}, filled: [], dropped: [], notesAppended: false }],
    [
      "notes into none",
      {},
      { notes: "prefers email" },
      { update: { notes: "prefers email" }, filled: [{ field: "notes", value: "prefers email" }], dropped: [], notesAppended: false },
    ],
    ["the earlier added_on", { addedOn: "2026-05-01" }, { addedOn: "2023-01-12" }, { update: { addedOn: "2023-01-12" }, filled: [], dropped: [], notesAppended: false }],
    ["a later added_on is not taken", { addedOn: "2023-01-12" }, { addedOn: "2026-05-01" }, { update: {}, filled: [], dropped: [], notesAppended: false }],
    ["tracked if either was", { tracked: false }, { tracked: true }, { update: { tracked: true }, filled: [], dropped: [], notesAppended: false }],
    ["not untracked by an untracked duplicate", { tracked: true }, { tracked: false }, { update: {}, filled: [], dropped: [], notesAppended: false }],
    [
      "the other's pause, snooze and archive are named, not taken",
      {},
      { paused: true, snoozedUntil: "2026-12-01", archivedAt: "2026-11-01T10:00:00.000Z" },
      {
        update: {},
        filled: [],
        dropped: [
          { field: "paused", value: true },
          { field: "snoozedUntil", value: "2026-12-01" },
          { field: "archived", value: true },
        ],
        notesAppended: false,
      },
    ],
    ["a snooze that has ended is nothing to mention", {}, { snoozedUntil: "2026-11-25" }, { update: {}, filled: [], dropped: [], notesAppended: false }],
    [
      "the same state on both is nothing to mention",
      { paused: true, snoozedUntil: "2026-12-01" },
      { paused: true, snoozedUntil: "2026-12-01" },
      { update: {}, filled: [], dropped: [], notesAppended: false },
    ],
  ])("%s", (_, keep, other, plan) => {
    expect(planMerge({ ...blank, ...keep }, { ...blank, ...other }, TODAY)).toEqual(plan);
  });
});
