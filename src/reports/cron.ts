// The report src/commands/cron.ts returns and its views in src/render/ read: a leaf both import.
import type { InstallOutcome, TimeOfDay } from "../domain/crontab.js";

export type CronResult =
  | { action: "print"; line: string; at: TimeOfDay }
  | { action: "install"; outcome: InstallOutcome; line: string; at: TimeOfDay }
  | { action: "remove"; removed: number };
