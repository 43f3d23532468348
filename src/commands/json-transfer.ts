// `netlog export json` and `netlog import json`: everything, with uuids, losslessly.
import type { Ctx } from "../context.js";
import { nameKey } from "../domain/names.js";
import { NetlogError } from "../errors.js";
import { ExportProblem } from "../formats/netlog-export-tokens.js";
import { type ExportedData, exportData, exportDataItems, type MergeCounts, startMerge } from "../store/snapshot.js";
import { fileProgress, MIB, openInputFile } from "./input-file.js";
import { recordChangeAsync } from "../store/journal.js";
import { basename } from "node:path";

export async function exportJson(ctx: Ctx): Promise<ExportedData> {
  return exportData(ctx.db());
}

/** exportJson's data with its lists read as they are written, and how many contacts it holds. */
export async function exportJsonItems(ctx: Ctx) {
  ctx.readingEverything();
  return exportDataItems(ctx.db());
}

const EXPECTED = "a file written by netlog export json";

/**
 * Far above any export netlog writes (131,587 contacts made 228 MB): reading streams, so memory
 * stays small whatever the size; the cap bounds the time a pipe of endless input can take.
 */
export const MAX_EXPORT_BYTES = 4096 * MIB;

/** `maxBytes` is for tests: the cap an endless pipe runs into. */
export async function importJson(options: { file: string; maxBytes?: number }, ctx: Ctx): Promise<MergeCounts> {
  const file = options.file;
  // Loaded here, not with the module: `export json` does not need the streaming parser.
  const { mergeExport, notAnExport } = await import("./json-import.js");
  const input = await openInputFile(file, EXPECTED, options.maxBytes ?? MAX_EXPORT_BYTES);
  try {
    // Before the database is opened: most files that are not an export say so in their first byte.
    const first = input.head.trimStart()[0];
    if (first !== "{") {
      if (first !== undefined && /[["\d\-tfn]/.test(first)) throw notAnExport(file);
      throw new NetlogError(`${file} is not JSON`, { hint: `expected ${EXPECTED}` });
    }
    const db = ctx.db();
    const progress = fileProgress(ctx, input, "Importing");
    const merge = startMerge(db, nameKey, ctx.today);
    const counts = await recordChangeAsync(
      db,
      { command: "import json", now: ctx.now },
      async () => {
        await mergeExport(input.text(), merge, { file, today: ctx.today, tick: progress.tick });
        return merge.counts;
      },
      (c) => ({ kind: "import-json", file: basename(file), contacts: c.contacts, conversations: c.interactions, followUps: c.follow_ups }),
    );
    progress.finish();
    return counts;
  } catch (error) {
    if (error instanceof ExportProblem) {
      throw new NetlogError(`${file}: ${error.message}; nothing was imported`, { hint: `expected ${EXPECTED}, unedited` });
    }
    if (error instanceof NetlogError || !String((error as { code?: string }).code).startsWith("SQLITE_CONSTRAINT")) throw error;
    throw new NetlogError(`${file} does not hold together: ${(error as Error).message}; nothing was imported`, { hint: `expected ${EXPECTED}, unedited` });
  } finally {
    await input.close();
  }
}
