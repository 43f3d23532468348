import type { Database } from "better-sqlite3";
import { statement } from "./statements.js";

export function setSetting(db: Database, key: string, value: string | null): void {
  if (value === null) db.prepare("DELETE FROM settings WHERE key = ?").run(key);
  else db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);
}

export function allSettings(db: Database): Record<string, string> {
  return Object.fromEntries((statement(db, "SELECT key, value FROM settings ORDER BY key").all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
}
