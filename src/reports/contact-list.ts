// The report src/commands/contact-list.ts returns and its views in src/render/ read: a leaf both import.
import type { DueItem } from "../domain/due.js";
import type { Contact } from "../store/contacts.js";

export interface ContactSummary {
  contact: Contact;
  schedule: DueItem;
}
