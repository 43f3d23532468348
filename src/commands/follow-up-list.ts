// `netlog follow-up list`: every promise still open, soonest first.
import type { Ctx } from "../context.js";
import { openFollowUp } from "../domain/due.js";
import { contactsOn, loadPolicy } from "./schedule.js";
import type { FollowUpListReport } from "../reports/follow-up-list.js";

export async function followUpList(ctx: Ctx): Promise<FollowUpListReport> {
  const db = ctx.db();
  const open = contactsOn(db, ctx.today, loadPolicy(db))
    .filter((contact) => !contact.archived)
    .flatMap((contact) => {
      const followUp = openFollowUp(contact, ctx.today);
      return followUp ? [{ contact: { uuid: contact.uuid, name: contact.name, company: contact.company }, followUp }] : [];
    })
    .sort((a, b) =>
      a.followUp.date < b.followUp.date ? -1 : a.followUp.date > b.followUp.date ? 1 : a.contact.name.localeCompare(b.contact.name) || (a.contact.uuid < b.contact.uuid ? -1 : 1),
    );
  return { today: ctx.today, open };
}
