// netlog's mark in a SQLite file's header, in a module of its own: Tab completion checks it
// without loading the rest of the store (migrations, backups, safe files).

/** "NLOG": marks a file as netlog's so we never add tables to someone else's database. */
export const APPLICATION_ID = 0x4e4c4f47;
