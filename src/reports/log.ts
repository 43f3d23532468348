// The report src/commands/log.ts returns and its views in src/render/ read: a leaf both import.
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { ContactRef } from "../store/contacts.js";
import type { ConversationWithContact } from "../store/conversation-log.js";

export interface LogReport {
  /** Newest first, cut to the limit. */
  entries: ConversationWithContact[];
  /** How many conversations match, shown or not. */
  total: number;
  contact: ContactRef | null;
  since: CalendarDate | null;
  channel: Channel | null;
}

/** The names' column of `netlog log` is at most this wide: a longer name is shortened to it. */
export const LOG_NAME_WIDTH = 20;

/** What sizes the columns of `netlog log`: the values each column shows, in any order, repeats allowed. */
export interface LogColumns {
  ids: Iterable<number>;
  dates: Iterable<CalendarDate>;
  /** null when the list is one contact's, which shows no names. */
  names: Iterable<string> | null;
}

/**
 * A LogReport whose conversations are read as they are written: a pipe gets every one of them.
 * Each iterable is read once, the columns before the entries.
 */
export interface LogStream {
  entries: Iterable<ConversationWithContact>;
  columns: LogColumns;
  /** How many match but are left out by the limit. */
  hidden: number;
  contact: ContactRef | null;
  since: CalendarDate | null;
  channel: Channel | null;
}

/** A report already read, as a stream. */
export function logStreamOf(report: LogReport): LogStream {
  const { entries, total, contact, since, channel } = report;
  const names = contact ? null : entries.map((e) => e.contact.name);
  return { entries, columns: { ids: entries.map((e) => e.id), dates: entries.map((e) => e.date), names }, hidden: total - entries.length, contact, since, channel };
}
