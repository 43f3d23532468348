// `netlog export json` and `netlog import json`: everything, with uuids, losslessly.
import type { Ctx } from "../context.js";
import { isCalendarDate } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import { NetlogError } from "../errors.js";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedData, exportData, importData, type MergeCounts } from "../store/snapshot.js";
import { MIB, openInputFile } from "./input-file.js";
import { recordChange } from "../store/journal.js";
import { basename } from "node:path";

export async function exportJson(ctx: Ctx): Promise<ExportedData> {
  return exportData(ctx.db());
}

const EXPECTED = "a file written by netlog export json";
/** The whole file is parsed at once: JSON.parse of a string longer than this fails anyway. */
const MAX_EXPORT_BYTES = 200 * MIB;

/** `maxBytes` is for tests: the cap an endless pipe runs into. */
export async function importJson(options: { file: string; maxBytes?: number }, ctx: Ctx): Promise<MergeCounts> {
  const data = parseExport(options.file, await readWhole(options.file, options.maxBytes ?? MAX_EXPORT_BYTES));
  const db = ctx.db();
  try {
    return recordChange(
      db,
      { command: "import json", now: ctx.now },
      () => importData(db, data, nameKey, ctx.today),
      (counts) => `${basename(options.file)}: ${counts.contacts} contacts, ${counts.interactions} conversations, ${counts.follow_ups} follow-ups added`,
    );
  } catch (error) {
    if (error instanceof NetlogError || !String((error as { code?: string }).code).startsWith("SQLITE_CONSTRAINT")) throw error;
    throw new NetlogError(`${options.file} does not hold together: ${(error as Error).message}; nothing was imported`, { hint: `expected ${EXPECTED}, unedited` });
  }
}

async function readWhole(file: string, maxBytes: number): Promise<string> {
  const input = await openInputFile(file, EXPECTED, maxBytes);
  try {
    const chunks: string[] = [];
    for await (const chunk of input.text()) chunks.push(chunk);
    return chunks.join("");
  } finally {
    await input.close();
  }
}

/** Every stored value is text, a number or null, and every calendar date a real one. */
function checkValues(file: string, kind: string, rows: ReadonlyArray<Record<string, unknown>>, dateKeys: readonly string[]): void {
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      if (key === "tags") continue;
      const ok = value === null || typeof value === "string" || typeof value === "number";
      const badDate = dateKeys.includes(key) && value !== null && !(typeof value === "string" && isCalendarDate(value));
      if (!ok || badDate) {
        throw new NetlogError(`${file}: ${kind} ${i + 1}: '${key}' cannot be ${JSON.stringify(value)}`, { hint: `expected ${EXPECTED}, unedited` });
      }
    }
  });
}

/** Checks the shape before anything is written: all or nothing. */
function parseExport(file: string, text: string): ExportedData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NetlogError(`${file} is not JSON: ${(error as Error).message}`, { hint: `expected ${EXPECTED}` });
  }
  const d = data as Partial<ExportedData>;
  if (typeof d !== "object" || d === null || d.format !== EXPORT_FORMAT) throw new NetlogError(`${file} is not a netlog export`, { hint: `expected ${EXPECTED}` });
  if (typeof d.version !== "number" || d.version > EXPORT_VERSION) {
    throw new NetlogError(`${file} was exported by a newer netlog (format ${String(d.version)})`, { hint: "upgrade netlog to import it" });
  }
  const arrays = ["tags", "contacts", "interactions", "follow_ups"] as const;
  for (const key of arrays) if (!Array.isArray(d[key])) throw new NetlogError(`${file}: '${key}' is missing or not a list`, { hint: `expected ${EXPECTED}` });
  if (typeof d.settings !== "object" || d.settings === null) throw new NetlogError(`${file}: 'settings' is missing`, { hint: `expected ${EXPECTED}` });
  const uuids = new Set(d.contacts!.map((c) => c.uuid));
  d.contacts!.forEach((c, i) => {
    if (typeof c.uuid !== "string" || typeof c.name !== "string" || !Array.isArray(c.tags) || !c.tags.every((t) => typeof t === "string")) {
      throw new NetlogError(`${file}: contact ${i + 1} has no uuid, name or list of tags`, { hint: `expected ${EXPECTED}` });
    }
  });
  d.tags!.forEach((t, i) => {
    if (typeof t?.name !== "string") throw new NetlogError(`${file}: tag ${i + 1} has no name`, { hint: `expected ${EXPECTED}` });
  });
  checkValues(file, "contact", d.contacts!, ["added_on", "snoozed_until", "resumed_on"]);
  checkValues(file, "interaction", d.interactions!, ["happened_on"]);
  checkValues(file, "follow-up", d.follow_ups!, ["due_on", "set_on"]);
  if (d.dismissals !== undefined && !Array.isArray(d.dismissals)) throw new NetlogError(`${file}: 'dismissals' is not a list`, { hint: `expected ${EXPECTED}` });
  checkValues(file, "dismissal", d.dismissals ?? [], ["dismissed_on"]);
  for (const [kind, rows] of [["interaction", d.interactions!], ["follow-up", d.follow_ups!], ["dismissal", d.dismissals ?? []]] as const) {
    rows.forEach((r, i) => {
      if (typeof r.uuid !== "string") throw new NetlogError(`${file}: ${kind} ${i + 1} has no uuid`, { hint: `expected ${EXPECTED}` });
      if (!uuids.has(r.contact_uuid)) throw new NetlogError(`${file}: ${kind} ${r.uuid} belongs to no contact in the file`, { hint: `expected ${EXPECTED}` });
    });
  }
  return d as ExportedData;
}
