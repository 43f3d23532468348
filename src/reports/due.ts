// The report src/commands/due.ts returns and its views in src/render/ read: a leaf both import.
import type { CalendarDate } from "../domain/dates.js";
import type { DueItem } from "../domain/due.js";

export interface DueReport {
  today: CalendarDate;
  on: CalendarDate;
  /** Whether --on named the day (the heading then gives the date, even if it is today). */
  dateGiven: boolean;
  /**
   * Everyone due, in order, when the whole list was asked for (--json, --all) or made over
   * everyone; from the kept schedules, only those shown (commands/due-day.ts).
   */
  items: DueItem[];
  /** How many are due: the length of the whole list. */
  dueCount: number;
  /** Today's share of `items` for a person to read: at most `limit`, taking turns (domain/morning.ts). */
  shown: DueItem[];
  /** Relationships ready for a call or a meeting (a few a day), after the due items. */
  suggestions: DueItem[];
  /** With --within: who comes due in the following days, soonest first. */
  upcoming: DueItem[];
  /** Birthdays on the day or within the birthday-notice setting, soonest first; beside `items`, never among them. */
  birthdays: DueItem[];
  /** The few of them a person reads (domain/birthday-items.ts): all when `limit` is 0. */
  shownBirthdays: DueItem[];
  /** How many due items a person sees (--limit, else the daily-limit setting); 0 means all. */
  limit: number;
  /** Whether --limit was given: the JSON view is cut only then. */
  limitGiven: boolean;
  /** Who falls due first after `on`, when nobody is due (suggestions or not). */
  next: DueItem | undefined;
  /** Whether anyone is on the lists at all (archived contacts are not). */
  anyContacts: boolean;
}
