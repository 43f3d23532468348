// The report src/commands/contact-list.ts returns and its views in src/render/ read: a leaf both import.
import type { DueItem } from "../domain/due.js";
import type { ValueLists } from "../domain/value-lists.js";
import type { Contact } from "../store/contacts.js";

export interface ContactSummary {
  contact: Contact;
  schedule: DueItem;
}

/** A contact as `contact list` and `export csv` give it: with every email, phone and link, the primary of each first. */
export interface ListedContact extends ContactSummary {
  values: ValueLists;
}
