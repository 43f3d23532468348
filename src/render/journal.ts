// The undo journal's entries in words: what `netlog undo --list`, `netlog undo` and the
// `summary` JSON key say each change did. Plain text; the undo view neutralises and styles it.
import type { ConversationFieldChange, ChangeSummary } from "../reports/journal.js";
import { fieldLabel, withRows } from "../text/contact-changes.js";
import { stateSentence } from "./contact-state.js";
import { plural } from "./text.js";

/** What was dismissed, by the reason it was on the list. */
const DISMISSED: Readonly<Record<Extract<ChangeSummary, { kind: "dismiss" }>["reason"], string>> = {
  no_reply: "the no-reply reminder",
  cadence: "this round",
  never_contacted: "this round",
  follow_up: "the follow-up",
  suggest_call: "the call suggestion",
  suggest_meeting: "the meeting suggestion",
  birthday: "the birthday reminder",
  job_change: "the new job",
};

export function describeSummary(summary: ChangeSummary): string {
  switch (summary.kind) {
    case "text":
      return summary.text;
    case "add":
      return `${summary.channel} with ${summary.name} on ${summary.date}`;
    case "contact-add":
      return summary.name;
    case "contact-edit":
      return `${summary.name}: ${summary.fields.map(fieldLabel).join(", ")}`;
    case "contact-merge":
      return `${summary.removed.name} #${summary.removed.id} into ${summary.kept.name} #${summary.kept.id}`;
    case "contact-rm":
      return `${summary.name}${withRows(summary)}`;
    case "config-set":
      return `${summary.key} = ${summary.value ?? "default"}`;
    case "tag-set":
      return `${summary.name} every ${summary.cadenceDays === null ? "(none)" : `${summary.cadenceDays} days`}`;
    case "dismiss":
      return `${DISMISSED[summary.reason]} for ${summary.name}`;
    case "log-edit":
      return `conversation ${summary.id} with ${summary.name}: ${summary.changes.map(conversationChange).join(", ")}`;
    case "log-rm":
      return `conversation ${summary.id}: ${summary.channel} with ${summary.name} on ${summary.date}`;
    case "import-contacts":
      return `${summary.file}: ${summary.created} created, ${summary.updated} updated`;
    case "import-messages":
      return `${summary.file}: ${plural(summary.logged, "message")} logged`;
    case "import-json":
      return `${summary.file}: ${summary.contacts} contacts, ${summary.conversations} conversations, ${summary.followUps} follow-ups added`;
    case "contact-state":
      return stateSentence(summary.name, summary.change);
  }
}

/** Short, in the words of the flags, and a note is only said to have changed. */
function conversationChange({ field, from, to }: ConversationFieldChange): string {
  const word = (value: string | null) => (field === "direction" && value === "both" ? "two-way" : value);
  return field === "note" ? "note changed" : `${field} ${word(from)} → ${word(to)}`;
}
