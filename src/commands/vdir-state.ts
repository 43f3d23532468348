// What netlog knows of a vdir it writes (DIR/.netlog-vdir.json; vdirsyncer and khard read only
// *.vcf): each card file it wrote or read, the contact it holds, and the sha256 of its bytes then.
// A file whose bytes no longer have that hash was changed in the folder (on a phone, by a sync).
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NetlogError } from "../errors.js";
import { regularTarget, writeAll, writeFileSafely } from "../store/safe-file.js";

const STATE_FILE = ".netlog-vdir.json";
export const VDIR_HINT = "give export vdir and import vdir a folder of their own (export creates it)";

export interface VdirCard {
  /** The netlog uuid of the contact the file holds. */
  uuid: string;
  sha256: string;
}

/** File name → what netlog last knew of it. */
export type VdirState = Record<string, VdirCard>;

export function readVdirState(dir: string): VdirState {
  const text = readRegular(join(dir, STATE_FILE));
  if (!text) return {};
  try {
    const state = JSON.parse(text) as { format?: string; cards?: unknown };
    if (state.format === "netlog-vdir" && state.cards && typeof state.cards === "object") return state.cards as VdirState;
  } catch {
    // Unreadable: as if netlog had never written there. Every card is then compared as new.
  }
  return {};
}

export function writeVdirState(dir: string, cards: VdirState): void {
  const text = `${JSON.stringify({ format: "netlog-vdir", version: 1, cards }, null, 1)}\n`;
  writeFileSafely(regularTarget(join(dir, STATE_FILE), VDIR_HINT), (temp) => writeAll(temp.fd, text));
}

/** The folder, made (0700: other people's details) when `create` and missing; anything else there is refused. */
export function openVdir(dir: string, create: boolean): void {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (stat === undefined && create) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return;
  }
  if (stat === undefined) throw new NetlogError(`${dir} does not exist; nothing was imported`, { hint: VDIR_HINT });
  if (!stat.isDirectory()) throw new NetlogError(`${dir} is not a folder; nothing was ${create ? "written" : "imported"}`, { hint: VDIR_HINT });
}

/** The card files in the folder, by name. */
export function cardFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".vcf") && !name.startsWith("."))
    .sort();
}

/** As import vcard refuses a card bigger than this, so does a vdir: it is read whole. */
export const MAX_CARD_BYTES = 16 * 1024 * 1024;

/**
 * A regular file's text; undefined when there is none (a folder, a device or a link is none);
 * null when it is there but too large to be a card, which is then neither read nor replaced.
 */
export function readRegular(path: string): string | null | undefined {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  return stat.size > MAX_CARD_BYTES ? null : readFileSync(path, "utf8");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
