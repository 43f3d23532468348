// The report src/commands/doctor.ts returns and src/render/doctor.ts reads: a leaf both import.
import type { BackupFile } from "../store/backup.js";
import type { DatabaseCounts } from "../store/inspect.js";
import type { DbLocation } from "../store/paths.js";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do about it, when not ok. */
  fix?: string;
}

export interface DoctorReport {
  location: DbLocation;
  checks: Check[];
  counts: DatabaseCounts | null;
  backups: BackupFile[];
}
