// `netlog import vcard FILE` and `netlog export vcard`: the phone's address book, both ways.
import type { ImportSummary, SkippedProperty } from "../reports/import.js";
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { toVcards } from "../formats/vcard.js";
import { fieldsOf, type IncomingContact } from "../domain/incoming.js";
import { type CardDate, isVcardFile, readIncomingCards, type SkippedProperties } from "../formats/vcard-read.js";
import { datesByContact } from "../store/contact-dates.js";
import { addMissingDates, usableDates } from "./imported-dates.js";
import { addTags, anyTagHasCadence, createContact, listContacts, startTracking } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { tagNameOf } from "../domain/contact-values.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { fileProgress, type InputFile, MIB, openInputFile } from "./input-file.js";
import { detached } from "./input-text.js";
import { RowProblems } from "./row-problems.js";
import { recordChangeAsync } from "../store/journal.js";
import { updateFromCard } from "../store/imports.js";
import { type SamePersonFinder, samePersonFinder } from "../store/same-person.js";
import { basename } from "node:path";

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
          else if (problems.none() || skipInvalid) upsertCard(db, card, { cadenceDays, extraTags, tracked, samePerson, summary, ctx });
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

function upsertCard(
  db: Database,
  { dates, ...card }: IncomingContact & { dates?: CardDate[] },
  o: { cadenceDays: number | null; extraTags: string[]; tracked: boolean; samePerson: SamePersonFinder; summary: ImportSummary; ctx: Ctx },
): void {
  const { cadenceDays, tracked, samePerson, summary, ctx } = o;
  const cardDates = usableDates(dates ?? [], ctx.today);
  // A category netlog cannot use as a tag (an emoji, a long phrase) is left out, not fatal.
  const tags = tagsFlag([...card.tags.filter(isUsableTag), ...o.extraTags]);
  // Who is who: store/same-person.ts, in the order every import uses.
  const existing = samePerson.find(card);
  if (existing) {
    // As with LinkedIn: importing again with --every or a cadenced --tag tracks the rest.
    const tracksNow = tracked && existing.tracked === 0;
    // A card that lacks a field says nothing about it: never wipe what we have.
    const company = card.company ?? existing.company;
    const title = card.title ?? existing.title;
    const datesAdded = addMissingDates(db, existing.id, cardDates, ctx.now);
    const changed = existing.company !== company || existing.title !== title || tracksNow || datesAdded;
    updateFromCard(db, existing.id, { company, title, email: card.email, phone: card.phone }, { changed, now: ctx.now });
    if (existing.phone === null && card.phone !== null) samePerson.remember(existing.id, detached(card.phone));
    if (tracksNow) startTracking(db, existing.id, cadenceDays);
    addTags(db, existing.id, tags);
    summary[changed ? "updated" : "unchanged"]++;
    return;
  }
  // What the card holds of the table's fields; the others start empty.
  const fields = { ...fieldsOf(card), cadenceDays };
  const id = createContact(db, fields, tags, ctx.today, ctx.now, tracked);
  addMissingDates(db, id, cardDates, ctx.now);
  // Kept for the rest of the file: a copy, not a view into the text of the card.
  if (card.phone !== null) samePerson.remember(id, detached(card.phone));
  summary.created++;
  if (tracked) summary.tracked++;
}

/** The properties the cards left out, the most first, then by name. */
function mostFirst(skipped: SkippedProperties): SkippedProperty[] {
  return [...skipped].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function isUsableTag(tag: string): boolean {
  return "name" in tagNameOf(tag);
}

export async function exportVcard(ctx: Ctx): Promise<string> {
  return (await exportVcards(ctx)).text;
}

/** The cards and how many contacts they hold: what an export written with --out reports. */
export async function exportVcards(ctx: Ctx): Promise<{ text: string; contacts: number }> {
  const db = ctx.db();
  const contacts = listContacts(db, undefined, true);
  const dates = datesByContact(db);
  return { text: toVcards(dates.size === 0 ? contacts : contacts.map((c) => ({ ...c, dates: dates.get(c.id) }))), contacts: contacts.length };
}
