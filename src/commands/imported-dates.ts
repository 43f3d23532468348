// The yearly dates an import brings (a card's BDAY and ANNIVERSARY, a Google row's Birthday):
// checked as --birthday checks them, and added only where the contact has none of that kind.
import type { Database } from "../store/db.js";
import type { CalendarDate } from "../domain/dates.js";
import { checkMonthDay, type ContactDate, isProblem } from "../domain/birthdays.js";
import type { CardDate } from "../formats/vcard-read.js";
import { insertContactDate, listContactDates, setBirthday } from "../store/contact-dates.js";

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

/**
 * The card's dates that the contact lacks: a card never replaces a birthday netlog has, and its
 * one ANNIVERSARY is any anniversary the contact has (export vcard writes "work anniversary" as
 * it). Whether any was added.
 */
export function addMissingDates(db: Database, contactId: number, dates: readonly ContactDate[], now: string): boolean {
  if (dates.length === 0) return false;
  const has = listContactDates(db, contactId);
  let added = false;
  for (const date of dates) {
    if (has.some((d) => d.kind === date.kind)) continue;
    insertContactDate(db, contactId, date, now);
    added = true;
  }
  return added;
}

/**
 * A card changed in a vdir: its birthday is the contact's (the folder's card wins), and an
 * anniversary it has is added where the contact has none. A card without them wipes nothing: an
 * app may drop what it does not show, and a card written before netlog wrote them had none.
 * Whether anything changed.
 */
export function followCardDates(db: Database, contactId: number, dates: readonly ContactDate[], now: string): boolean {
  const birthday = dates.find((d) => d.kind === "birthday");
  const changed = birthday !== undefined && setBirthday(db, contactId, { month: birthday.month, day: birthday.day, year: birthday.year }, now);
  return (
    addMissingDates(
      db,
      contactId,
      dates.filter((d) => d.kind !== "birthday"),
      now,
    ) || changed
  );
}
