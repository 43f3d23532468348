// The user's settings, stored in the database as text and read into a Policy.
import { CADENCE_HINT, DEFAULT_CADENCE_DAYS, formatCadence, isCadenceDays, parseCadence, parseDays } from "./cadence.js";
import { isEmailAddress } from "./contact-values.js";
import type { Policy } from "./due.js";

/** Most settings are whole numbers (days, or people); my-emails is a list of addresses. */
export type SettingValue = number | readonly string[];

export interface SettingSpec {
  /** Reads what the user typed into the stored form; undefined when it is not valid. */
  parse(text: string): SettingValue | undefined;
  /** Reads the stored text back; undefined when it does not read (it then counts as unset). */
  read(stored: string): SettingValue | undefined;
  /** Whether `parse` can give this value: what an imported file may hold. */
  isValue(value: SettingValue): boolean;
  /** The text it is stored as. */
  write(value: SettingValue): string;
  defaultValue: SettingValue;
  describe(value: SettingValue): string;
  hint: string;
  jsonKey: string;
}

/** A setting stored as a whole number, however it is typed. */
function whole(spec: {
  parse(text: string): number | undefined;
  isValue(value: number): boolean;
  defaultValue: number;
  describe(value: number): string;
  hint: string;
  jsonKey: string;
}): SettingSpec {
  return {
    ...spec,
    read: fromStored,
    isValue: (value) => typeof value === "number" && spec.isValue(value),
    write: String,
    describe: (value) => spec.describe(value as number),
  };
}

const cadence = (defaultValue: number, jsonKey: string): SettingSpec =>
  whole({ parse: parseCadence, isValue: isCadenceDays, defaultValue, describe: formatCadence, hint: CADENCE_HINT, jsonKey });

/**
 * Your own addresses, as typed (`a@x.com,b@y.org`, spaces allowed), lowercased and each once;
 * undefined when one of them is not an address. `import mail` tells your mail from theirs by them.
 */
export function parseEmailList(text: string): readonly string[] | undefined {
  const words = text.split(/[,\s]+/).filter((w) => w !== "");
  if (words.length === 0 || !words.every(isEmailAddress)) return undefined;
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

const myEmails: SettingSpec = {
  parse: parseEmailList,
  read: parseEmailList,
  isValue: (value) => Array.isArray(value) && value.length > 0 && value.every(isEmailAddress),
  write: (value) => (value as readonly string[]).join(","),
  defaultValue: [],
  describe: (value) => ((value as readonly string[]).length === 0 ? "none" : (value as readonly string[]).join(", ")),
  hint: "your own email addresses, separated by commas: you@example.com,you@work.example",
  jsonKey: "my_emails",
};

export const SETTINGS: Readonly<Record<string, SettingSpec>> = {
  "default-cadence": cadence(DEFAULT_CADENCE_DAYS, "default_cadence_days"),
  "reply-window": cadence(7, "reply_window_days"),
  "daily-limit": whole({
    parse: (text) => (/^\d{1,4}$/.test(text.trim()) ? Number(text) : undefined),
    isValue: (n) => Number.isInteger(n) && n >= 0 && n <= 9999,
    // Short enough to read over coffee and act on; the rest take turns (domain/morning.ts).
    defaultValue: 5,
    describe: (n) => (n === 0 ? "everyone" : `${n} people`),
    hint: "a whole number of people; 0 shows everyone",
    jsonKey: "daily_limit",
  }),
  // How many days ahead `due` names a birthday: enough to send a card, not so many it nags.
  "birthday-notice": whole({
    parse: (text) => {
      const days = parseDays(text);
      return days !== undefined && days <= 60 ? days : undefined;
    },
    isValue: (n) => Number.isInteger(n) && n >= 0 && n <= 60,
    defaultValue: 3,
    describe: (n) => (n === 0 ? "on the day" : n === 1 ? "1 day ahead" : `${n} days ahead`),
    hint: "a number of days, up to 60: 3, 7d, 1w; 0 names a birthday on the day only",
    jsonKey: "birthday_notice_days",
  }),
  "my-emails": myEmails,
};

export interface Settings {
  defaultCadenceDays: number;
  replyWindowDays: number;
  dailyLimit: number;
  birthdayNoticeDays: number;
}

/** Every setting is stored as a whole number (days, or people); undefined when it is not one. */
export function fromStored(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

/**
 * The value a setting is stored as (whole days or people, or addresses, as text), when it is one
 * that `config set` could have stored; undefined for an unknown key or a value it would refuse.
 */
export function storedSetting(key: string, text: string): SettingValue | undefined {
  const spec = Object.hasOwn(SETTINGS, key) ? SETTINGS[key] : undefined;
  const value = spec?.read(text);
  return spec !== undefined && value !== undefined && spec.isValue(value) ? value : undefined;
}

/** Your own addresses (config set my-emails), lowercased; none when unset. */
export function readMyEmails(stored: Readonly<Record<string, string>>): readonly string[] {
  const text = stored["my-emails"];
  return (text === undefined ? undefined : parseEmailList(text)) ?? [];
}

/** Stored values, or the defaults; a stored value that does not read counts as unset. */
export function readSettings(stored: Readonly<Record<string, string>>): Settings {
  const value = (key: string) => {
    const text = stored[key];
    const given = text === undefined ? undefined : storedSetting(key, text);
    return typeof given === "number" ? given : (SETTINGS[key]!.defaultValue as number);
  };
  return {
    defaultCadenceDays: value("default-cadence"),
    replyWindowDays: value("reply-window"),
    dailyLimit: value("daily-limit"),
    birthdayNoticeDays: value("birthday-notice"),
  };
}

export function policyOf(settings: Settings): Policy {
  return { defaultCadenceDays: settings.defaultCadenceDays, replyWindowDays: settings.replyWindowDays, birthdayNoticeDays: settings.birthdayNoticeDays };
}
