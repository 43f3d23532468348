// Where SQLite keeps its statement journals during an import of many rows. A statement that
// fires triggers (every insert into contacts does: the search index's and the undo journal's)
// first copies each page it is about to change into a statement journal, so that a failing
// statement can be undone alone. That journal lives in memory until one statement of the
// transaction needs more than 64 KiB; from then on, until the commit, it is a temporary file,
// and every row of an import wrote several pages there (a pwrite of 4 KiB each).
// With temp_store = MEMORY it stays in memory and is emptied after each statement: it never
// holds more than the pages of the largest statement.
import type { Database } from "better-sqlite3";

/**
 * Runs `work` (a transaction begun and ended inside it) with the statement journals in memory.
 * Not for work that stages rows in temporary tables (import messages), which must stay on disk
 * however large the file. Changing temp_store drops the connection's temporary objects (the undo
 * journal's triggers, which the next change installs again), so it is done outside a transaction.
 */
export async function withStatementJournalsInMemory<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const before = db.pragma("temp_store", { simple: true }) as number;
  if (before === MEMORY || db.inTransaction) return work();
  db.pragma(`temp_store = ${MEMORY}`);
  try {
    return await work();
  } finally {
    if (!db.inTransaction) db.pragma(`temp_store = ${before}`);
  }
}

const MEMORY = 2;
