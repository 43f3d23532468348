// `netlog import vcard FILE` and `netlog export vcard`: the phone's address book, both ways.
import type { ImportSummary, SkippedProperty } from "../reports/import.js";
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { toVcards } from "../formats/vcard.js";
import { isVcardFile, readIncomingCards, type SkippedProperties } from "../formats/vcard-read.js";
import { datesByContact } from "../store/contact-dates.js";
import { anyTagHasCadence, contactPages, countContacts, listContacts } from "../store/contacts.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { fileProgress, type InputFile, MIB, openInputFile } from "./input-file.js";
import { RowProblems } from "./row-problems.js";
import { recordChangeAsync } from "../store/journal.js";
import { samePersonFinder } from "../store/same-person.js";
import { basename } from "node:path";
import { upsertAddressBookEntry } from "./address-book.js";
import { otherValuesByContact } from "../store/value-lists.js";

const EXPECTED = "a vCard file (.vcf, version 2.1, 3.0 or 4.0)";

/** Cards stream in one by one, in little memory: the cap only bounds the time an endless pipe takes. */
const MAX_VCARD_BYTES = 1024 * MIB;

/** `maxBytes` is for tests: the cap an endless pipe runs into. */
export interface VcardImportOptions {
  file: string;
  every?: string;
  tag?: string[];
  skipInvalid?: boolean;
  /** For tests: the cap an endless pipe runs into. */
  maxBytes?: number;
}

export async function importVcard(options: VcardImportOptions, ctx: Ctx): Promise<ImportSummary> {
  const cadenceDays = cadenceFlag(options.every);
  const extraTags = tagsFlag(options.tag);
  const input = await openInputFile(options.file, EXPECTED, options.maxBytes ?? MAX_VCARD_BYTES);
  try {
    if (!isVcardFile(input.head)) throw new NetlogError(`${options.file} is not ${EXPECTED}`, { hint: "export contacts from your phone or address book as .vcf" });
    return await importCards(options, ctx, input, { cadenceDays, extraTags });
  } finally {
    await input.close();
  }
}

/** Card by card as the file streams in, in the one transaction: one bad card and it is all rolled back. */
async function importCards(
  options: { file: string; skipInvalid?: boolean },
  ctx: Ctx,
  input: InputFile,
  o: { cadenceDays: number | null; extraTags: string[] },
): Promise<ImportSummary> {
  const { cadenceDays, extraTags } = o;
  const skipInvalid = options.skipInvalid === true;
  const problems = new RowProblems(skipInvalid);
  const db = ctx.db();
  const progress = fileProgress(ctx, input, "Importing cards");
  try {
    return await recordChangeAsync(
      db,
      { command: "import vcard", now: ctx.now },
      async () => {
        const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, tracked: 0, skipped: problems.kept };
        const tracked = cadenceDays !== null || anyTagHasCadence(db, extraTags);
        const samePerson = samePersonFinder(db);
        const skippedProperties: SkippedProperties = new Map();
        for await (const card of readIncomingCards(input.text(), skippedProperties)) {
          progress.tick();
          if ("reason" in card) problems.add(card);
          // After a bad card nothing will be kept: the rest is only read for its problems.
          else if (problems.none() || skipInvalid) upsertAddressBookEntry(db, card, { cadenceDays, extraTags, tracked, samePerson, summary, ctx });
        }
        problems.refuse(options.file, "cards");
        return { ...summary, skippedProperties: mostFirst(skippedProperties) };
      },
      (summary) => ({ kind: "import-contacts", file: basename(options.file), created: summary.created, updated: summary.updated }),
    );
  } finally {
    progress.finish();
  }
}

/** The properties the cards left out, the most first, then by name. */
function mostFirst(skipped: SkippedProperties): SkippedProperty[] {
  return [...skipped].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function exportVcard(ctx: Ctx): Promise<string> {
  return (await exportVcards(ctx)).text;
}

/** The cards and how many contacts they hold: what an export written with --out reports. */
/**
 * exportVcards's cards, a page of contacts at a time with their dates and other values, each
 * card written as it is made: 30,000 contacts were held whole, with their text, in 280 MiB.
 */
export async function exportVcardChunks(ctx: Ctx): Promise<{ chunks: Iterable<string>; contacts: number }> {
  const db = ctx.db();
  ctx.readingEverything();
  function* chunks() {
    for (const page of contactPages(db, undefined, true)) {
      const ids = page.map((c) => c.id);
      const dates = datesByContact(db, ids);
      const others = otherValuesByContact(db, ids);
      for (const c of page) yield toVcards([{ ...c, dates: dates.get(c.id), others: others.get(c.id) }]);
    }
  }
  return { chunks: chunks(), contacts: countContacts(db, true) };
}

export async function exportVcards(ctx: Ctx): Promise<{ text: string; contacts: number }> {
  const db = ctx.db();
  const contacts = listContacts(db, undefined, true);
  const dates = datesByContact(db);
  // Every contact's other emails, phones and links in one read, not one query a contact.
  const others = otherValuesByContact(db);
  return { text: toVcards(contacts.map((c) => ({ ...c, dates: dates.get(c.id), others: others.get(c.id) }))), contacts: contacts.length };
}
