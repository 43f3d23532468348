// The records of a netlog export, checked and merged one by one as the file streams in: netlog
// imports its own export whatever its size, in the memory of a record and a map of the file's
// contact uuids. The order is the one `export json` writes (format and version, settings, tags,
// contacts, interactions, follow-ups, dismissals, dates, values, planned, jobs), so that every
// reference points back.
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import chain from "stream-chain";
import { none } from "stream-chain/defs.js";
import { parser } from "stream-json/parser.js";
import { SETTINGS, storedSetting } from "../domain/settings.js";
import type { CalendarDate } from "../domain/dates.js";
import { NetlogError } from "../errors.js";
import { contactDateRow, contactRow, contactValueRow, dismissalRow, followUpRow, conversationRow, jobRow, plannedRow, tagRow } from "../formats/netlog-export-records.js";
import { type ExportPart, ExportProblem, ExportTokens, type ListName } from "../formats/netlog-export-tokens.js";
import { EXPORT_FORMAT, EXPORT_VERSION, type Merge } from "../store/snapshot.js";
import { detached } from "./input-text.js";

/** What must come before a list: the lists its records point into. */
const AFTER: Readonly<Partial<Record<string, readonly ListName[]>>> = {
  interactions: ["contacts"],
  follow_ups: ["contacts", "interactions"],
  dismissals: ["contacts"],
  dates: ["contacts"],
  values: ["contacts"],
  planned: ["contacts"],
  jobs: ["contacts"],
};
const REQUIRED = ["settings", "tags", "contacts", "interactions", "follow_ups"];

/** Reads the whole export into `merge`; throws ExportProblem, or a NetlogError for a newer netlog. */
export async function mergeExport(text: AsyncIterable<string>, merge: Merge, o: { file: string; today: CalendarDate; tick: () => void }): Promise<void> {
  const seen = new Set<string>();
  const ended = new Set<string>();
  const contacts = new Map<string, number>();
  const contactOf = (row: Record<string, unknown>, path: string): number => {
    const id = contacts.get(row.contact_uuid as string);
    if (id === undefined) throw new ExportProblem(`${path}.contact_uuid`, `${JSON.stringify(row.contact_uuid)} is no contact in the file`);
    return id;
  };
  const once = (outcome: unknown, path: string, uuid: unknown) => {
    if (outcome === "repeated") throw new ExportProblem(`${path}.uuid`, `${JSON.stringify(uuid)} is in the file twice`);
  };

  const take = (part: ExportPart): void => {
    switch (part.kind) {
      case "key":
        if (seen.has(part.key)) throw new ExportProblem(part.key, "is in the file twice");
        seen.add(part.key);
        if (part.key === "format" || part.key === "version") return;
        // An export says what it is first: another program's JSON is told so before its contents are read.
        if (!seen.has("format")) throw notAnExport(o.file);
        if (!seen.has("version")) throw new ExportProblem("version", "missing");
        for (const before of AFTER[part.key] ?? []) {
          if (!ended.has(before)) throw new ExportProblem(part.key, `comes before '${before}', which netlog writes first`);
        }
        return;
      case "value":
        if (part.key === "format" && part.value !== EXPORT_FORMAT) throw notAnExport(o.file);
        if (part.key === "version") checkVersion(part.value, o.file);
        return;
      case "setting":
        return merge.setting(part.key, settingValue(part.key, part.value, part.path));
      case "list":
        if (part.at === "end") ended.add(part.list);
        return;
      case "record": {
        o.tick();
        const { value: raw, path } = part;
        if (part.list === "tags") return merge.tag(tagRow(raw, path) as { name: string; cadence_days: number | null });
        if (part.list === "contacts") {
          const { row, tags } = contactRow(raw, path);
          const id = merge.contact(row, tags);
          once(id, path, row.uuid);
          contacts.set(detached(row.uuid as string), id as number);
          return;
        }
        if (part.list === "interactions") {
          const row = conversationRow(raw, path, o.today);
          return once(merge.conversation(row, contactOf(row, path)), path, row.uuid);
        }
        if (part.list === "dates") {
          const row = contactDateRow(raw, path, o.today);
          return once(merge.date(row, contactOf(row, path)), path, row.uuid);
        }
        if (part.list === "values") {
          const row = contactValueRow(raw, path);
          return once(merge.value(row, contactOf(row, path)), path, row.uuid);
        }
        if (part.list === "planned" || part.list === "jobs") {
          const row = part.list === "planned" ? plannedRow(raw, path) : jobRow(raw, path);
          return once(merge.byUuid(part.list, row, contactOf(row, path)), path, row.uuid);
        }
        const row = part.list === "follow_ups" ? followUpRow(raw, path) : dismissalRow(raw, path);
        const id = contactOf(row, path);
        return once(part.list === "follow_ups" ? merge.followUp(row, id) : merge.dismissal(row, id), path, row.uuid);
      }
    }
  };

  const tokens = new ExportTokens(take);
  const pipeline = chain([Readable.from(text), parser(), (token: Parameters<ExportTokens["token"]>[0]) => (tokens.token(token), none)]);
  pipeline.resume();
  try {
    await finished(pipeline);
  } catch (error) {
    // stream-json says what it expected, not where: the path says where.
    if (error instanceof Error && /^Parser /.test(error.message)) {
      const where = tokens.where();
      throw new NetlogError(`${o.file} is not JSON${where ? ` (near ${where})` : ""}: ${error.message.replace(/^Parser /, "parser ")}; nothing was imported`, {
        hint: "expected a file written by netlog export json",
      });
    }
    throw error;
  }
  tokens.end();
  if (!seen.has("format")) throw notAnExport(o.file);
  for (const key of ["version", ...REQUIRED]) {
    if (!seen.has(key)) throw new ExportProblem("", key === "settings" ? "'settings' is missing" : `'${key}' is missing or not a list`);
  }
}

export function notAnExport(file: string): NetlogError {
  return new NetlogError(`${file} is not a netlog export`, { hint: "expected a file written by netlog export json" });
}

/** A whole number from 1; a string "1" is not one, and a later version is a newer netlog's. */
function checkVersion(value: unknown, file: string): void {
  if (!Number.isInteger(value) || (value as number) < 1) throw new ExportProblem("version", `${JSON.stringify(value)} is not a netlog export version (a whole number)`);
  if ((value as number) > EXPORT_VERSION) throw new NetlogError(`${file} was exported by a newer netlog (format ${String(value)})`, { hint: "upgrade netlog to import it" });
}

function settingValue(key: string, value: unknown, path: string): string {
  if (!Object.hasOwn(SETTINGS, key)) throw new ExportProblem(path, `'${key}' is not a setting (${Object.keys(SETTINGS).join(", ")})`);
  if (typeof value !== "string" || storedSetting(key, value) === undefined) throw new ExportProblem(path, `${JSON.stringify(value)} is not a value of ${key}`);
  return value;
}
