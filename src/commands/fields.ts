// Checks of the values a user types into contact flags, shared by every command that takes them.
import { CADENCE_HINT, parseCadence } from "../domain/cadence.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { nameKey } from "../domain/names.js";
import { usageError } from "../errors.js";

/** Trimmed text, or null for a missing or blank value. */
export function optionalText(value: string | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** A note is kept exactly as typed (indentation and line breaks can matter); blank means none. */
export function optionalNote(value: string | undefined): string | null {
  return value === undefined || value.trim() === "" ? null : value;
}

const MAX_NAME_LENGTH = 300;

/** A name people can type back: trimmed, with a letter, digit or symbol, of a sane length. */
export function contactName(value: string | undefined): string {
  const name = optionalText(value);
  if (name === null) throw usageError("a contact needs a name", 'netlog contact add "Elaine Longmire" --company "Jefferson Bank"');
  if (!/[\p{L}\p{N}\p{So}]/u.test(name)) throw usageError("a contact's name needs a letter or a digit", `'${name}' has none`);
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH) throw usageError(`a name of ${length} characters is too long (${MAX_NAME_LENGTH} at most)`, "keep details in --note");
  if (/^#\d+$/.test(name)) throw usageError(`'${name}' looks like a contact id, not a name`, "give the person's name");
  return name;
}

export function cadenceFlag(value: string | undefined, flag = "--every"): number | null {
  if (value === undefined) return null;
  const days = parseCadence(value);
  if (days === undefined) throw usageError(`${flag}: '${value}' is not a cadence`, CADENCE_HINT);
  return days;
}

export function emailFlag(value: string | undefined): string | null {
  const email = optionalText(value);
  // Not RFC 5322, but what an address book holds: no brackets, schemes or empty domain labels.
  if (email !== null && !/^[^\s@<>(),;:"[\]]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(email)) {
    throw usageError(`--email: '${value}' is not an email address`, "write it like elaine@example.com");
  }
  return email;
}

export function linkedinFlag(value: string | undefined): string | null {
  if (optionalText(value) === null) return null;
  const url = normalizeLinkedinUrl(value!);
  if (!url) throw usageError(`--linkedin: '${value}' is not a LinkedIn profile URL`, "write it like https://www.linkedin.com/in/elaine-longmire");
  return url;
}

const MAX_TAG_LENGTH = 60;

/** A tag as typed, without the `#` lists show it with; one line, no commas (they separate tags). */
export function tagName(value: string): string {
  const name = value.trim().replace(/^#/, "").trim();
  if (!/[\p{L}\p{N}]/u.test(name)) throw usageError(`'${value}' is not a tag name`, "a tag needs a letter or a digit, e.g. investors");
  if (/[,\p{Cc}]/u.test(name)) throw usageError(`'${value}' is not a tag name`, "a tag is one word or phrase, without commas or line breaks");
  if ([...name].length > MAX_TAG_LENGTH) throw usageError(`a tag of ${[...name].length} characters is too long (${MAX_TAG_LENGTH} at most)`, "use a short word");
  return name;
}

/** `--tag a --tag b,c` → [a, b, c], blanks dropped, duplicates (folded like names) once. */
export function tagsFlag(values: readonly string[] | undefined): string[] {
  const tags = new Map<string, string>();
  for (const tag of (values ?? []).flatMap((v) => v.split(","))) {
    if (tag.trim() === "") continue;
    const name = tagName(tag);
    if (!tags.has(nameKey(name))) tags.set(nameKey(name), name);
  }
  return [...tags.values()];
}
