// An iCalendar file of upcoming touch-bases: one all-day event per contact due in the window,
// with a UID that stays the same from one export to the next, so a calendar can subscribe.
import ICAL from "ical.js";
import { addCalendarDays, type CalendarDate } from "../domain/dates.js";
import { contentText, foldContentLines } from "./content-lines.js";

export interface CalendarEntry {
  uuid: string;
  date: CalendarDate;
  /** A follow-up and a plain touch-base are different events, with different UIDs. */
  kind: "follow-up" | "touch-base" | "birthday";
  summary: string;
  description: string;
  /**
   * An event that comes back every year on this month and day (a birthday): `date` is its first.
   * 29 Feb recurs on February's last day, so it is there in the years without one too.
   */
  yearly?: { month: number; day: number };
}

export function toIcs(entries: readonly CalendarEntry[], now: string): string {
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("prodid", "-//netlog//touch-bases//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("x-wr-calname", "netlog touch-bases");
  const stamp = ICAL.Time.fromDateTimeString(now.replace(/\.\d+Z$/, "Z"));
  for (const entry of entries) {
    const event = new ICAL.Component("vevent");
    event.addPropertyWithValue("uid", `${entry.uuid}-${entry.kind}@netlog`);
    event.addPropertyWithValue("dtstamp", stamp);
    // All-day: DTEND is the next day, exclusive (RFC 5545 §3.6.1).
    event.addPropertyWithValue("dtstart", ICAL.Time.fromDateString(entry.date));
    event.addPropertyWithValue("dtend", ICAL.Time.fromDateString(addCalendarDays(entry.date, 1)));
    if (entry.yearly) event.addPropertyWithValue("rrule", ICAL.Recur.fromString(yearlyRule(entry.yearly)));
    event.addPropertyWithValue("summary", contentText(entry.summary));
    event.addPropertyWithValue("description", contentText(entry.description));
    event.addPropertyWithValue("transp", "TRANSPARENT");
    calendar.addSubcomponent(event);
  }
  return `${foldContentLines(calendar.toString())}\r\n`;
}

/** RFC 5545 skips a yearly 29 Feb in other years (§3.3.10): February's last day (-1) is not skipped. */
function yearlyRule({ month, day }: { month: number; day: number }): string {
  return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${month === 2 && day === 29 ? -1 : day}`;
}
