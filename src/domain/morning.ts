// Which of the people due a person reads about this morning. Everyone due stays in --json and
// `due --all`; the human list is kept short, and it rotates, so that a year on it still names
// different people rather than the same dozen every day (pure: the calendar day drives it).
import { type CalendarDate, dayIndex } from "./dates.js";
import type { DueItem } from "./due.js";

/** A promise, an unanswered message and a new job are time-bound: they are never rotated away. */
const pressing = (item: DueItem) => item.reason === "follow_up" || item.reason === "no_reply" || item.reason === "job_change";

/**
 * Today's share of `items` (in their order, most pressing first), at most `limit` (0: all).
 * Pressing items come first; the rest take the room left. Each group takes turns: each morning
 * its window moves on by its own size, so those passed over yesterday are the ones shown today,
 * and everyone who waits comes back within ceil(group / room) mornings. (More promises and
 * unanswered messages than the limit take turns among themselves, so none ages out unseen.)
 */
export function pickForToday(items: readonly DueItem[], limit: number, on: CalendarDate): DueItem[] {
  if (limit === 0 || items.length <= limit) return [...items];
  const urgent = items.filter(pressing);
  const chosen = new Set(turn(urgent, Math.min(limit, urgent.length), on));
  for (const item of turn(
    items.filter((item) => !pressing(item)),
    limit - chosen.size,
    on,
  ))
    chosen.add(item);
  return items.filter((item) => chosen.has(item));
}

/** `room` of `group`, in a window that moves on by `room` each calendar day. */
function turn(group: readonly DueItem[], room: number, on: CalendarDate): DueItem[] {
  if (room <= 0 || group.length === 0) return [];
  if (group.length <= room) return [...group];
  const start = (dayIndex(on) * room) % group.length;
  return Array.from({ length: room }, (_, k) => group[(start + k) % group.length]!);
}
