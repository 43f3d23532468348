// The report src/commands/contact-state.ts returns and its views in src/render/ read: a leaf both import.
import type { ContactRef } from "../store/contacts.js";

export interface StateChange {
  contact: ContactRef;
  /** What happened, in a sentence. */
  message: string;
}
