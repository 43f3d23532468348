// Birthdays on the morning list. A birthday is not a cadence: paused and snoozed contacts get
// theirs too (archived ones are on no list). They stand beside the due items rather than among
// them, so they neither take the place of someone due nor rotate away before the day.
import { nextOccurrence, upcomingBirthday } from "./birthdays.js";
import type { CalendarDate } from "./dates.js";
import { compareDue, type DueItem, type Policy, scheduleOf, type TrackedContact } from "./due.js";

/** How many birthdays the human list names in a day; `due --all` and --json give them all. */
export const BIRTHDAYS_SHOWN = 2;

export const DEFAULT_BIRTHDAY_NOTICE_DAYS = 3;

/**
 * The birthdays from `on` to the policy's notice ahead, soonest first, then as the list orders
 * people. A dismissal clears the reminder of the birthday it came before (that year's), not the next.
 */
export function birthdayItems(contacts: readonly TrackedContact[], on: CalendarDate, policy: Policy): DueItem[] {
  const notice = policy.birthdayNoticeDays ?? DEFAULT_BIRTHDAY_NOTICE_DAYS;
  const found: DueItem[] = [];
  for (const contact of contacts) {
    const birthday = contact.birthday;
    if (!birthday || contact.archived) continue;
    const coming = upcomingBirthday(birthday, on, notice);
    if (!coming) continue;
    if (birthday.dismissedOn !== null && birthday.dismissedOn <= on && nextOccurrence(birthday, birthday.dismissedOn) === coming.date) continue;
    // A birthday is not held by a meeting: it comes on its day.
    const { planned: _held, ...item } = scheduleOf(contact, on, policy);
    found.push({ ...item, reason: "birthday", dueOn: coming.date, daysOverdue: coming.inDays === 0 ? 0 : -coming.inDays, birthday: { date: coming.date, turns: coming.turns } });
  }
  return found.sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : compareDue(a, b)));
}

/** Today's birthdays for a person to read: at most BIRTHDAYS_SHOWN, unless the list shows everyone (limit 0). */
export function birthdaysForToday(items: readonly DueItem[], limit: number): DueItem[] {
  return limit === 0 ? [...items] : items.slice(0, BIRTHDAYS_SHOWN);
}
