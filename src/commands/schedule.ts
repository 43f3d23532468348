// Where contacts stand, under the user's settings.
import type { CalendarDate } from "../domain/dates.js";
import { type DueItem, type Policy, scheduleOf } from "../domain/due.js";
import { policyOf, readSettings, type Settings } from "../domain/settings.js";
import type { Database } from "../store/db.js";
import { trackedContact } from "../store/interactions.js";
import { allSettings } from "../store/settings.js";

export function loadSettings(db: Database): Settings {
  return readSettings(allSettings(db));
}

export function loadPolicy(db: Database): Policy {
  return policyOf(loadSettings(db));
}

export function scheduleFor(db: Database, contactId: number, today: CalendarDate): DueItem {
  return scheduleOf(trackedContact(db, contactId, today), today, loadPolicy(db));
}
