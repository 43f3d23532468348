// `netlog import vcard FILE` and `netlog export vcard`: the phone's address book, both ways.
import type { Ctx } from "../context.js";
import { nameKey } from "../domain/names.js";
import { NetlogError } from "../errors.js";
import { type CardContact, parseVcards, toVcards } from "../formats/vcard.js";
import type { RowProblem } from "../formats/linkedin.js";
import { addTags, insertContact, listContacts } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { readInputFile } from "./input-file.js";

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
  if (parsed.problems.length > 0 && !options.skipInvalid) {
    const listed = parsed.problems.slice(0, 3).map((p) => `line ${p.line}: ${p.reason}`).join("; ");
    throw new NetlogError(`${options.file}: ${listed}; nothing was imported`, { hint: "fix those cards, or pass --skip-invalid to import the rest" });
  }
  const db = ctx.db();
  return db
    .transaction(() => {
      const summary: VcardSummary = { created: 0, updated: 0, unchanged: 0, tracked: 0, skipped: parsed.problems };
      const tracked = cadenceDays !== null || extraTags.some((t) => db.prepare("SELECT 1 FROM tags WHERE key = ? AND cadence_days IS NOT NULL").get(nameKey(t)));
      const progress = ctx.progress("Importing cards", parsed.cards.length);
      for (const [i, card] of parsed.cards.entries()) {
        progress.tick(i);
        const tags = tagsFlag([...card.tags, ...extraTags]);
        const existing = findExisting(db, card);
        if (existing) {
          // As with LinkedIn: importing again with --every or a cadenced --tag tracks the rest.
          const startTracking = tracked && existing.tracked === 0;
          const changed = existing.company !== card.company || existing.title !== card.title || startTracking;
          if (changed) db.prepare("UPDATE contacts SET company = ?, title = ?, updated_at = ? WHERE id = ?").run(card.company, card.title, ctx.now, existing.id);
          if (startTracking) db.prepare("UPDATE contacts SET tracked = 1, cadence_days = coalesce(cadence_days, ?) WHERE id = ?").run(cadenceDays, existing.id);
          addTags(db, existing.id, tags);
          summary[changed ? "updated" : "unchanged"]++;
          continue;
        }
        const fields = { name: card.name, company: card.company, title: card.title, email: card.email, phone: card.phone, linkedinUrl: card.linkedinUrl, location: null, met: null, notes: card.notes, cadenceDays };
        const contact = insertContact(db, fields, tags, ctx.today, ctx.now);
        if (!tracked) db.prepare("UPDATE contacts SET tracked = 0 WHERE id = ?").run(contact.id);
        summary.created++;
        if (tracked) summary.tracked++;
      }
      progress.finish();
      return summary;
    })
    .immediate();
}

/** On a second import the same person is found by email, then phone, then LinkedIn URL. */
type Existing = { id: number; company: string | null; title: string | null; tracked: number };

function findExisting(db: Database, card: CardContact): Existing | undefined {
  const columns = "SELECT id, company, title, tracked FROM contacts";
  if (card.email) {
    const row = db.prepare(`${columns} WHERE lower(email) = lower(?) LIMIT 1`).get(card.email) as Existing | undefined;
    if (row) return row;
  }
  if (card.phone && digits(card.phone).length >= 5) {
    const phones = db.prepare("SELECT id, company, title, tracked, phone FROM contacts WHERE phone IS NOT NULL").all() as Array<Existing & { phone: string }>;
    const row = phones.find((p) => digits(p.phone) === digits(card.phone!));
    if (row) return row;
  }
  if (card.linkedinUrl) return db.prepare(`${columns} WHERE linkedin_url = ? LIMIT 1`).get(card.linkedinUrl) as Existing | undefined;
  return undefined;
}

export async function exportVcard(ctx: Ctx): Promise<string> {
  return toVcards(listContacts(ctx.db(), undefined, true));
}
