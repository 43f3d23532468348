// The one table of a contact's fields. The store's columns, the flags of contact add and edit,
// --json and the netlog export, CSV, vCard, the edit form, merge, search and the words of an edit
// all read it, so that a new field is one entry here plus the migration that adds its column.
// The order of the entries is the order everything shows and writes them in.
import { CADENCE_HINT, formatCadence, parseCadence } from "./cadence.js";
import { isEmailAddress } from "./contact-values.js";
import { normalizeLinkedinUrl } from "./linkedin-url.js";

/** Typed text as a field's value (null: none), or why it cannot be one, without naming a flag. */
export type Typed<T> = { value: T | null } | { problem: string; hint: string };

/** What a field holds: the store's type, and which check an imported export applies. */
export type FieldType = "name" | "text" | "email" | "linkedin" | "days";

export interface ContactFieldSpec {
  /** The property on Contact. */
  key: string;
  /** The column of the contacts table; the netlog export names the value by it. */
  column: string;
  /** The key in --json output and in contact edit's and merge's --json. */
  json: string;
  /** How an edit, a merge and the undo journal name the field. */
  label: string;
  type: FieldType;
  /** Reads typed text (a flag, a form answer): the flag's validator, without the flag's name. */
  read?: (text: string) => Typed<string | number>;
  /**
   * The option of contact add and contact edit; `editDescription` when edit's help says more. The
   * help lists it where `help` says: with the profile (before the tags' flags), after them, or last.
   */
  flag?: { flags: `--${string} <${string}>`; description?: string; editDescription?: string; help?: "after-tags" | "last"; clearWord?: string };
  /** A row of `contact show`; `last` puts it after the states (notes are long). */
  profile?: { label: string; last?: boolean };
  /** The column of `export csv`, when it has one. */
  csv?: string;
  /**
   * The property of `export vcard`: `structured` writes a one-component value, `label` a blank
   * ADR whose LABEL parameter holds the text. `read` says how `import vcard` takes it, if at
   * all: the first value, the first component, or the first of all that `read` accepts.
   */
  vcard?: { property: string; valueType?: "text" | "uri"; shape?: "structured" | "label"; import?: "first" | "component" | "any"; fromCard?: (text: string) => string };
  /** The question of the edit form; `last` asks it after the tags; `shown` is the value as the form prefills it. */
  form?: { prompt: string; last?: boolean; shown?: (value: string | number | null) => string | undefined };
  /** On merge: `fill` takes the other's value when the kept contact has none (`same` tells equal values apart), `append` joins both. */
  merge?: "fill" | "append";
  same?: (a: string, b: string) => boolean;
  /**
   * Lists (--json, CSV, `contact show`) show the value that applies, which the schedule works out
   * (the cadence: its own, its tags' or the default), in a place of their own.
   */
  applied?: true;
  /** A column of the search index (migration 006), with how much a word found there counts. */
  search?: { weight: number; long?: boolean };
}

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

export const CONTACT_FIELDS = [
  {
    key: "name",
    column: "name",
    json: "name",
    label: "name",
    type: "name",
    csv: "name",
    form: { prompt: "Name (Enter keeps a value, Tab edits it, Backspace clears it)" },
    search: { weight: 10 },
  },
  {
    key: "company",
    column: "company",
    json: "company",
    label: "company",
    type: "text",
    read: readText,
    flag: { flags: "--company <name>" },
    profile: { label: "Company" },
    csv: "company",
    vcard: { property: "org", shape: "structured", import: "component" },
    form: { prompt: "Company" },
    merge: "fill",
    search: { weight: 6 },
  },
  {
    key: "title",
    column: "title",
    json: "title",
    label: "title",
    type: "text",
    read: readText,
    flag: { flags: "--title <title>" },
    profile: { label: "Title" },
    csv: "title",
    vcard: { property: "title", import: "first" },
    form: { prompt: "Title" },
    merge: "fill",
    search: { weight: 3 },
  },
  {
    key: "email",
    column: "email",
    json: "email",
    label: "email",
    type: "email",
    read: readEmail,
    flag: { flags: "--email <address>" },
    profile: { label: "Email" },
    csv: "email",
    vcard: { property: "email", import: "first" },
    form: { prompt: "Email" },
    // Imports match email ignoring case: the same address written another way is no conflict.
    merge: "fill",
    same: (a: string, b: string) => a.toLowerCase() === b.toLowerCase(),
  },
  {
    key: "phone",
    column: "phone",
    json: "phone",
    label: "phone",
    type: "text",
    read: readText,
    flag: { flags: "--phone <number>" },
    profile: { label: "Phone" },
    csv: "phone",
    // ical.js's default for TEL is uri, which would leave a `,` unescaped; the number is free text.
    // 4.0 allows TEL as a tel: URI; the number is what people want to see.
    vcard: { property: "tel", import: "first", fromCard: (text: string) => text.replace(/^tel:/i, "") },
    form: { prompt: "Phone" },
    // Imports match phones by their digits.
    merge: "fill",
    same: (a: string, b: string) => a.replace(/[^\d+]/g, "") === b.replace(/[^\d+]/g, ""),
  },
  {
    key: "linkedinUrl",
    column: "linkedin_url",
    json: "linkedin_url",
    label: "linkedin",
    type: "linkedin",
    read: readLinkedinUrl,
    flag: { flags: "--linkedin <url>", description: "LinkedIn profile URL" },
    profile: { label: "LinkedIn" },
    csv: "linkedin_url",
    // A card can have many URLs: the first that is a LinkedIn profile.
    vcard: { property: "url", valueType: "uri", import: "any" },
    form: { prompt: "LinkedIn URL" },
    merge: "fill",
  },
  {
    key: "location",
    column: "location",
    json: "location",
    label: "location",
    type: "text",
    read: readText,
    flag: { flags: "--location <place>" },
    profile: { label: "Location" },
    csv: "location",
    // Free text, not a postal address: RFC 6350's LABEL parameter holds exactly that.
    vcard: { property: "adr", shape: "label" },
    form: { prompt: "Location" },
    merge: "fill",
    search: { weight: 3 },
  },
  {
    key: "met",
    column: "met",
    json: "met",
    label: "met",
    type: "text",
    read: readText,
    flag: { flags: "--met <text>", description: "how you met" },
    profile: { label: "Met" },
    csv: "met",
    form: { prompt: "How you met" },
    merge: "fill",
    search: { weight: 1 },
  },
  {
    key: "notes",
    column: "notes",
    json: "notes",
    label: "notes",
    type: "text",
    read: readNote,
    flag: { flags: "--note <text>", description: "notes about the person", editDescription: "notes about the person (replaces them)", help: "last" },
    profile: { label: "Notes", last: true },
    vcard: { property: "note", import: "first" },
    // Several lines would be flattened by a one-line answer: then the form does not ask.
    form: { prompt: "Notes", last: true, shown: (value: string | number | null) => (/[\r\n]/.test(String(value ?? "")) ? undefined : String(value ?? "")) },
    merge: "append",
    search: { weight: 1, long: true },
  },
  {
    key: "cadenceDays",
    column: "cadence_days",
    json: "cadence_days",
    label: "cadence",
    type: "days",
    read: readCadence,
    flag: {
      flags: "--every <cadence>",
      description: "how often to touch base: 10d, 2w, 3m, 1y, monthly, quarterly (default: 90 days)",
      editDescription: "its own cadence: 10d, 2w, 3m, monthly …; none: its tags' or the default",
      help: "after-tags",
      // contact edit --every none (or empty) clears the contact's own cadence, so its tags' or the default applies.
      clearWord: "none",
    },
    applied: true,
    form: {
      prompt: "Touch base how often (e.g. 2w, monthly; empty: the tags' or the default cadence)",
      shown: (value: string | number | null) => (value === null ? "" : formatCadence(value as number)),
    },
    merge: "fill",
  },
] as const satisfies readonly ContactFieldSpec[];

type Spec = (typeof CONTACT_FIELDS)[number];
export type ContactFieldKey = Spec["key"];
type ValueOf<S extends Spec> = S["type"] extends "name" ? string : S["type"] extends "days" ? number | null : string | null;

/** A contact's fields, one property per entry of the table. */
export type ContactFieldValues = { [S in Spec as S["key"]]: ValueOf<S> };

/** The entries that have `P`, typed as such. */
export type FieldWith<P extends keyof ContactFieldSpec> = Extract<Spec, { [K in P]: unknown }>;

export function fieldsWith<P extends keyof ContactFieldSpec>(property: P): ReadonlyArray<FieldWith<P>> {
  return CONTACT_FIELDS.filter((f): f is FieldWith<P> => property in f);
}

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** `--linkedin <url>` → `linkedin`: the property commander gives the option's value as. */
export type OptionName<F extends string> = F extends `--${infer N} <${string}>` ? Camel<N> : never;
type Flagged = FieldWith<"flag">;

/** The options contact add and contact edit take for the fields, as commander hands them over. */
export type ContactFieldOptions = { [S in Flagged as OptionName<S["flag"]["flags"]>]?: string };
export type FieldOption = keyof ContactFieldOptions;

/** The option a field's flag gives: what commander names it. */
export function optionName(flags: string): FieldOption {
  const name = /^--([\w-]+) /.exec(flags)![1]!;
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as FieldOption;
}

type HelpPlace = "profile" | "after-tags" | "last";
type PlaceOf<F> = F extends { help: infer P } ? P : "profile";
type Option = { readonly flags: string; readonly description?: string };
/** The flags of the entries whose help goes in `Place`, in the table's order, their literal types kept. */
type FlagsOf<T extends readonly unknown[], Place extends HelpPlace> = T extends readonly [infer H, ...infer R]
  ? H extends { flag: infer F extends Option }
    ? PlaceOf<F> extends Place
      ? [{ readonly flags: F["flags"]; readonly description?: string }, ...FlagsOf<R, Place>]
      : FlagsOf<R, Place>
    : FlagsOf<R, Place>
  : [];
type Fields = typeof CONTACT_FIELDS;

const flagsOf = (edit: boolean, places: readonly HelpPlace[]): Option[] =>
  places.flatMap((place) =>
    fieldsWith("flag").flatMap(({ flag }) => {
      const f: ContactFieldSpec["flag"] & object = flag;
      if ((f.help ?? "profile") !== place) return [];
      const description = edit ? (f.editDescription ?? f.description) : f.description;
      return [description === undefined ? { flags: f.flags } : { flags: f.flags, description }];
    }),
  );

/**
 * The field options of `contact add`, for its spec to spread, in the order its help lists them:
 * `--company <name>` … `--met <text>`, then (after the tags' flags) `--every`, last `--note`.
 */
export const CONTACT_FIELD_FLAGS = flagsOf(false, ["profile", "after-tags", "last"]) as unknown as Readonly<
  [...FlagsOf<Fields, "profile">, ...FlagsOf<Fields, "after-tags">, ...FlagsOf<Fields, "last">]
>;
/** The same options with contact edit's help, which says what a value replaces. */
export const CONTACT_EDIT_FIELD_FLAGS = flagsOf(true, ["profile", "after-tags", "last"]) as unknown as typeof CONTACT_FIELD_FLAGS;

/** The two halves, for a spec that puts `--tag` (and `--untag`) between them, as the help has it. */
export const FIELD_FLAGS_BEFORE_TAGS = flagsOf(false, ["profile"]) as unknown as Readonly<FlagsOf<Fields, "profile">>;
export const FIELD_FLAGS_AFTER_TAGS = flagsOf(false, ["after-tags", "last"]) as unknown as Readonly<[...FlagsOf<Fields, "after-tags">, ...FlagsOf<Fields, "last">]>;
export const EDIT_FIELD_FLAGS_BEFORE_TAGS = flagsOf(true, ["profile"]) as unknown as typeof FIELD_FLAGS_BEFORE_TAGS;
export const EDIT_FIELD_FLAGS_AFTER_TAGS = flagsOf(true, ["after-tags", "last"]) as unknown as typeof FIELD_FLAGS_AFTER_TAGS;

/** The option of each field that has a flag, and the field it sets. */
export const FIELD_OPTIONS: ReadonlyArray<{ option: FieldOption; field: Flagged }> = fieldsWith("flag").map((field) => ({ option: optionName(field.flag.flags), field }));

/** Every field null, the name aside: what a contact known only by name has. */
export function blankFields(name: string): ContactFieldValues {
  return { ...(Object.fromEntries(CONTACT_FIELDS.map((f) => [f.key, null])) as Record<ContactFieldKey, null>), name };
}

type FormSpec = FieldWith<"form">;
/** The form names a field as its flag's option (`linkedin`, `every`, `note`), the name as `name`. */
type FormKey<S extends Spec> = S extends { flag: { flags: infer F extends string } } ? OptionName<F> : S["key"];
type Optional<S extends FormSpec> = S["form"] extends { shown: (value: never) => infer R } ? (undefined extends R ? true : false) : false;

/** A contact's fields as the edit form shows them: text, "" for none; a field the form cannot show is undefined. */
export type ContactFormFields = { [S in FormSpec as Optional<S> extends true ? never : FormKey<S>]: string } & {
  [S in FormSpec as Optional<S> extends true ? FormKey<S> : never]?: string;
};
export type FormFieldKey = keyof ContactFormFields;

export function formKey(field: FormSpec): FormFieldKey {
  return ("flag" in field ? optionName(field.flag.flags) : field.key) as FormFieldKey;
}

/** The form's fields in the order it asks them; `last` ones come after the tags. */
export const FORM_FIELDS: ReadonlyArray<{ key: FormFieldKey; field: FormSpec }> = fieldsWith("form").map((field) => ({ key: formKey(field), field }));

/** A stored value as the form prefills it. */
export function formText(field: FormSpec, value: string | number | null): string | undefined {
  return "shown" in field.form ? field.form.shown(value) : String(value ?? "");
}

type Listed = Exclude<Spec, { applied: true }>;
/** The fields lists show as stored (all but the cadence, whose applied value they show), by their JSON keys. */
export type ListedFieldsJson = { [S in Listed as S["json"]]: ValueOf<S> };

export const LISTED_FIELDS = CONTACT_FIELDS.filter((f): f is Listed => !("applied" in f));

/** A contact's stored fields by their JSON keys, in the table's order, as --json lists them. */
export function listedFieldsJson(contact: ContactFieldValues): ListedFieldsJson {
  return Object.fromEntries(LISTED_FIELDS.map((f) => [f.json, contact[f.key]])) as ListedFieldsJson;
}
