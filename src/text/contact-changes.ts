// Words for what contact edit, rm and merge change: the commands put them in their prompts and
// undo entries, the views in their summaries, so they live in this leaf rather than in a view.
import { CONTACT_FIELDS, type ContactFieldKey } from "../domain/contact-fields.js";
import type { Dropped, FilledField } from "../domain/merge.js";
import type { EditedField } from "../reports/contact-edit.js";
import { plural } from "./plural.js";

/** What a contact has besides itself, as contact rm and merge count it. */
interface ContactRowCounts {
  conversations: number;
  followUps: number;
}

/** `12 conversations and 1 follow-up`, `no conversations`. */
export function describeRows({ conversations, followUps }: ContactRowCounts): string {
  const parts = [];
  if (conversations > 0) parts.push(plural(conversations, "conversation"));
  if (followUps > 0) parts.push(plural(followUps, "follow-up"));
  return parts.length ? parts.join(" and ") : "no conversations";
}

/** ` with 12 conversations and 1 follow-up`, or ` (no conversations logged)`, after a name. */
export function withRows(counts: ContactRowCounts): string {
  return counts.conversations + counts.followUps > 0 ? ` with ${describeRows(counts)}` : " (no conversations logged)";
}

type Field = EditedField | FilledField | Dropped["field"];

/** Each field of the table by the name it has there, then the states. */
const ofFields = (name: (f: (typeof CONTACT_FIELDS)[number]) => string) => Object.fromEntries(CONTACT_FIELDS.map((f) => [f.key, name(f)])) as Record<ContactFieldKey, string>;

export const LABELS: Readonly<Record<Field, string>> = {
  ...ofFields((f) => f.label),
  tags: "tags",
  tracked: "tracked",
  birthday: "birthday",
  dates: "dates",
  emails: "emails",
  phones: "phones",
  urls: "links",
  paused: "paused",
  snoozedUntil: "snoozed until",
  archived: "archived",
};

export const JSON_KEYS: Readonly<Record<Field, string>> = {
  ...LABELS,
  ...ofFields((f) => f.json),
  urls: "urls",
  snoozedUntil: "snoozed_until",
};

export function fieldLabel(field: EditedField): string {
  return LABELS[field];
}
