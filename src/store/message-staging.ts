// messages.csv waits on disk while it is imported: who "you" are is known only once every
// conversation is read, and messages are logged oldest first (the export lists newest first).
// SQLite's temp database is a file, so memory stays that of a page of rows whatever the size.
import type { Database } from "better-sqlite3";

const PAGE = 1000;

export interface StagedPerson<P> {
  key: string;
  person: P;
}

/** Call inside the import's write transaction: a rollback takes the staging tables with it. */
export function stageMessages<M extends { sentAt: string; line: number }, P>(db: Database) {
  db.exec(`
    CREATE TEMP TABLE staged_messages (sent_at TEXT NOT NULL, line INTEGER NOT NULL, message TEXT NOT NULL, PRIMARY KEY (sent_at, line)) WITHOUT ROWID;
    CREATE TEMP TABLE staged_people (key TEXT NOT NULL, conversation TEXT NOT NULL, person TEXT NOT NULL, PRIMARY KEY (key, conversation)) WITHOUT ROWID;`);
  const addMessage = db.prepare("INSERT INTO temp.staged_messages (sent_at, line, message) VALUES (?, ?, ?)");
  const addPerson = db.prepare("INSERT OR IGNORE INTO temp.staged_people (key, conversation, person) VALUES (?, ?, ?)");
  const mostConversations = db.prepare("SELECT count(*) AS n FROM temp.staged_people GROUP BY key ORDER BY n DESC LIMIT 1").pluck();
  const peopleIn = db.prepare("SELECT key, min(person) AS person FROM temp.staged_people GROUP BY key HAVING count(*) = ? AND key > ? ORDER BY key LIMIT ?");
  const messagesAfter = db.prepare("SELECT sent_at AS sentAt, line, message FROM temp.staged_messages WHERE (sent_at, line) > (?, ?) ORDER BY sent_at, line LIMIT ?");
  return {
    add(message: M, conversation: string, people: ReadonlyArray<StagedPerson<P>>): void {
      addMessage.run(message.sentAt, message.line, JSON.stringify(message));
      for (const { key, person } of people) addPerson.run(key, conversation, JSON.stringify(person));
    },
    /** The people in the most conversations, by key, a page at a time (the queries run between pages). */
    *inMostConversations(): Generator<StagedPerson<P>> {
      const n = mostConversations.get() as number | undefined;
      if (n === undefined) return;
      for (let after = ""; ; ) {
        const rows = peopleIn.all(n, after, PAGE) as Array<{ key: string; person: string }>;
        for (const row of rows) yield { key: row.key, person: JSON.parse(row.person) as P };
        if (rows.length < PAGE) return;
        after = rows.at(-1)!.key;
      }
    },
    /** Every message, oldest first (then by line), a page at a time. */
    *chronological(): Generator<M> {
      for (let after = { sentAt: "", line: 0 }; ; ) {
        const rows = messagesAfter.all(after.sentAt, after.line, PAGE) as Array<{ sentAt: string; line: number; message: string }>;
        for (const row of rows) yield JSON.parse(row.message) as M;
        if (rows.length < PAGE) return;
        after = rows.at(-1)!;
      }
    },
    drop(): void {
      db.exec("DROP TABLE temp.staged_messages; DROP TABLE temp.staged_people;");
    },
  };
}
