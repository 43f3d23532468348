import type { BackupMade, Restored } from "../reports/backup.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function renderBackup(made: BackupMade): string {
  return `Backed up ${plural(made.contacts, "contact")} and ${plural(made.conversations, "conversation")} to ${neutralise(made.path)} (${size(made.bytes)}).\n`;
}

export function renderRestored(restored: Restored): string {
  const lines = [`Restored ${plural(restored.contacts, "contact")} and ${plural(restored.conversations, "conversation")} from ${neutralise(restored.from)}.`];
  if (restored.previous) lines.push(`The database as it was is in ${neutralise(restored.previous)}.`);
  return `${lines.join("\n")}\n`;
}
