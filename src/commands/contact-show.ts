import type { Ctx } from "../context.js";
import { lastTwelveMonths } from "../domain/timeline.js";
import { getContact } from "../store/contacts.js";
import { listDismissals } from "../store/dismissals.js";
import { listContactDates } from "../store/contact-dates.js";
import { listConversations } from "../store/conversations.js";
import { existingContact } from "./resolve-contact.js";
import { scheduleFor } from "./schedule.js";
import type { ContactProfile } from "../reports/contact-show.js";
import { otherValues, valueLists } from "../store/value-lists.js";
import { rolesOf } from "../store/contact-roles.js";
import { plannedFor } from "../store/planned-meetings.js";

export async function contactShow(options: { name: string }, ctx: Ctx): Promise<ContactProfile> {
  const db = ctx.db();
  const { id } = await existingContact(db, options.name, ctx);
  const conversations = listConversations(db, id);
  const contact = getContact(db, id)!;
  return {
    contact,
    schedule: scheduleFor(db, id, ctx.today),
    conversations,
    timeline: lastTwelveMonths(conversations, ctx.today),
    dismissals: listDismissals(db, id),
    dates: listContactDates(db, id),
    values: valueLists(contact, otherValues(db, id)),
    jobs: rolesOf(db, id),
    planned: plannedFor(db, id, ctx.today),
  };
}
