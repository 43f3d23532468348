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
