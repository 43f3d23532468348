import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { listContacts, tagExists } from "../store/contacts.js";
import { optionalText } from "./fields.js";
import { contactsOn, loadPolicy } from "./schedule.js";
import { scheduleOf } from "../domain/due.js";
import type { ListedContact } from "../reports/contact-list.js";
import { otherValuesByContact, valueLists } from "../store/value-lists.js";

export interface ContactListOptions {
  tag?: string;
  /** Include archived contacts. */
  all?: boolean;
}

export async function contactList(options: ContactListOptions, ctx: Ctx): Promise<ListedContact[]> {
  const tag = optionalText(options.tag) ?? undefined;
  const db = ctx.db();
  if (tag !== undefined && !tagExists(db, tag)) {
    throw new NetlogError(`no contact is tagged '${tag}'`, { hint: "tags are set with netlog contact add NAME --tag TAG" });
  }
  const policy = loadPolicy(db);
  const tracked = new Map(contactsOn(db, ctx.today, policy).map((t) => [t.uuid, t]));
  // One read for every contact's other values: the list is 30,000 contacts for some.
  const others = otherValuesByContact(db);
  return listContacts(db, tag, options.all === true).map((contact) => ({
    contact,
    schedule: scheduleOf(tracked.get(contact.uuid)!, ctx.today, policy),
    values: valueLists(contact, others.get(contact.id) ?? []),
  }));
}
