// A contact from an address book (a vCard, a Google Contacts row) merged into netlog, the one way
// import vcard and import google do it: found by the same-person rule, filled without wiping
// anything, given every email, phone and link it lacks, its birthday added where netlog has none.
import type { Ctx } from "../context.js";
import { tagNameOf } from "../domain/contact-values.js";
import { fieldsOf, type IncomingContact, incomingValues } from "../domain/incoming.js";
import type { CardDate } from "../formats/vcard-read.js";
import type { ImportSummary } from "../reports/import.js";
import { addTags, createContact, startTracking } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { updateFromCard } from "../store/imports.js";
import type { SamePersonFinder } from "../store/same-person.js";
import { giveValue } from "../store/value-lists.js";
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
    // Every email, phone and link of the entry the contact lacks is added: that is a change too.
    const valuesAdded = giveEntryValues(db, existing.id, entry, ctx.now, samePerson, { newContact: false });
    const datesAdded = addMissingDates(db, existing.id, birthdays, ctx.now);
    const changed = existing.company !== company || existing.title !== title || valuesAdded || tracksNow || datesAdded;
    updateFromCard(db, existing.id, { company, title }, { changed, now: ctx.now });
    if (tracksNow) startTracking(db, existing.id, cadenceDays);
    addTags(db, existing.id, tags);
    summary[changed ? "updated" : "unchanged"]++;
    return;
  }
  // What the entry holds of the table's fields; the others start empty.
  const id = createContact(db, { ...fieldsOf(entry), cadenceDays }, tags, ctx.today, ctx.now, tracked);
  addMissingDates(db, id, birthdays, ctx.now);
  giveEntryValues(db, id, entry, ctx.now, samePerson, { newContact: true });
  summary.created++;
  if (tracked) summary.tracked++;
}

/**
 * Gives the contact the entry's emails, phones and links (a new contact has its first of each
 * already, from its fields); whether any was new to it. Each phone is remembered for the rest of
 * the file, as a copy, not a view into the text it came in.
 */
function giveEntryValues(db: Database, id: number, entry: IncomingContact, now: string, samePerson: SamePersonFinder, o: { newContact: boolean }): boolean {
  // A new contact was made with its first of each: only the others are left to give.
  const values = o.newContact ? entry.more : incomingValues(entry);
  let added = false;
  for (const v of values) {
    const given = giveValue(db, id, v.kind, { value: detached(v.value), label: v.label === null ? null : detached(v.label) }, now);
    added ||= given !== "had";
    if (v.kind === "phone" && given !== "had") samePerson.remember(id, detached(v.value));
  }
  if (o.newContact && entry.phone !== null) samePerson.remember(id, detached(entry.phone));
  return added;
}

/** Whether a category or label can be a netlog tag as it is. */
export function isUsableTag(tag: string): boolean {
  return "name" in tagNameOf(tag);
}
