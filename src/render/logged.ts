import type { ChalkInstance } from "chalk";
import type { Logged } from "../reports/add.js";
import { formatCadence } from "../domain/cadence.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import { type Direction, UNANSWERED_IN_A_ROW_LIMIT } from "../domain/due.js";
import { shellWord } from "../domain/shell-words.js";
import { neutralise } from "../text/neutralise.js";
import { describeOverdue } from "./text.js";

/** Who spoke, as every confirmation says it: a message they sent is not one you await an answer to. */
const WHO_SPOKE: Readonly<Record<Direction, string>> = { sent: "you wrote", received: "they wrote", both: "two-way" };

/** Confirms what was stored, naming the contact in full, since a typed prefix may have found them. */
export function renderLogged(logged: Logged, style: ChalkInstance, today: CalendarDate): string {
  const { contact, conversation, matchedBy, schedule } = logged;
  const created = matchedBy === "created" ? `; new contact, every ${formatCadence(schedule.cadenceDays)}` : "";
  const when = conversation.date === today ? "today" : formatLongDate(conversation.date);
  // A back-dated conversation can leave the contact overdue still: say so rather than show a past "next".
  const dueOn = schedule.dueOn;
  const what = schedule.reason === "follow_up" ? "Follow-up" : schedule.reason === "no_reply" ? "Without a reply, next touch-base" : "Next touch-base";
  const next =
    dueOn === null
      ? "Paused: no touch-base due."
      : schedule.daysOverdue > 0
        ? `${what} was due ${formatShortDate(dueOn, today)} (${describeOverdue(schedule)}).`
        : `${what} ${schedule.daysOverdue === 0 ? "due today" : `due ${formatShortDate(dueOn, today)}`}.`;
  // Said once, when the second unanswered message in a row is logged (domain/due.ts stops chasing).
  const stopsChasing =
    conversation.direction === "sent" && schedule.contact.lastContact?.id === conversation.id && schedule.contact.sentInARow === UNANSWERED_IN_A_ROW_LIMIT
      ? `\n  That is ${UNANSWERED_IN_A_ROW_LIMIT} messages in a row without a reply: netlog stops reminding you of a reply from ${neutralise(contact.name)} until they write.`
      : "";
  return `Logged ${conversation.channel} with ${style.bold(neutralise(contact.name))} (${WHO_SPOKE[conversation.direction]}${created}), ${when}. ${next}${stopsChasing}${earlier(logged, today)}\n`;
}

/** The warning after `add --new` made a contact whose name is a close spelling of another's. */
export function closeMatchWarning({ contact, closeTo }: Logged): string | undefined {
  if (!closeTo) return undefined;
  return `${neutralise(contact.name)} is a new contact, close to ${neutralise(closeTo.name)} #${closeTo.id}; if they are the same person: netlog contact merge '#${closeTo.id}' '#${contact.id}'`;
}

/** A promise is never dropped silently: what became of the follow-up that was open. */
function earlier({ contact, earlierFollowUp }: Logged, today: CalendarDate): string {
  if (!earlierFollowUp) return "";
  const { followUp, outcome } = earlierFollowUp;
  const what = `the follow-up${followUp.note ? ` "${neutralise(followUp.note)}"` : ""} (due ${formatShortDate(followUp.date, today)})`;
  switch (outcome) {
    case "fulfilled": {
      const again = ["netlog", "follow-up", contact.name, followUp.date < today ? "today" : followUp.date, ...(followUp.note ? [followUp.note] : [])].map((w) =>
        neutralise(shellWord(w)),
      );
      return `\n  This closes ${what}; to reopen it:\n  ${again.join(" ")}`;
    }
    case "kept":
      return `\n  ${capitalized(what)} stays open.`;
    case "replaced":
      return `\n  The new follow-up replaces ${what}.`;
    case "stands":
      return `\n  ${capitalized(what)} stands; the new one was not recorded.`;
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
