// The SQL of `netlog stats`.
import type { Database } from "better-sqlite3";
import type { Channel } from "../domain/channels.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Month, StageFirsts } from "../domain/stats.js";

/** Conversations from `from` to `to` (both included), counted per month and channel. */
export function conversationCounts(db: Database, from: CalendarDate, to: CalendarDate): Array<{ month: Month; channel: Channel; count: number }> {
  return db
    .prepare(
      `SELECT substr(happened_on, 1, 7) AS month, channel, count(*) AS count FROM conversations
       WHERE happened_on BETWEEN ? AND ? GROUP BY month, channel ORDER BY month, channel`,
    )
    .all(from, to) as Array<{ month: Month; channel: Channel; count: number }>;
}

/** For each contact that has talked with you, the first day at each stage (kept in contact_history). */
export function stageFirsts(db: Database): StageFirsts[] {
  return db.prepare("SELECT online_first AS online, voice_first AS voice, in_person_first AS inPerson FROM contact_history").all() as StageFirsts[];
}
