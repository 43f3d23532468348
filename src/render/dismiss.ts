import type { ChalkInstance } from "chalk";
import type { Dismissal } from "../reports/dismiss.js";
import { type CalendarDate, formatShortDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { messageName } from "./reason.js";
import { neutralise } from "../text/neutralise.js";

/** What was dismissed, and what happens next. */
export function renderDismissed({ contact, item, next }: Dismissal, style: ChalkInstance, today: CalendarDate): string {
  const name = style.bold(neutralise(contact.name));
  const last = item.contact.lastContact;
  const said = (() => {
    switch (item.reason) {
      case "no_reply":
        return `No reply needed to your ${messageName(last!.channel)} to ${name} of ${formatShortDate(last!.date, today)}: the cadence runs on from it.`;
      case "follow_up":
        return `Let go of the follow-up with ${name}${item.followUp?.note ? ` (${neutralise(item.followUp.note)})` : ""}.`;
      case "suggest_call":
      case "suggest_meeting":
        return `No more "${item.reason === "suggest_call" ? "time for a call?" : "meet in person?"}" for ${name} until your conversations reach a new stage.`;
      case "birthday":
        return `No more reminders of ${name}'s birthday this year.`;
      case "job_change":
        return `Noted ${name}'s new job without a word: it leaves the list, and the cadence runs on.`;
      default:
        return `Skipped this round with ${name}: the cadence restarts today.`;
    }
  })();
  return `${said}\n  ${nextText(next, today)} netlog undo takes it back.\n`;
}

function nextText(next: DueItem, today: CalendarDate): string {
  if (next.dueOn === null) return "No touch-base due.";
  const what = next.reason === "follow_up" ? "Follow-up" : "Next touch-base";
  if (next.daysOverdue < 0) return `${what} due ${formatShortDate(next.dueOn, today)}.`;
  return `Still on today's list: ${next.reason === "follow_up" ? "its follow-up" : "its cadence"} is ${next.daysOverdue === 0 ? "due today" : `${next.daysOverdue} days overdue`}.`;
}

export function dismissedJson({ contact, item, note, next }: Dismissal, today: CalendarDate) {
  return {
    uuid: item.contact.uuid,
    name: contact.name,
    dismissed: item.reason,
    dismissed_on: today,
    note,
    next: { reason: next.reason, due_on: next.dueOn },
  };
}
