// What `netlog log edit` changes in a conversation, and what that does to a promised follow-up.
import { type Channel, defaultDirection } from "./channels.js";
import type { CalendarDate } from "./dates.js";
import type { Direction } from "./due.js";

/** The parts of a logged conversation a user can correct. */
export interface ConversationFields {
  date: CalendarDate;
  channel: Channel;
  direction: Direction;
  note: string | null;
}

export type ConversationField = keyof ConversationFields;

export interface FieldChange {
  field: ConversationField;
  from: string | null;
  to: string | null;
}

/**
 * The conversation after an edit. A channel changed without saying who spoke takes that
 * channel's usual direction, as `add` would have given it, unless the old direction was not
 * the old channel's default (then the user chose it, and it stays).
 */
export function applyEdit(current: ConversationFields, edit: Partial<ConversationFields>): ConversationFields {
  const channel = edit.channel ?? current.channel;
  const followsChannel = current.direction === defaultDirection(current.channel);
  const direction = edit.direction ?? (followsChannel ? defaultDirection(channel) : current.direction);
  return {
    date: edit.date ?? current.date,
    channel,
    direction,
    note: edit.note === undefined ? current.note : edit.note,
  };
}

const FIELDS: readonly ConversationField[] = ["date", "channel", "direction", "note"];

/** The fields that differ, in a fixed order. */
export function changesBetween(before: ConversationFields, after: ConversationFields): FieldChange[] {
  return FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({ field, from: before[field], to: after[field] }));
}

/** Where a follow-up was promised: only a conversation after this one (by date, then id) fulfils it. */
export interface FollowUpAnchor {
  setOn: CalendarDate;
  afterId: number;
}

function isAfter(conversation: { date: CalendarDate; id: number }, anchor: FollowUpAnchor): boolean {
  return conversation.date > anchor.setOn || (conversation.date === anchor.setOn && conversation.id > anchor.afterId);
}

/**
 * The anchor an open follow-up needs once a conversation moves to `newDate`, or null when it
 * can stay. Correcting the date of a conversation that did not fulfil the promise (one logged
 * before it was made, typically the very one it was made in) must not fulfil it: moving that
 * conversation past the anchor would otherwise close the follow-up silently. A promise that
 * some conversation already fulfilled is left as it is.
 */
export function anchorAfterMove(
  anchor: FollowUpAnchor,
  latestBefore: { date: CalendarDate; id: number } | null,
  moved: { id: number; newDate: CalendarDate },
): FollowUpAnchor | null {
  if (latestBefore !== null && isAfter(latestBefore, anchor)) return null;
  if (!isAfter({ date: moved.newDate, id: moved.id }, anchor)) return null;
  return { setOn: moved.newDate, afterId: moved.id };
}
