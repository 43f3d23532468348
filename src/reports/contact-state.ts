// The report src/commands/contact-state.ts returns, the undo journal keeps, and the views in
// src/render/ word: a leaf all of them import.
import type { CalendarDate } from "../domain/dates.js";
import type { ContactRef } from "../store/contacts.js";

/** What a follow-up, snooze, pause, resume or archive did to one contact, as data. */
export type StateChangeData =
  | { kind: "follow-up"; date: CalendarDate; note: string | null; replaced: { date: CalendarDate; note: string | null } | null }
  /** A follow-up was asked for, and the user chose to keep the open one. */
  | { kind: "follow-up-kept"; date: CalendarDate }
  | { kind: "follow-up-done" }
  | { kind: "snoozed"; until: CalendarDate }
  | { kind: "paused" }
  | { kind: "resumed" }
  | { kind: "archived" }
  | { kind: "unarchived" };

export type StateChange = { contact: ContactRef } & StateChangeData;
