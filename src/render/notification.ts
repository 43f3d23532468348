import type { DueReport } from "../reports/due.js";
import { formatLongDate } from "../domain/dates.js";
import { neutralise } from "../text/neutralise.js";
import { describeReason } from "./reason.js";
import { plural } from "./text.js";

const NAMES_SHOWN = 3;

/** Title and body of the desktop notification for a due list, or undefined when nobody is due and no birthday is near. */
export function dueNotification(report: DueReport): { title: string; body: string } | undefined {
  const count = report.dueCount;
  const { birthdays } = report;
  if (count === 0 && birthdays.length === 0) return undefined;
  if (count === 0) {
    // A morning with only birthdays: each with its day, as the list says it.
    const said = birthdays.slice(0, NAMES_SHOWN).map((item) => `${neutralise(item.contact.name)}: ${describeReason(item, report.on)}`);
    return { title: `netlog: ${plural(birthdays.length, "birthday")} soon`, body: markupSafe(`${said.join(", ")}${andMore(birthdays.length)}`) };
  }
  const when = report.dateGiven ? `on ${formatLongDate(report.on)}` : "today";
  // Today's share first, as the list in the terminal shows it.
  const names = report.shown.slice(0, NAMES_SHOWN).map((item) => neutralise(item.contact.name));
  const born = birthdays.length ? `; ${birthdays.length === 1 ? "birthday" : "birthdays"}: ${birthdays.map((item) => neutralise(item.contact.name)).join(", ")}` : "";
  return { title: `netlog: ${plural(count, "person", "people")} due ${when}`, body: markupSafe(`${names.join(", ")}${andMore(count)}${born}`) };
}

const andMore = (count: number) => (count > NAMES_SHOWN ? ` and ${count - NAMES_SHOWN} more` : "");

/** Notification servers read the body as markup: a name like "Smith & <Jones>" must stay text. */
function markupSafe(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
}
