// `netlog import vcard FILE` and `netlog export vcard`: the phone's address book, both ways.
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { type CardContact, parseVcards, toVcards } from "../formats/vcard.js";
import type { RowProblem } from "../formats/linkedin.js";
import { addTags, anyTagHasCadence, createContact, listContacts, startTracking } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { cadenceFlag, tagName, tagsFlag } from "./fields.js";
import { readInputFile, refuseProblems } from "./input-file.js";
import { recordChange } from "../store/journal.js";
import { basename } from "node:path";

export interface VcardSummary {
  created: number;
  updated: number;
  unchanged: number;
  tracked: number;
  skipped: RowProblem[];
}

const EXPECTED = "a vCard file (.vcf, version 3.0 or 4.0)";
const digits = (phone: string) => phone.replace(/[^\d+]/g, "");

export async function importVcard(options: { file: string; every?: string; tag?: string[]; skipInvalid?: boolean }, ctx: Ctx): Promise<VcardSummary> {
  const cadenceDays = cadenceFlag(options.every);
  const extraTags = tagsFlag(options.tag);
  const parsed = parseVcards(readInputFile(options.file, EXPECTED));
  if (!parsed) throw new NetlogError(`${options.file} is not ${EXPECTED}`, { hint: "export contacts from your phone or address book as .vcf" });
  refuseProblems(options.file, parsed.problems, options.skipInvalid === true, "cards");
  const db = ctx.db();
  return recordChange(
    db,
    { command: "import vcard", now: ctx.now },
    () => {
      const summary: VcardSummary = { created: 0, updated: 0, unchanged: 0, tracked: 0, skipped: parsed.problems };
      const tracked = cadenceDays !== null || anyTagHasCadence(db, extraTags);
      const progress = ctx.progress("Importing cards", parsed.cards.length);
      const byPhone = phoneIndex(db);
      for (const [i, card] of parsed.cards.entries()) {
        progress.tick(i);
        // A category netlog cannot use as a tag (an emoji, a long phrase) is left out, not fatal.
        const tags = tagsFlag([...card.tags.filter(isUsableTag), ...extraTags]);
        const existing = findExisting(db, card, byPhone);
        if (existing) {
          // As with LinkedIn: importing again with --every or a cadenced --tag tracks the rest.
          const tracksNow = tracked && existing.tracked === 0;
          // A card that lacks a field says nothing about it: never wipe what we have.
          const company = card.company ?? existing.company;
          const title = card.title ?? existing.title;
          const changed = existing.company !== company || existing.title !== title || tracksNow;
          db.prepare(
            "UPDATE contacts SET company = ?, title = ?, email = coalesce(email, ?), phone = coalesce(phone, ?), updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?",
          ).run(company, title, card.email, card.phone, Number(changed), ctx.now, existing.id);
          if (tracksNow) startTracking(db, existing.id, cadenceDays);
          addTags(db, existing.id, tags);
          summary[changed ? "updated" : "unchanged"]++;
          continue;
        }
        const fields = { name: card.name, company: card.company, title: card.title, email: card.email, phone: card.phone, linkedinUrl: card.linkedinUrl, location: null, met: null, notes: card.notes, cadenceDays };
        const id = createContact(db, fields, tags, ctx.today, ctx.now, tracked);
        if (card.phone) byPhone.set(digits(card.phone), { id, company: card.company, title: card.title, tracked: tracked ? 1 : 0 });
        summary.created++;
        if (tracked) summary.tracked++;
      }
      progress.finish();
      return summary;
    },
    (summary) => `${basename(options.file)}: ${summary.created} created, ${summary.updated} updated`,
  );
}

/** On a second import the same person is found by email, then phone, then LinkedIn URL. */
type Existing = { id: number; company: string | null; title: string | null; tracked: number };

/** Phone numbers compared by their digits, read once per import (not once per card). */
function phoneIndex(db: Database): Map<string, Existing> {
  const rows = db.prepare("SELECT id, company, title, tracked, phone FROM contacts WHERE phone IS NOT NULL ORDER BY id DESC").all() as Array<Existing & { phone: string }>;
  return new Map(rows.map(({ phone, ...row }) => [digits(phone), row]));
}

function isUsableTag(tag: string): boolean {
  try {
    tagName(tag);
    return true;
  } catch {
    return false;
  }
}

function findExisting(db: Database, card: CardContact, byPhone: ReadonlyMap<string, Existing>): Existing | undefined {
  const columns = "SELECT id, company, title, tracked FROM contacts";
  if (card.email) {
    const row = db.prepare(`${columns} WHERE email IS NOT NULL AND lower(email) = lower(?) LIMIT 1`).get(card.email) as Existing | undefined;
    if (row) return row;
  }
  if (card.phone && digits(card.phone).length >= 5) {
    const row = byPhone.get(digits(card.phone));
    if (row) return { ...row, company: row.company, title: row.title };
  }
  if (card.linkedinUrl) return db.prepare(`${columns} WHERE linkedin_url = ? LIMIT 1`).get(card.linkedinUrl) as Existing | undefined;
  return undefined;
}

export async function exportVcard(ctx: Ctx): Promise<string> {
  return toVcards(listContacts(ctx.db(), undefined, true));
}
