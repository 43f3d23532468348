import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { type ContactFields, findByNameKey, insertContact } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { type ContactFieldOptions, FIELD_OPTIONS } from "../domain/contact-field-flags.js";
import { contactName, fieldFlag, tagsFlag } from "./fields.js";
import { scheduleFor } from "./schedule.js";
import { recordChange } from "../store/journal.js";
import type { ContactAdded } from "../reports/contact-add.js";
import { readDateFlags, writeDates } from "./date-flags.js";

/** `--company`, `--email` … come from the table of fields (domain/contact-fields.ts). */
export interface ContactAddOptions extends ContactFieldOptions {
  name: string;
  tag?: string[];
  /** MM-DD or YYYY-MM-DD. */
  birthday?: string;
  /** LABEL=DATE, repeatable. */
  date?: string[];
  allowDuplicate?: boolean;
}

export async function contactAdd(options: ContactAddOptions, ctx: Ctx): Promise<ContactAdded> {
  const fields = contactFields(options);
  const tags = tagsFlag(options.tag);
  const dates = readDateFlags(options, ctx.today);
  const db = ctx.db();
  // The schedule is read before the commit: a failure there saves nothing.
  return recordChange(
    db,
    { command: "contact add", now: ctx.now },
    () => {
      if (!options.allowDuplicate) ensureNameIsFree(db, fields.name);
      const contact = insertContact(db, fields, tags, ctx.today, ctx.now);
      if (dates) writeDates(db, contact.id, dates, ctx.now);
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

function contactFields(options: ContactAddOptions): ContactFields {
  const name = contactName(options.name);
  const fields = Object.fromEntries(FIELD_OPTIONS.map(({ option, field }) => [field.key, fieldFlag(field, options[option])])) as Omit<ContactFields, "name">;
  return { name, ...fields };
}
