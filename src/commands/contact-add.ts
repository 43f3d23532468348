import type { Ctx } from "../context.js";
import type { DueItem } from "../domain/due.js";
import { NetlogError } from "../errors.js";
import { type Contact, type ContactFields, findByNameKey, insertContact } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { cadenceFlag, contactName, emailFlag, linkedinFlag, optionalNote, optionalText, tagsFlag } from "./fields.js";
import { scheduleFor } from "./schedule.js";
import { recordChange } from "../store/journal.js";

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

export interface ContactAdded {
  contact: Contact;
  schedule: DueItem;
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
    (added) => added.contact.name,
  );
}

/** Call inside the write transaction, so two netlogs cannot both add the same name. */
function ensureNameIsFree(db: Database, name: string): void {
  const sameName = findByNameKey(db, name);
  if (sameName.length > 0) {
    throw new NetlogError(`there is already a contact named ${sameName[0]!.name}`, {
      hint: "to add a second person with this name: netlog contact add NAME --allow-duplicate",
    });
  }
}

function contactFields(options: ContactAddOptions): ContactFields {
  return {
    name: contactName(options.name),
    company: optionalText(options.company),
    title: optionalText(options.title),
    email: emailFlag(options.email),
    phone: optionalText(options.phone),
    linkedinUrl: linkedinFlag(options.linkedin),
    location: optionalText(options.location),
    met: optionalText(options.met),
    notes: optionalNote(options.note),
    cadenceDays: cadenceFlag(options.every),
  };
}
