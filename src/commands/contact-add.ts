import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { type ContactFields, findByNameKey, insertContact } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { cadenceFlag, contactName, emailFlag, linkedinFlag, optionalNote, optionalText, tagsFlag } from "./fields.js";
import { scheduleFor } from "./schedule.js";
import { recordChange } from "../store/journal.js";
import type { ContactAdded } from "../reports/contact-add.js";

export interface ContactAddOptions {
  name: string;
  company?: string;
  title?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  location?: string;
  met?: string;
  tag?: string[];
  every?: string;
  note?: string;
  allowDuplicate?: boolean;
}

export async function contactAdd(options: ContactAddOptions, ctx: Ctx): Promise<ContactAdded> {
  const fields = contactFields(options);
  const tags = tagsFlag(options.tag);
  const db = ctx.db();
  // The schedule is read before the commit: a failure there saves nothing.
  return recordChange(
    db,
    { command: "contact add", now: ctx.now },
    () => {
      if (!options.allowDuplicate) ensureNameIsFree(db, fields.name);
      const contact = insertContact(db, fields, tags, ctx.today, ctx.now);
      return { contact, schedule: scheduleFor(db, contact.id, ctx.today) };
    },
    (added) => ({ kind: "contact-add", name: added.contact.name }),
  );
}

/**
 * Call inside the write transaction, so two netlogs cannot both take the same name. `except`
 * is the contact being renamed: its own name is no clash.
 */
export function ensureNameIsFree(db: Database, name: string, options: { except?: number; hint?: string } = {}): void {
  const sameName = findByNameKey(db, name).filter((ref) => ref.id !== options.except);
  if (sameName.length > 0) {
    throw new NetlogError(`there is already a contact named ${sameName[0]!.name}`, {
      hint: options.hint ?? "to add a second person with this name: netlog contact add NAME --allow-duplicate",
    });
  }
}

/** The optional flags of contact add (contact edit takes the same), each with the field it sets and its check. */
export const FIELD_FLAGS = [
  { flag: "company", field: "company", read: optionalText },
  { flag: "title", field: "title", read: optionalText },
  { flag: "email", field: "email", read: emailFlag },
  { flag: "phone", field: "phone", read: optionalText },
  { flag: "linkedin", field: "linkedinUrl", read: linkedinFlag },
  { flag: "location", field: "location", read: optionalText },
  { flag: "met", field: "met", read: optionalText },
  { flag: "note", field: "notes", read: optionalNote },
  { flag: "every", field: "cadenceDays", read: (value: string | undefined) => cadenceFlag(value) },
] as const satisfies ReadonlyArray<{ flag: keyof ContactAddOptions; field: keyof ContactFields; read: (value: string | undefined) => unknown }>;

export type FieldFlag = (typeof FIELD_FLAGS)[number]["flag"];

function contactFields(options: ContactAddOptions): ContactFields {
  const name = contactName(options.name);
  const fields = Object.fromEntries(FIELD_FLAGS.map(({ flag, field, read }) => [field, read(options[flag])])) as Omit<ContactFields, "name">;
  return { name, ...fields };
}
