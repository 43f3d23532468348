// The report src/commands/dismiss.ts returns and its views in src/render/ read: a leaf both import.
import type { DueItem } from "../domain/due.js";
import type { ContactRef } from "../store/contacts.js";

export interface Dismissal {
  contact: ContactRef;
  /** The item dismissed, as today's list had it. */
  item: DueItem;
  note: string | null;
  /** Where the contact stands afterwards. */
  next: DueItem;
}
