// The contact edit form, from the table of fields: what it asks, in which order, and how it shows
// the stored values.
import { type ContactField, type FieldWith, fieldsWith } from "./contact-fields.js";
import { type OptionName, optionName } from "./contact-field-flags.js";

type FormSpec = FieldWith<"form">;
/** The form names a field as its flag's option (`linkedin`, `every`, `note`), the name as `name`. */
type FormKey<S extends ContactField> = S extends { flag: { flags: infer F extends string } } ? OptionName<F> : S["key"];
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
