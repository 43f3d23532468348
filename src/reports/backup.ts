// The report src/commands/backup.ts returns and its views in src/render/ read: a leaf both import.
import type { DatabaseCounts } from "../store/restore.js";

export interface BackupMade extends DatabaseCounts {
  path: string;
  bytes: number;
}

export interface Restored extends DatabaseCounts {
  from: string;
  /** Where the database as it was before now lives. */
  previous: string | null;
}
