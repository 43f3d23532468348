import { expect } from "vitest";

/** `netlog due --on 2026-11-25 --json` after the README's story: one entry, Elaine. */
export const ELAINE_DUE_JSON = [
  {
    uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
    name: "Elaine Longmire",
    company: "Jefferson Bank",
    reason: "cadence",
    due_on: "2026-10-10",
    days_overdue: 46,
    cadence_days: 30,
    last_contact: { date: "2026-09-10", channel: "phone", note: "talked about her move", direction: "both" },
    follow_up: null,
    stage: "voice",
    snoozed_until: null,
    shown_today: true,
  },
];
