import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { contactPages, largestContactId, tagExists } from "../store/contacts.js";
import { optionalText } from "./fields.js";
import { loadPolicy, someContactsOn } from "./schedule.js";
import { scheduleOf } from "../domain/due.js";
import type { ListedContact } from "../reports/contact-list.js";
import { otherValuesByContact, valueLists } from "../store/value-lists.js";

export interface ContactListOptions {
  tag?: string;
  /** Include archived contacts. */
  all?: boolean;
}

export async function contactList(options: ContactListOptions, ctx: Ctx): Promise<ListedContact[]> {
  return [...(await contactListItems(options, ctx)).contacts];
}

/**
 * contactList's contacts read a page at a time, each turned into what the list shows as it is
 * written, and the largest id among them (the id column's width). A page's schedules are read
 * with it, so that what is held stays a page whatever the number of contacts.
 */
export async function contactListItems(options: ContactListOptions, ctx: Ctx): Promise<{ contacts: Iterable<ListedContact>; largestId: number | null }> {
  const tag = optionalText(options.tag) ?? undefined;
  const db = ctx.db();
  if (tag !== undefined && !tagExists(db, tag)) {
    throw new NetlogError(`no contact is tagged '${tag}'`, { hint: "tags are set with netlog contact add NAME --tag TAG" });
  }
  const all = options.all === true;
  ctx.readingEverything();
  const policy = loadPolicy(db);
  function* contacts(): Generator<ListedContact> {
    for (const page of contactPages(db, tag, all)) {
      // A page's other values and schedules in a read each: the list is 30,000 contacts for some.
      const ids = page.map((c) => c.id);
      const others = otherValuesByContact(db, ids);
      const tracked = new Map(someContactsOn(db, ids, ctx.today, policy).map((t) => [t.uuid, t]));
      for (const contact of page) {
        yield { contact, schedule: scheduleOf(tracked.get(contact.uuid)!, ctx.today, policy), values: valueLists(contact, others.get(contact.id) ?? []) };
      }
    }
  }
  return { contacts: contacts(), largestId: largestContactId(db, tag, all) };
}
