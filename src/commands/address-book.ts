// A contact from an address book (a vCard, a Google Contacts row) merged into netlog, the one way
// import vcard and import google do it: found by the same-person rule, filled without wiping
// anything, its birthday added where netlog has none.
import type { Ctx } from "../context.js";
import { tagNameOf } from "../domain/contact-values.js";
import { fieldsOf, type IncomingContact } from "../domain/incoming.js";
import type { CardDate } from "../formats/vcard-read.js";
import type { ImportSummary } from "../reports/import.js";
import { addTags, createContact, startTracking } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { updateFromCard } from "../store/imports.js";
import type { SamePersonFinder } from "../store/same-person.js";
import { tagsFlag } from "./fields.js";
import { addMissingDates, usableDates } from "./imported-dates.js";
import { detached } from "./input-text.js";

export type AddressBookEntry = IncomingContact & { dates?: CardDate[] };

export interface AddressBookImport {
  cadenceDays: number | null;
  extraTags: string[];
  /** Whether new contacts go on the morning list (--every, or a cadenced --tag). */
  tracked: boolean;
  samePerson: SamePersonFinder;
  summary: ImportSummary;
  ctx: Ctx;
}

export function upsertAddressBookEntry(db: Database, { dates, ...entry }: AddressBookEntry, o: AddressBookImport): void {
  const { cadenceDays, tracked, samePerson, summary, ctx } = o;
  const birthdays = usableDates(dates ?? [], ctx.today);
  // A category or label netlog cannot use as a tag (an emoji, a long phrase) is left out, not fatal.
  const tags = tagsFlag([...entry.tags.filter(isUsableTag), ...o.extraTags]);
  // Who is who: store/same-person.ts, in the order every import uses.
  const existing = samePerson.find(entry);
  if (existing) {
    // As with LinkedIn: importing again with --every or a cadenced --tag tracks the rest.
    const tracksNow = tracked && existing.tracked === 0;
    // An entry that lacks a field says nothing about it: never wipe what we have.
    const company = entry.company ?? existing.company;
    const title = entry.title ?? existing.title;
    // updateFromCard fills an email or phone the contact lacks: that is a change too.
    const fills = (existing.email === null && entry.email !== null) || (existing.phone === null && entry.phone !== null);
    const datesAdded = addMissingDates(db, existing.id, birthdays, ctx.now);
    const changed = existing.company !== company || existing.title !== title || fills || tracksNow || datesAdded;
    updateFromCard(db, existing.id, { company, title, email: entry.email, phone: entry.phone }, { changed, now: ctx.now });
    if (existing.phone === null && entry.phone !== null) samePerson.remember(existing.id, detached(entry.phone));
    if (tracksNow) startTracking(db, existing.id, cadenceDays);
    addTags(db, existing.id, tags);
    summary[changed ? "updated" : "unchanged"]++;
    return;
  }
  // What the entry holds of the table's fields; the others start empty.
  const id = createContact(db, { ...fieldsOf(entry), cadenceDays }, tags, ctx.today, ctx.now, tracked);
  addMissingDates(db, id, birthdays, ctx.now);
  // Kept for the rest of the file: a copy, not a view into the text it came in.
  if (entry.phone !== null) samePerson.remember(id, detached(entry.phone));
  summary.created++;
  if (tracked) summary.tracked++;
}

/** Whether a category or label can be a netlog tag as it is. */
export function isUsableTag(tag: string): boolean {
  return "name" in tagNameOf(tag);
}
