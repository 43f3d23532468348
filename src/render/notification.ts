import type { DueReport } from "../reports/due.js";
import { formatLongDate } from "../domain/dates.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";

const NAMES_SHOWN = 3;

/** Title and body of the desktop notification for a due list, or undefined when nobody is due. */
export function dueNotification(report: DueReport): { title: string; body: string } | undefined {
  const count = report.items.length;
  if (count === 0) return undefined;
  const when = report.dateGiven ? `on ${formatLongDate(report.on)}` : "today";
  // Today's share first, as the list in the terminal shows it.
  const names = report.shown.slice(0, NAMES_SHOWN).map((item) => neutralise(item.contact.name));
  const more = count > NAMES_SHOWN ? ` and ${count - NAMES_SHOWN} more` : "";
  // Notification servers read the body as markup: a name like "Smith & <Jones>" must stay text.
  const body = `${names.join(", ")}${more}`.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
  return { title: `netlog: ${plural(count, "person", "people")} due ${when}`, body };
}
