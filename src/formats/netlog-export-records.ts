// Each record of a netlog export checked by the rules the flags enforce, before it is stored:
// a cadence of 10^15 days or an updated_at of "garbage" once came in and broke `contact list`
// and `export vcard` later. A problem names the record's JSON path.
import { isCadenceDays } from "../domain/cadence.js";
import { CHANNELS } from "../domain/channels.js";
import { CONTACT_FIELDS, type FieldType } from "../domain/contact-fields.js";
import { isEmailAddress, nameProblem, tagNameOf } from "../domain/contact-values.js";
import { type CalendarDate, isCalendarDate, isTimestamp } from "../domain/dates.js";
import type { Direction, Reason } from "../domain/due.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { checkMonthDay, FIRST_YEAR, isProblem } from "../domain/birthdays.js";
import { VALUE_KINDS, type ValueKind, valueProblem } from "../domain/value-lists.js";
import { ExportProblem, type RawRecord, type Scalar } from "./netlog-export-tokens.js";

export type Row = Record<string, string | number | null>;

const DIRECTIONS: readonly Direction[] = ["sent", "received", "both"];
const REASONS: readonly Reason[] = ["no_reply", "cadence", "never_contacted", "follow_up", "suggest_call", "suggest_meeting", "birthday", "job_change"];

/** A value as an error shows it: JSON, and short (a 1 MB name is not repeated back). */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

type Check = (value: Scalar | Scalar[], fail: (reason: string) => never) => string | number | null;

const text: Check = (v, fail) => (v === null || typeof v === "string" ? v : fail(`${shown(v)} is not text`));
const required =
  (check: Check): Check =>
  (v, fail) =>
    v === null ? fail("missing") : check(v, fail);
const oneOf =
  (values: readonly string[]): Check =>
  (v, fail) =>
    typeof v === "string" && values.includes(v) ? v : fail(`${shown(v)} is not one of ${values.join(", ")}`);
const date: Check = (v, fail) => (v === null || (typeof v === "string" && isCalendarDate(v)) ? v : fail(`${shown(v)} is not a date like 2026-11-25 (years 1900 to 2999)`));
const timestamp: Check = (v, fail) => (v === null || (typeof v === "string" && isTimestamp(v)) ? v : fail(`${shown(v)} is not a timestamp like 2026-11-25T12:00:00.000Z`));
const cadence: Check = (v, fail) => (v === null || isCadenceDays(v) ? v : fail(`${shown(v)} is not a cadence (a whole number of days, 1 to 3650)`));
const flag: Check = (v, fail) => (v === 0 || v === 1 ? v : fail(`${shown(v)} is not 0 or 1`));
const uuid: Check = (v, fail) => (typeof v === "string" && /^[\w.:-]{1,100}$/.test(v) ? v : fail(`${shown(v)} is not a uuid`));

const name: Check = (v, fail) => {
  if (typeof v !== "string" || v.trim() === "") return fail(`${shown(v)} is not a name`);
  const problem = nameProblem(v.trim());
  return problem ? fail(problem.message) : v.trim();
};
const email: Check = (v, fail) => (v === null || (typeof v === "string" && isEmailAddress(v)) ? v : fail(`${shown(v)} is not an email address`));
const linkedin: Check = (v, fail) => (v === null ? null : (typeof v === "string" && normalizeLinkedinUrl(v)) || fail(`${shown(v)} is not a LinkedIn profile URL`));
const tag: Check = (v, fail) => {
  const result = typeof v === "string" ? tagNameOf(v) : { problem: `${shown(v)} is not a tag name` };
  return "name" in result ? result.name : fail(result.problem);
};

/** Columns and their checks; a column missing from the file takes the value given, else null. */
type Schema = Record<string, { check: Check; missing?: string | number }>;

/** How a value of each type of field (domain/contact-fields.ts) is checked. */
const CHECK_OF: Readonly<Record<FieldType, Check>> = { name, text, email, linkedin, days: cadence };

const CONTACT: Schema = {
  uuid: { check: uuid },
  ...Object.fromEntries(CONTACT_FIELDS.map((f) => [f.column, { check: CHECK_OF[f.type] }])),
  added_on: { check: required(date) },
  snoozed_until: { check: date },
  snooze_note: { check: text },
  // Exports from before pausing and tracking existed lack them: the columns' defaults.
  paused: { check: flag, missing: 0 },
  resumed_on: { check: date },
  archived_at: { check: timestamp },
  tracked: { check: flag, missing: 1 },
  created_at: { check: required(timestamp) },
  updated_at: { check: required(timestamp) },
};

const TAG: Schema = { name: { check: tag }, cadence_days: { check: cadence } };

const CONVERSATION: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  happened_on: { check: required(date) },
  channel: { check: oneOf(CHANNELS) },
  direction: { check: oneOf(DIRECTIONS), missing: "both" },
  note: { check: text },
  source_key: { check: text },
  created_at: { check: required(timestamp) },
  logged_on: { check: date },
};

const FOLLOW_UP: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  due_on: { check: required(date) },
  note: { check: text },
  set_on: { check: required(date) },
  done_at: { check: timestamp },
  created_at: { check: required(timestamp) },
  after_interaction_uuid: { check: (v, fail) => (v === null ? null : uuid(v, fail)) },
};

const DISMISSAL: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  reason: { check: oneOf(REASONS) },
  dismissed_on: { check: required(date) },
  note: { check: text },
  created_at: { check: required(timestamp) },
};

const whole: Check = (v, fail) => (v === null || (typeof v === "number" && Number.isInteger(v)) ? v : fail(`${shown(v)} is not a whole number`));

const CONTACT_DATE: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  kind: { check: oneOf(["birthday", "anniversary", "other"]) },
  label: { check: text },
  month: { check: required(whole) },
  day: { check: required(whole) },
  year: { check: whole },
  created_at: { check: required(timestamp) },
};

/** The record's columns, checked; a key netlog does not write is left out, if it holds a plain value. */
function rowOf(schema: Schema, raw: RawRecord, path: string): Row {
  const row: Row = {};
  for (const [key, { check, missing }] of Object.entries(schema)) {
    const fail = (reason: string): never => {
      throw new ExportProblem(`${path}.${key}`, reason);
    };
    row[key] = key in raw ? check(raw[key]!, fail) : missing !== undefined ? missing : check(null, fail);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in schema) && key !== "tags" && typeof value === "boolean") throw new ExportProblem(`${path}.${key}`, `${shown(value)} is not text or a number`);
  }
  return row;
}

export function contactRow(raw: RawRecord, path: string): { row: Row; tags: string[] } {
  const row = rowOf(CONTACT, raw, path);
  const tags = raw.tags;
  if (!Array.isArray(tags)) throw new ExportProblem(`${path}.tags`, "missing, or not a list");
  return {
    row,
    tags: tags.map(
      (t, i) =>
        tag(t, (reason) => {
          throw new ExportProblem(`${path}.tags[${i}]`, reason);
        }) as string,
    ),
  };
}

export const tagRow = (raw: RawRecord, path: string) => rowOf(TAG, raw, path);
export const followUpRow = (raw: RawRecord, path: string) => rowOf(FOLLOW_UP, raw, path);
export const dismissalRow = (raw: RawRecord, path: string) => rowOf(DISMISSAL, raw, path);

/** A conversation is in the past: one after `today` is refused, as `netlog add --date` refuses it. */
export function conversationRow(raw: RawRecord, path: string, today: CalendarDate): Row {
  const row = rowOf(CONVERSATION, raw, path);
  if ((row.happened_on as string) > today) throw new ExportProblem(`${path}.happened_on`, `${row.happened_on} is in the future (today is ${today})`);
  return row;
}

/** A birthday or named date: a day that exists, a year --birthday would take, a label unless it is the birthday. */
export function contactDateRow(raw: RawRecord, path: string, today: CalendarDate): Row {
  const row = rowOf(CONTACT_DATE, raw, path);
  const birthday = row.kind === "birthday";
  if (birthday && row.label !== null) throw new ExportProblem(`${path}.label`, "a birthday has no label");
  if (!birthday && (row.label === null || String(row.label).trim() === "")) throw new ExportProblem(`${path}.label`, "missing");
  if (!birthday) row.label = String(row.label).trim().replace(/\s+/g, " ");
  const checked = checkMonthDay({ month: row.month as number, day: row.day as number, year: row.year as number | null }, today);
  if (isProblem(checked)) {
    const where = checked.kind === "year" ? "year" : "day";
    const reason = checked.kind === "year" ? `${checked.year} is not a year from ${FIRST_YEAR} to ${today.slice(0, 4)}` : `${row.month}-${row.day} is not a day of the calendar`;
    throw new ExportProblem(`${path}.${where}`, reason);
  }
  return row;
}

const CONTACT_VALUE: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  kind: { check: oneOf(VALUE_KINDS) },
  value: { check: required(text) },
  label: { check: text },
  created_at: { check: required(timestamp) },
};

/** An email, phone or link beside the primary: a value of its kind, as contact add --email and the others check it. */
export function contactValueRow(raw: RawRecord, path: string): Row {
  const row = rowOf(CONTACT_VALUE, raw, path);
  const value = row.value as string;
  const problem = valueProblem(row.kind as ValueKind, value);
  // The problem names the value: shown short, as every other problem shows one.
  if (problem) throw new ExportProblem(`${path}.value`, problem.replace(`'${value}'`, shown(value)));
  return row;
}

const PLANNED: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  planned_on: { check: required(date) },
  channel: { check: oneOf(CHANNELS) },
  note: { check: text },
  source_key: { check: text },
  created_at: { check: required(timestamp) },
};

const JOB: Schema = {
  uuid: { check: uuid },
  contact_uuid: { check: uuid },
  company: { check: text },
  title: { check: text },
  previous_company: { check: text },
  previous_title: { check: text },
  noticed_on: { check: required(date) },
  created_at: { check: required(timestamp) },
};

/** A meeting a calendar has planned with the contact (import calendar). */
export const plannedRow = (raw: RawRecord, path: string) => rowOf(PLANNED, raw, path);
/** A change of company or title a re-imported Connections.csv showed. */
export const jobRow = (raw: RawRecord, path: string) => rowOf(JOB, raw, path);
