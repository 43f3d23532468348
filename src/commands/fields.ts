// Checks of the values a user types into contact flags, shared by every command that takes them.
import { type FieldWith, fieldsWith } from "../domain/contact-fields.js";
import { FIELD_OPTIONS } from "../domain/contact-field-flags.js";
import { readNote, readText, type Typed } from "../domain/field-values.js";
import { type NameProblem, nameProblem, tagNameOf } from "../domain/contact-values.js";
import { nameKey } from "../domain/names.js";
import { usageError } from "../errors.js";

/**
 * The field flags of one value each (--company, --every …): not --email, --phone and --linkedin,
 * which edit a list of values (value-flags.ts).
 */
export const SINGLE_VALUE_OPTIONS = FIELD_OPTIONS.filter(({ field }) => !("merge" in field && field.merge === "values"));

/** Trimmed text, or null for a missing or blank value. */
export function optionalText(value: string | undefined): string | null {
  return value === undefined ? null : textOf(readText(value));
}

/** A note is kept exactly as typed (indentation and line breaks can matter); blank means none. */
export function optionalNote(value: string | undefined): string | null {
  return value === undefined ? null : textOf(readNote(value));
}

function textOf(typed: Typed<string>): string | null {
  return "value" in typed ? typed.value : null;
}

/** The value of a field's flag (null when not given), checked by the field's reader; an error names the flag. */
export function fieldFlag(field: FieldWith<"flag">, value: string | undefined, flag = field.flag.flags.split(" ")[0]!): string | number | null {
  if (value === undefined) return null;
  const typed = field.read(value);
  if ("problem" in typed) throw usageError(`${flag}: ${typed.problem}`, typed.hint);
  return typed.value;
}

const NAME_HINTS: Readonly<Record<NameProblem["kind"], (name: string) => string>> = {
  "no-letter": (name) => `'${name}' has none`,
  "too-long": () => "keep details in --note",
  "looks-like-id": () => "give the person's name",
};

/** A name people can type back: trimmed, with a letter, digit or symbol, of a sane length. */
export function contactName(value: string | undefined): string {
  const name = optionalText(value);
  if (name === null) throw usageError("a contact needs a name", 'netlog contact add "Elaine Longmire" --company "Jefferson Bank"');
  const problem = nameProblem(name);
  if (problem !== undefined) throw usageError(problem.message, NAME_HINTS[problem.kind](name));
  return name;
}

export function cadenceFlag(value: string | undefined, flag = "--every"): number | null {
  return fieldFlag(CADENCE, value, flag) as number | null;
}

const CADENCE = fieldsWith("flag").find((f) => f.key === "cadenceDays")!;

/** A tag as typed, without the `#` lists show it with; one line, no commas (they separate tags). */
export function tagName(value: string): string {
  const tag = tagNameOf(value);
  if ("problem" in tag) throw usageError(tag.problem, tag.hint);
  return tag.name;
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
