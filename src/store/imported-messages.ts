// The SQL of importing conversations from files (LinkedIn's messages.csv, mail, calendars; besides
// staging, message-staging.ts, and who a message was with, same-person.ts): logging each once
// however often the file is imported.
import { randomUUID } from "./random.js";
import type { Database } from "better-sqlite3";
import type { CalendarDate } from "../domain/dates.js";
import type { Direction } from "../domain/due.js";
import type { Channel } from "../domain/channels.js";
import { statement } from "./statements.js";

export interface ImportedMessage {
  contactId: number;
  happenedOn: CalendarDate;
  note: string | null;
  direction: Direction;
  /**
   * What the message is in the file, unique among all conversations (one per contact of a
   * message): a second import of it finds this key and logs nothing.
   */
  sourceKey: string;
  /** linkedin when not given (messages.csv). */
  channel?: Channel;
}

/** Logs the message as a conversation (linkedin unless it says); false when it was logged before. */
export function logImportedMessage(db: Database, m: ImportedMessage, logged: { now: string; today: CalendarDate }): boolean {
  const { changes } = statement(
    db,
    `INSERT INTO conversations (uuid, contact_id, happened_on, channel, note, direction, created_at, source_key, logged_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_key) WHERE source_key IS NOT NULL DO NOTHING`,
  ).run(randomUUID(), m.contactId, m.happenedOn, m.channel ?? "linkedin", m.note, m.direction, logged.now, m.sourceKey, logged.today);
  return changes > 0;
}

/** The day of the contact's latest conversation, null when none. */
export function lastConversationOn(db: Database, contactId: number): CalendarDate | null {
  return (statement(db, "SELECT max(happened_on) AS lastOn FROM conversations WHERE contact_id = ?").get(contactId) as { lastOn: CalendarDate | null }).lastOn;
}

/** Whether the contact is on the morning list; undefined for no such contact. */
export function isTracked(db: Database, contactId: number): boolean | undefined {
  const row = statement(db, "SELECT tracked FROM contacts WHERE id = ?").get(contactId) as { tracked: number } | undefined;
  return row && row.tracked === 1;
}
