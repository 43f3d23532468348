// `netlog contact …`: the people you keep in touch with. The fields' flags come from the table of
// contact fields (domain/contact-fields.ts), so a new field needs no line here.
import type { ContactAddOptions } from "../commands/contact-add.js";
import type { ContactEditOptions } from "../commands/contact-edit.js";
import type { ContactListOptions } from "../commands/contact-list.js";
import { EDIT_FIELD_FLAGS_AFTER_TAGS, EDIT_FIELD_FLAGS_BEFORE_TAGS, FIELD_FLAGS_AFTER_TAGS, FIELD_FLAGS_BEFORE_TAGS } from "../domain/contact-field-flags.js";
import { defineCommand, optionsFor } from "./spec.js";
import { changeState } from "./contact-state.js";

const WHO = "full name, a unique start of it, or #ID";

export const commands = [
  defineCommand({
    path: "contact",
    summary: "add, list, show, edit, merge and remove contacts",
    description: "Manage the people you keep in touch with.",
    examples: ['netlog contact add "Elaine Longmire" --every monthly', "netlog contact list", "netlog contact show elaine"],
  }),
  defineCommand({
    path: "contact add",
    description: "Add a contact.",
    arguments: [{ name: "<name>", description: "full name" }],
    options: [
      ...FIELD_FLAGS_BEFORE_TAGS,
      { flags: "--url <url>", description: "another link, e.g. a website; label=url gives it a label (repeat)", repeatable: true },
      { flags: "--tag <tag>", description: "a tag (repeat, or separate with commas)", repeatable: true },
      ...FIELD_FLAGS_AFTER_TAGS,
      { flags: "--birthday <date>", description: "birthday: MM-DD, or YYYY-MM-DD with the year" },
      { flags: "--date <name=date>", description: 'a yearly date with a name, e.g. "met=2019-05-02" (repeat)', repeatable: true },
      { flags: "--allow-duplicate", description: "add even if a contact has the same name" },
    ],
    examples: [
      'netlog contact add "Elaine Longmire" --company "Jefferson Bank" --met LinkedIn --every monthly',
      'netlog contact add "Sam Ortiz" --email work=sam@northwind.example --email sam@home.example --tag investors',
    ],
    async run({ args: [name], options }, ctx) {
      const [{ contactAdd }, view] = await Promise.all([import("../commands/contact-add.js"), import("../render/contact.js")]);
      return view.renderContactAdded(await contactAdd(optionsFor<ContactAddOptions>()({ ...options, name }), ctx), ctx.style, ctx.today);
    },
  }),
  defineCommand({
    path: "contact list",
    description: "List contacts by name, with when you last spoke and when each is due.",
    options: [
      { flags: "--tag <tag>", description: "only contacts with this tag" },
      { flags: "--all", description: "include archived contacts" },
      { flags: "--json", description: "print JSON" },
    ],
    examples: ["netlog contact list", "netlog contact list --tag investors --json"],
    async run({ options }, ctx) {
      const [{ contactListItems }, view, { contactJsonItems }] = await Promise.all([
        import("../commands/contact-list.js"),
        import("../render/contact.js"),
        import("../render/json.js"),
      ]);
      const { contacts, largestId } = await contactListItems(optionsFor<ContactListOptions>()(options), ctx);
      return { text: () => view.contactListLines(contacts, largestId, ctx.style, ctx.today, ctx.stdoutIsTTY), json: () => contactJsonItems(contacts) };
    },
  }),
  defineCommand({
    path: "contact show",
    description: "Show a contact's profile and every conversation, newest first.",
    arguments: [{ name: "<name>", description: WHO }],
    options: [{ flags: "--json", description: "print JSON" }],
    examples: ["netlog contact show elaine", "netlog contact show 'Elaine Longmire' --json"],
    async run({ args: [name] }, ctx) {
      const [{ contactShow }, view, { profileJson }] = await Promise.all([import("../commands/contact-show.js"), import("../render/contact.js"), import("../render/json.js")]);
      const profile = await contactShow({ name }, ctx);
      return { text: () => view.renderProfile(profile, ctx.style, ctx.today), json: () => profileJson(profile) };
    },
  }),
  defineCommand({
    path: "contact edit",
    description: "Change a contact's details, tags or cadence; an empty value clears a field. On a terminal, with no flags, it shows a form.",
    arguments: [{ name: "<name>", description: WHO }],
    options: [
      { flags: "--name <new>", description: "rename the contact" },
      ...EDIT_FIELD_FLAGS_BEFORE_TAGS,
      { flags: "--url <url>", description: "add a link, e.g. a website; label=url gives it a label (repeat)", repeatable: true },
      { flags: "--remove-email <address>", description: "remove this email address (repeat); the next becomes the primary", repeatable: true },
      { flags: "--remove-phone <number>", description: "remove this phone number (repeat)", repeatable: true },
      { flags: "--remove-url <url>", description: "remove this link (repeat)", repeatable: true },
      { flags: "--tag <tag>", description: "add a tag (repeat, or separate with commas)", repeatable: true },
      { flags: "--untag <tag>", description: "remove a tag (repeat, or separate with commas)", repeatable: true },
      ...EDIT_FIELD_FLAGS_AFTER_TAGS,
      { flags: "--birthday <date>", description: "birthday: MM-DD, or YYYY-MM-DD with the year; none removes it" },
      { flags: "--date <name=date>", description: 'set a yearly date with a name, e.g. "met=2019-05-02" (repeat)', repeatable: true },
      { flags: "--remove-date <name>", description: "remove the date of this name (repeat)", repeatable: true },
      { flags: "--allow-duplicate", description: "with --name: rename even if another contact has that name" },
      { flags: "--json", description: "print what changed as JSON" },
    ],
    examples: [
      'netlog contact edit elaine --company "Northwind Bank" --title ""',
      "netlog contact edit elaine --tag investors --untag banking --every none",
      'netlog contact edit elaine --birthday 04-14 --date "met=2019-05-02"',
      "netlog contact edit elaine --email home=elaine@home.example --remove-email elaine@old.example",
      'netlog contact edit "Elain Longmire" --name "Elaine Longmire"',
      "netlog contact edit elaine        # on a terminal: a form with the current values",
    ],
    async run({ args: [contact], options }, ctx) {
      const [{ contactEdit }, view] = await Promise.all([import("../commands/contact-edit.js"), import("../render/contact-changes.js")]);
      const edited = await contactEdit(optionsFor<ContactEditOptions>()({ ...options, contact }), ctx);
      return { text: () => view.renderEdited(edited, ctx.style), json: () => view.editedJson(edited) };
    },
  }),
  defineCommand({
    path: "contact rm",
    description: "Remove a contact with its conversations and follow-ups (netlog undo brings them back).",
    arguments: [{ name: "<name>", description: WHO }],
    options: [
      { flags: "--yes", description: "do not ask for confirmation (needed without a terminal)" },
      { flags: "--json", description: "print what was removed as JSON" },
    ],
    examples: ["netlog contact rm 'Sam Ortiz'", "netlog contact rm '#12' --yes"],
    async run({ args: [name], options }, ctx) {
      const [{ contactRm }, view] = await Promise.all([import("../commands/contact-rm.js"), import("../render/contact-changes.js")]);
      const removed = await contactRm({ name, yes: options.yes }, ctx);
      return { text: () => view.renderRemoved(removed, ctx.style), json: () => view.removedJson(removed) };
    },
  }),
  defineCommand({
    path: "contact merge",
    description: "Merge a duplicate into the contact you keep: its conversations, follow-ups, tags and the fields you lack move over, then it is removed.",
    arguments: [
      { name: "<keep>", description: "the contact that stays: name, unique start, or #ID" },
      { name: "<other>", description: "the duplicate that goes" },
    ],
    options: [
      { flags: "--yes", description: "do not ask for confirmation (needed without a terminal)" },
      { flags: "--json", description: "print the summary as JSON" },
    ],
    examples: ["netlog contact merge 'Samuel Ortiz' 'Sam Ortiz'", "netlog contact merge '#3' '#7' --yes     # two contacts with the same name"],
    async run({ args: [keep, other], options }, ctx) {
      const [{ contactMerge }, view] = await Promise.all([import("../commands/contact-merge.js"), import("../render/contact-changes.js")]);
      const merged = await contactMerge({ keep, other, yes: options.yes }, ctx);
      return { text: () => view.renderMerged(merged, ctx.style, ctx.today), json: () => view.mergedJson(merged) };
    },
  }),
  defineCommand({
    path: "contact archive",
    description: "Take a contact off every list, keeping its history.",
    arguments: [{ name: "<name>" }],
    examples: ["netlog contact archive sam", "netlog contact list --all   # archived ones too"],
    run: ({ args: [name] }, ctx) => changeState((state) => state.setArchived({ name }, true, ctx)),
  }),
  defineCommand({
    path: "contact unarchive",
    description: "Bring an archived contact back.",
    arguments: [{ name: "<name>" }],
    examples: ["netlog contact unarchive sam", "netlog add sam --via phone   # logging a conversation brings it back too"],
    run: ({ args: [name] }, ctx) => changeState((state) => state.setArchived({ name }, false, ctx)),
  }),
];
