// `netlog import vdir DIR`: what changed in a vdir since netlog wrote it (on a phone, synced down
// by vdirsyncer) comes back. A card changed there updates its contact, a card made there becomes
// a contact, and a card deleted there archives its contact (never deletes it: its history stays).
//
// The rule for conflicts: for what a card holds (name, company, title, every email, phone and link
// with its label, location, notes, tags), the folder's card wins, as `import vdir` runs before `export vdir`;
// what a card does not hold (conversations, cadence, follow-ups) is netlog's alone and untouched.
import { basename, join } from "node:path";
import type { Ctx } from "../context.js";
import { fieldsWith } from "../domain/contact-fields.js";
import { fieldsOf, type IncomingContact } from "../domain/incoming.js";
import { usageError } from "../errors.js";
import { type CardDates, readIncomingCards } from "../formats/vcard-read.js";
import { addMissingDates, followCardDates, usableDates } from "./imported-dates.js";
import type { VdirImported } from "../reports/vdir.js";
import { addTags, contactByUuid, createContact, getContact, updateContactState } from "../store/contacts.js";
import { removeTags, updateContactFields } from "../store/contact-changes.js";
import { recordChange } from "../store/journal.js";
import { isUsableTag } from "./address-book.js";
import { followCardValues } from "./vdir-values.js";
import { giveValue } from "../store/value-lists.js";
import { cardFiles, MAX_CARD_BYTES, openVdir, readRegular, readVdirState, sha256, type VdirState, writeVdirState } from "./vdir-state.js";

/**
 * The fields a card holds and import vcard reads: the ones a card in the folder decides. Its
 * emails, phones and links, the primary of each included, are decided as lists (vdir-values.ts).
 */
const VALUE_FIELDS = new Set(["email", "phone", "linkedinUrl"]);
const CARD_FIELDS = fieldsWith("vcard").filter((f) => "import" in f.vcard && !VALUE_FIELDS.has(f.key));

export async function importVdir(options: { dir: string }, ctx: Ctx): Promise<VdirImported> {
  const dir = options.dir;
  if (dir.trim() === "") throw usageError("import vdir needs a folder", "e.g. netlog import vdir ~/.local/share/contacts/netlog");
  openVdir(dir, false);
  const known = readVdirState(dir);
  const result: VdirImported = { dir, created: 0, updated: 0, unchanged: 0, archived: 0, skipped: [] };
  // Read before the write transaction opens: parsing is async, the transaction is not.
  const changed: Array<{ file: string; text: string; card: IncomingContact & CardDates }> = [];
  const next: VdirState = {};
  /** The card files read from the folder now: a known one not among them was deleted there. */
  const present = new Set<string>();
  for (const file of cardFiles(dir)) {
    const text = readRegular(join(dir, file));
    if (text === undefined) continue;
    present.add(file);
    if (text === null) {
      result.skipped.push({ file, reason: `larger than ${MAX_CARD_BYTES / 1024 / 1024} MiB: not a card` });
      continue;
    }
    const before = known[file];
    if (before && before.sha256 === sha256(text)) {
      result.unchanged++;
      next[file] = before;
      continue;
    }
    const card = await firstCard(text);
    if ("reason" in card) result.skipped.push({ file, reason: card.reason });
    else changed.push({ file, text, card });
  }
  const db = ctx.db();
  recordChange(
    db,
    { command: "import vdir", now: ctx.now },
    () => {
      for (const { file, text, card } of changed) {
        const existing = contactByUuid(db, known[file]?.uuid ?? card.uuid ?? "");
        const tags = [...new Set(card.tags.filter(isUsableTag))];
        if (existing === undefined) {
          const id = createContact(db, fieldsOf(card), tags, ctx.today, ctx.now, false);
          for (const v of card.more) giveValue(db, id, v.kind, { value: v.value, label: v.label }, ctx.now);
          addMissingDates(db, id, usableDates(card.dates ?? [], ctx.today), ctx.now);
          next[file] = { uuid: getContact(db, id)!.uuid, sha256: sha256(text) };
          result.created++;
          continue;
        }
        const update = Object.fromEntries(CARD_FIELDS.filter((f) => existing[f.key] !== card[f.key]).map((f) => [f.key, card[f.key]]));
        if (existing.name !== card.name) update.name = card.name;
        const gone = existing.tags.filter((t) => !tags.includes(t));
        const added = tags.filter((t) => !existing.tags.includes(t));
        const valuesChanged = followCardValues(db, existing.id, card, ctx.now);
        const datesChanged = followCardDates(db, existing.id, usableDates(card.dates ?? [], ctx.today), ctx.now);
        if (Object.keys(update).length > 0 || gone.length > 0 || added.length > 0 || valuesChanged || datesChanged) {
          updateContactFields(db, existing.id, update, ctx.now);
          removeTags(db, existing.id, gone);
          addTags(db, existing.id, added);
          result.updated++;
        } else result.unchanged++;
        // A card deleted on one side and changed on the other: the change says the person is wanted.
        if (existing.archivedAt !== null) updateContactState(db, existing.id, { archivedAt: null }, ctx.now);
        next[file] = { uuid: existing.uuid, sha256: sha256(text) };
      }
      for (const [file, before] of Object.entries(known)) {
        if (file in next) continue;
        // Still there but unreadable: known as it was. Gone: deleted in the folder.
        if (present.has(file)) {
          next[file] = before;
          continue;
        }
        const contact = contactByUuid(db, before.uuid);
        if (contact && contact.archivedAt === null) {
          updateContactState(db, contact.id, { archivedAt: ctx.now }, ctx.now);
          result.archived++;
        }
      }
    },
    () => ({ kind: "import-contacts", file: basename(dir), created: result.created, updated: result.updated + result.archived }),
  );
  writeVdirState(dir, next);
  return result;
}

async function firstCard(text: string): Promise<(IncomingContact & CardDates) | { reason: string }> {
  async function* whole() {
    yield text;
  }
  for await (const item of readIncomingCards(whole())) return "reason" in item ? { reason: item.reason } : item;
  return { reason: "no card in the file" };
}
