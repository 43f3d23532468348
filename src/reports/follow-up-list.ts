// The report src/commands/follow-up-list.ts returns and its views in src/render/ read: a leaf both import.
import type { CalendarDate } from "../domain/dates.js";
import type { FollowUp } from "../domain/due.js";

export interface OpenFollowUp {
  contact: { uuid: string; name: string; company: string | null };
  followUp: FollowUp;
}

export interface FollowUpListReport {
  today: CalendarDate;
  open: OpenFollowUp[];
}
