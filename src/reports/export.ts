// What `netlog export ics` gathers (src/commands/export.ts) and render/export.ts writes as a
// calendar: a leaf both import.
import type { CalendarDate } from "../domain/dates.js";
import type { ContactSummary } from "./contact-list.js";

export interface CalendarReport {
  today: CalendarDate;
  /** The moment of the export, the calendar's DTSTAMP. */
  now: string;
  /** Who comes up from today to the last day asked for, on the day each shows up. */
  items: Array<ContactSummary & { date: CalendarDate }>;
}
