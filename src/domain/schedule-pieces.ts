// A contact's schedule over the days to come, as pieces of the calendar on which the cadence
// engine's answer stays the same: what store/schedules.ts keeps, so that the morning list is a
// query. The engine (domain/due.ts) stays the one definition; this only asks it on the days its
// answer can change, and the property test checks the pieces against it day by day.
import { addCalendarDays, type CalendarDate } from "./dates.js";
import { JOB_CHANGE_DAYS, NO_REPLY_MORNINGS, type DueItem, type Policy, scheduleOf, suggestionOf, type TrackedContact } from "./due.js";
import { stageOf } from "./stage.js";

export interface SchedulePiece {
  from: CalendarDate;
  /** The first day the piece no longer holds; null for good. */
  until: CalendarDate | null;
  item: DueItem;
  suggest: "suggest_call" | "suggest_meeting" | null;
}

/**
 * The days after `on` on which scheduleOf's answer for `contact`, as it stands, can change: each
 * threshold the engine compares the day with. Listing a day that changes nothing only splits a
 * piece in two, which piecesOf joins again.
 */
export function changeDays(contact: TrackedContact, on: CalendarDate, policy: Policy): CalendarDate[] {
  const days: Array<CalendarDate | null | undefined> = [contact.followUp?.fulfilledOn, contact.dismissed?.cadenceOn, contact.dismissed?.repliesOn, contact.dismissed?.jobChangeOn];
  const job = contact.jobChange;
  if (job) days.push(job.noticedOn, addCalendarDays(job.noticedOn, JOB_CHANGE_DAYS));
  const last = contact.lastContact;
  if (last?.direction === "sent") {
    const replyDue = addCalendarDays(last.date, policy.replyWindowDays);
    days.push(replyDue, addCalendarDays(replyDue, NO_REPLY_MORNINGS));
  }
  if (contact.planned) days.push(contact.planned.date, addCalendarDays(contact.planned.date, 1));
  return [...new Set(days.filter((day): day is CalendarDate => typeof day === "string" && day > on))].sort();
}

/**
 * The pieces from `from` on. `contactOn(day)` reads the contact as it stands on a day; it is
 * asked again only on `dataDays`, the days on which what the store holds changes (a conversation
 * dated later, a meeting passing, a job change noticed later): between them the contact is the same.
 * A contact that is not due on a piece's days (paused, untracked) has no piece for them.
 */
export function piecesOf(contactOn: (day: CalendarDate) => TrackedContact, from: CalendarDate, dataDays: readonly CalendarDate[], policy: Policy): SchedulePiece[] {
  const data = [...new Set(dataDays.filter((day) => day > from))].sort();
  const pieces: Array<SchedulePiece | { from: CalendarDate; until: CalendarDate | null; item: null }> = [];
  let day = from;
  let contact = contactOn(from);
  for (;;) {
    const item = contact.archived ? null : scheduleOf(contact, day, policy);
    const piece = item && item.dueOn !== null ? { from: day, until: null, item, suggest: suggestionOf(contact) } : { from: day, until: null, item: null };
    const previous = pieces.at(-1);
    if (previous && samePiece(previous, piece)) {
      // Joined: the same answer on both sides of the day.
    } else {
      if (previous) previous.until = day;
      pieces.push(piece);
    }
    const next = [changeDays(contact, day, policy)[0], data.find((d) => d > day)].filter((d): d is CalendarDate => d !== undefined).sort()[0];
    if (next === undefined) break;
    if (data.includes(next)) contact = contactOn(next);
    day = next;
  }
  return pieces.filter((piece): piece is SchedulePiece => piece.item !== null);
}

type AnyPiece = { item: DueItem | null; suggest?: string | null };

function samePiece(a: AnyPiece, b: AnyPiece): boolean {
  if (a.item === null || b.item === null) return a.item === b.item;
  return rowOf(a.item, a.suggest ?? null) === rowOf(b.item, b.suggest ?? null);
}

/** What the store keeps of an item: two pieces with the same are one. */
function rowOf(item: DueItem, suggest: string | null): string {
  const { contact } = item;
  return JSON.stringify([
    item.dueOn,
    item.reason,
    item.cadenceDays,
    item.planned?.date ?? null,
    contact.snoozedUntil,
    suggest,
    stageOf(contact.history)?.since ?? null,
    contact.lastContact?.date ?? null,
    contact.name,
  ]);
}
