// How typed text (a flag, a form answer) becomes a contact field's value: the validators of the
// table of fields (contact-fields.ts). Each says why a value is refused without naming a flag:
// the command that reads flags adds the flag; an importer adds the line.
import { CADENCE_HINT, parseCadence } from "./cadence.js";
import { isEmailAddress } from "./contact-values.js";
import { normalizeLinkedinUrl } from "./linkedin-url.js";

/** Typed text as a field's value (null: none), or why it cannot be one, without naming a flag. */
export type Typed<T> = { value: T | null } | { problem: string; hint: string };

/** Trimmed text, or null for blank. */
export function readText(text: string): Typed<string> {
  const value = text.trim();
  return { value: value === "" ? null : value };
}

/** A note is kept exactly as typed (indentation and line breaks can matter); blank means none. */
export function readNote(text: string): Typed<string> {
  return { value: text.trim() === "" ? null : text };
}

export function readEmail(text: string): Typed<string> {
  const email = text.trim();
  if (email === "") return { value: null };
  return isEmailAddress(email) ? { value: email } : { problem: `'${text}' is not an email address`, hint: "write it like elaine@example.com" };
}

export function readLinkedinUrl(text: string): Typed<string> {
  if (text.trim() === "") return { value: null };
  const url = normalizeLinkedinUrl(text);
  return url ? { value: url } : { problem: `'${text}' is not a LinkedIn profile URL`, hint: "write it like https://www.linkedin.com/in/elaine-longmire" };
}

export function readCadence(text: string): Typed<number> {
  const days = parseCadence(text);
  return days === undefined ? { problem: `'${text}' is not a cadence`, hint: CADENCE_HINT } : { value: days };
}
