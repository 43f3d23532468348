// The numbers of `netlog stats`: pure, with "today" passed in.
import { CHANNELS, type Channel } from "./channels.js";
import { type CalendarDate, calendarDaysBetween } from "./dates.js";
import { isVisible, type Policy, scheduleOf, type TrackedContact } from "./due.js";
import type { Stage } from "./stage.js";

/** A calendar month, `YYYY-MM`. */
export type Month = string;

export function monthOf(date: CalendarDate): Month {
  return date.slice(0, 7);
}

/** The first day of the month 11 months before today's: with today's, twelve months. */
export function yearBefore(today: CalendarDate): CalendarDate {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const months = y * 12 + (m - 1) - 11;
  return `${String(Math.floor(months / 12)).padStart(4, "0")}-${String((months % 12) + 1).padStart(2, "0")}-01`;
}

/** Every month from the one of `from` to the one of `to`, both included; none if `from` is later. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): Month[] {
  const months: Month[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let month = monthOf(from); month <= monthOf(to); month = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export interface PeriodCounts {
  /** Every month of the period, the ones without a conversation included, oldest first. */
  months: Array<{ month: Month; conversations: number }>;
  /** Every channel, in the order of CHANNELS. */
  channels: Record<Channel, number>;
  total: number;
}

/** Conversations per month and per channel, from counts per (month, channel). */
export function periodCounts(months: readonly Month[], counted: ReadonlyArray<{ month: Month; channel: Channel; count: number }>): PeriodCounts {
  const perMonth = new Map(months.map((month) => [month, 0]));
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  let total = 0;
  for (const { month, channel, count } of counted) {
    if (!perMonth.has(month)) continue;
    perMonth.set(month, perMonth.get(month)! + count);
    channels[channel] += count;
    total += count;
  }
  return { months: months.map((month) => ({ month, conversations: perMonth.get(month)! })), channels, total };
}

export interface ScheduleCounts {
  /** The contacts on the morning list's watch: tracked, or owing a follow-up, and not archived. */
  contacts: number;
  onSchedule: number;
  /** Due on the day or before: what `netlog due` lists. */
  due: number;
  snoozed: number;
  paused: number;
}

/** Where each contact stands on `on`, as `netlog due` sees it (planDay in domain/due.ts). */
export function scheduleCounts(contacts: readonly TrackedContact[], on: CalendarDate, policy: Policy): ScheduleCounts {
  const counts: ScheduleCounts = { contacts: 0, onSchedule: 0, due: 0, snoozed: 0, paused: 0 };
  for (const contact of contacts) {
    if (contact.archived) continue;
    if (!isVisible(contact, on)) {
      counts.snoozed++;
    } else {
      const item = scheduleOf(contact, on, policy);
      if (item.dueOn !== null) counts[item.daysOverdue >= 0 ? "due" : "onSchedule"]++;
      else if (contact.paused) counts.paused++;
      // else: a connection that is not tracked and whose follow-up is met: on no list.
      else continue;
    }
    counts.contacts++;
  }
  return counts;
}

export interface Neglected {
  contact: TrackedContact;
  /** Days since the last conversation, or since the contact was added if there was none. */
  days: number;
}

/**
 * The tracked contacts longest without a conversation, leaving out those you have put aside
 * (paused, snoozed, archived). Longest first; then by name, then uuid.
 */
export function longestNeglected(contacts: readonly TrackedContact[], on: CalendarDate, count: number): Neglected[] {
  const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  return contacts
    .filter((c) => c.tracked && !c.paused && isVisible(c, on))
    .map((contact) => ({ contact, days: calendarDaysBetween(contact.lastContact?.date ?? contact.addedOn, on) }))
    .sort((a, b) => b.days - a.days || byName.compare(a.contact.name, b.contact.name) || (a.contact.uuid < b.contact.uuid ? -1 : 1))
    .slice(0, count);
}

/** The first day a contact had a conversation at each stage (contact_history's columns). */
export interface StageFirsts {
  online: CalendarDate | null;
  voice: CalendarDate | null;
  inPerson: CalendarDate | null;
}

export type StageReach = Record<Stage, { reached: number; new: number }>;

/**
 * How many contacts have reached each stage by `on`, and how many of them first did on or after
 * `since`. A stage counts as reached when it or a later one was: someone first met at an event
 * has been reached online and by voice too.
 */
export function stageReach(firsts: readonly StageFirsts[], since: CalendarDate, on: CalendarDate): StageReach {
  const reach: StageReach = { online: { reached: 0, new: 0 }, voice: { reached: 0, new: 0 }, in_person: { reached: 0, new: 0 } };
  const earliest = (...dates: Array<CalendarDate | null>) => dates.filter((d): d is CalendarDate => d !== null && d <= on).sort()[0];
  for (const f of firsts) {
    const reachedOn: Record<Stage, CalendarDate | undefined> = {
      online: earliest(f.online, f.voice, f.inPerson),
      voice: earliest(f.voice, f.inPerson),
      in_person: earliest(f.inPerson),
    };
    for (const stage of ["online", "voice", "in_person"] as const) {
      const date = reachedOn[stage];
      if (date === undefined) continue;
      reach[stage].reached++;
      if (date >= since) reach[stage].new++;
    }
  }
  return reach;
}
