// What a contact is, as the store reads it and the formats write it: a shape, no I/O.
import type { CalendarDate } from "./dates.js";

export interface ContactFields {
  name: string;
  company: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  location: string | null;
  met: string | null;
  notes: string | null;
  cadenceDays: number | null;
}

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
