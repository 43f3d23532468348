// What contact edit, rm and merge did, as text and as --json.
import type { ChalkInstance } from "chalk";
import type { ContactEdited, FieldChange } from "../reports/contact-edit.js";
import type { ContactMerged } from "../reports/contact-merge.js";
import type { ContactRemoved } from "../reports/contact-rm.js";
import { formatCadence } from "../domain/cadence.js";
import { type CalendarDate, formatLongDate, formatShortDate } from "../domain/dates.js";
import type { FollowUp } from "../domain/due.js";
import type { Dropped } from "../domain/merge.js";
import { labeledText } from "../domain/value-lists.js";
import { neutralise } from "../text/neutralise.js";
import { JSON_KEYS, LABELS, withRows } from "../text/contact-changes.js";
import { plural, shorten, who } from "./text.js";

/** A stored value on one line: `(none)`, `1 month`, `a, b`, `yes`, or the text. */
function shown(field: string, value: unknown): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return "(none)";
  if (field === "cadenceDays") return formatCadence(value as number);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(neutralise).join(", ");
  // Notes can be paragraphs: one shortened line of them says enough.
  return field === "notes" ? shorten(String(value), 60) : neutralise(String(value));
}

export function renderEdited({ contact, changes }: ContactEdited, style: ChalkInstance): string {
  if (changes.length === 0) return `Nothing changed: ${who(contact, style)} already has these values.\n`;
  const lines = changes.map(({ field, old, new: now }: FieldChange) => `  ${LABELS[field]}: ${shown(field, old)} → ${shown(field, now)}`);
  const cadence = changes.find((c) => c.field === "cadenceDays" && c.new === null) ? ["  (its tags' cadence, or the default, applies now)"] : [];
  return `${[`Updated ${who(contact, style)}:`, ...lines, ...cadence].join("\n")}\n`;
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

/** `Sam Ortiz #7`: after an import two records often share a name, and the id tells them apart. */
function named(contact: { id: number; name: string; company: string | null }, style: ChalkInstance): string {
  return `${who(contact, style)} #${contact.id}`;
}

function followUpText(fu: FollowUp, today: CalendarDate): string {
  return `due ${formatShortDate(fu.date, today)}${fu.note ? ` (${shorten(fu.note, 60)})` : ""}`;
}

export function renderMerged(merged: ContactMerged, style: ChalkInstance, today: CalendarDate): string {
  const { kept, removed } = merged;
  const moved = [plural(merged.conversations, "conversation"), plural(merged.followUps, "follow-up"), plural(merged.tagsAdded.length, "tag")];
  const tags = merged.tagsAdded.length ? ` (${merged.tagsAdded.map(neutralise).join(", ")})` : "";
  const lines = [`Merged ${named(removed, style)} into ${named(kept, style)}.`, `  Moved ${moved.join(", ")}${tags}.`];
  // A value that became the kept contact's primary filled an empty field; the others join its lists.
  const filled = [
    ...merged.filled.map((f) => `${LABELS[f.field]} ${shown(f.field, f.value)}`),
    ...merged.valuesAdded.filter((v) => v.primary).map((v) => `${PRIMARY_WORD[v.kind]} ${neutralise(v.value)}`),
  ];
  if (filled.length) lines.push(`  Filled in: ${filled.join("; ")}.`);
  const added = merged.valuesAdded.filter((v) => !v.primary);
  if (added.length) lines.push(`  Kept as well: ${added.map((v) => `${KIND_WORD[v.kind]} ${neutralise(labeledText(v))}`).join("; ")}.`);
  if (merged.notesAppended) lines.push("  Notes: the other's notes are appended.");
  if (merged.addedOnFromOther) lines.push(`  Added on: ${formatLongDate(kept.addedOn)}, the earlier of the two.`);
  const notTaken = [...merged.dropped.map(droppedText), ...merged.labelsNotTaken.map((v) => `${KIND_WORD[v.kind]} ${neutralise(v.value)} labelled ${neutralise(v.label)}`)];
  if (notTaken.length) lines.push(`  Not taken (it keeps its own): ${notTaken.join("; ")}.`);
  if (merged.followUpKept && merged.followUpsClosed.length) {
    const closed = merged.followUpsClosed.map((fu) => followUpText(fu, today)).join(", ");
    lines.push(`  Follow-up: ${followUpText(merged.followUpKept, today)} stays open; ${closed} is marked done, as a contact has one open follow-up.`);
  }
  lines.push(`${named(removed, style)} is removed; netlog undo brings it back.`);
  return `${lines.join("\n")}\n`;
}

const KIND_WORD = { email: "email", phone: "phone", url: "link" } as const;
const PRIMARY_WORD = { email: "email", phone: "phone", url: "linkedin" } as const;

function droppedText(dropped: Dropped): string {
  if (dropped.field === "paused" || dropped.field === "archived") return dropped.field;
  if (dropped.field === "snoozedUntil") return `snoozed until ${formatLongDate(dropped.value)}`;
  return `${LABELS[dropped.field]} ${shown(dropped.field, dropped.value)}`;
}

export function mergedJson(merged: ContactMerged) {
  const followUp = (fu: FollowUp) => ({ date: fu.date, note: fu.note });
  return {
    kept: { uuid: merged.kept.uuid, name: merged.kept.name },
    removed: { uuid: merged.removed.uuid, name: merged.removed.name },
    conversations: merged.conversations,
    follow_ups: merged.followUps,
    tags_added: merged.tagsAdded,
    // A value that became the kept contact's primary is also under its single key, as before lists.
    filled: Object.fromEntries([
      ...merged.filled.map((f) => [JSON_KEYS[f.field], f.value]),
      ...merged.valuesAdded.filter((v) => v.primary).map((v) => [v.kind === "url" ? "linkedin_url" : v.kind, v.value]),
    ]),
    values_added: merged.valuesAdded.map(({ kind, value, label, primary }) => ({ kind, value, label, primary })),
    dropped: Object.fromEntries(merged.dropped.map((d) => [JSON_KEYS[d.field], d.value])),
    labels_not_taken: merged.labelsNotTaken.map(({ kind, value, label }) => ({ kind, value, label })),
    notes_appended: merged.notesAppended,
    added_on: merged.kept.addedOn,
    follow_up_kept: merged.followUpKept && followUp(merged.followUpKept),
    follow_ups_closed: merged.followUpsClosed.map(followUp),
  };
}
