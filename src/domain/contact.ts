// What a contact is, as the store reads it and the formats write it: a shape, no I/O.
import type { ContactFieldValues } from "./contact-fields.js";
import type { CalendarDate } from "./dates.js";

/** One property per entry of the table of fields (contact-fields.ts). */
export type ContactFields = ContactFieldValues;

export interface Contact extends ContactFields {
  id: number;
  uuid: string;
  addedOn: CalendarDate;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  snoozedUntil: CalendarDate | null;
  snoozeNote: string | null;
  paused: boolean;
  archivedAt: string | null;
  tracked: boolean;
}
