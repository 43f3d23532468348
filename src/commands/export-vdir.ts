// `netlog export vdir DIR`: a folder of one .vcf per contact: what khard reads and vdirsyncer
// syncs to any CardDAV server (Radicale, Nextcloud, Fastmail, iCloud).
//
// The folder is shared with other programs, so netlog touches only the cards it wrote or read
// (vdir-state.ts). A card changed in the folder since then is neither overwritten nor removed:
// `netlog import vdir` takes it in first. A card that would come out the same is not rewritten,
// so its mtime stays and a sync sends nothing.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Ctx } from "../context.js";
import { usageError } from "../errors.js";
import { toVcards } from "../formats/vcard.js";
import type { VdirExported } from "../reports/vdir.js";
import { listContacts } from "../store/contacts.js";
import { otherValuesByContact } from "../store/value-lists.js";
import { datesByContact } from "../store/contact-dates.js";
import { regularTarget, writeAll, writeFileSafely } from "../store/safe-file.js";
import { openVdir, readRegular, readVdirState, sha256, VDIR_HINT, type VdirState, writeVdirState } from "./vdir-state.js";

export async function exportVdir(options: { dir: string }, ctx: Ctx): Promise<VdirExported> {
  const dir = options.dir;
  if (dir.trim() === "") throw usageError("export vdir needs a folder", "e.g. netlog export vdir ~/.local/share/contacts/netlog");
  openVdir(dir, true);
  const known = readVdirState(dir);
  // A contact whose card came from the folder (made on the phone) stays in that file.
  const fileOf = new Map(Object.entries(known).map(([file, card]) => [card.uuid, file]));
  const result: VdirExported = { dir, written: 0, unchanged: 0, removed: 0, changedThere: [] };
  const next: VdirState = {};
  const db = ctx.db();
  // Every contact's other emails, phones and links, and its dates, in one read each.
  const others = otherValuesByContact(db);
  const dates = datesByContact(db);
  // Archived contacts are off every list, the phone's included.
  for (const contact of listContacts(db, undefined, false)) {
    const name = fileOf.get(contact.uuid) ?? `${contact.uuid}.vcf`;
    const card = toVcards([{ ...contact, others: others.get(contact.id), dates: dates.get(contact.id) }]);
    const there = readRegular(join(dir, name));
    const before = known[name];
    if (there !== undefined && there === card) {
      result.unchanged++;
      next[name] = { uuid: contact.uuid, sha256: sha256(card) };
    } else if (there === null || (there !== undefined && before !== undefined && sha256(there) !== before.sha256)) {
      // Changed in the folder since netlog wrote it, or too large to be a card: not netlog's to replace.
      result.changedThere.push(name);
      if (before) next[name] = before;
    } else {
      writeFileSafely(regularTarget(join(dir, name), VDIR_HINT), (temp) => writeAll(temp.fd, card));
      result.written++;
      next[name] = { uuid: contact.uuid, sha256: sha256(card) };
    }
  }
  for (const [name, before] of Object.entries(known)) {
    if (name in next) continue;
    const there = readRegular(join(dir, name));
    if (there === undefined) continue;
    if (there === null || sha256(there) !== before.sha256) {
      result.changedThere.push(name);
      next[name] = before;
      continue;
    }
    rmSync(join(dir, name));
    result.removed++;
  }
  writeVdirState(dir, next);
  result.changedThere.sort();
  return result;
}
