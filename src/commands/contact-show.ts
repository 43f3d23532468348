import type { Ctx } from "../context.js";
import type { DueItem } from "../domain/due.js";
import { lastTwelveMonths, type MonthActivity } from "../domain/timeline.js";
import { type Contact, getContact } from "../store/contacts.js";
import { type DismissalRow, listDismissals } from "../store/dismissals.js";
import { type Interaction, listInteractions } from "../store/interactions.js";
import { existingContact } from "./resolve-contact.js";
import { scheduleFor } from "./schedule.js";

export interface ContactProfile {
  contact: Contact;
  schedule: DueItem;
  /** Newest first. */
  interactions: Interaction[];
  /** Conversations per month and stage over the last twelve months, oldest first. */
  timeline: MonthActivity[];
  /** Items of the morning list dismissed without a conversation, newest first. */
  dismissals: DismissalRow[];
}

export async function contactShow(options: { name: string }, ctx: Ctx): Promise<ContactProfile> {
  const db = ctx.db();
  const { id } = await existingContact(db, options.name, ctx);
  const interactions = listInteractions(db, id);
  return {
    contact: getContact(db, id)!,
    schedule: scheduleFor(db, id, ctx.today),
    interactions,
    timeline: lastTwelveMonths(interactions, ctx.today),
    dismissals: listDismissals(db, id),
  };
}
