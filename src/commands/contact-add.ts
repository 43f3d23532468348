import type { Ctx } from "../context.js";
import { DEFAULT_CADENCE_DAYS } from "../domain/cadence.js";
import { type DueItem, scheduleOf } from "../domain/due.js";
import { NetlogError, usageError } from "../errors.js";
import { type Contact, type ContactFields, findByNameKey, insertContact } from "../store/contacts.js";
import { trackedContact } from "../store/interactions.js";
import { cadenceFlag, emailFlag, linkedinFlag, optionalText, tagsFlag } from "./fields.js";

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
  const contact = db
    .transaction(() => {
      const sameName = findByNameKey(db, fields.name);
      if (sameName.length > 0 && !options.allowDuplicate) {
        throw new NetlogError(`there is already a contact named ${sameName[0]!.name}`, {
          hint: "to add a second person with this name, pass --allow-duplicate",
        });
      }
      return insertContact(db, fields, tags, ctx.today, ctx.now);
    })
    .immediate();
  return { contact, schedule: scheduleOf(trackedContact(db, contact.id, ctx.today), ctx.today, DEFAULT_CADENCE_DAYS) };
}

function contactFields(options: ContactAddOptions): ContactFields {
  const name = optionalText(options.name);
  if (name === null) throw usageError("a contact needs a name", 'netlog contact add "Elaine Longmire" --company "Jefferson Bank"');
  if (/^#\d+$/.test(name)) throw usageError(`'${name}' looks like a contact id, not a name`, "give the person's name");
  return {
    name,
    company: optionalText(options.company),
    title: optionalText(options.title),
    email: emailFlag(options.email),
    phone: optionalText(options.phone),
    linkedinUrl: linkedinFlag(options.linkedin),
    location: optionalText(options.location),
    met: optionalText(options.met),
    notes: optionalText(options.note),
    cadenceDays: cadenceFlag(options.every),
  };
}
