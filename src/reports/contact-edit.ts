// The report src/commands/contact-edit.ts returns and its views in src/render/ read: a leaf both import.
import type { Contact, ContactFields } from "../store/contacts.js";

/**
 * `birthday` as `04-14` or `1986-04-14`; `dates` as `met=2019-05-02`, one per named date;
 * `emails`, `phones` and `urls` as `elaine@x.com (work)`, one per value, the primary first.
 */
export type EditedField = keyof ContactFields | "tags" | "tracked" | "birthday" | "dates" | "emails" | "phones" | "urls";

export type Value = string | number | boolean | string[] | null;

export interface FieldChange {
  field: EditedField;
  old: Value;
  new: Value;
}

export interface ContactEdited {
  /** As it is now. */
  contact: Contact;
  /** Empty when the values given were the ones it had: then nothing was written. */
  changes: FieldChange[];
}
