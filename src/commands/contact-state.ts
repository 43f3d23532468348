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
import type { StateChange, StateChangeData } from "../reports/contact-state.js";

/** One journalled write; the journal keeps what it did as data, which undo --list words. */
function write(ctx: Ctx, command: string, change: StateChange, work: (db: Database) => void): StateChange {
  const db = ctx.db();
  recordChange(
    db,
    { command, now: ctx.now },
    () => work(db),
    () => ({ kind: "contact-state", name: change.contact.name, change: dataOf(change) }),
  );
  return change;
}

function dataOf({ contact: _contact, ...data }: StateChange): StateChangeData {
  return data;
}

function existing(name: string, ctx: Ctx): Promise<ContactRef> {
  return existingContact(ctx.db(), name, ctx);
}

/** `follow-up NAME WHEN [NOTE]`: promised now, fulfilled by the next conversation logged. */
export async function followUp(options: { name: string; when: string; note?: string }, ctx: Ctx): Promise<Extract<StateChange, { date: CalendarDate }>> {
  const date = await parseWhen(options.when, ctx.today, { flag: "WHEN", allowFuture: true, futureOnly: true });
  const ref = await existing(options.name, ctx);
  // A promise is never replaced silently: asked on a terminal, said without one.
  const open = openFollowUp(trackedContact(ctx.db(), ref.id, ctx.today), ctx.today);
  if (open && ctx.prompter && !(await ctx.prompter.replaceFollowUp(ref.name, open, ctx.today))) {
    return { contact: ref, kind: "follow-up-kept", date: open.date };
  }
  const change = { contact: ref, kind: "follow-up", date, note: options.note?.trim() || null, replaced: open ? { date: open.date, note: open.note } : null } as const;
  write(ctx, "follow-up", change, (db) => {
    const latest = latestConversationId(db, ref.id);
    // Promised today, after every conversation logged so far.
    const setOn = latest.date !== null && latest.date > ctx.today ? latest.date : ctx.today;
    setFollowUp(db, ref.id, { date, note: optionalNote(options.note), setOn, afterConversationId: latest.id }, ctx.now);
    // A promised date would be hidden by a snooze: promising means you are back in touch.
    updateContactState(db, ref.id, { snoozedUntil: null, snoozeNote: null }, ctx.now);
  });
  return change;
}

export async function followUpDone(options: { name: string }, ctx: Ctx): Promise<StateChange> {
  const ref = await existing(options.name, ctx);
  const db = ctx.db();
  // One fulfilled by a later conversation is not open, even though its row is not closed yet.
  if (!openFollowUp(trackedContact(db, ref.id, ctx.today), ctx.today)) {
    throw new NetlogError(`${ref.name} has no open follow-up`, { hint: `set one with netlog follow-up "${ref.name}" WHEN` });
  }
  return write(ctx, "follow-up done", { contact: ref, kind: "follow-up-done" }, (db) => closeFollowUps(db, ref.id, ctx.now));
}

/** `snooze NAME 2w|DATE`: hidden from due (follow-ups too) until that day. */
export async function snooze(options: { name: string; until: string; note?: string }, ctx: Ctx): Promise<StateChange> {
  const span = parseSpan(options.until);
  let until: CalendarDate;
  if (span === undefined) until = await parseWhen(options.until, ctx.today, { flag: "snooze", allowFuture: true, futureOnly: true });
  else until = "months" in span ? addCalendarMonths(ctx.today, span.months) : addCalendarDays(ctx.today, span.days);
  if (until <= ctx.today) throw usageError(`snooze: ${formatLongDate(until)} is not after today`, "snooze for a while (2w) or until a later date");
  const ref = await existing(options.name, ctx);
  return write(ctx, "snooze", { contact: ref, kind: "snoozed", until }, (db) =>
    updateContactState(db, ref.id, { snoozedUntil: until, snoozeNote: optionalNote(options.note) }, ctx.now),
  );
}

export async function setPaused(options: { name: string }, paused: boolean, ctx: Ctx): Promise<StateChange> {
  const ref = await existing(options.name, ctx);
  const db = ctx.db();
  if (getContact(db, ref.id)!.paused === paused) throw new NetlogError(`${ref.name} is ${paused ? "already paused" : "not paused"}`, { hint: "see netlog contact show" });
  // On resuming, the cadence counts from today rather than from a conversation months ago.
  const change: StateChange = { contact: ref, kind: paused ? "paused" : "resumed" };
  return write(ctx, paused ? "pause" : "resume", change, (db) => updateContactState(db, ref.id, paused ? { paused } : { paused, resumedOn: ctx.today }, ctx.now));
}

export async function setArchived(options: { name: string }, archived: boolean, ctx: Ctx): Promise<StateChange> {
  const ref = await existing(options.name, ctx);
  const db = ctx.db();
  if ((getContact(db, ref.id)!.archivedAt !== null) === archived) {
    throw new NetlogError(`${ref.name} is ${archived ? "already archived" : "not archived"}`, { hint: "see netlog contact list --all" });
  }
  const change: StateChange = { contact: ref, kind: archived ? "archived" : "unarchived" };
  return write(ctx, archived ? "contact archive" : "contact unarchive", change, (db) => updateContactState(db, ref.id, { archivedAt: archived ? ctx.now : null }, ctx.now));
}
