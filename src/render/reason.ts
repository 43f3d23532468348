import type { Channel } from "../domain/channels.js";
import { type CalendarDate, formatShortDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";
import { stageOf } from "../domain/stage.js";
import { neutralise } from "../text/neutralise.js";
import { describeOverdue, plural } from "./text.js";
import { weekdayDayMonth } from "./contact-dates.js";

const MESSAGE_NAMES: Readonly<Record<Channel, string>> = {
  linkedin: "LinkedIn message",
  inmail: "InMail",
  email: "email",
  text: "text",
  phone: "call",
  video: "video call",
  meeting: "meeting",
  event: "event",
  other: "message",
};

/** `LinkedIn message`, `InMail`, `call`: what a person calls a conversation on `channel`. */
export function messageName(channel: Channel): string {
  return MESSAGE_NAMES[channel];
}

/** Why someone is on the list, in the words a person would use. */
export function describeReason(item: DueItem, today: CalendarDate): string {
  const { contact } = item;
  // Held by a planned meeting: that is what comes; a promise it holds keeps its own day in view.
  if (item.planned && item.daysOverdue < 0) {
    const meeting = `${MESSAGE_NAMES[item.planned.channel]} planned ${weekdayDayMonth(item.planned.date)}`;
    const fu = item.reason === "follow_up" ? item.followUp : null;
    return fu ? `${meeting}; follow-up of ${formatShortDate(fu.date, today)} after it${fu.note ? `: ${neutralise(fu.note)}` : ""}` : meeting;
  }
  switch (item.reason) {
    case "follow_up": {
      const note = item.followUp?.note ? `: ${neutralise(item.followUp.note)}` : "";
      return item.daysOverdue > 0 ? `follow-up ${plural(item.daysOverdue, "day")} overdue${note}` : `follow-up ${describeOverdue(item)}${note}`;
    }
    case "no_reply": {
      const last = contact.lastContact!;
      const when = item.daysOverdue < 0 ? `, due in ${plural(-item.daysOverdue, "day")}` : "";
      return `no reply to your ${MESSAGE_NAMES[last.channel]} of ${formatShortDate(last.date, today)}${when}`;
    }
    case "suggest_call": {
      const { online } = contact.history;
      return `time for a call? ${plural(online.count, "message")} since ${formatShortDate(online.first!, today)}, never a call`;
    }
    case "suggest_meeting": {
      const since = stageOf(contact.history)!.since;
      return `meet in person? ${plural(contact.history.voice.count, "call")} since ${formatShortDate(since, today)}, never met`;
    }
    case "birthday": {
      const { date, turns } = item.birthday!;
      return `birthday ${date === today ? "today" : `on ${weekdayDayMonth(date)}`}${turns === null ? "" : ` (turns ${turns})`}`;
    }
    case "job_change":
      return `${jobText(item.jobChange!)} — congratulate?`;
    default:
      return describeOverdue(item);
  }
}

/** `started at Numerica as VP Lending`, `now VP Lending at Numerica`, `left Jefferson Bank`. */
export function jobText(job: NonNullable<DueItem["jobChange"]>): string {
  const company = job.company && neutralise(job.company);
  const title = job.title && neutralise(job.title);
  if (company !== null && company !== job.previousCompany) return `started at ${company}${title ? ` as ${title}` : ""}`;
  if (company === null && job.previousCompany !== null) return `left ${neutralise(job.previousCompany)}${title ? `, now ${title}` : ""}`;
  return `now ${title ?? "without a title"}${company ? ` at ${company}` : ""}`;
}
