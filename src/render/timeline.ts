// The strip of `contact show`: conversations per month over a year, one row per stage, so a
// relationship that moved from messages to calls to meeting reads as a diagonal.
import type { ChalkInstance } from "chalk";
import { format } from "date-fns/format";
import { toLocalMidnight } from "../domain/dates.js";
import type { MonthActivity } from "../domain/timeline.js";

const ROWS: ReadonlyArray<[keyof Omit<MonthActivity, "month">, string]> = [
  ["online", "online"],
  ["voice", "voice"],
  ["inPerson", "in person"],
  ["other", "other"],
];

const LABEL_WIDTH = 11;

function monthName(month: string, pattern: string): string {
  return format(toLocalMidnight(`${month}-01`), pattern);
}

/** A cell is four columns wide: 61 in all, within 80. */
function cell(count: number, style: ChalkInstance): string {
  if (count === 0) return `   ${style.dim("·")}`;
  return ` ${(count > 999 ? "1k+" : String(count)).padStart(3)}`;
}

export function renderTimeline(months: readonly MonthActivity[], style: ChalkInstance): string[] {
  const title = `Last ${months.length} months (${monthName(months[0]!.month, "MMM yyyy")} – ${monthName(months.at(-1)!.month, "MMM yyyy")})`;
  const header = `  ${" ".repeat(LABEL_WIDTH)}${months.map((m) => ` ${monthName(m.month, "MMM")}`).join("")}`;
  // Every stage has its row, empty or not, so the shape is the same for everyone; `other` only when used.
  const rows = ROWS.filter(([key]) => key !== "other" || months.some((m) => m.other > 0));
  return [style.bold(title), style.dim(header), ...rows.map(([key, label]) => `  ${label.padEnd(LABEL_WIDTH)}${months.map((m) => cell(m[key], style)).join("")}`)];
}
