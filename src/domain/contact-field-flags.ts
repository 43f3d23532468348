// The flags of contact add and contact edit, from the table of fields: the options type their runs
// take, and the options for their specs to spread, their flag strings kept as literal types.
import { type CONTACT_FIELDS, type ContactFieldSpec, type FieldWith, fieldsWith } from "./contact-fields.js";

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** `--linkedin <url>` → `linkedin`: the property commander gives the option's value as. */
export type OptionName<F extends string> = F extends `--${infer N} <${string}>` ? Camel<N> : never;
type Flagged = FieldWith<"flag">;

/** The options contact add and contact edit take for the fields, as commander hands them over. */
export type ContactFieldOptions = { [S in Flagged as OptionName<S["flag"]["flags"]>]?: S["flag"] extends { repeatable: true } ? string[] : string };
export type FieldOption = keyof ContactFieldOptions;

/** The option a field's flag gives: what commander names it. */
export function optionName(flags: string): FieldOption {
  const name = /^--([\w-]+) /.exec(flags)![1]!;
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as FieldOption;
}

type HelpPlace = "profile" | "after-tags" | "last";
type PlaceOf<F> = F extends { help: infer P } ? P : "profile";
type Option = { readonly flags: string; readonly description?: string; readonly repeatable?: true };
/** The flags of the entries whose help goes in `Place`, in the table's order, their literal types kept. */
type FlagsOf<T extends readonly unknown[], Place extends HelpPlace> = T extends readonly [infer H, ...infer R]
  ? H extends { flag: infer F extends Option }
    ? PlaceOf<F> extends Place
      ? [
          F extends { repeatable: true }
            ? { readonly flags: F["flags"]; readonly description?: string; readonly repeatable: true }
            : { readonly flags: F["flags"]; readonly description?: string },
          ...FlagsOf<R, Place>,
        ]
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
      const repeatable = f.repeatable ? ({ repeatable: true } as const) : {};
      return [description === undefined ? { flags: f.flags, ...repeatable } : { flags: f.flags, description, ...repeatable }];
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
