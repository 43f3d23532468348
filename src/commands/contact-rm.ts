// `netlog contact rm NAME [--yes]`: delete a contact with everything logged about it.
import type { Ctx } from "../context.js";
import { Declined, NetlogError, usageError } from "../errors.js";
import { withRows } from "../text/contact-changes.js";
import { nameAndCompany } from "../text/name-and-company.js";
import { neutralise } from "../text/neutralise.js";
import { countContactRows, deleteContact } from "../store/contact-changes.js";
import { type ContactRef, getContact } from "../store/contacts.js";
import { recordChange } from "../store/journal.js";
import { existingContact } from "./resolve-contact.js";
import type { ContactRemoved } from "../reports/contact-rm.js";

/** `Elaine Longmire (Jefferson Bank)`: whom the question is about, as the lists show them. */
function label(ref: ContactRef): string {
  return nameAndCompany(ref.name, ref.company);
}

export async function contactRm(options: { name: string; yes?: boolean }, ctx: Ctx): Promise<ContactRemoved> {
  const db = ctx.db();
  const ref = await existingContact(db, options.name, ctx);
  if (!options.yes) {
    const rows = withRows(countContactRows(db, ref.id));
    if (!ctx.prompter) throw usageError(`contact rm deletes ${ref.name}${rows}; pass --yes to go ahead`, "netlog contact rm NAME --yes (netlog undo brings it back)");
    // The default is No: Enter on a question that deletes must not delete.
    // The prompter neutralises its question; main.ts prints a Declined message as output, as it is.
    if (!(await ctx.prompter.confirm(`Remove ${label(ref)}${rows}?`, false))) {
      throw new Declined(`Nothing removed: ${neutralise(ref.name)} stays.`);
    }
  }
  return recordChange(
    db,
    { command: "contact rm", now: ctx.now },
    () => {
      const contact = getContact(db, ref.id);
      if (!contact) throw new NetlogError(`${ref.name} was removed meanwhile`, { hint: "see netlog undo --list" });
      const counts = countContactRows(db, ref.id);
      deleteContact(db, ref.id);
      return { contact, ...counts };
    },
    (removed) => ({ kind: "contact-rm", name: removed.contact.name, conversations: removed.conversations, followUps: removed.followUps }),
  );
}
