// The morning list of a day, two ways that give the same list: from the schedules the store
// keeps (store/schedules.ts: a few queries, whatever the number of contacts), or by the cadence
// engine over every contact (domain/due.ts planDay), for what the schedules do not answer: the
// whole list (--json, --all), and a day before the schedules were last made (--on a past day).
import { birthdayItems, birthdaysForToday, DEFAULT_BIRTHDAY_NOTICE_DAYS } from "../domain/birthday-items.js";
import { upcomingBirthday } from "../domain/birthdays.js";
import type { CalendarDate } from "../domain/dates.js";
import { type Policy, planDay, SUGGESTIONS_PER_DAY } from "../domain/due.js";
import { pickForToday, roomsForToday, turnWindow } from "../domain/morning.js";
import { activeBirthdays, withBirthdays } from "../store/contact-dates.js";
import { trackedContacts } from "../store/conversations.js";
import type { Database } from "../store/db.js";
import type { DueReport } from "../reports/due.js";
import { comingUp, dueCounts, dueRun, nextAfter, suggestionCandidates } from "../store/schedules.js";
import { contactsOn } from "./schedule.js";

/** The report's lists of the day (reports/due.ts says what each holds). */
export type DayList = Pick<DueReport, "items" | "dueCount" | "shown" | "suggestions" | "upcoming" | "birthdays" | "shownBirthdays" | "next">;

/** The cadence engine over every contact that can be due: the whole list. */
export function dayOverEveryone(db: Database, on: CalendarDate, policy: Policy, limit: number, within: number | undefined): DayList {
  // Archived contacts and untracked connections are never due: most of a LinkedIn import.
  const contacts = withBirthdays(db, contactsOn(db, on, policy, { onlyTracked: true }));
  const plan = planDay(contacts, on, policy, within);
  const birthdays = birthdayItems(contacts, on, policy);
  return {
    items: plan.items,
    dueCount: plan.items.length,
    shown: pickForToday(plan.items, limit, on),
    suggestions: plan.suggestions,
    upcoming: plan.upcoming,
    birthdays,
    shownBirthdays: birthdaysForToday(birthdays, limit),
    next: plan.next,
  };
}

/**
 * Today's share (at most `limit`, more than 0) from the schedules: the store counts who is due
 * and reads the rows of today's window (domain/morning.ts turnWindow), the few suggestions, who
 * is coming up and who is next; only those contacts are read whole, and the engine makes their
 * items, so the lines are what it would say.
 */
export function dayFromSchedules(db: Database, on: CalendarDate, policy: Policy, limit: number, within: number | undefined): DayList {
  const counts = dueCounts(db, on);
  const rooms = roomsForToday(counts.pressing, counts.other, limit);
  const dueCount = counts.pressing + counts.other;
  const ids = [
    ...turnWindow(counts.pressing, rooms.pressing, on).flatMap((run) => dueRun(db, on, { pressing: true, ...run })),
    ...turnWindow(counts.other, rooms.other, on).flatMap((run) => dueRun(db, on, { pressing: false, ...run })),
  ];
  // Who is next is said only when nobody is due (planDay's `next`).
  const next = dueCount === 0 ? nextAfter(db, on) : undefined;
  const read = [...ids, ...suggestionCandidates(db, on, SUGGESTIONS_PER_DAY), ...(within === undefined ? [] : comingUp(db, on, within)), ...(next === undefined ? [] : [next])];
  // Those few read whole: none of them is due but the chosen, so the engine's plan of them is the day's.
  const plan = planDay(trackedContacts(db, [...new Set(read)], on), on, policy, within);
  const birthdays = birthdayItems(birthdayContacts(db, on, policy), on, policy);
  return {
    items: plan.items,
    dueCount,
    shown: plan.items,
    suggestions: plan.suggestions,
    upcoming: plan.upcoming,
    birthdays,
    shownBirthdays: birthdaysForToday(birthdays, limit),
    next: plan.next,
  };
}

/** The contacts whose birthday is within the notice, as the list over everyone finds them. */
function birthdayContacts(db: Database, on: CalendarDate, policy: Policy) {
  const notice = policy.birthdayNoticeDays ?? DEFAULT_BIRTHDAY_NOTICE_DAYS;
  const coming = activeBirthdays(db).filter((row) => upcomingBirthday(row, on, notice) !== undefined);
  if (coming.length === 0) return [];
  // Only those that can be due, as contactsOn({ onlyTracked }) reads them: tracked, or owing a follow-up.
  const contacts = trackedContacts(
    db,
    coming.map((row) => row.contactId),
    on,
  ).filter((c) => c.tracked || c.followUp !== null);
  return withBirthdays(db, contacts);
}
