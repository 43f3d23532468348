// Which of the people due a person reads about this morning. Everyone due stays in --json and
// `due --all`; the human list is kept short, and it rotates, so that a year on it still names
// different people rather than the same dozen every day (pure: the calendar day drives it).
import { type CalendarDate, dayIndex } from "./dates.js";
import type { DueItem } from "./due.js";

/** A promise, an unanswered message and a new job are time-bound: they are never rotated away. */
export const isPressing = (item: Pick<DueItem, "reason">) => item.reason === "follow_up" || item.reason === "no_reply" || item.reason === "job_change";

/**
 * Today's share of `items` (in their order, most pressing first), at most `limit` (0: all).
 * Pressing items come first; the rest take the room left. Each group takes turns: each morning
 * its window moves on by its own size, so those passed over yesterday are the ones shown today,
 * and everyone who waits comes back within ceil(group / room) mornings. (More promises and
 * unanswered messages than the limit take turns among themselves, so none ages out unseen.)
 */
export function pickForToday(items: readonly DueItem[], limit: number, on: CalendarDate): DueItem[] {
  if (limit === 0 || items.length <= limit) return [...items];
  const urgent = items.filter(isPressing);
  const others = items.filter((item) => !isPressing(item));
  const rooms = roomsForToday(urgent.length, others.length, limit);
  const chosen = new Set([...turn(urgent, rooms.pressing, on), ...turn(others, rooms.other, on)]);
  return items.filter((item) => chosen.has(item));
}

/** `room` of `group`, in a window that moves on by `room` each calendar day. */
function turn(group: readonly DueItem[], room: number, on: CalendarDate): DueItem[] {
  return turnWindow(group.length, room, on).flatMap(({ offset, count }) => group.slice(offset, offset + count));
}

/**
 * Where today's window of `room` lies in a group of `size`, as at most two runs of positions (it
 * wraps round the end): what the store reads with LIMIT and OFFSET (store/schedules.ts).
 */
export function turnWindow(size: number, room: number, on: CalendarDate): Array<{ offset: number; count: number }> {
  if (room <= 0 || size === 0) return [];
  if (size <= room) return [{ offset: 0, count: size }];
  const start = (dayIndex(on) * room) % size;
  const first = Math.min(room, size - start);
  return first === room
    ? [{ offset: start, count: room }]
    : [
        { offset: start, count: first },
        { offset: 0, count: room - first },
      ];
}

/** How many of the pressing and of the other items today's share takes (pickForToday). */
export function roomsForToday(pressingCount: number, otherCount: number, limit: number): { pressing: number; other: number } {
  if (limit === 0 || pressingCount + otherCount <= limit) return { pressing: pressingCount, other: otherCount };
  const pressing = Math.min(limit, pressingCount);
  return { pressing, other: limit - pressing };
}
