// Which of the people due a person reads about this morning. Everyone due stays in --json and
// `due --all`; the human list is kept short, and it rotates, so that a year on it still names
// different people rather than the same dozen every day (pure: the calendar day drives it).
import { type CalendarDate, dayIndex } from "./dates.js";
import type { DueItem } from "./due.js";

/** A promise and an unanswered message are time-bound: they are never rotated away. */
const pressing = (item: DueItem) => item.reason === "follow_up" || item.reason === "no_reply";

/**
 * Today's share of `items` (in their order, most pressing first), at most `limit` (0: all).
 * Pressing items come first. The rest take turns: each morning the window moves on by its own
 * size, so those passed over yesterday are the ones shown today, and everyone who waits comes
 * back within ceil(rest / room) mornings.
 */
export function pickForToday(items: readonly DueItem[], limit: number, on: CalendarDate): DueItem[] {
  if (limit === 0 || items.length <= limit) return [...items];
  const chosen = new Set(items.filter(pressing).slice(0, limit));
  const rest = items.filter((item) => !pressing(item));
  const room = limit - chosen.size;
  if (room > 0 && rest.length > 0) {
    const start = (dayIndex(on) * room) % rest.length;
    for (let k = 0; k < room; k++) chosen.add(rest[(start + k) % rest.length]!);
  }
  return items.filter((item) => chosen.has(item));
}
