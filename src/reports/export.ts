// What `netlog export ics` gathers (src/commands/export.ts) and render/export.ts writes as a
// calendar, and what an export written with --out reports: a leaf both import.
import type { MonthDay } from "../domain/birthdays.js";
import type { CalendarDate } from "../domain/dates.js";
import type { ContactSummary } from "./contact-list.js";

export interface CalendarReport {
  today: CalendarDate;
  /** The moment of the export, the calendar's DTSTAMP. */
  now: string;
  /** Who comes up from today to the last day asked for, on the day each shows up. */
  items: Array<ContactSummary & { date: CalendarDate }>;
  /** The birthdays of contacts not archived: yearly events, whatever the window. */
  birthdays: CalendarBirthday[];
}

export interface CalendarBirthday extends MonthDay {
  uuid: string;
  name: string;
  company: string | null;
}

/**
 * An export written to a file (`--out FILE`): which format, the file as given, and how many it
 * holds (contacts, or for a calendar its events). Standard output stays the export itself.
 */
export type ExportWritten = { format: "json" | "csv" | "vcard"; out: string; contacts: number } | { format: "ics"; out: string; events: number };
