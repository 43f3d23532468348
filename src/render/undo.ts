import type { ChalkInstance } from "chalk";
import { format } from "date-fns/format";
import type { Change } from "../reports/journal.js";
import { neutralise } from "../text/neutralise.js";
import { describeSummary } from "./journal.js";

/** When a change was made, in the local time of the person reading. */
function madeAt(change: Change): string {
  return format(new Date(change.madeAt), "d MMM yyyy HH:mm");
}

export function renderUndone(change: Change, style: ChalkInstance): string {
  return `Undid ${style.bold(change.command)} (${madeAt(change)}): ${neutralise(describeSummary(change.summary))}\n`;
}

/** Newest first; the one `netlog undo` would revert next is marked. */
export function renderChanges(changes: readonly Change[], style: ChalkInstance): string {
  if (changes.length === 0) return "No changes recorded yet.\n";
  const next = changes.find((c) => c.undoneAt === null);
  const width = Math.max(...changes.map((c) => c.command.length));
  const lines = changes.map((c) => {
    const state = c.undoneAt !== null ? style.dim(" (undone)") : c === next ? style.green(" ← netlog undo reverts this") : "";
    const line = `${madeAt(c)}  ${c.command.padEnd(width)}  ${neutralise(describeSummary(c.summary))}${state}`;
    return c.undoneAt !== null ? style.dim(line) : line;
  });
  return `${lines.join("\n")}\n`;
}

export function changesJson(changes: readonly Change[]) {
  return changes.map((c) => ({ id: c.id, command: c.command, summary: describeSummary(c.summary), made_at: c.madeAt, undone_at: c.undoneAt }));
}
