import type { Ctx } from "../context.js";
import { SETTINGS } from "../domain/settings.js";
import { usageError } from "../errors.js";
import { allSettings, setSetting } from "../store/settings.js";
import { recordChange } from "../store/journal.js";
import type { SettingView } from "../reports/settings.js";

function spec(key: string) {
  const found = SETTINGS[key];
  if (!found) throw usageError(`'${key}' is not a setting`, `settings: ${Object.keys(SETTINGS).join(", ")}`);
  return found;
}

export async function configList(ctx: Ctx): Promise<SettingView[]> {
  const stored = allSettings(ctx.db());
  return Object.entries(SETTINGS).map(([key, s]) => {
    const value = stored[key] === undefined ? undefined : s.read(stored[key]);
    return { key, value: value ?? s.defaultValue, description: s.describe(value ?? s.defaultValue), isDefault: value === undefined };
  });
}

export async function configGet(options: { key: string }, ctx: Ctx): Promise<SettingView> {
  spec(options.key);
  return (await configList(ctx)).find((v) => v.key === options.key)!;
}

/** `config set KEY VALUE`; `config set KEY default` goes back to the default. */
export async function configSet(options: { key: string; value: string }, ctx: Ctx): Promise<SettingView> {
  const s = spec(options.key);
  const reset = options.value.trim().toLowerCase() === "default";
  const value = reset ? null : s.parse(options.value);
  if (value === undefined) throw usageError(`${options.key}: '${options.value}' is not a valid value`, s.hint);
  const db = ctx.db();
  const stored = value === null ? null : s.write(value);
  recordChange(
    db,
    { command: "config set", now: ctx.now },
    () => setSetting(db, options.key, stored),
    () => ({ kind: "config-set", key: options.key, value: stored ?? null }),
  );
  return configGet({ key: options.key }, ctx);
}
