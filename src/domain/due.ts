// The cadence engine: pure, deterministic, with "today" passed in.
import type { Channel } from "./channels.js";
import { addCalendarDays, type CalendarDate, calendarDaysBetween } from "./dates.js";

export interface Touch {
  date: CalendarDate;
  channel: Channel;
  note: string | null;
}

export interface TrackedContact {
  uuid: string;
  name: string;
  company: string | null;
  /** The contact's own cadence; null means the default applies. */
  cadenceDays: number | null;
  addedOn: CalendarDate;
  /** The latest interaction on or before the day asked about. */
  lastContact: Touch | null;
}

export interface DueItem {
  contact: TrackedContact;
  dueOn: CalendarDate;
  /** 0 on the day it falls due; negative for someone not due yet. */
  daysOverdue: number;
  cadenceDays: number;
}

export function effectiveCadence(contact: TrackedContact, defaultCadenceDays: number): number {
  return contact.cadenceDays ?? defaultCadenceDays;
}

/** Due one cadence after the last conversation, or after being added if there has been none. */
export function scheduleOf(contact: TrackedContact, on: CalendarDate, defaultCadenceDays: number): DueItem {
  const cadenceDays = effectiveCadence(contact, defaultCadenceDays);
  const dueOn = addCalendarDays(contact.lastContact?.date ?? contact.addedOn, cadenceDays);
  return { contact, dueOn, cadenceDays, daysOverdue: calendarDaysBetween(dueOn, on) };
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Most overdue relative to cadence first: 10 days late on a weekly cadence matters more than 10
 * days late on a yearly one. Ties by name, then uuid, so the order never depends on storage.
 */
export function compareDue(a: DueItem, b: DueItem): number {
  return (
    b.daysOverdue / b.cadenceDays - a.daysOverdue / a.cadenceDays ||
    byName.compare(a.contact.name, b.contact.name) ||
    (a.contact.uuid < b.contact.uuid ? -1 : a.contact.uuid > b.contact.uuid ? 1 : 0)
  );
}

export function dueList(contacts: readonly TrackedContact[], on: CalendarDate, defaultCadenceDays: number): DueItem[] {
  return contacts
    .map((c) => scheduleOf(c, on, defaultCadenceDays))
    .filter((item) => item.daysOverdue >= 0)
    .sort(compareDue);
}

/** Whoever falls due soonest after `on`, to tell a user with nobody due what comes next. */
export function nextDue(contacts: readonly TrackedContact[], on: CalendarDate, defaultCadenceDays: number): DueItem | undefined {
  let next: DueItem | undefined;
  for (const c of contacts) {
    const item = scheduleOf(c, on, defaultCadenceDays);
    if (item.daysOverdue >= 0) continue;
    if (!next || item.dueOn < next.dueOn || (item.dueOn === next.dueOn && compareDue(item, next) < 0)) next = item;
  }
  return next;
}
