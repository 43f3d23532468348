// Follow-ups, snooze, pause, resume and archive: small writes on one contact.
import type { Ctx } from "../context.js";
import type { CalendarDate } from "../domain/dates.js";
import { parseWhen } from "./when-flag.js";
import { NetlogError, usageError } from "../errors.js";
import { type ContactRef, getContact, updateContactState } from "../store/contacts.js";
import { openFollowUp } from "../domain/due.js";
import { trackedContact } from "../store/conversations.js";
import { closeFollowUps, latestConversationId, setFollowUp } from "../store/follow-ups.js";
import { optionalNote } from "./fields.js";
import { existingContact } from "./resolve-contact.js";
import { parseSpan } from "../domain/cadence.js";
import type { Database } from "../store/db.js";
import { recordChange } from "../store/journal.js";
import { addCalendarDays, addCalendarMonths, formatLongDate } from "../domain/dates.js";
import type { StateChange } from "../reports/contact-state.js";

/** One journalled write; the journal keeps the sentence the user is shown, as it was said then. */
function write(ctx: Ctx, command: string, message: string, work: (db: Database) => void): void {
  const db = ctx.db();
  recordChange(
    db,
    { command, now: ctx.now },
    () => work(db),
    () => ({ kind: "text", text: message }),
  );
}

function existing(name: string, ctx: Ctx): Promise<ContactRef> {
  return existingContact(ctx.db(), name, ctx);
}

/** `follow-up NAME WHEN [NOTE]`: promised now, fulfilled by the next conversation logged. */
export async function followUp(options: { name: string; when: string; note?: string }, ctx: Ctx): Promise<StateChange & { date: CalendarDate }> {
  const date = await parseWhen(options.when, ctx.today, { flag: "WHEN", allowFuture: true, futureOnly: true });
  const ref = await existing(options.name, ctx);
  // A promise is never replaced silently: asked on a terminal, said without one.
  const open = openFollowUp(trackedContact(ctx.db(), ref.id, ctx.today), ctx.today);
  if (open && ctx.prompter && !(await ctx.prompter.replaceFollowUp(ref.name, open, ctx.today))) {
    return { contact: ref, date: open.date, message: `Nothing changed: the follow-up with ${ref.name} on ${formatLongDate(open.date)} stands.` };
  }
  const replaced = open ? ` It replaces the one due ${formatLongDate(open.date)}${open.note ? `: ${open.note}` : ""}.` : "";
  const message = `Follow-up with ${ref.name} on ${formatLongDate(date)}${options.note?.trim() ? `: ${options.note.trim()}` : ""}.${replaced}`;
  write(ctx, "follow-up", message, (db) => {
    const latest = latestConversationId(db, ref.id);
    // Promised today, after every conversation logged so far.
    const setOn = latest.date !== null && latest.date > ctx.today ? latest.date : ctx.today;
    setFollowUp(db, ref.id, { date, note: optionalNote(options.note), setOn, afterConversationId: latest.id }, ctx.now);
    // A promised date would be hidden by a snooze: promising means you are back in touch.
    updateContactState(db, ref.id, { snoozedUntil: null, snoozeNote: null }, ctx.now);
  });
  return { contact: ref, date, message };
}

export async function followUpDone(options: { name: string }, ctx: Ctx): Promise<StateChange> {
  const ref = await existing(options.name, ctx);
  const db = ctx.db();
  // One fulfilled by a later conversation is not open, even though its row is not closed yet.
  if (!openFollowUp(trackedContact(db, ref.id, ctx.today), ctx.today)) {
    throw new NetlogError(`${ref.name} has no open follow-up`, { hint: `set one with netlog follow-up "${ref.name}" WHEN` });
  }
  const message = `Follow-up with ${ref.name} done.`;
  write(ctx, "follow-up done", message, (db) => closeFollowUps(db, ref.id, ctx.now));
  return { contact: ref, message };
}

/** `snooze NAME 2w|DATE`: hidden from due (follow-ups too) until that day. */
export async function snooze(options: { name: string; until: string; note?: string }, ctx: Ctx): Promise<StateChange> {
  const span = parseSpan(options.until);
  let until: CalendarDate;
  if (span === undefined) until = await parseWhen(options.until, ctx.today, { flag: "snooze", allowFuture: true, futureOnly: true });
  else until = "months" in span ? addCalendarMonths(ctx.today, span.months) : addCalendarDays(ctx.today, span.days);
  if (until <= ctx.today) throw usageError(`snooze: ${formatLongDate(until)} is not after today`, "snooze for a while (2w) or until a later date");
  const ref = await existing(options.name, ctx);
  const message = `${ref.name} is snoozed until ${formatLongDate(until)}.`;
  write(ctx, "snooze", message, (db) => updateContactState(db, ref.id, { snoozedUntil: until, snoozeNote: optionalNote(options.note) }, ctx.now));
  return { contact: ref, message };
}

export async function setPaused(options: { name: string }, paused: boolean, ctx: Ctx): Promise<StateChange> {
  const ref = await existing(options.name, ctx);
  const db = ctx.db();
  if (getContact(db, ref.id)!.paused === paused) throw new NetlogError(`${ref.name} is ${paused ? "already paused" : "not paused"}`, { hint: "see netlog contact show" });
  // On resuming, the cadence counts from today rather than from a conversation months ago.
  const message = paused ? `${ref.name} is paused: no touch-base reminders until netlog resume.` : `${ref.name} is back on schedule, counting from today.`;
  write(ctx, paused ? "pause" : "resume", message, (db) => updateContactState(db, ref.id, paused ? { paused } : { paused, resumedOn: ctx.today }, ctx.now));
  return { contact: ref, message };
}

export async function setArchived(options: { name: string }, archived: boolean, ctx: Ctx): Promise<StateChange> {
  const ref = await existing(options.name, ctx);
  const db = ctx.db();
  if ((getContact(db, ref.id)!.archivedAt !== null) === archived) {
    throw new NetlogError(`${ref.name} is ${archived ? "already archived" : "not archived"}`, { hint: "see netlog contact list --all" });
  }
  const message = archived ? `${ref.name} is archived: off every list, history kept.` : `${ref.name} is back on your lists.`;
  write(ctx, archived ? "contact archive" : "contact unarchive", message, (db) => updateContactState(db, ref.id, { archivedAt: archived ? ctx.now : null }, ctx.now));
  return { contact: ref, message };
}
