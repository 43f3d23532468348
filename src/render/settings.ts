import type { SettingView } from "../reports/settings.js";
import type { TagSummary as TagView } from "../store/tags.js";
import { formatCadence } from "../domain/cadence.js";
import { SETTINGS } from "../domain/settings.js";
import { neutralise } from "../text/neutralise.js";
import { plural } from "./text.js";

export function renderSettings(settings: readonly SettingView[]): string {
  return `${settings.map((s) => `${s.key.padEnd(16)} ${s.description}${s.isDefault ? " (default)" : ""}`).join("\n")}\n`;
}

export function settingsJson(settings: readonly SettingView[]) {
  return Object.fromEntries(settings.map((s) => [SETTINGS[s.key]!.jsonKey, s.value]));
}

/** One setting as `config list --json` has it: `{ "reply_window_days": 7 }`. */
export function settingJson(setting: SettingView) {
  return settingsJson([setting]);
}

export function renderTags(tags: readonly TagView[]): string {
  if (tags.length === 0) return "";
  return `${tags.map((t) => `#${neutralise(t.name)}: ${plural(t.contacts, "contact")}, ${t.cadenceDays === null ? "no cadence" : `every ${formatCadence(t.cadenceDays)}`}`).join("\n")}\n`;
}

export function tagsJson(tags: readonly TagView[]) {
  return tags.map((t) => ({ name: t.name, cadence_days: t.cadenceDays, contacts: t.contacts }));
}
