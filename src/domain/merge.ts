// What merging a duplicate into the contact you keep does to the kept contact's fields and states.
// Pure: both contacts in, the update and what was filled or left behind out.
import type { Contact, ContactFields } from "./contact.js";
import { type FieldWith, fieldsWith } from "./contact-fields.js";
import type { CalendarDate } from "./dates.js";

/** What a merge reads of each contact: its profile (the name aside) and its states. */
export type MergeSide = Omit<ContactFields, "name"> & Pick<Contact, "addedOn" | "tracked" | "paused" | "snoozedUntil" | "archivedAt">;

type Filled = Extract<FieldWith<"merge">, { merge: "fill" }>;
type Appended = Extract<FieldWith<"merge">, { merge: "append" }>;

/** The profile fields of one value each, in the order they are shown (emails, phones and links are lists: contact-merge gives them all). */
export const MERGED_FIELDS = fieldsWith("merge").filter((f): f is Filled => f.merge === "fill");
export type MergedField = Filled["key"];
/** The fields whose values are joined: notes. */
const APPENDED_FIELDS = fieldsWith("merge").filter((f): f is Appended => f.merge === "append");
export type FilledField = MergedField | Appended["key"];

/** A value of the other contact that the kept one did not take: a field, or a state. */
export type Dropped = { field: MergedField; value: string | number } | { field: "paused" | "archived"; value: true } | { field: "snoozedUntil"; value: CalendarDate };

export interface MergePlan {
  update: Partial<Pick<MergeSide, FilledField | "addedOn" | "tracked">>;
  /** The kept contact's empty fields that now hold the other's value. */
  filled: Array<{ field: FilledField; value: string | number }>;
  dropped: Dropped[];
  notesAppended: boolean;
}

/**
 * The kept contact's values always win; its empty fields take the other's. Notes are joined.
 * Emails, phones and links are not planned here: every one of the other's is given to the kept
 * contact (store/value-lists.ts), so that an import matching by any of them finds it.
 * It keeps the earlier added_on (the relationship is as old as its older record) and is tracked if
 * either was. Pause, snooze and archive stay the kept contact's: a duplicate is often paused or
 * archived just to quiet it, and that must not silence the person.
 */
export function planMerge(keep: MergeSide, other: MergeSide, today: CalendarDate): MergePlan {
  const plan: MergePlan = { update: {}, filled: [], dropped: [], notesAppended: false };
  for (const spec of MERGED_FIELDS) {
    const field = spec.key;
    const [mine, theirs] = [keep[field], other[field]];
    if (theirs === null) continue;
    if (mine === null) {
      (plan.update as Record<MergedField, string | number>)[field] = theirs;
      plan.filled.push({ field, value: theirs });
    } else if (mine !== theirs) {
      plan.dropped.push({ field, value: theirs });
    }
  }
  for (const { key: field } of APPENDED_FIELDS) {
    const [mine, theirs] = [keep[field], other[field]];
    if (theirs === null || (mine ?? "").includes(theirs)) continue;
    plan.update[field] = mine === null ? theirs : `${mine}\n\n${theirs}`;
    plan.notesAppended ||= mine !== null;
    if (mine === null) plan.filled.push({ field, value: theirs });
  }
  if (other.addedOn < keep.addedOn) plan.update.addedOn = other.addedOn;
  if (other.tracked && !keep.tracked) plan.update.tracked = true;
  if (other.paused && !keep.paused) plan.dropped.push({ field: "paused", value: true });
  if (other.snoozedUntil !== null && other.snoozedUntil > today && keep.snoozedUntil !== other.snoozedUntil)
    plan.dropped.push({ field: "snoozedUntil", value: other.snoozedUntil });
  if (other.archivedAt !== null && keep.archivedAt === null) plan.dropped.push({ field: "archived", value: true });
  return plan;
}
