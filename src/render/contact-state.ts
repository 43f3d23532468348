// The sentence for a change of one contact's state (a follow-up, a snooze, a pause, an archive),
// as the command says it and `netlog undo --list` repeats it. Plain text: callers neutralise it.
import { formatLongDate } from "../domain/dates.js";
import type { StateChangeData } from "../reports/contact-state.js";

export function stateSentence(name: string, change: StateChangeData): string {
  switch (change.kind) {
    case "follow-up": {
      const { replaced } = change;
      const replacedText = replaced ? ` It replaces the one due ${formatLongDate(replaced.date)}${replaced.note ? `: ${replaced.note}` : ""}.` : "";
      return `Follow-up with ${name} on ${formatLongDate(change.date)}${change.note ? `: ${change.note}` : ""}.${replacedText}`;
    }
    case "follow-up-kept":
      return `Nothing changed: the follow-up with ${name} on ${formatLongDate(change.date)} stands.`;
    case "follow-up-done":
      return `Follow-up with ${name} done.`;
    case "snoozed":
      return `${name} is snoozed until ${formatLongDate(change.until)}.`;
    case "paused":
      return `${name} is paused: no touch-base reminders until netlog resume.`;
    case "resumed":
      return `${name} is back on schedule, counting from today.`;
    case "archived":
      return `${name} is archived: off every list, history kept.`;
    case "unarchived":
      return `${name} is back on your lists.`;
  }
}
