// What a contact's name, email and tags must be, wherever they come from: a flag, a form or an
// imported file. Each check says why a value is refused, without naming a flag: the command
// that reads flags adds the flag and a hint; an importer adds the line or the JSON path.

export const MAX_NAME_LENGTH = 300;
const MAX_TAG_LENGTH = 60;

export interface NameProblem {
  kind: "no-letter" | "too-long" | "looks-like-id";
  message: string;
}

/** Why `name` (already trimmed, not blank) cannot be a contact's name; undefined when it can. */
export function nameProblem(name: string): NameProblem | undefined {
  if (!/[\p{L}\p{N}\p{So}]/u.test(name)) return { kind: "no-letter", message: "a contact's name needs a letter or a digit" };
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH) return { kind: "too-long", message: `a name of ${length} characters is too long (${MAX_NAME_LENGTH} at most)` };
  if (/^#\d+$/.test(name)) return { kind: "looks-like-id", message: `'${name}' looks like a contact id, not a name` };
  return undefined;
}

/** Not RFC 5322, but what an address book holds: no brackets, schemes or empty domain labels. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@<>(),;:"[\]]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(text);
}

/** A tag as typed, without the `#` lists show it with; or why it cannot be one, and what would do. */
export function tagNameOf(value: string): { name: string } | { problem: string; hint: string } {
  const name = value.trim().replace(/^#/, "").trim();
  if (!/[\p{L}\p{N}]/u.test(name)) return { problem: `'${value}' is not a tag name`, hint: "a tag needs a letter or a digit, e.g. investors" };
  if (/[,\p{Cc}]/u.test(name)) return { problem: `'${value}' is not a tag name`, hint: "a tag is one word or phrase, without commas or line breaks" };
  const length = [...name].length;
  if (length > MAX_TAG_LENGTH) return { problem: `a tag of ${length} characters is too long (${MAX_TAG_LENGTH} at most)`, hint: "use a short word" };
  return { name };
}
