// Where contacts stand, under the user's settings.
import { addCalendarDays, type CalendarDate } from "../domain/dates.js";
import { type DueItem, NO_REPLY_MORNINGS, type Policy, scheduleOf, type TrackedContact } from "../domain/due.js";
import { policyOf, readSettings, type Settings } from "../domain/settings.js";
import type { Database } from "../store/db.js";
import { listTrackedContacts, trackedContact, trackedContacts } from "../store/conversations.js";
import { allSettings } from "../store/settings.js";

export function loadSettings(db: Database): Settings {
  return readSettings(allSettings(db));
}

export function loadPolicy(db: Database): Policy {
  return policyOf(loadSettings(db));
}

/**
 * Every contact as it stood on `on`, with what the cadence engine needs under `policy`: of a
 * message sent too long ago to be chased, the store need not read more.
 */
export function contactsOn(db: Database, on: CalendarDate, policy: Policy, options: { onlyTracked?: boolean } = {}): Array<TrackedContact & { id: number }> {
  return listTrackedContacts(db, on, { ...options, sentSince: sentSince(on, policy) });
}

/** contactsOn for the contacts of `ids` alone: a page of a list, read as it is written. */
export function someContactsOn(db: Database, ids: readonly number[], on: CalendarDate, policy: Policy): Array<TrackedContact & { id: number }> {
  return trackedContacts(db, ids, on, { sentSince: sentSince(on, policy) });
}

/** Of a message sent before this day, whether its reply is still chased needs no more reading. */
function sentSince(on: CalendarDate, policy: Policy): CalendarDate {
  return addCalendarDays(on, -(policy.replyWindowDays + NO_REPLY_MORNINGS));
}

export function scheduleFor(db: Database, contactId: number, today: CalendarDate): DueItem {
  return scheduleOf(trackedContact(db, contactId, today), today, loadPolicy(db));
}
