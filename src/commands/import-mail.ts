// `netlog import mail PATH`: each message between you and a contact becomes an email
// conversation on its local date, sent or received, never logged twice; `--suggest` lists the
// people you write to most who are not contacts yet.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Ctx } from "../context.js";
import { isCalendarDate, localDateOf, yearsBefore } from "../domain/dates.js";
import type { Direction } from "../domain/due.js";
import { readMyEmails } from "../domain/settings.js";
import { shellWord } from "../domain/shell-words.js";
import { NetlogError, usageError } from "../errors.js";
import { type MailHeaders, readMailHeaders } from "../formats/mail-message.js";
import type { MailSuggestion, MailSummary } from "../reports/import-mail.js";
import { getContact, updateContactState } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { isTracked, lastConversationOn, logImportedMessage } from "../store/imported-messages.js";
import { recordChangeAsync } from "../store/journal.js";
import { samePersonFinder } from "../store/same-person.js";
import { allSettings } from "../store/settings.js";
import { type MailSource, openMailSource } from "./import-mail-source.js";
import { MIB } from "./input-file.js";
import { detached } from "./input-text.js";

export type { MailSuggestion, MailSummary };

export interface MailImportOptions {
  path: string;
  maxRecipients?: string;
  subjects?: boolean;
}

const DEFAULT_MAX_RECIPIENTS = 10;
const SUGGESTIONS = 20;

interface Found {
  id: number;
  uuid: string;
}

interface Conversation {
  contact: Found;
  at: number;
  direction: Direction;
  key: string;
  note: string | null;
}

export async function importMail(options: MailImportOptions, ctx: Ctx): Promise<MailSummary> {
  const maxRecipients = maxRecipientsFlag(options.maxRecipients);
  const source = await openMailSource(options.path);
  const db = ctx.db();
  const me = await myAddresses(db, options.path);
  // An mbox's progress is in MiB read, a folder's in files.
  const unit = source.kind === "mbox" ? MIB : 1;
  const progress = ctx.progress(source.kind === "mbox" ? "Reading mail (MiB)" : "Reading mail (files)", Math.ceil(source.total / unit));
  try {
    return await recordChangeAsync(
      db,
      { command: "import mail", now: ctx.now },
      async () => {
        const summary: MailSummary = {
          messages: 0,
          logged: 0,
          contacts: 0,
          duplicates: 0,
          lists: 0,
          automated: 0,
          tooManyRecipients: 0,
          maxRecipients,
          noContact: 0,
          undated: 0,
          leftUntracked: 0,
        };
        const contactOf = contactFinder(db);
        const seen = new Set<string>();
        const found: Conversation[] = [];
        for await (const bytes of source.headers()) {
          progress.tick(Math.floor(source.done() / unit));
          const m = readMailHeaders(bytes);
          // Kept to the end of the import: a copy, not a view into the message's whole header.
          const key = detached(messageKey(m));
          if (seen.has(key)) {
            summary.duplicates++;
            continue;
          }
          seen.add(key);
          summary.messages++;
          const skip = skipReason(m, maxRecipients, ctx);
          if (skip) {
            summary[skip]++;
            continue;
          }
          const sent = me.has(m.from!.address);
          const others = sent ? m.recipients.filter((a) => !me.has(a.address)) : [m.from!];
          const contacts = others.map((a) => contactOf(a.address)).filter((c): c is Found => c !== undefined);
          if (contacts.length === 0) {
            summary.noContact++;
            continue;
          }
          const note = options.subjects && m.subject ? detached(m.subject) : null;
          // One conversation per contact, though the message reached two of their addresses.
          const unique = [...new Map(contacts.map((c) => [c.id, c])).values()];
          for (const contact of unique) found.push({ contact, at: m.date!.getTime(), direction: sent ? "sent" : "received", key, note });
        }
        logConversations(db, found, summary, ctx);
        return summary;
      },
      (summary) => ({ kind: "import-messages", file: basename(options.path), logged: summary.logged }),
    );
  } finally {
    progress.finish();
  }
}

/** Why a message is passed over, as the summary counts it; undefined for one to log. */
function skipReason(m: MailHeaders, maxRecipients: number, ctx: Ctx): "undated" | "lists" | "automated" | "tooManyRecipients" | "noContact" | undefined {
  const day = m.date && localDateOf(m.date);
  if (!day || !isCalendarDate(day) || day > ctx.today) return "undated";
  if (m.bulk === "list") return "lists";
  if (m.bulk === "automated") return "automated";
  if (m.recipients.length > maxRecipients) return "tooManyRecipients";
  if (!m.from) return "noContact";
  return undefined;
}

/**
 * Oldest first, as every conversation import logs: same-day conversations are ordered by id,
 * and the last of them decides whether a reply is still owed.
 */
function logConversations(db: Database, found: Conversation[], summary: MailSummary, ctx: Ctx): void {
  found.sort((a, b) => a.at - b.at);
  const touched = new Set<number>();
  for (const c of found) {
    const logged = logImportedMessage(
      db,
      { contactId: c.contact.id, happenedOn: localDateOf(new Date(c.at)), note: c.note, direction: c.direction, sourceKey: `mail:${c.key}:${c.contact.uuid}`, channel: "email" },
      { now: ctx.now, today: ctx.today },
    );
    if (!logged) summary.duplicates++;
    else {
      summary.logged++;
      touched.add(c.contact.id);
    }
  }
  // As import linkedin does: a conversation starts tracking a contact, unless the latest is
  // more than a year old (a morning list of people last heard from in 2019 is not a list).
  const yearAgo = yearsBefore(ctx.today, 1);
  for (const id of touched) {
    if ((lastConversationOn(db, id) as string) >= yearAgo) updateContactState(db, id, { tracked: true }, ctx.now);
    else if (isTracked(db, id) === false) summary.leftUntracked++;
  }
  summary.contacts = touched.size;
}

/** A message is its Message-ID; one without gets a key from what it says, the same on every import. */
function messageKey(m: MailHeaders): string {
  if (m.messageId) return m.messageId;
  return `sha1:${createHash("sha1")
    .update(`${m.rawDate ?? ""}\n${m.from?.address ?? ""}\n${m.subject ?? ""}`)
    .digest("hex")}`;
}

/** The contact an address is, asked once per address: a mailbox has many messages and few people. */
function contactFinder(db: Database): (address: string) => Found | undefined {
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

function maxRecipientsFlag(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_RECIPIENTS;
  if (!/^\d{1,5}$/.test(text.trim()) || Number(text) < 1) throw usageError(`--max-recipients: '${text}' is not a number of people`, "a whole number, at least 1 (default 10)");
  return Number(text);
}

/**
 * Your addresses (config set my-emails). Unset, nothing can tell your mail from theirs: the
 * error names the file's most frequent senders, one of whom is most likely you.
 */
async function myAddresses(db: Database, path: string): Promise<ReadonlySet<string>> {
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

/** The 20 addresses you write to most that are no contact's, most first. Changes nothing. */
export async function suggestMail(options: Omit<MailImportOptions, "subjects">, ctx: Ctx): Promise<MailSuggestion[]> {
  const maxRecipients = maxRecipientsFlag(options.maxRecipients);
  const source: MailSource = await openMailSource(options.path);
  const db = ctx.db();
  const me = await myAddresses(db, options.path);
  const contactOf = contactFinder(db);
  const people = new Map<string, { count: number; names: Map<string, number> }>();
  const seen = new Set<string>();
  for await (const bytes of source.headers()) {
    const m = readMailHeaders(bytes);
    const key = messageKey(m);
    if (seen.has(key) || !m.from || !me.has(m.from.address) || m.bulk || m.recipients.length > maxRecipients) continue;
    seen.add(key);
    for (const to of m.recipients) {
      if (me.has(to.address) || contactOf(to.address)) continue;
      const person = people.get(to.address) ?? { count: 0, names: new Map() };
      person.count++;
      if (to.name !== "" && to.name !== to.address) person.names.set(to.name, (person.names.get(to.name) ?? 0) + 1);
      people.set(to.address, person);
    }
  }
  return [...people]
    .map(([address, p]) => ({ address, name: [...p.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "", count: p.count }))
    .sort((a, b) => b.count - a.count || (a.address < b.address ? -1 : 1))
    .slice(0, SUGGESTIONS);
}
