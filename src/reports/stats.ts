// The report src/commands/stats.ts returns and its views in src/render/ read: a leaf both import.
import type { CalendarDate } from "../domain/dates.js";
import type { Neglected, PeriodCounts, ScheduleCounts, StageReach } from "../domain/stats.js";

export interface StatsReport extends PeriodCounts {
  today: CalendarDate;
  /** The first day counted: the first of a month. */
  since: CalendarDate;
  schedule: ScheduleCounts;
  neglected: Neglected[];
  stages: StageReach;
}
