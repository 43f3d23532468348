// `netlog import mail PATH`: each message between you and a contact becomes an email
// conversation on its local date, sent or received, never logged twice; `--suggest` lists the
// people you write to most who are not contacts yet.
import { basename } from "node:path";
import type { Ctx } from "../context.js";
import { type CalendarDate, isCalendarDate, localDateOf, yearsBefore } from "../domain/dates.js";
import type { Direction } from "../domain/due.js";
import { type MailHeaders, readMailHeaders } from "../formats/mail-message.js";
import type { MailSummary } from "../reports/import-mail.js";
import { updateContactState } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { isTracked, lastConversationOn, logImportedMessage } from "../store/imported-messages.js";
import { recordChange } from "../store/journal.js";
import { contactFinder, type Found, maxRecipientsFlag, messageKey, myAddresses } from "./import-mail-people.js";
import { type MailSource, openMailSource } from "./import-mail-source.js";
import { MIB } from "./input-file.js";
import { detached } from "./input-text.js";

export type { MailSummary };
export { suggestMail } from "./import-mail-suggest.js";

export interface MailImportOptions {
  path: string;
  maxRecipients?: string;
  subjects?: boolean;
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
  // Read first, then written in one short transaction: a `netlog add` while gigabytes of mail
  // stream past would otherwise wait on the lock and fail.
  let found: Conversation[];
  try {
    const reading = { me, maxRecipients, subjects: options.subjects === true, contactOf: contactFinder(db), today: ctx.today };
    found = await readConversations(source, reading, summary, () => progress.tick(Math.floor(source.done() / unit)));
  } finally {
    progress.finish();
  }
  return recordChange(
    db,
    { command: "import mail", now: ctx.now },
    () => {
      logConversations(db, found, summary, ctx);
      return summary;
    },
    () => ({ kind: "import-messages", file: basename(options.path), logged: summary.logged }),
  );
}

interface Reading {
  me: ReadonlySet<string>;
  maxRecipients: number;
  subjects: boolean;
  contactOf(address: string): Found | undefined;
  today: CalendarDate;
}

/** The conversations of every message between you and a contact; the others counted in `summary`, by why. */
async function readConversations(source: MailSource, r: Reading, summary: MailSummary, tick: () => void): Promise<Conversation[]> {
  const seen = new Set<string>();
  const found: Conversation[] = [];
  for await (const bytes of source.headers()) {
    tick();
    const m = readMailHeaders(bytes);
    // Kept to the end of the import: a copy, not a view into the message's whole header.
    const key = detached(messageKey(m));
    if (seen.has(key)) {
      summary.duplicates++;
      continue;
    }
    seen.add(key);
    summary.messages++;
    const skip = skipReason(m, r.maxRecipients, r.today);
    if (skip) {
      summary[skip]++;
      continue;
    }
    const sent = r.me.has(m.from!.address);
    const others = sent ? m.recipients.filter((a) => !r.me.has(a.address)) : [m.from!];
    const contacts = others.map((a) => r.contactOf(a.address)).filter((c): c is Found => c !== undefined);
    if (contacts.length === 0) {
      summary.noContact++;
      continue;
    }
    const note = r.subjects && m.subject ? detached(m.subject) : null;
    // One conversation per contact, though the message reached two of their addresses.
    const unique = [...new Map(contacts.map((c) => [c.id, c])).values()];
    for (const contact of unique) found.push({ contact, at: m.date!.getTime(), direction: sent ? "sent" : "received", key, note });
  }
  return found;
}

/** Why a message is passed over, as the summary counts it; undefined for one to log. */
function skipReason(m: MailHeaders, maxRecipients: number, today: CalendarDate): "undated" | "lists" | "automated" | "tooManyRecipients" | "noContact" | undefined {
  const day = m.date && localDateOf(m.date);
  if (!day || !isCalendarDate(day) || day > today) return "undated";
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
