// `netlog log edit ID` and `netlog log rm ID`: correcting or removing one logged conversation,
// each as one change `netlog undo` reverts.
import type { Ctx } from "../context.js";
import { anchorAfterMove, applyEdit, type ConversationFields, changesBetween, type FollowUpAnchor } from "../domain/conversation-edit.js";
import type { CalendarDate } from "../domain/dates.js";
import { parseWhen } from "./when-flag.js";
import { NetlogError, usageError } from "../errors.js";
import { deleteConversation, getConversation, type ConversationWithContact, moveFollowUpAnchor, openFollowUpAnchor, updateConversation } from "../store/conversation-log.js";
import type { Database } from "../store/db.js";
import { latestConversationId } from "../store/follow-ups.js";
import { recordChange } from "../store/journal.js";
import { channelFlag, directionFlags } from "./add.js";
import { optionalNote } from "./fields.js";
import { scheduleFor } from "./schedule.js";
import type { ConversationEdited, ConversationRemoved } from "../reports/log-change.js";

export interface LogEditOptions {
  id: string;
  date?: string;
  via?: string;
  note?: string;
  sent?: boolean;
  received?: boolean;
  twoWay?: boolean;
}

const ID_HINT = "the ids are the first column of netlog log (or netlog log NAME)";

/** `412` or `#412`, as `netlog log` shows them. */
export function conversationId(text: string): number {
  const match = /^#?(\d{1,15})$/.exec(text.trim());
  if (!match) throw usageError(`'${text}' is not a conversation id`, ID_HINT);
  return Number(match[1]);
}

function existing(db: Database, id: number): ConversationWithContact {
  const entry = getConversation(db, id);
  if (!entry) throw new NetlogError(`no conversation has id ${id}`, { hint: `see the ids with netlog log, or netlog log NAME` });
  return entry;
}

function fieldsOf(entry: ConversationWithContact): ConversationFields {
  return { date: entry.date, channel: entry.channel, direction: entry.direction, note: entry.note };
}

export async function logEdit(options: LogEditOptions, ctx: Ctx): Promise<ConversationEdited> {
  const id = conversationId(options.id);
  const parseDate = (text: string) => parseWhen(text, ctx.today, { flag: "--date", allowFuture: false });
  const flags: Partial<ConversationFields> = {};
  if (options.date !== undefined) flags.date = await parseDate(options.date);
  if (options.via !== undefined) flags.channel = channelFlag(options.via);
  // `--note ""` removes the note.
  if (options.note !== undefined) flags.note = optionalNote(options.note);
  const direction = directionFlags(options);
  if (direction !== undefined) flags.direction = direction;
  const noFlags = Object.keys(flags).length === 0;
  if (noFlags && !ctx.prompter) {
    throw usageError("what should change? netlog log edit needs a flag when it cannot ask", "pass --date WHEN, --via CHANNEL, --note TEXT, --sent, --received or --two-way");
  }
  const db = ctx.db();
  const shown = existing(db, id);
  // The form is filled in before the write transaction opens: nobody else waits on the answers.
  const edit = noFlags ? await ctx.prompter!.conversation({ id, contact: shown.contact.name }, fieldsOf(shown), parseDate) : flags;

  return recordChange(
    db,
    { command: "log edit", now: ctx.now },
    () => {
      // Read again inside the lock: another netlog may have changed or removed it meanwhile.
      const before = existing(db, id);
      const after = applyEdit(fieldsOf(before), edit);
      const changes = changesBetween(fieldsOf(before), after);
      if (changes.length > 0) {
        const followUp = after.date === before.date ? null : followUpToReanchor(db, before.contact.id, { id, newDate: after.date });
        updateConversation(db, before, after, ctx.now);
        if (followUp) moveFollowUpAnchor(db, followUp.id, followUp.anchor);
      }
      return { entry: { ...before, ...after }, changes, schedule: scheduleFor(db, before.contact.id, ctx.today) };
    },
    ({ entry, changes }) => ({ kind: "log-edit", id, name: entry.contact.name, changes }),
  );
}

/** Read before the conversation moves: whether its follow-up was fulfilled already counts. */
function followUpToReanchor(db: Database, contactId: number, moved: { id: number; newDate: CalendarDate }): { id: number; anchor: FollowUpAnchor } | null {
  const open = openFollowUpAnchor(db, contactId);
  if (!open) return null;
  const latest = latestConversationId(db, contactId);
  const anchor = anchorAfterMove(open, latest.date === null ? null : { date: latest.date, id: latest.id }, moved);
  return anchor && { id: open.id, anchor };
}

export async function logRm(options: { id: string }, ctx: Ctx): Promise<ConversationRemoved> {
  const id = conversationId(options.id);
  const db = ctx.db();
  return recordChange(
    db,
    { command: "log rm", now: ctx.now },
    () => {
      const entry = existing(db, id);
      // contact_history follows by its trigger; a follow-up this conversation fulfilled is open again.
      deleteConversation(db, entry, ctx.now);
      return { entry, schedule: scheduleFor(db, entry.contact.id, ctx.today) };
    },
    ({ entry }) => ({ kind: "log-rm", id, channel: entry.channel, name: entry.contact.name, date: entry.date }),
  );
}
