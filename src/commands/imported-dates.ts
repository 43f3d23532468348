// The yearly dates an import brings (a card's BDAY and ANNIVERSARY, a Google row's Birthday):
// checked as --birthday checks them, and added only where the contact has none of that kind.
import type { Database } from "../store/db.js";
import type { CalendarDate } from "../domain/dates.js";
import { checkMonthDay, type ContactDate, isProblem } from "../domain/birthdays.js";
import type { CardDate } from "../formats/vcard-read.js";
import { insertContactDate, listContactDates } from "../store/contact-dates.js";

/**
 * A card's BDAY and ANNIVERSARY, checked as --birthday checks them: a day that does not exist is
 * left out, and a year netlog does not take (before 1900, or to come) is dropped, keeping the day.
 */
export function usableDates(dates: readonly CardDate[], today: CalendarDate): ContactDate[] {
  const usable: ContactDate[] = [];
  for (const date of dates) {
    let checked = checkMonthDay(date, today);
    if (isProblem(checked) && checked.kind === "year") checked = checkMonthDay({ ...date, year: null }, today);
    if (isProblem(checked)) continue;
    usable.push({ ...checked, kind: date.kind, label: date.kind === "birthday" ? null : "anniversary" });
  }
  return usable;
}

/** The card's dates that the contact lacks: a card never replaces a birthday netlog has. Whether any was added. */
export function addMissingDates(db: Database, contactId: number, dates: readonly ContactDate[], now: string): boolean {
  if (dates.length === 0) return false;
  const has = listContactDates(db, contactId);
  let added = false;
  for (const date of dates) {
    if (has.some((d) => d.kind === date.kind && (date.kind === "birthday" || d.label === date.label))) continue;
    insertContactDate(db, contactId, date, now);
    added = true;
  }
  return added;
}
