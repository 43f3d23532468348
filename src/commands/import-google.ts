// `netlog import google FILE`: Google Contacts' CSV export, current or older layout, safe to run again.
import type { ImportSummary } from "../reports/import.js";
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { UnreadableCsv } from "../formats/csv-records.js";
import { mojibakeWarning, mojibakeWatch } from "../formats/mojibake.js";
import { EXPECTED_HEADERS, type GoogleLayout, googleLayoutOf, readGoogleContacts } from "../formats/google-contacts.js";
import { anyTagHasCadence } from "../store/contacts.js";
import { recordChangeAsync } from "../store/journal.js";
import { samePersonFinder } from "../store/same-person.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { fileProgress, type InputFile, MIB, openInputFile } from "./input-file.js";
import { RowProblems, unreadable } from "./row-problems.js";
import { basename } from "node:path";
import { upsertAddressBookEntry } from "./address-book.js";

export interface GoogleImportOptions {
  file: string;
  every?: string;
  tag?: string[];
  skipInvalid?: boolean;
  /** For tests: the cap an endless pipe runs into. */
  maxBytes?: number;
}

const EXPECTED = "a Google Contacts CSV (contacts.google.com › Export › Google CSV)";
/** Rows stream in one by one, in little memory: the cap only bounds the time an endless pipe takes. */
const MAX_GOOGLE_BYTES = 1024 * MIB;
/** Enough of a foreign header to recognise it by, in an error line that fits a terminal. */
const SHOWN_COLUMNS = 7;
const SHOWN_CHARS = 40;

export async function importGoogle(options: GoogleImportOptions, ctx: Ctx): Promise<ImportSummary> {
  const cadenceDays = cadenceFlag(options.every);
  const extraTags = tagsFlag(options.tag);
  const input = await openInputFile(options.file, EXPECTED, options.maxBytes ?? MAX_GOOGLE_BYTES);
  try {
    const found = googleLayoutOf(input.head);
    if ("found" in found) throw notGoogle(options.file, found.found);
    return await importRows(options, ctx, input, { layout: found.layout, cadenceDays, extraTags });
  } finally {
    await input.close();
  }
}

/** Says what the header holds and what a Google export's starts with: Outlook's and LinkedIn's CSV look alike at a glance. */
function notGoogle(file: string, header: readonly string[]): NetlogError {
  const shown = header.slice(0, SHOWN_COLUMNS).map((c) => (c.length > SHOWN_CHARS ? `${c.slice(0, SHOWN_CHARS)}…` : c));
  const more = header.length > SHOWN_COLUMNS ? ", …" : "";
  const found = header.every((c) => c === "") ? "its first line is blank" : `its first line has ${shown.join(", ")}${more}`;
  return new NetlogError(`${file} is not a Google Contacts CSV: ${found}`, {
    hint: `expected the header of Google Contacts' Export › Google CSV: ${EXPECTED_HEADERS}`,
  });
}

/** Row by row as the file streams in, in the one transaction: one bad row and it is all rolled back. */
async function importRows(
  options: { file: string; skipInvalid?: boolean },
  ctx: Ctx,
  input: InputFile,
  o: { layout: GoogleLayout; cadenceDays: number | null; extraTags: string[] },
): Promise<ImportSummary> {
  const { cadenceDays, extraTags } = o;
  const skipInvalid = options.skipInvalid === true;
  const problems = new RowProblems(skipInvalid);
  const db = ctx.db();
  const progress = fileProgress(ctx, input, "Importing contacts");
  try {
    return await recordChangeAsync(
      db,
      { command: "import google", now: ctx.now },
      async () => {
        const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, tracked: 0, skipped: problems.kept, warnings: [] };
        const tracked = cadenceDays !== null || anyTagHasCadence(db, extraTags);
        const samePerson = samePersonFinder(db);
        // A file that went through a program reading UTF-8 as Windows-1252 is imported, with a warning.
        const mojibake = mojibakeWatch();
        // The values left out (an E-mail that is no address), by column: said, not dropped unsaid.
        const skippedValues = new Map<string, number>();
        for await (const row of readGoogleContacts(mojibake.watch(input.text()), o.layout)) {
          progress.tick();
          if ("reason" in row) problems.add(row);
          // After a bad row nothing will be kept: the rest is only read for its problems.
          else if (problems.none() || skipInvalid) {
            const { skippedValues: left = [], ...entry } = row;
            for (const column of left) skippedValues.set(column, (skippedValues.get(column) ?? 0) + 1);
            upsertAddressBookEntry(db, entry, { cadenceDays, extraTags, tracked, samePerson, summary, ctx });
          }
        }
        problems.refuse(options.file, "rows");
        if (skippedValues.size > 0) summary.skippedProperties = [...skippedValues].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
        const found = mojibake.found();
        if (found) summary.warnings!.push(mojibakeWarning(options.file, found));
        return summary;
      },
      (summary) => ({ kind: "import-contacts", file: basename(options.file), created: summary.created, updated: summary.updated }),
    );
  } catch (error) {
    throw error instanceof UnreadableCsv ? unreadable(options.file, error) : error;
  } finally {
    progress.finish();
  }
}
