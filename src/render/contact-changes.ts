// What contact edit, rm and merge did, as text and as --json.
import type { ChalkInstance } from "chalk";
import type { ContactEdited, EditedField, FieldChange } from "../commands/contact-edit.js";
import type { ContactRemoved } from "../commands/contact-rm.js";
import { formatCadence } from "../domain/cadence.js";
import type { ContactRowCounts } from "../store/contact-changes.js";
import { oneLine, plural, shorten, who } from "./text.js";

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

const LABELS: Readonly<Record<EditedField, string>> = {
  name: "name",
  company: "company",
  title: "title",
  email: "email",
  phone: "phone",
  linkedinUrl: "linkedin",
  location: "location",
  met: "met",
  notes: "notes",
  cadenceDays: "cadence",
  tags: "tags",
  tracked: "tracked",
};

const JSON_KEYS: Readonly<Record<EditedField, string>> = {
  ...LABELS,
  linkedinUrl: "linkedin_url",
  cadenceDays: "cadence_days",
};

export function fieldLabel(field: EditedField): string {
  return LABELS[field];
}

/** A stored value on one line: `(none)`, `1 month`, `a, b`, `yes`, or the text. */
function shown(field: string, value: unknown): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return "(none)";
  if (field === "cadenceDays") return formatCadence(value as number);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(oneLine).join(", ");
  // Notes can be paragraphs: one shortened line of them says enough.
  return field === "notes" ? shorten(String(value), 60) : oneLine(String(value));
}

export function renderEdited({ contact, changes }: ContactEdited, style: ChalkInstance): string {
  if (changes.length === 0) return `Nothing changed: ${who(contact, style)} already has these values.\n`;
  const lines = changes.map(({ field, old, new: now }: FieldChange) => `  ${LABELS[field]}: ${shown(field, old)} → ${shown(field, now)}`);
  const cadence = changes.find((c) => c.field === "cadenceDays" && c.new === null) ? ["  (its tags' cadence, or the default, applies now)"] : [];
  return [`Updated ${who(contact, style)}:`, ...lines, ...cadence].join("\n") + "\n";
}

export function editedJson({ contact, changes }: ContactEdited) {
  return {
    uuid: contact.uuid,
    name: contact.name,
    changes: Object.fromEntries(changes.map((c) => [JSON_KEYS[c.field], { old: c.old, new: c.new }])),
  };
}

export function renderRemoved(removed: ContactRemoved, style: ChalkInstance): string {
  return `Removed ${who(removed.contact, style)}${withRows(removed)}. netlog undo brings it back.\n`;
}

export function removedJson(removed: ContactRemoved) {
  return { uuid: removed.contact.uuid, name: removed.contact.name, conversations: removed.conversations, follow_ups: removed.followUps };
}
