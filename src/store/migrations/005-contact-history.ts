import type { Database } from "better-sqlite3";

// The channels of each stage, as in domain/stage.ts.
const ONLINE = "('linkedin', 'inmail', 'email', 'text')";
const VOICE = "('phone', 'video')";
const IN_PERSON = "('meeting', 'event')";

/**
 * Rebuilds contact_history rows from the conversations in `table`; `where` picks the contacts
 * (SQL on i). The table was named interactions until migration 010.
 */
export function historyOf(where: string, table = "interactions"): string {
  const latest = (column: string) => `(SELECT l.${column} FROM ${table} l WHERE l.contact_id = i.contact_id ORDER BY l.happened_on DESC, l.id DESC LIMIT 1)`;
  return `INSERT INTO contact_history (contact_id, last_id, last_on, last_channel, last_direction, last_note, online_count, online_first, online_last, voice_count, voice_first, in_person_count, in_person_first)
    SELECT i.contact_id, ${latest("id")}, max(i.happened_on), ${latest("channel")}, ${latest("direction")}, ${latest("note")},
      sum(i.channel IN ${ONLINE}), min(CASE WHEN i.channel IN ${ONLINE} THEN i.happened_on END), max(CASE WHEN i.channel IN ${ONLINE} THEN i.happened_on END),
      sum(i.channel IN ${VOICE}), min(CASE WHEN i.channel IN ${VOICE} THEN i.happened_on END),
      sum(i.channel IN ${IN_PERSON}), min(CASE WHEN i.channel IN ${IN_PERSON} THEN i.happened_on END)
    FROM ${table} i WHERE ${where} GROUP BY i.contact_id`;
}

/** The column again after OLD was deleted, if OLD was the conversation it came from. */
function refind(column: string, channels: string, order: "ASC" | "DESC"): string {
  return `CASE WHEN OLD.channel IN ${channels} AND OLD.happened_on = ${column}
    THEN (SELECT l.happened_on FROM interactions l WHERE l.contact_id = OLD.contact_id AND l.channel IN ${channels} ORDER BY l.happened_on ${order} LIMIT 1)
    ELSE ${column} END`;
}

/** In the insert trigger: the new conversation is the latest (by date, then id). */
const NEWER = "(excluded.last_on > last_on OR (excluded.last_on = last_on AND excluded.last_id > last_id))";

/** In the delete trigger: a column of the latest conversation left. */
const latestOf = (column: string) => `(SELECT l.${column} FROM interactions l WHERE l.contact_id = OLD.contact_id ORDER BY l.happened_on DESC, l.id DESC LIMIT 1)`;

/** The earlier of two dates, either of which may be missing (SQLite's min() of a NULL is NULL). */
const earlier = (a: string, b: string) => `min(coalesce(${a}, ${b}), coalesce(${b}, ${a}))`;
const later = (a: string, b: string) => `max(coalesce(${a}, ${b}), coalesce(${b}, ${a}))`;

/**
 * A summary of each contact's conversations, kept up to date by triggers, so that `netlog due`
 * reads one row per contact instead of every conversation ever logged. Logging a conversation
 * adds to it; deleting or changing one (undo, restore) recounts that contact.
 */
export function up(db: Database): void {
  const at = (stage: string) => `CASE WHEN NEW.channel IN ${stage} THEN NEW.happened_on END`;
  db.exec(`
    CREATE TABLE contact_history (
      contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
      -- the latest conversation (by date, then id), copied so that due never reads interactions
      last_id INTEGER NOT NULL,
      last_on TEXT NOT NULL,
      last_channel TEXT NOT NULL,
      last_direction TEXT NOT NULL,
      last_note TEXT,
      online_count INTEGER NOT NULL,
      online_first TEXT,
      online_last TEXT,
      voice_count INTEGER NOT NULL,
      voice_first TEXT,
      in_person_count INTEGER NOT NULL,
      in_person_first TEXT
    ) STRICT;

    CREATE TRIGGER contact_history_after_insert AFTER INSERT ON interactions BEGIN
      INSERT INTO contact_history (contact_id, last_id, last_on, last_channel, last_direction, last_note, online_count, online_first, online_last, voice_count, voice_first, in_person_count, in_person_first)
      VALUES (NEW.contact_id, NEW.id, NEW.happened_on, NEW.channel, NEW.direction, NEW.note,
        NEW.channel IN ${ONLINE}, ${at(ONLINE)}, ${at(ONLINE)},
        NEW.channel IN ${VOICE}, ${at(VOICE)},
        NEW.channel IN ${IN_PERSON}, ${at(IN_PERSON)})
      ON CONFLICT (contact_id) DO UPDATE SET
        last_id = CASE WHEN ${NEWER} THEN excluded.last_id ELSE last_id END,
        last_channel = CASE WHEN ${NEWER} THEN excluded.last_channel ELSE last_channel END,
        last_direction = CASE WHEN ${NEWER} THEN excluded.last_direction ELSE last_direction END,
        last_note = CASE WHEN ${NEWER} THEN excluded.last_note ELSE last_note END,
        last_on = max(last_on, excluded.last_on),
        online_count = online_count + excluded.online_count,
        online_first = ${earlier("online_first", "excluded.online_first")},
        online_last = ${later("online_last", "excluded.online_last")},
        voice_count = voice_count + excluded.voice_count,
        voice_first = ${earlier("voice_first", "excluded.voice_first")},
        in_person_count = in_person_count + excluded.in_person_count,
        in_person_first = ${earlier("in_person_first", "excluded.in_person_first")};
    END;

    -- Counts go down by one; a first or last date is looked up again (one index seek) only when
    -- the conversation deleted was that first or last one, so deleting many stays linear.
    CREATE TRIGGER contact_history_after_delete AFTER DELETE ON interactions BEGIN
      UPDATE contact_history SET
        online_count = online_count - (OLD.channel IN ${ONLINE}),
        voice_count = voice_count - (OLD.channel IN ${VOICE}),
        in_person_count = in_person_count - (OLD.channel IN ${IN_PERSON}),
        online_first = ${refind("online_first", ONLINE, "ASC")},
        online_last = ${refind("online_last", ONLINE, "DESC")},
        voice_first = ${refind("voice_first", VOICE, "ASC")},
        in_person_first = ${refind("in_person_first", IN_PERSON, "ASC")},
        last_id = CASE WHEN OLD.id = last_id THEN coalesce(${latestOf("id")}, 0) ELSE last_id END,
        last_on = CASE WHEN OLD.id = last_id THEN coalesce(${latestOf("happened_on")}, '') ELSE last_on END,
        last_channel = CASE WHEN OLD.id = last_id THEN coalesce(${latestOf("channel")}, '') ELSE last_channel END,
        last_direction = CASE WHEN OLD.id = last_id THEN coalesce(${latestOf("direction")}, '') ELSE last_direction END,
        last_note = CASE WHEN OLD.id = last_id THEN ${latestOf("note")} ELSE last_note END
      WHERE contact_id = OLD.contact_id;
      DELETE FROM contact_history WHERE contact_id = OLD.contact_id AND last_id = 0;
    END;

    CREATE TRIGGER contact_history_after_update AFTER UPDATE OF contact_id, happened_on, channel, direction, note ON interactions BEGIN
      DELETE FROM contact_history WHERE contact_id IN (OLD.contact_id, NEW.contact_id);
      ${historyOf("i.contact_id IN (OLD.contact_id, NEW.contact_id)")};
    END;

    ${historyOf("1")};
  `);
}
