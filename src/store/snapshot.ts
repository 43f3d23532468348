// The whole database as plain rows keyed by uuid, and back: netlog's own export format.
import type { Database } from "better-sqlite3";
import { CONTACT_FIELDS } from "../domain/contact-fields.js";
import { allSettings } from "./settings.js";
import { JsonItems } from "../reports/json-items.js";
import { labelKey } from "../domain/birthdays.js";
import { BIRTHDAY_KEY } from "./contact-dates.js";
import { type ValueKind, valueKey } from "../domain/value-lists.js";
import { insertOtherValue, primaryOf, primaryValues } from "./value-lists.js";

export const EXPORT_FORMAT = "netlog-export";
export const EXPORT_VERSION = 1;

export interface ExportedData {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Record<string, string>;
  tags: Array<{ name: string; cadence_days: number | null }>;
  contacts: Array<Record<string, unknown> & { uuid: string; tags: string[] }>;
  interactions: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
  follow_ups: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
  /** Absent from exports made before netlog dismiss existed. */
  dismissals?: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
  /** Birthdays and named dates; absent from exports made before them, and when there are none. */
  dates?: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
  /** Each contact's emails, phones and links beyond the primaries (which are its columns); absent from exports made before them, and when there are none. */
  values?: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
  /** Meetings a calendar has planned (import calendar), and job changes (import linkedin); absent when there are none. */
  planned?: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
  jobs?: Array<Record<string, unknown> & { uuid: string; contact_uuid: string }>;
}

/** An exported contact is its row: the table's fields under their column names, then its dates and states. */
const CONTACT_COLUMNS = [
  "uuid",
  ...CONTACT_FIELDS.map((f) => f.column),
  "added_on",
  "snoozed_until",
  "snooze_note",
  "paused",
  "resumed_on",
  "archived_at",
  "tracked",
  "created_at",
  "updated_at",
] as const;
const CONVERSATION_COLUMNS = ["uuid", "happened_on", "channel", "direction", "note", "source_key", "created_at", "logged_on"] as const;
const FOLLOW_UP_COLUMNS = ["uuid", "due_on", "note", "set_on", "done_at", "created_at"] as const;
const DISMISSAL_COLUMNS = ["uuid", "reason", "dismissed_on", "note", "created_at"] as const;
/** label_key is left out: it is made from the label again on import. */
const DATE_COLUMNS = ["uuid", "kind", "label", "month", "day", "year", "created_at"] as const;
/** value_key is left out: it is made from the value again on import. */
const VALUE_COLUMNS = ["uuid", "kind", "value", "label", "created_at"] as const;

/** The lists kept as their tables hold them, merged by uuid alone. */
const BY_UUID = {
  planned: { table: "planned_meetings", columns: ["uuid", "planned_on", "channel", "note", "source_key", "created_at"] },
  jobs: { table: "contact_roles", columns: ["uuid", "company", "title", "previous_company", "previous_title", "noticed_on", "created_at"] },
} as const;
type ByUuid = keyof typeof BY_UUID;

const select = (table: string, columns: readonly string[]) => columns.map((c) => `${table}.${c}`).join(", ");

/** Each list's query, rows in insertion order, so an import into an empty database gives the same ids' order back. */
const LIST_QUERIES = {
  contacts: `SELECT ${select("c", CONTACT_COLUMNS)},
      (SELECT json_group_array(name) FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.id)) AS tags
    FROM contacts c ORDER BY c.id`,
  interactions: `SELECT ${select("i", CONVERSATION_COLUMNS)}, c.uuid AS contact_uuid FROM conversations i JOIN contacts c ON c.id = i.contact_id ORDER BY i.id`,
  follow_ups: `SELECT ${select("f", FOLLOW_UP_COLUMNS)}, c.uuid AS contact_uuid, (SELECT uuid FROM conversations WHERE id = f.after_conversation_id) AS after_interaction_uuid
    FROM follow_ups f JOIN contacts c ON c.id = f.contact_id ORDER BY f.id`,
  dismissals: `SELECT ${select("d", DISMISSAL_COLUMNS)}, c.uuid AS contact_uuid FROM dismissals d JOIN contacts c ON c.id = d.contact_id ORDER BY d.id`,
  dates: `SELECT ${select("d", DATE_COLUMNS)}, c.uuid AS contact_uuid FROM contact_dates d JOIN contacts c ON c.id = d.contact_id ORDER BY d.id`,
  values: `SELECT ${select("v", VALUE_COLUMNS)}, c.uuid AS contact_uuid FROM contact_values v JOIN contacts c ON c.id = v.contact_id ORDER BY v.id`,
  planned: `SELECT ${select("r", BY_UUID.planned.columns)}, c.uuid AS contact_uuid FROM ${BY_UUID.planned.table} r JOIN contacts c ON c.id = r.contact_id ORDER BY r.id`,
  jobs: `SELECT ${select("r", BY_UUID.jobs.columns)}, c.uuid AS contact_uuid FROM ${BY_UUID.jobs.table} r JOIN contacts c ON c.id = r.contact_id ORDER BY r.id`,
} as const;

/** The lists left out when empty, and the table that says so. */
const OPTIONAL_LISTS = { dates: "contact_dates", values: "contact_values", planned: BY_UUID.planned.table, jobs: BY_UUID.jobs.table } as const;

type ListName = keyof typeof LIST_QUERIES;
type ExportRow = Record<string, unknown>;

/** A contact's tags are read as one JSON text. */
function withTags(row: ExportRow): ExportRow {
  return { ...row, tags: JSON.parse(row.tags as string) as string[] };
}

/** One list's rows, read one at a time when asked for. */
function* listRows(db: Database, list: ListName): Generator<ExportRow> {
  const query = db.prepare(LIST_QUERIES[list]);
  for (const row of query.iterate() as IterableIterator<ExportRow>) yield list === "contacts" ? withTags(row) : row;
}

/**
 * The export with `read(list)` for each list: read whole, or as items written as they are read.
 * Without any, an optional list is left out: such an export is byte for byte what netlog wrote
 * before dates and values.
 */
function exportOf<L>(db: Database, read: (list: ListName) => L) {
  const optional = Object.entries(OPTIONAL_LISTS).filter(([, table]) => db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    settings: allSettings(db),
    tags: db.prepare("SELECT name, cadence_days FROM tags ORDER BY id").all() as ExportedData["tags"],
    contacts: read("contacts"),
    interactions: read("interactions"),
    follow_ups: read("follow_ups"),
    dismissals: read("dismissals"),
    ...Object.fromEntries(optional.map(([list]) => [list, read(list as ListName)])),
  };
}

export function exportData(db: Database): ExportedData {
  return exportOf(db, (list) => [...listRows(db, list)]) as unknown as ExportedData;
}

/**
 * exportData with every list read as it is written (`netlog export json` held 700 MiB for 300,000
 * conversations): one list after the other, so one query at a time.
 */
export function exportDataItems(db: Database): { data: ReturnType<typeof exportOf<JsonItems<ExportRow>>>; contacts: number } {
  const contacts = db.prepare("SELECT count(*) FROM contacts").pluck().get() as number;
  return { data: exportOf(db, (list) => new JsonItems(listRows(db, list))), contacts };
}

export interface MergeCounts {
  contacts: number;
  interactions: number;
  follow_ups: number;
  dismissals: number;
}

/** The table each list of the export is stored in: the export keeps the names older files have. */
const TABLE_OF: Readonly<Record<keyof MergeCounts, string>> = { contacts: "contacts", interactions: "conversations", follow_ups: "follow_ups", dismissals: "dismissals" };

type Row = Record<string, unknown>;

/** What became of one record: added, kept (its uuid is here already), or a uuid the file gave twice. */
export type Merged = "added" | "kept" | "repeated";

/**
 * Adds every row whose uuid the database does not have; rows it has are left as they are.
 * Into an empty database this restores an export exactly. Record by record, as an export
 * streams in: call it inside one write transaction, contacts before what belongs to them.
 * A conversation from an export that predates logged_on counts as logged `today`, the day it
 * comes in: like any import, its old unanswered messages are history, not replies to chase.
 */
export function startMerge(db: Database, nameKeyOf: (name: string) => string, today: string) {
  const counts: MergeCounts = { contacts: 0, interactions: 0, follow_ups: 0, dismissals: 0 };
  // A row above a table's highest id at the start was added by this same file.
  const maxId = (list: keyof MergeCounts) => db.prepare(`SELECT coalesce(max(id), 0) FROM ${TABLE_OF[list]}`).pluck().get() as number;
  const firstNew = { contacts: maxId("contacts") + 1, interactions: maxId("interactions") + 1, follow_ups: maxId("follow_ups") + 1, dismissals: maxId("dismissals") + 1 };
  const values = (columns: readonly string[]) => columns.map((c) => `@${c}`).join(", ");
  const insertSetting = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING");
  const insertTag = db.prepare("INSERT INTO tags (name, key, cadence_days) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING");
  const insertContact = db.prepare(`INSERT INTO contacts (${CONTACT_COLUMNS.join(", ")}, name_key) VALUES (${values(CONTACT_COLUMNS)}, @name_key) ON CONFLICT (uuid) DO NOTHING`);
  const link = db.prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE key = ?");
  const insertConversation = db.prepare(
    `INSERT INTO conversations (${CONVERSATION_COLUMNS.join(", ")}, contact_id) VALUES (${values(CONVERSATION_COLUMNS)}, @contact_id) ON CONFLICT DO NOTHING`,
  );
  const insertFollowUp = db.prepare(
    `INSERT INTO follow_ups (${FOLLOW_UP_COLUMNS.join(", ")}, contact_id, after_conversation_id)
     VALUES (${values(FOLLOW_UP_COLUMNS)}, @contact_id, coalesce((SELECT id FROM conversations WHERE uuid = @after), 0))
     ON CONFLICT (uuid) DO NOTHING`,
  );
  const insertDismissal = db.prepare(
    `INSERT INTO dismissals (${DISMISSAL_COLUMNS.join(", ")}, contact_id) VALUES (${values(DISMISSAL_COLUMNS)}, @contact_id) ON CONFLICT (uuid) DO NOTHING`,
  );
  // Dates are merged as the rest, but not counted: the import's summary keeps the keys it has.
  const firstNewDate = (db.prepare("SELECT coalesce(max(id), 0) FROM contact_dates").pluck().get() as number) + 1;
  const insertDate = db.prepare(
    `INSERT INTO contact_dates (${DATE_COLUMNS.join(", ")}, label_key, contact_id) VALUES (${values(DATE_COLUMNS)}, @label_key, @contact_id) ON CONFLICT DO NOTHING`,
  );
  const dateIdOf = db.prepare("SELECT id FROM contact_dates WHERE uuid = ?").pluck();
  // Values too: the summary counts contacts and what was said to them.
  const firstNewValue = (db.prepare("SELECT coalesce(max(id), 0) FROM contact_values").pluck().get() as number) + 1;
  const valueIdOf = db.prepare("SELECT id FROM contact_values WHERE uuid = ?").pluck();
  const mergerOf = (list: ByUuid) => {
    const { table, columns } = BY_UUID[list];
    return {
      first: (db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number) + 1,
      // A planned meeting of the same event for the contact (its source_key) is one it has already.
      insert: db.prepare<Row>(`INSERT INTO ${table} (${columns.join(", ")}, contact_id) VALUES (${values(columns)}, @contact_id) ON CONFLICT DO NOTHING`),
      idOf: db.prepare<[unknown]>(`SELECT id FROM ${table} WHERE uuid = ?`).pluck(),
      columns,
    };
  };
  const byUuid = { planned: mergerOf("planned"), jobs: mergerOf("jobs") };
  const idOf = Object.fromEntries(
    (["contacts", "interactions", "follow_ups", "dismissals"] as const).map((t) => [t, db.prepare(`SELECT id FROM ${TABLE_OF[t]} WHERE uuid = ?`).pluck()]),
  );
  /** Not added: a uuid already here, or one this file gave before (a row added since the start). */
  const notAdded = (table: keyof typeof firstNew, uuid: unknown): Merged => (((idOf[table]!.get(uuid) as number | undefined) ?? 0) >= firstNew[table] ? "repeated" : "kept");
  const added = (table: keyof typeof firstNew, changes: number, uuid: unknown): Merged => {
    if (changes === 0) return notAdded(table, uuid);
    counts[table]++;
    return "added";
  };

  return {
    counts,
    setting(key: string, value: string): void {
      insertSetting.run(key, value);
    },
    tag(tag: { name: string; cadence_days: number | null }): void {
      insertTag.run(tag.name, nameKeyOf(tag.name), tag.cadence_days);
    },
    /** The contact's id here (added now or already here), or that the file gave its uuid twice. */
    contact(contact: Row, tags: readonly string[]): number | "repeated" {
      const { changes, lastInsertRowid } = insertContact.run({ ...pick(contact, CONTACT_COLUMNS), name_key: nameKeyOf(String(contact.name)) });
      if (changes === 0) return notAdded("contacts", contact.uuid) === "repeated" ? "repeated" : (idOf.contacts!.get(contact.uuid) as number);
      counts.contacts++;
      for (const tag of tags) {
        // A tag missing from the file's tag list still belongs to the contact.
        insertTag.run(tag, nameKeyOf(tag), null);
        link.run(Number(lastInsertRowid), nameKeyOf(tag));
      }
      return Number(lastInsertRowid);
    },
    conversation(row: Row, contactId: number): Merged {
      const { changes } = insertConversation.run({ ...pick(row, CONVERSATION_COLUMNS), logged_on: row.logged_on ?? today, contact_id: contactId });
      return added("interactions", changes, row.uuid);
    },
    followUp(row: Row, contactId: number): Merged {
      return added("follow_ups", insertFollowUp.run({ ...pick(row, FOLLOW_UP_COLUMNS), contact_id: contactId, after: row.after_interaction_uuid ?? null }).changes, row.uuid);
    },
    dismissal(row: Row, contactId: number): Merged {
      return added("dismissals", insertDismissal.run({ ...pick(row, DISMISSAL_COLUMNS), contact_id: contactId }).changes, row.uuid);
    },
    /** A date the contact has already (its birthday, a label it has) is kept as it is, as one of the same uuid is. */
    date(row: Row, contactId: number): Merged {
      const key = row.kind === "birthday" ? BIRTHDAY_KEY : labelKey(String(row.label));
      if (insertDate.run({ ...pick(row, DATE_COLUMNS), label_key: key, contact_id: contactId }).changes > 0) return "added";
      return ((dateIdOf.get(row.uuid) as number | undefined) ?? 0) >= firstNewDate ? "repeated" : "kept";
    },
    /**
     * An email, phone or link beside the contact's primary one. A value the contact has already
     * (as values compare: store/value-lists.ts), as its primary or as another, is kept as it is,
     * as one of the same uuid is: never a second copy of the primary.
     */
    value(row: Row, contactId: number): Merged {
      const kind = row.kind as ValueKind;
      const value = String(row.value);
      const [current] = primaryOf(primaryValues(db, contactId), kind);
      const isPrimary = current !== null && valueKey(kind, current) === valueKey(kind, value);
      if (!isPrimary && insertOtherValue(db, contactId, { uuid: String(row.uuid), kind, value, label: row.label as string | null }, String(row.created_at))) return "added";
      return ((valueIdOf.get(row.uuid) as number | undefined) ?? 0) >= firstNewValue ? "repeated" : "kept";
    },
    /** A planned meeting or a job change: added unless its uuid (or, for a meeting, its event) is here. Not counted. */
    byUuid(list: ByUuid, row: Row, contactId: number): Merged {
      const { first, insert, idOf: id, columns } = byUuid[list];
      if (insert.run({ ...pick(row, columns), contact_id: contactId }).changes > 0) return "added";
      return ((id.get(row.uuid) as number | undefined) ?? 0) >= first ? "repeated" : "kept";
    },
  };
}

export type Merge = ReturnType<typeof startMerge>;

function pick(row: Row, columns: readonly string[]): Row {
  return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
}
