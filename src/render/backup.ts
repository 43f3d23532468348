import type { BackupMade, Restored } from "../commands/backup.js";
import { plural } from "./text.js";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function renderBackup(made: BackupMade): string {
  return `Backed up ${plural(made.contacts, "contact")} and ${plural(made.interactions, "conversation")} to ${made.path} (${size(made.bytes)}).\n`;
}

export function renderRestored(restored: Restored): string {
  const lines = [`Restored ${plural(restored.contacts, "contact")} and ${plural(restored.interactions, "conversation")} from ${restored.from}.`];
  if (restored.previous) lines.push(`The database as it was is in ${restored.previous}.`);
  return `${lines.join("\n")}\n`;
}
