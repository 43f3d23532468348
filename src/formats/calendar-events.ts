// An iCalendar file (Google, Outlook, Thunderbird exports) as the occurrences of its events: each
// on its local day, with who was in it and how it was held. Recurrence is ical.js's own (RRULE,
// RDATE, EXDATE, and RECURRENCE-ID overrides): hand-rolled rules get BYDAY and DST wrong.
import ICAL from "ical.js";
import type { Channel } from "../domain/channels.js";
import { addCalendarDays, type CalendarDate, localDateOf } from "../domain/dates.js";
import { channelOf } from "./calendar-channel.js";
import { floatInstants } from "./calendar-floating.js";
import { instantIn } from "./calendar-zones.js";

export interface CalendarPerson {
  /** Lower-cased, without `mailto:`. */
  email: string;
  declined: boolean;
}

export interface CalendarOccurrence {
  uid: string;
  /** Its RECURRENCE-ID, else the event's start, in UTC (a day for an all-day event): the same in every export. */
  occurrence: string;
  date: CalendarDate;
  channel: Channel;
  summary: string | null;
  /** The attendees with an address, and the organizer. */
  people: CalendarPerson[];
}

export interface CalendarRead {
  /** X-WR-CALNAME: an export of a whole calendar has one; a single invitation does not. */
  name: string | null;
  /** Every occurrence on or before today, cancelled ones left out. */
  past: CalendarOccurrence[];
  /** Of each event or series, its next occurrence after today that is not cancelled. */
  next: CalendarOccurrence[];
  /** Occurrences and events left out as cancelled (a cancelled series counts once). */
  cancelled: number;
  /** Every UID in the file. */
  uids: Set<string>;
  /** Events ical.js could not read (a DTSTART, RRULE or EXDATE that is not one): left out, whole. */
  unreadable: number;
}

/** What ical.js refused, or a file that holds no VCALENDAR. */
export class UnreadableCalendar extends Error {}

/**
 * A series is expanded at most this far: a FREQ=MINUTELY rule from 1990 would otherwise take
 * hours. 20,000 covers a daily meeting for 54 years.
 */
const MAX_OCCURRENCES = 20_000;
/** A series with nothing left in the next two years has nothing planned. */
const LOOKAHEAD_DAYS = 731;

export function readCalendar(text: string, today: CalendarDate): CalendarRead {
  const { calendar, refused } = parse(text);
  const read: CalendarRead = { name: textOf(calendar, "x-wr-calname"), past: [], next: [], cancelled: 0, uids: new Set(), unreadable: refused.length };
  for (const uid of refused) if (uid) read.uids.add(uid);
  const byUid = new Map<string, { master?: ICAL.Component; overrides: ICAL.Component[] }>();
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const uid = textOf(vevent, "uid");
    if (uid === null || !vevent.hasProperty("dtstart")) continue;
    read.uids.add(uid);
    const entry = byUid.get(uid) ?? { overrides: [] };
    byUid.set(uid, entry);
    if (vevent.hasProperty("recurrence-id")) entry.overrides.push(vevent);
    else entry.master ??= vevent;
  }
  for (const [uid, { master, overrides }] of byUid) {
    // ical.js reads values lazily: a date that is none throws only now. One such event is left
    // out, rather than the whole calendar refused for it.
    const own: CalendarRead = { ...read, past: [], next: [], cancelled: 0 };
    try {
      // An invitation to one occurrence of someone else's series comes without its master.
      if (!master) for (const o of overrides) single(uid, o, own, today);
      else if (isCancelled(master)) own.cancelled++;
      else if (!master.hasProperty("rrule") && !master.hasProperty("rdate")) single(uid, master, own, today);
      else {
        floatInstants(master, overrides);
        series(uid, new ICAL.Event(master, { exceptions: overrides, strictExceptions: true }), own, today);
      }
    } catch {
      read.unreadable++;
      continue;
    }
    read.past.push(...own.past);
    read.next.push(...own.next);
    read.cancelled += own.cancelled;
  }
  return read;
}

/** The calendar, and the events left out of it because ical.js refused them as it parsed (their UIDs, when they have one). */
function parse(text: string): { calendar: ICAL.Component; refused: Array<string | null> } {
  let parsed: ReturnType<typeof ICAL.parse>;
  const refused: Array<string | null> = [];
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    // ical.js decodes an RRULE as it parses: one bad BYDAY and the whole file throws. Without
    // the events that throw on their own, the rest may read.
    const kept = text.replace(EVENT_BLOCK, (block) => {
      if (parsesAlone(block)) return block;
      refused.push(/^UID:(.*)$/im.exec(block)?.[1]?.trim() || null);
      return "";
    });
    try {
      // Nothing left, or nothing to leave out: the file is what is wrong.
      if (refused.length === 0 || !/^BEGIN:VEVENT/im.test(kept)) throw error;
      parsed = ICAL.parse(kept);
    } catch {
      throw new UnreadableCalendar((error as Error).message.slice(0, 120));
    }
  }
  return { calendar: calendarOf(parsed), refused };
}

const EVENT_BLOCK = /^BEGIN:VEVENT\r?\n[\s\S]*?^END:VEVENT(?:\r?\n|$)/gim;

function parsesAlone(block: string): boolean {
  try {
    ICAL.parse(`BEGIN:VCALENDAR\r\n${block}${block.endsWith("\n") ? "" : "\r\n"}END:VCALENDAR\r\n`);
    return true;
  } catch {
    return false;
  }
}

function calendarOf(parsed: ReturnType<typeof ICAL.parse>): ICAL.Component {
  const components = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const calendar = components.map((c) => new ICAL.Component(c as never)).find((c) => c.name === "vcalendar");
  if (!calendar) throw new UnreadableCalendar("no BEGIN:VCALENDAR");
  return calendar;
}

function single(uid: string, vevent: ICAL.Component, read: CalendarRead, today: CalendarDate): void {
  // Without exceptions given, ical.js looks for them among every VEVENT of the file, for each
  // event: 5,000 events took 1.5 s of it.
  const event = new ICAL.Event(vevent, { exceptions: [] });
  if (isCancelled(vevent)) {
    read.cancelled++;
    return;
  }
  const found = occurrenceOf(uid, event.recurrenceId ?? event.startDate, event.startDate, vevent);
  if (found.date <= today) read.past.push(found);
  else read.next.push(found);
}

/** Up to today, then on to the first occurrence after it that is not cancelled. */
function series(uid: string, event: ICAL.Event, read: CalendarRead, today: CalendarDate): void {
  const iterator = event.iterator();
  const last = addCalendarDays(today, LOOKAHEAD_DAYS);
  let next: CalendarOccurrence | undefined;
  // An hourly (or finer) rule is many meetings a day: the conversations log is by day, so one
  // a day, else a FREQ=SECONDLY rule logs thousands of conversations on one day.
  const rule = event.component.getFirstPropertyValue("rrule") as ICAL.Recur | null;
  const oneADay = ["HOURLY", "MINUTELY", "SECONDLY"].includes(String(rule?.freq ?? ""));
  const days = new Set<CalendarDate>();
  for (let n = 0, time = iterator.next(); time && n < MAX_OCCURRENCES; n++, time = iterator.next()) {
    const details = event.getOccurrenceDetails(time);
    // An overridden occurrence is its own VEVENT, with its own time, status and attendees.
    const vevent = details.item.component;
    const scheduled = dateOf(time);
    if (isCancelled(vevent)) {
      if (scheduled <= today) read.cancelled++;
    } else {
      const found = occurrenceOf(uid, time, details.startDate, vevent);
      if (found.date <= today) {
        if (!oneADay || !days.has(found.date)) read.past.push(found);
        days.add(found.date);
      } else if (!next || found.date < next.date) next = found;
    }
    // Overrides can move an occurrence a little: look one past the first one found.
    if ((next && scheduled > next.date) || scheduled > last) break;
  }
  if (next) read.next.push(next);
}

function occurrenceOf(uid: string, recurrenceId: ICAL.Time, start: ICAL.Time, vevent: ICAL.Component): CalendarOccurrence {
  return {
    uid,
    occurrence: keyOf(recurrenceId),
    date: dateOf(start, vevent.getFirstProperty("dtstart")?.getParameter("tzid")),
    channel: channelOf({
      location: textOf(vevent, "location"),
      description: textOf(vevent, "description"),
      url: textOf(vevent, "url"),
      conferences: ["x-google-conference", "conference", "x-microsoft-skypeteamsmeetingurl", "x-microsoft-onlinemeetingconflink"].flatMap((name) =>
        vevent.getAllProperties(name).map((p) => String(p.getFirstValue() ?? "")),
      ),
    }),
    summary: textOf(vevent, "summary"),
    people: peopleOf(vevent),
  };
}

function peopleOf(vevent: ICAL.Component): CalendarPerson[] {
  const people: CalendarPerson[] = [];
  for (const property of [...vevent.getAllProperties("organizer"), ...vevent.getAllProperties("attendee")]) {
    // A meeting room or a projector is no one to keep in touch with.
    if (["RESOURCE", "ROOM"].includes(String(property.getParameter("cutype") ?? "").toUpperCase())) continue;
    const address = /^mailto:(.+)$/i
      .exec(String(property.getFirstValue() ?? "").trim())?.[1]
      ?.trim()
      .toLowerCase();
    if (!address) continue;
    const declined = String(property.getParameter("partstat") ?? "").toUpperCase() === "DECLINED";
    const same = people.find((p) => p.email === address);
    // Organizers are often among the attendees too: once, declined only if the attendee declined.
    if (same) same.declined = declined;
    else people.push({ email: address, declined });
  }
  return people;
}

/**
 * The local day of a time: an all-day event's date as written; a UTC or zoned time in the local
 * zone; a TZID the file does not define by its IANA name; a floating time, or a zone nobody
 * knows, as written.
 */
function dateOf(time: ICAL.Time, tzid?: string | string[]): CalendarDate {
  const written = `${String(time.year).padStart(4, "0")}-${String(time.month).padStart(2, "0")}-${String(time.day).padStart(2, "0")}`;
  if (time.isDate) return written;
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return localDateOf(time.toJSDate());
  const instant = typeof tzid === "string" ? instantIn(tzid, time) : undefined;
  return instant ? localDateOf(instant) : written;
}

/** In UTC, so that an override whose RECURRENCE-ID names another zone finds its occurrence. */
function keyOf(time: ICAL.Time): string {
  if (time.isDate || !time.zone || time.zone === ICAL.Timezone.localTimezone) return time.toICALString();
  return time.convertToZone(ICAL.Timezone.utcTimezone).toICALString();
}

function isCancelled(vevent: ICAL.Component): boolean {
  return textOf(vevent, "status")?.toUpperCase() === "CANCELLED";
}

function textOf(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}
