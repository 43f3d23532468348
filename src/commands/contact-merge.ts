// `netlog contact merge KEEP OTHER [--yes]`: fold a duplicate into the contact you keep.
import type { Ctx } from "../context.js";
import { type FollowUp, openFollowUp } from "../domain/due.js";
import { planMerge } from "../domain/merge.js";
import { Declined, NetlogError, usageError } from "../errors.js";
import { describeRows } from "../text/contact-changes.js";
import {
  copyTags,
  countContactRows,
  movePlansAndRoles,
  deleteContact,
  markFollowUpDone,
  moveFollowUps,
  moveConversations,
  openFollowUpRows,
  updateContactFields,
} from "../store/contact-changes.js";
import { getContact } from "../store/contacts.js";
import { moveContactDates } from "../store/contact-dates.js";
import type { Database } from "../store/db.js";
import { trackedContact } from "../store/conversations.js";
import { recordChange } from "../store/journal.js";
import { describeRef, existingContact } from "./resolve-contact.js";
import type { ContactMerged } from "../reports/contact-merge.js";
import { giveValue, otherValues, primaryValues, valueLists } from "../store/value-lists.js";
import { VALUE_KINDS, LIST_OF, sameValue } from "../domain/value-lists.js";

export async function contactMerge(options: { keep: string; other: string; yes?: boolean }, ctx: Ctx): Promise<ContactMerged> {
  const db = ctx.db();
  const keep = await existingContact(db, options.keep, ctx);
  const other = await existingContact(db, options.other, ctx);
  if (keep.id === other.id) {
    throw usageError(`'${options.keep}' and '${options.other}' are the same contact, ${describeRef(keep)}`, "name two different contacts; #ID picks one of two with the same name");
  }
  if (!options.yes) {
    // The prompter shows the question through the neutraliser, names and all.
    const what = `${describeRef(other)} (${describeRows(countContactRows(db, other.id))}) into ${describeRef(keep)}`;
    if (!ctx.prompter)
      throw usageError(`merging removes ${describeRef(other)} after moving its data; pass --yes to go ahead`, "netlog contact merge KEEP OTHER --yes (netlog undo reverts it)");
    if (!(await ctx.prompter.confirm(`Merge ${what}, then remove #${other.id}?`, false))) {
      throw new Declined("Nothing merged.");
    }
  }
  return recordChange(
    db,
    { command: "contact merge", now: ctx.now },
    () => mergeInto(db, keep.id, other.id, ctx),
    (merged) => ({ kind: "contact-merge", removed: { id: merged.removed.id, name: merged.removed.name }, kept: { id: merged.kept.id, name: merged.kept.name } }),
  );
}

function mergeInto(db: Database, keepId: number, otherId: number, ctx: Ctx): ContactMerged {
  const [keep, other] = [getContact(db, keepId), getContact(db, otherId)];
  if (!keep || !other) throw new NetlogError("a contact to merge was removed meanwhile", { hint: "see netlog undo --list" });
  const plan = planMerge(keep, other, ctx.today);
  const conversations = moveConversations(db, otherId, keepId);
  const followUps = moveFollowUps(db, otherId, keepId);
  const tagsAdded = copyTags(db, otherId, keepId);
  // Its birthday and named dates too; where both have one, the kept contact's stays.
  moveContactDates(db, otherId, keepId);
  // A meeting planned with either, and either's job history, are the person's.
  movePlansAndRoles(db, otherId, keepId);
  const values = valueLists(other, otherValues(db, otherId));
  deleteContact(db, otherId);
  updateContactFields(db, keepId, plan.update, ctx.now);
  // Every email, phone and link of both stays: nothing of them is "not taken".
  const valuesAdded: ContactMerged["valuesAdded"] = [];
  const labelsNotTaken: ContactMerged["labelsNotTaken"] = [];
  const keptValues = valueLists(primaryValues(db, keepId), otherValues(db, keepId));
  for (const kind of VALUE_KINDS) {
    for (const { value, label } of values[LIST_OF[kind]]) {
      const given = giveValue(db, keepId, kind, { value, label }, ctx.now);
      if (given === "primary" || given === "added") valuesAdded.push({ kind, value, label, primary: given === "primary" });
      // A value both have, labelled otherwise by each: the kept contact's label stays, as its fields do, and the other's is named.
      const kept = keptValues[LIST_OF[kind]].find((v) => sameValue(kind, v.value, value));
      if (given === "had" && label !== null && kept?.label != null && kept.label !== label && !(kind === "url" && kept.primary)) labelsNotTaken.push({ kind, value, label });
    }
  }
  const { kept: followUpKept, closed: followUpsClosed } = oneOpenFollowUp(db, keepId, ctx);
  const { update, ...report } = plan;
  return {
    kept: getContact(db, keepId)!,
    removed: other,
    conversations,
    followUps,
    tagsAdded,
    valuesAdded,
    labelsNotTaken,
    ...report,
    addedOnFromOther: update.addedOn !== undefined,
    followUpKept,
    followUpsClosed,
  };
}

/**
 * A contact has one open follow-up (a new promise replaces the old). Of the ones still open after
 * the merge, not fulfilled by a conversation of either contact since, the earliest due stays
 * open: it is the promise that must not be missed. The rest are marked done, and reported.
 */
function oneOpenFollowUp(db: Database, contactId: number, ctx: Ctx): { kept: FollowUp | null; closed: FollowUp[] } {
  const rows = openFollowUpRows(db, contactId);
  if (rows.length < 2) return { kept: null, closed: [] };
  const contact = trackedContact(db, contactId, ctx.today);
  const open = rows.filter((row) => openFollowUp({ ...contact, followUp: row }, ctx.today) !== null);
  if (open.length === 0) return { kept: null, closed: [] };
  const [kept, ...closed] = open;
  // Rows already fulfilled are closed too, so that `due`, which reads the newest row not marked
  // done, finds the one kept.
  for (const row of rows) if (row !== kept) markFollowUpDone(db, row.id, ctx.now);
  const plain = ({ date, note, setOn, afterId, fulfilledOn }: FollowUp) => ({ date, note, setOn, afterId, fulfilledOn });
  return { kept: plain(kept!), closed: closed.map(plain) };
}
