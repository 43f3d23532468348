// --email, --phone, --url (each repeatable, `label=value` giving a label), --linkedin, and contact
// edit's --remove-email, --remove-phone and --remove-url: what they ask of a contact's lists of
// values (domain/value-lists.ts), checked before anything is written.
import { readEmail, readLinkedinUrl, readText } from "../domain/field-values.js";
import { type LabeledValue, LIST_OF, labeledText, splitLabel, sameValue, type ValueKind, valueProblem } from "../domain/value-lists.js";
import { NetlogError, usageError } from "../errors.js";
import { clipped } from "../formats/clipped.js";
import type { Database } from "../store/db.js";
import { giveValue, makePrimary, otherValues, primaryOf, primaryValues, removeValue, valueLists } from "../store/value-lists.js";

/**
 * add: one more value (the primary when the contact has none); remove: one it has; primary: the
 * primary from now on, the old one gone (--linkedin, and an answer of the edit form); clear: the
 * primary removed, the next of its kind taking its place (an empty --email, as clearing a field).
 */
export type ValueEdit = { kind: ValueKind; action: "add" | "remove" | "primary"; value: LabeledValue } | { kind: ValueKind; action: "clear" };

export interface ValueFlagOptions {
  email?: string[];
  phone?: string[];
  url?: string[];
  linkedin?: string;
  removeEmail?: string[];
  removePhone?: string[];
  removeUrl?: string[];
}

const FLAG: Readonly<Record<ValueKind, string>> = { email: "--email", phone: "--phone", url: "--url" };
const HINT: Readonly<Record<ValueKind, string>> = {
  email: "write it like elaine@example.com, or work=elaine@example.com with a label",
  phone: "write it like +1 509 555 0100, or mobile=+1 509 555 0100 with a label",
  url: "write it like https://elaine.example, or blog=https://elaine.example with a label",
};

/** The edits the flags ask for, in the order they are applied: --linkedin, removals, then additions. */
export function readValueFlags(options: ValueFlagOptions): ValueEdit[] {
  const edits: ValueEdit[] = [];
  if (options.linkedin !== undefined) {
    const typed = readLinkedinUrl(options.linkedin);
    if ("problem" in typed) throw usageError(`--linkedin: ${typed.problem}`, typed.hint);
    edits.push(typed.value === null ? { kind: "url", action: "clear" } : { kind: "url", action: "primary", value: { value: typed.value, label: "linkedin" } });
  }
  const removals: Array<[ValueKind, string[] | undefined]> = [
    ["email", options.removeEmail],
    ["phone", options.removePhone],
    ["url", options.removeUrl],
  ];
  for (const [kind, values] of removals) {
    for (const text of values ?? []) {
      if (text.trim() === "") throw usageError(`--remove-${kind} needs the ${kind === "url" ? "link" : kind} to remove`, `e.g. --remove-${kind} ${example(kind)}`);
      edits.push({ kind, action: "remove", value: { value: text.trim(), label: null } });
    }
  }
  const additions: Array<[ValueKind, string[] | undefined]> = [
    ["email", options.email],
    ["phone", options.phone],
    ["url", options.url],
  ];
  for (const [kind, values] of additions) {
    for (const text of values ?? []) {
      // An empty value clears the field, as it always has: the primary goes, the next takes its place.
      if (text.trim() === "") {
        if (kind === "url") throw usageError("--url needs a link", HINT.url);
        edits.push({ kind, action: "clear" });
        continue;
      }
      edits.push({ kind, action: "add", value: checkedValue(kind, text, FLAG[kind]) });
    }
  }
  // One value twice with two labels: which label was meant is anyone's guess, so neither is taken.
  for (const [i, a] of edits.entries()) {
    if (a.action !== "add" || a.value.label === null) continue;
    const b = edits
      .slice(i + 1)
      .find((e) => e.action === "add" && e.kind === a.kind && e.value.label !== null && e.value.label !== a.value.label && sameValue(a.kind, a.value.value, e.value.value));
    if (b && b.action === "add")
      throw usageError(`${FLAG[a.kind]} gives '${b.value.value}' twice, labelled ${a.value.label} and ${b.value.label}`, "give it once, with the label it should have");
  }
  const both = edits.find((e) => e.action === "add" && edits.some((r) => r.action === "remove" && r.kind === e.kind && sameValue(e.kind, r.value.value, e.value.value)));
  if (both && both.action !== "clear") throw usageError(`${FLAG[both.kind]} and --remove-${both.kind} both name '${both.value.value}'`, "add a value or remove it, not both");
  return edits;
}

/** More digits than this are no phone number, even with an extension (E.164 allows 15). */
const MAX_PHONE_DIGITS = 30;

/** A typed value, with its label when written `label=value`, checked as its kind; an error names the flag. */
export function checkedValue(kind: ValueKind, text: string, flag: string): LabeledValue {
  const given = splitLabel(text);
  // An email address (and a URL's query) may hold a `=`: then the whole text is the value. A
  // phone number holds none: before one is a label, never digits to keep.
  const whole = { value: text.trim(), label: null };
  const candidates = given.label !== null ? [given, whole] : kind === "phone" && text.includes("=") ? [] : [whole];
  for (const candidate of candidates) {
    const value = readKind(kind, candidate.value);
    if (value === undefined) continue;
    const digits = value.replace(/\D/g, "").length;
    if (kind === "phone" && digits > MAX_PHONE_DIGITS)
      throw usageError(`${flag}: '${clipped(value)}' has ${digits} digits, more than a phone number's ${MAX_PHONE_DIGITS}`, HINT.phone);
    return { value, label: candidate.label };
  }
  const [label, rest] = [text.slice(0, text.indexOf("=")).trim(), text.slice(text.indexOf("=") + 1)];
  if (text.includes("=") && readKind(kind, rest) !== undefined) {
    throw usageError(`${flag}: '${clipped(label)}' is no label`, "a label starts with a letter and has at most 40 letters, digits, spaces, _ or -, e.g. home=…");
  }
  throw usageError(`${flag}: ${valueProblem(kind, given.value) ?? `'${text}' is empty`}`, HINT[kind]);
}

/** The value as its kind reads it, when it is one. */
function readKind(kind: ValueKind, text: string): string | undefined {
  const value = kind === "email" ? readEmail(text) : kind === "phone" ? readText(text) : { value: text.trim() };
  return "value" in value && value.value !== null && valueProblem(kind, value.value) === undefined ? value.value : undefined;
}

function example(kind: ValueKind): string {
  return kind === "email" ? "old@example.com" : kind === "phone" ? "'+1 509 555 0100'" : "https://old.example";
}

/**
 * Whether the edits would change the contact's values; a value to remove that it does not have
 * is an error, as a tag to remove is.
 */
export function changesValues(db: Database, contact: { id: number; name: string }, edits: readonly ValueEdit[]): boolean {
  if (edits.length === 0) return false;
  const lists = valueLists(primaryValues(db, contact.id), otherValues(db, contact.id));
  const listOf = (kind: ValueKind) => lists[LIST_OF[kind]];
  for (const edit of edits) {
    if (edit.action !== "remove") continue;
    const list = listOf(edit.kind);
    if (!list.some((v) => sameValue(edit.kind, v.value, edit.value.value))) {
      const word = edit.kind === "url" ? "link" : edit.kind;
      throw new NetlogError(`${contact.name} has no ${word} ${edit.value.value}`, {
        hint: list.length ? `its ${word}s: ${list.map(labeledText).join(", ")}` : `it has no ${word}s`,
      });
    }
  }
  return edits.some((edit) => {
    const list = listOf(edit.kind);
    if (edit.action === "clear") return list.some((v) => v.primary);
    if (edit.action === "remove") return true;
    const had = list.find((v) => sameValue(edit.kind, v.value, edit.value.value));
    if (edit.action === "primary") return !had?.primary || had.value !== edit.value.value;
    return !had || (edit.value.label !== null && had.label !== edit.value.label && !(edit.kind === "url" && had.primary));
  });
}

/** Applies the edits inside the command's change. */
export function writeValues(db: Database, contactId: number, edits: readonly ValueEdit[], now: string): void {
  for (const edit of edits) {
    if (edit.action === "clear") {
      const current = primaryOf(primaryValues(db, contactId), edit.kind)[0];
      if (current !== null) removeValue(db, contactId, edit.kind, current, now);
    } else if (edit.action === "remove") removeValue(db, contactId, edit.kind, edit.value.value, now);
    else if (edit.action === "add") giveValue(db, contactId, edit.kind, edit.value, now, { relabel: true });
    else {
      const old = primaryOf(primaryValues(db, contactId), edit.kind)[0];
      makePrimary(db, contactId, edit.kind, edit.value, now);
      // The primary replaced: the old one goes, unless it was the same value written anew.
      if (old !== null && !sameValue(edit.kind, old, edit.value.value)) removeValue(db, contactId, edit.kind, old, now);
    }
  }
}
