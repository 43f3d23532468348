import { describe, expect, it } from "vitest";
import { describeSummary } from "../../src/render/journal.js";
import type { ChangeSummary } from "../../src/reports/journal.js";

// The sentences netlog undo --list has always shown, now said from the data each change stores.
const CASES: ReadonlyArray<[ChangeSummary, string]> = [
  [{ kind: "text", text: "Follow-up with Elaine Longmire done." }, "Follow-up with Elaine Longmire done."],
  [{ kind: "add", channel: "phone", name: "Elaine Longmire", date: "2026-11-20" }, "phone with Elaine Longmire on 2026-11-20"],
  [{ kind: "contact-add", name: "Elaine Longmire" }, "Elaine Longmire"],
  [{ kind: "contact-edit", name: "Elaine Park", fields: ["name", "company", "cadenceDays", "tags"] }, "Elaine Park: name, company, cadence, tags"],
  [{ kind: "contact-merge", removed: { id: 2, name: "Samuel Ortiz" }, kept: { id: 1, name: "Sam Ortiz" } }, "Samuel Ortiz #2 into Sam Ortiz #1"],
  [{ kind: "contact-rm", name: "Elaine Longmire", conversations: 2, followUps: 1 }, "Elaine Longmire with 2 conversations and 1 follow-up"],
  [{ kind: "contact-rm", name: "Sam Ortiz", conversations: 0, followUps: 0 }, "Sam Ortiz (no conversations logged)"],
  [{ kind: "config-set", key: "daily-limit", value: "7" }, "daily-limit = 7"],
  [{ kind: "config-set", key: "daily-limit", value: null }, "daily-limit = default"],
  [{ kind: "tag-set", name: "bankers", cadenceDays: 14 }, "bankers every 14 days"],
  [{ kind: "tag-set", name: "bankers", cadenceDays: null }, "bankers every (none)"],
  [{ kind: "dismiss", reason: "no_reply", name: "Elaine Longmire" }, "the no-reply reminder for Elaine Longmire"],
  [{ kind: "dismiss", reason: "never_contacted", name: "Sam Ortiz" }, "this round for Sam Ortiz"],
  [
    {
      kind: "log-edit",
      id: 4,
      name: "Elaine Longmire",
      changes: [
        { field: "direction", from: "sent", to: "both" },
        { field: "note", from: "a", to: "b" },
      ],
    },
    "conversation 4 with Elaine Longmire: direction sent → two-way, note changed",
  ],
  [{ kind: "log-rm", id: 4, channel: "email", name: "Elaine Longmire", date: "2026-11-02" }, "conversation 4: email with Elaine Longmire on 2026-11-02"],
  [{ kind: "import-contacts", file: "Connections.csv", created: 2, updated: 1 }, "Connections.csv: 2 created, 1 updated"],
  [{ kind: "import-messages", file: "messages.csv", logged: 12 }, "messages.csv: 12 messages logged"],
  [{ kind: "import-messages", file: "Invitations.csv", logged: 1 }, "Invitations.csv: 1 message logged"],
  [{ kind: "import-json", file: "netlog.json", contacts: 3, conversations: 5, followUps: 1 }, "netlog.json: 3 contacts, 5 conversations, 1 follow-ups added"],
];

describe("describeSummary", () => {
  it.each(CASES)("%j", (summary, sentence) => {
    expect(describeSummary(summary)).toBe(sentence);
  });
});
