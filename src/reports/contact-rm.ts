// The report src/commands/contact-rm.ts returns and its views in src/render/ read: a leaf both import.
import type { ContactRowCounts } from "../store/contact-changes.js";
import type { Contact } from "../store/contacts.js";

export interface ContactRemoved extends ContactRowCounts {
  /** As it was before it was removed. */
  contact: Contact;
}
