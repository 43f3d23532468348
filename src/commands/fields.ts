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

export function cadenceFlag(value: string | undefined, flag = "--every"): number | null {
  if (value === undefined) return null;
  const days = parseCadence(value);
  if (days === undefined) throw usageError(`${flag}: '${value}' is not a cadence`, CADENCE_HINT);
  return days;
}

export function emailFlag(value: string | undefined): string | null {
  const email = optionalText(value);
  if (email !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
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

/** `--tag a --tag b,c` → [a, b, c], blanks dropped, duplicates (folded like names) once. */
export function tagsFlag(values: readonly string[] | undefined): string[] {
  const tags = new Map<string, string>();
  for (const tag of (values ?? []).flatMap((v) => v.split(","))) {
    const name = tag.trim();
    if (name && !tags.has(nameKey(name))) tags.set(nameKey(name), name);
  }
  return [...tags.values()];
}
