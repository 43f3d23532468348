// `netlog export vdir DIR`: a folder of one .vcf per contact, named by its uuid: what khard reads
// and vdirsyncer syncs to any CardDAV server (Radicale, Nextcloud, Fastmail, iCloud).
//
// The folder is shared with other programs, so netlog touches only the cards it wrote. It keeps,
// in DIR/.netlog-vdir.json (vdirsyncer and khard read only *.vcf), a hash of each card as it
// wrote it. A card whose file no longer has that hash was changed there (on a phone, by a sync):
// it is neither overwritten nor removed. A card that would come out the same is not rewritten,
// so its mtime stays and a sync sends nothing.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Ctx } from "../context.js";
import { NetlogError, usageError } from "../errors.js";
import { toVcards } from "../formats/vcard.js";
import type { VdirExported } from "../reports/vdir.js";
import { listContacts } from "../store/contacts.js";
import { regularTarget, writeAll, writeFileSafely } from "../store/safe-file.js";

const STATE_FILE = ".netlog-vdir.json";
const HINT = "give export vdir a folder of its own (it is created if missing)";

/** What netlog wrote last time: each card's file name and the sha256 of its bytes. */
interface VdirState {
  format: "netlog-vdir";
  version: 1;
  cards: Record<string, string>;
}

export async function exportVdir(options: { dir: string }, ctx: Ctx): Promise<VdirExported> {
  const dir = options.dir;
  if (dir.trim() === "") throw usageError("export vdir needs a folder", "e.g. netlog export vdir ~/.local/share/contacts/netlog");
  openFolder(dir);
  const written = readState(dir);
  const result: VdirExported = { dir, written: 0, unchanged: 0, removed: 0, changedThere: [] };
  const next: Record<string, string> = {};
  // Archived contacts are off every list, the phone's included.
  for (const contact of listContacts(ctx.db(), undefined, false)) {
    const name = `${contact.uuid}.vcf`;
    const card = toVcards([contact]);
    const there = readCard(join(dir, name));
    if (there !== undefined && there === card) {
      result.unchanged++;
      next[name] = sha256(card);
    } else if (there !== undefined && written[name] !== undefined && sha256(there) !== written[name]) {
      result.changedThere.push(name);
      next[name] = written[name];
    } else {
      writeFileSafely(regularTarget(join(dir, name), HINT), (temp) => writeAll(temp.fd, card));
      result.written++;
      next[name] = sha256(card);
    }
  }
  for (const [name, hash] of Object.entries(written)) {
    if (name in next) continue;
    const there = readCard(join(dir, name));
    if (there === undefined) continue;
    if (sha256(there) !== hash) {
      result.changedThere.push(name);
      next[name] = hash;
      continue;
    }
    rmSync(join(dir, name));
    result.removed++;
  }
  const state: VdirState = { format: "netlog-vdir", version: 1, cards: next };
  writeFileSafely(regularTarget(join(dir, STATE_FILE), HINT), (temp) => writeAll(temp.fd, `${JSON.stringify(state, null, 1)}\n`));
  result.changedThere.sort();
  return result;
}

/** The folder, made (0700: other people's details) when missing; anything else there is refused. */
function openFolder(dir: string): void {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (stat === undefined) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return;
  }
  if (!stat.isDirectory()) throw new NetlogError(`${dir} is not a folder; nothing was written`, { hint: HINT });
}

function readState(dir: string): Record<string, string> {
  const text = readCard(join(dir, STATE_FILE));
  if (text === undefined) return {};
  try {
    const state = JSON.parse(text) as Partial<VdirState>;
    if (state.format === "netlog-vdir" && state.cards && typeof state.cards === "object") return state.cards;
  } catch {
    // An unreadable state says nothing was written by netlog: every card is then compared as new.
  }
  return {};
}

/** A regular file's text, or undefined when there is none (a folder, a device or a link is none). */
function readCard(path: string): string | undefined {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  return stat?.isFile() ? readFileSync(path, "utf8") : undefined;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
