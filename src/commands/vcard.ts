// `netlog import vcard FILE` and `netlog export vcard`: the phone's address book, both ways.
import type { ImportSummary } from "../reports/import.js";
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { toVcards } from "../formats/vcard.js";
import { type CardContact, cardFields, isVcardFile, readVcards } from "../formats/vcard-read.js";
import { addTags, anyTagHasCadence, createContact, listContacts, startTracking } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { tagNameOf } from "../domain/contact-values.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { fileProgress, type InputFile, MIB, openInputFile } from "./input-file.js";
import { detached } from "./input-text.js";
import { RowProblems } from "./row-problems.js";
import { recordChangeAsync } from "../store/journal.js";
import { cardMatchByEmail, cardMatchByLinkedinUrl, type CardMatch, contactsWithPhone, updateFromCard } from "../store/imports.js";
import { basename } from "node:path";

const EXPECTED = "a vCard file (.vcf, version 3.0 or 4.0)";
const digits = (phone: string) => phone.replace(/[^\d+]/g, "");

/** Cards stream in one by one, in little memory: the cap only bounds the time an endless pipe takes. */
const MAX_VCARD_BYTES = 1024 * MIB;

/** `maxBytes` is for tests: the cap an endless pipe runs into. */
export async function importVcard(options: { file: string; every?: string; tag?: string[]; skipInvalid?: boolean; maxBytes?: number }, ctx: Ctx): Promise<ImportSummary> {
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
        const byPhone = phoneIndex(db);
        for await (const card of readVcards(input.text())) {
          progress.tick();
          if ("reason" in card) problems.add(card);
          // After a bad card nothing will be kept: the rest is only read for its problems.
          else if (problems.none() || skipInvalid) upsertCard(db, card, { cadenceDays, extraTags, tracked, byPhone, summary, ctx });
        }
        problems.refuse(options.file, "cards");
        return summary;
      },
      (summary) => ({ kind: "import-contacts", file: basename(options.file), created: summary.created, updated: summary.updated }),
    );
  } finally {
    progress.finish();
  }
}

function upsertCard(
  db: Database,
  card: CardContact,
  o: { cadenceDays: number | null; extraTags: string[]; tracked: boolean; byPhone: Map<string, Existing>; summary: ImportSummary; ctx: Ctx },
): void {
  const { cadenceDays, tracked, byPhone, summary, ctx } = o;
  // A category netlog cannot use as a tag (an emoji, a long phrase) is left out, not fatal.
  const tags = tagsFlag([...card.tags.filter(isUsableTag), ...o.extraTags]);
  const existing = findExisting(db, card, byPhone);
  if (existing) {
    // As with LinkedIn: importing again with --every or a cadenced --tag tracks the rest.
    const tracksNow = tracked && existing.tracked === 0;
    // A card that lacks a field says nothing about it: never wipe what we have.
    const company = card.company ?? existing.company;
    const title = card.title ?? existing.title;
    const changed = existing.company !== company || existing.title !== title || tracksNow;
    updateFromCard(db, existing.id, { company, title, email: card.email, phone: card.phone }, { changed, now: ctx.now });
    if (tracksNow) startTracking(db, existing.id, cadenceDays);
    addTags(db, existing.id, tags);
    summary[changed ? "updated" : "unchanged"]++;
    return;
  }
  // What the card holds of the table's fields; the others start empty.
  const fields = { ...cardFields(card), cadenceDays };
  const id = createContact(db, fields, tags, ctx.today, ctx.now, tracked);
  // Kept for the rest of the file: copies, not views into the text of the card.
  const copy = (text: string | null) => (text === null ? null : detached(text));
  if (card.phone) byPhone.set(detached(digits(card.phone)), { id, company: copy(card.company), title: copy(card.title), tracked: tracked ? 1 : 0 });
  summary.created++;
  if (tracked) summary.tracked++;
}

/** On a second import the same person is found by email, then phone, then LinkedIn URL. */
type Existing = CardMatch;

/** Phone numbers compared by their digits, read once per import (not once per card). */
function phoneIndex(db: Database): Map<string, Existing> {
  return new Map(contactsWithPhone(db).map(({ phone, ...row }) => [digits(phone), row]));
}

function isUsableTag(tag: string): boolean {
  return "name" in tagNameOf(tag);
}

function findExisting(db: Database, card: CardContact, byPhone: ReadonlyMap<string, Existing>): Existing | undefined {
  if (card.email) {
    const row = cardMatchByEmail(db, card.email);
    if (row) return row;
  }
  if (card.phone && digits(card.phone).length >= 5) {
    const row = byPhone.get(digits(card.phone));
    if (row) return { ...row, company: row.company, title: row.title };
  }
  if (card.linkedinUrl) return cardMatchByLinkedinUrl(db, card.linkedinUrl);
  return undefined;
}

export async function exportVcard(ctx: Ctx): Promise<string> {
  return toVcards(listContacts(ctx.db(), undefined, true));
}
