// Where a contact stands today. The default cadence is passed in one place, here.
import { DEFAULT_CADENCE_DAYS } from "../domain/cadence.js";
import type { CalendarDate } from "../domain/dates.js";
import { type DueItem, scheduleOf, type TrackedContact } from "../domain/due.js";
import type { Database } from "../store/db.js";
import { trackedContact } from "../store/interactions.js";

export function scheduleFor(db: Database, contactId: number, today: CalendarDate): DueItem {
  return scheduleOf(trackedContact(db, contactId, today), today, DEFAULT_CADENCE_DAYS);
}

export function scheduleOfTracked(contact: TrackedContact, on: CalendarDate): DueItem {
  return scheduleOf(contact, on, DEFAULT_CADENCE_DAYS);
}
