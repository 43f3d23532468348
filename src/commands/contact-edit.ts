// `netlog contact edit NAME [flags]`: change a contact's fields, tags and own cadence.
import type { ContactForm, Ctx, Prompter } from "../context.js";
import { nameKey } from "../domain/names.js";
import { NetlogError, usageError, withoutFlag } from "../errors.js";
import { updateContactFields, removeTags, type ContactUpdate } from "../store/contact-changes.js";
import { addTags, anyTagHasCadence, type Contact, type ContactFields, getContact } from "../store/contacts.js";
import { recordChange } from "../store/journal.js";
import { FIELD_OPTIONS } from "../domain/contact-field-flags.js";
import { changesValues, readValueFlags, type ValueEdit, writeValues } from "./value-flags.js";
import { otherValues, valueLists } from "../store/value-lists.js";
import { labeledText, type ListedValue, type ValueLists } from "../domain/value-lists.js";
import { type ContactFormFields, FORM_FIELDS, formText } from "../domain/contact-field-form.js";
import { CONTACT_FIELDS } from "../domain/contact-fields.js";
import { type ContactAddOptions, ensureNameIsFree } from "./contact-add.js";
import { contactName, fieldFlag, SINGLE_VALUE_OPTIONS, tagsFlag } from "./fields.js";
import { existingContact } from "./resolve-contact.js";
import type { ContactEdited, FieldChange } from "../reports/contact-edit.js";
import type { ContactDate } from "../domain/birthdays.js";
import type { CalendarDate } from "../domain/dates.js";
import type { Database } from "../store/db.js";
import { listContactDates } from "../store/contact-dates.js";
import { birthdayText, changesDates, type DateFlags, namedDatesText, readDateFlags, writeDates } from "./date-flags.js";

export interface ContactEditOptions extends Omit<ContactAddOptions, "name"> {
  /** Who: a name, a unique start of it, or #ID. */
  contact: string;
  /** --name: the new name. */
  name?: string;
  untag?: string[];
  /** LABEL, repeatable. */
  removeDate?: string[];
  removeEmail?: string[];
  removePhone?: string[];
  removeUrl?: string[];
}

interface Edits {
  fields: Partial<ContactFields>;
  tag: string[];
  untag: string[];
  dates?: DateFlags;
  values: ValueEdit[];
}

const FLAG_LIST = ["--name", ...FIELD_OPTIONS.map(({ field }) => field.flag.flags.split(" ")[0]), "--url", "--tag", "--untag"].join(", ");

export async function contactEdit(options: ContactEditOptions, ctx: Ctx): Promise<ContactEdited> {
  const given = readEdits(options, ctx.today);
  if (!given && !ctx.prompter) {
    throw usageError(
      "what should change? contact edit needs a flag when it cannot ask",
      `pass one or more of ${FLAG_LIST}, e.g. netlog contact edit elaine --company "Northwind Bank"`,
    );
  }
  const db = ctx.db();
  const { id } = await existingContact(db, options.contact, ctx);
  const edits = given ?? (await askEdits(ctx.prompter!, getContact(db, id)!, ctx.today));
  const current = getContact(db, id)!;
  // Values it already has: no write transaction at all, so no lock taken and no undo step.
  if (planEdit(current, edits).update === null && !datesChange(db, current, edits) && !changesValues(db, current, edits.values)) return { contact: current, changes: [] };
  return recordChange(
    db,
    { command: "contact edit", now: ctx.now },
    () => {
      // Read again under the write lock: another netlog may have changed the contact since.
      const before = getContact(db, id);
      if (!before) throw new NetlogError(`${current.name} was removed meanwhile`, { hint: "see netlog contact list" });
      const plan = planEdit(before, edits);
      const datesBefore = listContactDates(db, id);
      const valuesBefore = valueLists(before, otherValues(db, id));
      if (plan.update === null && !datesChange(db, before, edits) && !changesValues(db, before, edits.values)) return { contact: before, changes: [] };
      plan.update ??= {};
      if (plan.update.name !== undefined && nameKey(plan.update.name) !== nameKey(before.name) && !options.allowDuplicate) {
        ensureNameIsFree(db, plan.update.name, {
          except: id,
          hint: "if they are the same person: netlog contact merge; to keep both under one name, add --allow-duplicate",
        });
      }
      // Giving a connection a cadence, or a tag with one, means keeping in touch: as on import.
      if (!before.tracked && (typeof plan.update.cadenceDays === "number" || anyTagHasCadence(db, edits.tag))) plan.update.tracked = true;
      updateContactFields(db, id, plan.update, ctx.now);
      addTags(db, id, edits.tag);
      removeTags(db, id, edits.untag);
      if (edits.dates) writeDates(db, id, edits.dates, ctx.now);
      writeValues(db, id, edits.values, ctx.now);
      const after = getContact(db, id)!;
      return {
        contact: after,
        changes: [
          ...changesBetween(before, after),
          ...valueChangesBetween(before, valuesBefore, after, valueLists(after, otherValues(db, id))),
          ...dateChangesBetween(datesBefore, listContactDates(db, id)),
        ],
      };
    },
    (edited) => ({ kind: "contact-edit", name: edited.contact.name, fields: edited.changes.map((c) => c.field) }),
  );
}

/** The flags' values, checked as contact add checks them; undefined when no flag was given. */
function readEdits(options: Omit<ContactEditOptions, "contact">, today: CalendarDate): Edits | undefined {
  const fields: Partial<ContactFields> = {};
  if (options.name !== undefined) fields.name = contactName(options.name);
  for (const { option, field } of SINGLE_VALUE_OPTIONS) {
    const value = options[option] as string | undefined;
    if (value === undefined) continue;
    // `--every none` (or empty) clears the contact's own cadence, so its tags' or the default applies.
    const clearWord = "clearWord" in field.flag ? field.flag.clearWord : undefined;
    const cleared = clearWord !== undefined && (value.trim() === "" || value.trim().toLowerCase() === clearWord);
    (fields as Record<string, unknown>)[field.key] = cleared ? null : fieldFlag(field, value);
  }
  const dates = readDateFlags(options, today);
  const values = readValueFlags(options);
  if (Object.keys(fields).length === 0 && options.tag === undefined && options.untag === undefined && dates === undefined && values.length === 0) return undefined;
  const tag = tagsFlag(options.tag);
  const untag = tagsFlag(options.untag);
  const both = tag.find((t) => untag.some((u) => nameKey(u) === nameKey(t)));
  if (both !== undefined) throw usageError(`--tag and --untag both name '${both}'`, "add a tag or remove it, not both");
  return { fields, tag, untag, dates, values };
}

function datesChange(db: Database, contact: Contact, edits: Edits): boolean {
  return edits.dates !== undefined && changesDates(contact.name, listContactDates(db, contact.id), edits.dates);
}

function dateChangesBetween(before: readonly ContactDate[], after: readonly ContactDate[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const [oldBirthday, newBirthday] = [birthdayText(before), birthdayText(after)];
  if (oldBirthday !== newBirthday) changes.push({ field: "birthday", old: oldBirthday, new: newBirthday });
  const [oldDates, newDates] = [namedDatesText(before), namedDatesText(after)];
  if (oldDates.join("\n") !== newDates.join("\n")) changes.push({ field: "dates", old: oldDates, new: newDates });
  return changes;
}

/** The columns to write (null when every value is the one it has), after checking the tags to remove. */
function planEdit(contact: Contact, edits: Edits): { update: ContactUpdate | null } {
  const missing = edits.untag.filter((tag) => !contact.tags.some((t) => nameKey(t) === nameKey(tag)));
  if (missing.length > 0) {
    throw new NetlogError(`${contact.name} has no tag ${missing.join(", ")}`, {
      hint: contact.tags.length ? `its tags: ${contact.tags.join(", ")}` : "it has no tags",
    });
  }
  const update: ContactUpdate = {};
  for (const [field, value] of Object.entries(edits.fields) as Array<[keyof ContactFields, string | number | null]>) {
    // A new spelling of the same name (case, accents) is a change; the same text is not.
    if (contact[field] !== value) (update as Record<string, unknown>)[field] = value;
  }
  const newTags = edits.tag.filter((tag) => !contact.tags.some((t) => nameKey(t) === nameKey(tag)));
  const changes = Object.keys(update).length > 0 || newTags.length > 0 || edits.untag.length > 0;
  return { update: changes ? update : null };
}

/** The labels are told with the lists of values (valueChangesBetween), not as fields of their own. */
const COMPARED: ReadonlyArray<keyof ContactFields> = CONTACT_FIELDS.map((f) => f.key).filter((key) => key !== "emailLabel" && key !== "phoneLabel");

const LISTS = [
  ["emails", "email"],
  ["phones", "phone"],
  ["urls", "linkedinUrl"],
] as const;

/**
 * A list whose values or labels changed, as `a@x.com (work), b@y.org`: unless the primary's change
 * (a field above) already says it all, the list having held one value at most before and after.
 */
function valueChangesBetween(before: Contact, listsBefore: ValueLists, after: Contact, listsAfter: ValueLists): FieldChange[] {
  const texts = (list: ListedValue[]) => list.map(labeledText);
  const changes: FieldChange[] = [];
  for (const [list, primary] of LISTS) {
    const [old, now] = [texts(listsBefore[list]), texts(listsAfter[list])];
    if (old.join("\n") === now.join("\n")) continue;
    if (old.length <= 1 && now.length <= 1 && before[primary] !== after[primary]) continue;
    changes.push({ field: list, old, new: now });
  }
  return changes;
}

function changesBetween(before: Contact, after: Contact): FieldChange[] {
  const changes: FieldChange[] = COMPARED.filter((f) => before[f] !== after[f]).map((field) => ({ field, old: before[field], new: after[field] }));
  if (before.tags.join("\n") !== after.tags.join("\n")) changes.push({ field: "tags", old: before.tags, new: after.tags });
  if (before.tracked !== after.tracked) changes.push({ field: "tracked", old: before.tracked, new: after.tracked });
  return changes;
}

/** The form on a terminal: each answer that differs from the current value becomes the flag it stands for. */
async function askEdits(prompter: Prompter, contact: Contact, today: CalendarDate): Promise<Edits> {
  const current = formOf(contact);
  const answers = await prompter.editContact(current, (field, answer) => {
    try {
      readEdits(asFlags(field, answer), today);
      return undefined;
    } catch (error) {
      if (error instanceof NetlogError) return `${withoutFlag(error.message)} (${error.hint})`;
      throw error;
    }
  });
  const flags: Omit<ContactEditOptions, "contact"> = {};
  for (const field of Object.keys(current) as Array<keyof ContactForm>) {
    if (field !== "tags" && answers[field] !== undefined && answers[field] !== current[field]) Object.assign(flags, asFlags(field, answers[field]!));
  }
  const had = tagsFlag([current.tags]);
  const wanted = tagsFlag([answers.tags]);
  const lacks = (list: string[]) => (tag: string) => !list.some((t) => nameKey(t) === nameKey(tag));
  flags.tag = wanted.filter(lacks(had));
  flags.untag = had.filter(lacks(wanted));
  const edits = readEdits(flags, today)!;
  // The form shows the primary email and phone: an answer that differs replaces it, the others stay.
  edits.values = edits.values.map((edit) => (edit.action === "add" ? { ...edit, action: "primary" } : edit));
  return edits;
}

function asFlags(field: keyof ContactForm, answer: string): Omit<ContactEditOptions, "contact"> {
  if (field === "tags") return { tag: [answer] };
  // --email and --phone are lists of values: the answer is one of them.
  if (field === "email" || field === "phone") return { [field]: [answer] };
  return { [field]: answer };
}

function formOf(contact: Contact): ContactForm {
  const fields = Object.fromEntries(FORM_FIELDS.map(({ key, field }) => [key, formText(field, contact[field.key])]));
  return { ...(fields as ContactFormFields), tags: contact.tags.join(", ") };
}
