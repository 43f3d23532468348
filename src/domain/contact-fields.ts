// The one table of a contact's fields. The store's columns, the flags of contact add and edit,
// --json and the netlog export, CSV, vCard, the edit form, merge, search and the words of an edit
// all read it, so that a new field is one entry here plus the migration that adds its column.
// The order of the entries is the order everything shows and writes them in. The validators are
// in field-values.ts; the flags derived from the table in contact-field-flags.ts, the edit form in
// contact-field-form.ts.
import { formatCadence } from "./cadence.js";
import { readCadence, readEmail, readLinkedinUrl, readNote, readText, type Typed } from "./field-values.js";

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
  flag?: { flags: `--${string} <${string}>`; description?: string; editDescription?: string; help?: "after-tags" | "last"; clearWord?: string; repeatable?: true };
  /** A row of `contact show`; `last` puts it after the states (notes are long). */
  profile?: { label: string; last?: boolean };
  /** The column of `export csv`, when it has one. */
  csv?: string;
  /**
   * The property of `export vcard`: `structured` writes a one-component value, `label` a blank
   * ADR whose LABEL parameter holds the text. `import` says how `import vcard` takes it, if at
   * all: the first value, the first component, or the first of all values that `read` accepts;
   * `fromCard` turns the card's text into the field's.
   */
  vcard?: {
    property: string;
    valueType?: "text" | "uri";
    shape?: "structured" | "label";
    import?: "first" | "component" | "any" | "address";
    fromCard?: (text: string) => string;
    /** The TYPE written with it (`URL;TYPE=linkedin`); `socialProfile` writes Apple's X-SOCIALPROFILE too. */
    kind?: string;
    socialProfile?: true;
  };
  /** The question of the edit form; `last` asks it after the tags; `shown` is the value as the form prefills it. */
  form?: { prompt: string; last?: boolean; shown?: (value: string | number | null) => string | undefined };
  /**
   * On merge: `fill` takes the other's value when the kept contact has none, `append` joins both, `values` keeps every distinct one (the emails, phones and
   * links of domain/value-lists.ts).
   */
  merge?: "fill" | "append" | "values";
  /**
   * Lists (--json, CSV, `contact show`) show the value that applies, which the schedule works out
   * (the cadence: its own, its tags' or the default), in a place of their own.
   */
  applied?: true;
  /** A column of the search index (migration 006), with how much a word found there counts. */
  search?: { weight: number; long?: boolean };
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
    // Repeatable: a contact has any number (domain/value-lists.ts); commands/value-flags.ts reads it.
    flag: {
      flags: "--email <address>",
      description: "an email address; label=address gives it a label, e.g. work=elaine@example.com (repeat: the first is the primary)",
      editDescription: "add an email address (label=address gives a label; repeat); empty removes the primary",
      repeatable: true,
    },
    profile: { label: "Email" },
    csv: "email",
    vcard: { property: "email", import: "first" },
    form: { prompt: "Email" },
    // Every distinct address of both is kept: the other's become the kept contact's others.
    merge: "values",
  },
  {
    // The primary email's label (work, home, ...); the others' are in contact_values (migration 012).
    key: "emailLabel",
    column: "email_label",
    json: "email_label",
    label: "email label",
    type: "text",
  },
  {
    key: "phone",
    column: "phone",
    json: "phone",
    label: "phone",
    type: "text",
    read: readText,
    flag: {
      flags: "--phone <number>",
      description: "a phone number; label=number gives it a label, e.g. mobile=+1 509 555 0100 (repeat)",
      editDescription: "add a phone number (label=number gives a label; repeat); empty removes the primary",
      repeatable: true,
    },
    profile: { label: "Phone" },
    csv: "phone",
    // ical.js's default for TEL is uri, which would leave a `,` unescaped; the number is free text.
    // 4.0 allows TEL as a tel: URI; the number is what people want to see.
    vcard: { property: "tel", import: "first", fromCard: (text: string) => text.replace(/^tel:/i, "") },
    form: { prompt: "Phone" },
    merge: "values",
  },
  {
    key: "phoneLabel",
    column: "phone_label",
    json: "phone_label",
    label: "phone label",
    type: "text",
  },
  {
    key: "linkedinUrl",
    column: "linkedin_url",
    json: "linkedin_url",
    label: "linkedin",
    type: "linkedin",
    read: readLinkedinUrl,
    flag: { flags: "--linkedin <url>", description: "LinkedIn profile URL", editDescription: "LinkedIn profile URL (replaces the primary one; --url adds another)" },
    profile: { label: "LinkedIn" },
    csv: "linkedin_url",
    // A card can have many URLs: the first that is a LinkedIn profile.
    vcard: { property: "url", valueType: "uri", import: "any", kind: "linkedin", socialProfile: true },
    form: { prompt: "LinkedIn URL" },
    merge: "values",
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
    // Written as a LABEL (free text, not a postal address); read back from LABEL, or a phone's ADR parts.
    vcard: { property: "adr", shape: "label", import: "address" },
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

export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactFieldKey = ContactField["key"];
type ValueOf<S extends ContactField> = S["type"] extends "name" ? string : S["type"] extends "days" ? number | null : string | null;

/** A contact's fields, one property per entry of the table. */
export type ContactFieldValues = { [S in ContactField as S["key"]]: ValueOf<S> };

/** The entries that have `P`, typed as such. */
export type FieldWith<P extends keyof ContactFieldSpec> = Extract<ContactField, { [K in P]: unknown }>;

export function fieldsWith<P extends keyof ContactFieldSpec>(property: P): ReadonlyArray<FieldWith<P>> {
  return CONTACT_FIELDS.filter((f): f is FieldWith<P> => property in f);
}

/** The fields' keys, in the table's order. */
export const FIELD_KEYS: readonly ContactFieldKey[] = CONTACT_FIELDS.map((f) => f.key);

/** Every field null, the name aside: what a contact known only by name has. */
export function blankFields(name: string): ContactFieldValues {
  return fieldsFrom({ name });
}

/**
 * The table's fields of `values`, null where it has none. Assigned key by key into a new object:
 * an import makes 30,000 of them, and V8 copies with object spread 10 times slower here.
 */
export function fieldsFrom(values: Partial<Record<ContactFieldKey, unknown>> & { name: string }): ContactFieldValues {
  const fields: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) fields[key] = values[key] ?? null;
  return fields as ContactFieldValues;
}

type Listed = Exclude<ContactField, { applied: true }>;
/** The fields lists show as stored (all but the cadence, whose applied value they show), by their JSON keys. */
export type ListedFieldsJson = { [S in Listed as S["json"]]: ValueOf<S> };

export const LISTED_FIELDS = CONTACT_FIELDS.filter((f): f is Listed => !("applied" in f));

/** A contact's stored fields by their JSON keys, in the table's order, as --json lists them. */
export function listedFieldsJson(contact: ContactFieldValues): ListedFieldsJson {
  return Object.fromEntries(LISTED_FIELDS.map((f) => [f.json, contact[f.key]])) as ListedFieldsJson;
}
