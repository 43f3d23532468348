// `netlog dismiss NAME`: deal with an item of today's list without inventing a conversation.
import type { Ctx } from "../context.js";
import { planDay } from "../domain/due.js";
import { NetlogError } from "../errors.js";
import { insertDismissal } from "../store/dismissals.js";
import { closeFollowUps } from "../store/follow-ups.js";
import { trackedContact } from "../store/conversations.js";
import { recordChange } from "../store/journal.js";
import { optionalNote } from "./fields.js";
import { existingContact } from "./resolve-contact.js";
import { loadPolicy, scheduleFor } from "./schedule.js";
import { birthdayItems } from "../domain/birthday-items.js";
import { birthdayOf } from "../store/contact-dates.js";
import type { Dismissal } from "../reports/dismiss.js";

/**
 * What is dismissed is what the list says today: an unanswered message needs no reply (the
 * cadence runs on from it), a cadence round is skipped (it restarts today), a follow-up is let
 * go, a suggestion is not offered again at this stage. Recorded as a dismissal, undoable.
 */
export async function dismiss(options: { name: string; note?: string }, ctx: Ctx): Promise<Dismissal> {
  const note = optionalNote(options.note);
  const db = ctx.db();
  const ref = await existingContact(db, options.name, ctx);
  const policy = loadPolicy(db);
  const contact = trackedContact(db, ref.id, ctx.today);
  const plan = planDay([contact], ctx.today, policy);
  // A birthday is dismissed when nothing else stands for the contact: it clears that year's reminder.
  const birthday = birthdayOf(db, ref.id);
  const item = plan.items[0] ?? plan.suggestions[0] ?? (birthday ? birthdayItems([{ ...contact, birthday }], ctx.today, policy)[0] : undefined);
  if (!item) {
    throw new NetlogError(`${ref.name} is not on today's list: there is nothing to dismiss`, {
      hint: `netlog due lists who is; to hide someone for a while: netlog snooze "${ref.name}" 2w`,
    });
  }
  return recordChange(
    db,
    { command: "dismiss", now: ctx.now },
    () => {
      insertDismissal(db, ref.id, { reason: item.reason, date: ctx.today, note }, ctx.now);
      if (item.reason === "follow_up") closeFollowUps(db, ref.id, ctx.now);
      let next = scheduleFor(db, ref.id, ctx.today);
      // On a cadence no longer than the reply window, the cadence from that message is due too:
      // one dismiss clears today, so that round is skipped as well.
      if (item.reason === "no_reply" && next.reason === "cadence" && next.daysOverdue >= 0) {
        insertDismissal(db, ref.id, { reason: "cadence", date: ctx.today, note }, ctx.now);
        next = scheduleFor(db, ref.id, ctx.today);
      }
      return { contact: ref, item, note, next };
    },
    () => ({ kind: "dismiss", reason: item.reason, name: ref.name }),
  );
}
