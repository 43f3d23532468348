import { describe, expect, expectTypeOf, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import {
  CONTACT_EDIT_FIELD_FLAGS,
  CONTACT_FIELD_FLAGS,
  EDIT_FIELD_FLAGS_AFTER_TAGS,
  EDIT_FIELD_FLAGS_BEFORE_TAGS,
  FIELD_FLAGS_AFTER_TAGS,
  FIELD_FLAGS_BEFORE_TAGS,
  FIELD_OPTIONS,
} from "../../src/domain/contact-field-flags.js";

// contact add and contact edit spread the table's flags into their specs (src/cli/contact.ts): the
// program they register has the table's flags, help and option names, in the order the help lists.
const command = (name: string) => {
  const contact = buildProgram(async () => {}).commands.find((c) => c.name() === "contact")!;
  return contact.commands.find((c) => c.name() === name)!;
};
/** The command's field and tag options, in the order of its help. */
const options = (name: string) =>
  command(name)
    .options.filter((o) => o.flags.startsWith("--tag ") || o.flags.startsWith("--untag ") || FIELD_OPTIONS.some(({ field }) => field.flag.flags === o.flags))
    .map((o) => (o.description ? { flags: o.flags, description: o.description } : { flags: o.flags }));
const named = (flags: string) => expect.objectContaining({ flags });
/** A flag as commander shows it: its string and help (a repeatable one collects its values, which the help does not say). */
const shown = (flags: ReadonlyArray<{ flags: string; description?: string }>) => flags.map(({ flags, description }) => (description ? { flags, description } : { flags }));

describe("the table of contact fields", () => {
  it("holds the field flags of contact add, with their help, around the tags' flag", () => {
    expect(options("add")).toEqual([...shown(FIELD_FLAGS_BEFORE_TAGS), named("--tag <tag>"), ...shown(FIELD_FLAGS_AFTER_TAGS)]);
    expect(CONTACT_FIELD_FLAGS).toEqual([...FIELD_FLAGS_BEFORE_TAGS, ...FIELD_FLAGS_AFTER_TAGS]);
  });

  it("holds the field flags of contact edit, with its help", () => {
    expect(options("edit")).toEqual([...shown(EDIT_FIELD_FLAGS_BEFORE_TAGS), named("--tag <tag>"), named("--untag <tag>"), ...shown(EDIT_FIELD_FLAGS_AFTER_TAGS)]);
    expect(CONTACT_EDIT_FIELD_FLAGS).toEqual([...EDIT_FIELD_FLAGS_BEFORE_TAGS, ...EDIT_FIELD_FLAGS_AFTER_TAGS]);
  });

  it("names each option as commander hands its value over, and keeps the flags' literal types", () => {
    const attribute = Object.fromEntries(command("add").options.map((o) => [o.flags, o.attributeName()]));
    expect(FIELD_OPTIONS.map(({ option, field }) => [field.flag.flags, option])).toEqual(FIELD_OPTIONS.map(({ field }) => [field.flag.flags, attribute[field.flag.flags]]));
    expectTypeOf(CONTACT_FIELD_FLAGS[0].flags).toEqualTypeOf<"--company <name>">();
    expectTypeOf(EDIT_FIELD_FLAGS_BEFORE_TAGS[0].flags).toEqualTypeOf<"--company <name>">();
  });
});
