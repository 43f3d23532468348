import type { StateChange } from "../reports/contact-state.js";
import type { ReviewReport } from "../reports/review.js";
import { neutralise } from "../text/neutralise.js";
import { stateSentence } from "./contact-state.js";
import { plural } from "./text.js";

/** What a follow-up, snooze, pause, resume or archive did, in a sentence. */
export function renderChange(change: StateChange): string {
  return `${neutralise(stateSentence(change.contact.name, change))}\n`;
}

/** The line after the walk: what was done, and how to take it back. */
export function renderReviewed(report: ReviewReport): string {
  if (report.total === 0) return "Nobody is on today's list.\n";
  if (report.changes === 0) return "\nNothing changed.\n";
  return `\nDone: ${plural(report.changes, "change")}. netlog undo takes back the last; undo --list shows them.\n`;
}
