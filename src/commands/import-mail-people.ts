// What import mail and its --suggest share: your addresses, the contact an address is, a
// message's key, and the --max-recipients flag.
import { createHash } from "node:crypto";
import { readMyEmails } from "../domain/settings.js";
import { shellWord } from "../domain/shell-words.js";
import { NetlogError, usageError } from "../errors.js";
import { type MailHeaders, readMailHeaders } from "../formats/mail-message.js";
import { getContact } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { samePersonFinder } from "../store/same-person.js";
import { allSettings } from "../store/settings.js";
import { openMailSource } from "./import-mail-source.js";

const DEFAULT_MAX_RECIPIENTS = 10;

export interface Found {
  id: number;
  uuid: string;
}

/** A message is its Message-ID; one without gets a key from what it says, the same on every import. */
export function messageKey(m: MailHeaders): string {
  if (m.messageId) return m.messageId;
  return `sha1:${createHash("sha1")
    .update(`${m.rawDate ?? ""}\n${m.from?.address ?? ""}\n${m.subject ?? ""}`)
    .digest("hex")}`;
}

/** The contact an address is, asked once per address: a mailbox has many messages and few people. */
export function contactFinder(db: Database): (address: string) => Found | undefined {
  const samePerson = samePersonFinder(db);
  const known = new Map<string, Found | null>();
  return (address) => {
    let found = known.get(address);
    if (found === undefined) {
      const id = samePerson.find({ email: address })?.id;
      found = id === undefined ? null : { id, uuid: getContact(db, id)!.uuid };
      known.set(address, found);
    }
    return found ?? undefined;
  };
}

export function maxRecipientsFlag(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_RECIPIENTS;
  if (!/^\d{1,5}$/.test(text.trim()) || Number(text) < 1) throw usageError(`--max-recipients: '${text}' is not a number of people`, "a whole number, at least 1 (default 10)");
  return Number(text);
}

/**
 * Your addresses (config set my-emails). Unset, nothing can tell your mail from theirs: the
 * error names the file's most frequent senders, one of whom is most likely you.
 */
export async function myAddresses(db: Database, path: string): Promise<ReadonlySet<string>> {
  const mine = readMyEmails(allSettings(db));
  if (mine.length > 0) return new Set(mine);
  const counts = new Map<string, number>();
  for await (const bytes of (await openMailSource(path)).headers()) {
    const from = readMailHeaders(bytes).from?.address;
    if (from) counts.set(from, (counts.get(from) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  const candidates = top.length === 0 ? "" : `; the most frequent senders in ${path}: ${top.map(([a, n]) => `${a} (${n})`).join(", ")}`;
  throw new NetlogError(`netlog does not know which addresses are yours${candidates}; nothing was imported`, {
    hint: `netlog config set my-emails ${shellWord(top[0]?.[0] ?? "you@example.com")} (your other addresses after commas), then import again`,
  });
}
