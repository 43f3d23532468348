import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { type ContactFields, createContact, findByNameKey, getContact } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import type { ContactFieldOptions } from "../domain/contact-field-flags.js";
import { SINGLE_VALUE_OPTIONS } from "./fields.js";
import { readValueFlags, writeValues } from "./value-flags.js";
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
  /** A link (a website, another profile), repeatable; `label=url` gives its label. */
  url?: string[];
  allowDuplicate?: boolean;
}

export async function contactAdd(options: ContactAddOptions, ctx: Ctx): Promise<ContactAdded> {
  const fields = contactFields(options);
  const tags = tagsFlag(options.tag);
  const dates = readDateFlags(options, ctx.today);
  // --email, --phone (each repeatable, the first the primary), --linkedin and --url. An empty one
  // is none, as `--company ""` is: on a new contact it has nothing to clear but the value before it.
  const values = readValueFlags(options).filter((edit) => edit.action !== "clear");
  const db = ctx.db();
  // The schedule is read before the commit: a failure there saves nothing.
  return recordChange(
    db,
    { command: "contact add", now: ctx.now },
    () => {
      if (!options.allowDuplicate) ensureNameIsFree(db, fields.name);
      const id = createContact(db, fields, tags, ctx.today, ctx.now, true);
      writeValues(db, id, values, ctx.now);
      if (dates) writeDates(db, id, dates, ctx.now);
      return { contact: getContact(db, id)!, schedule: scheduleFor(db, id, ctx.today) };
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
  const fields = Object.fromEntries(SINGLE_VALUE_OPTIONS.map(({ option, field }) => [field.key, fieldFlag(field, options[option] as string | undefined)])) as Omit<
    ContactFields,
    "name"
  >;
  return { name, ...fields };
}
