// LinkedIn's messages.csv: each message with a known connection becomes a linkedin conversation
// on its local date, sent or received by who wrote it, and is never imported twice.
import type { MessagesSummary } from "../reports/import.js";
import { createHash } from "node:crypto";
import type { Ctx } from "../context.js";
import { localDateOf, yearsBefore } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import { UnreadableCsv } from "../formats/csv-records.js";
import type { IncomingPerson } from "../domain/incoming.js";
import { type LinkedinMessage, readMessages } from "../formats/linkedin-messages.js";
import { mojibakeWarning, mojibakeWatch } from "../formats/mojibake.js";
import { updateContactState } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { stageMessages } from "../store/message-staging.js";
import { isTracked, lastConversationOn, logImportedMessage } from "../store/imported-messages.js";
import { samePersonFinder } from "../store/same-person.js";
import { fileProgress, type InputFile } from "./input-file.js";
import { RowProblems, unreadable } from "./row-problems.js";
import { recordChangeAsync } from "../store/journal.js";
import { basename } from "node:path";

export type { MessagesSummary };

type Message = LinkedinMessage;
type Person = IncomingPerson;
const keyOf = (p: Person) => p.linkedinUrl ?? (p.name ? `name:${nameKey(p.name)}` : "");

/**
 * You are the one person in (nearly) every conversation of your own export; with a tie (a file
 * of one conversation), the first by key who is not among your contacts, else the first.
 */
function whoAmI(candidates: Iterable<{ key: string; person: Person }>, isContact: (p: Person) => boolean): string {
  let first: string | undefined;
  for (const { key, person } of candidates) {
    first ??= key;
    if (!isContact(person)) return key;
  }
  return first ?? "";
}

/**
 * Read row by row into temp tables on disk, then logged oldest first: who "you" are is known
 * only once every conversation is read. All in the one transaction: one bad row and nothing
 * is written, whatever the size of the file.
 */
export async function importMessages(file: string, input: InputFile, skipInvalid: boolean, ctx: Ctx): Promise<MessagesSummary> {
  const db = ctx.db();
  const problems = new RowProblems(skipInvalid);
  const progress = fileProgress(ctx, input, "Importing messages");
  try {
    return await recordChangeAsync(
      db,
      { command: "import linkedin", now: ctx.now },
      async () => {
        const staged = stageMessages<Message, Person>(db);
        const mojibake = mojibakeWatch();
        let drafts = 0;
        for await (const item of readMessages(mojibake.watch(input.text()), ctx.today)) {
          progress.tick();
          if ("reason" in item) problems.add(item);
          else if ("draft" in item) drafts++;
          // A message that says which way it went needs no guess at who you are.
          else if (problems.none() || skipInvalid) staged.add(item, item.conversationId, item.direction ? [] : peopleOf(item));
        }
        problems.refuse(file, "rows");
        const summary = logMessages(db, staged, ctx);
        staged.drop();
        const found = mojibake.found();
        return { ...summary, drafts, skipped: problems.kept, warnings: found ? [mojibakeWarning(file, found)] : [] };
      },
      (summary) => ({ kind: "import-messages", file: basename(file), logged: summary.logged }),
    );
  } catch (error) {
    throw error instanceof UnreadableCsv ? unreadable(file, error) : error;
  } finally {
    progress.finish();
  }
}

function peopleOf(m: Message): Array<{ key: string; person: Person }> {
  return [m.from, ...m.to].map((person) => ({ key: keyOf(person), person })).filter((p) => p.key !== "");
}

function logMessages(db: Database, staged: ReturnType<typeof stageMessages<Message, Person>>, ctx: Ctx): Omit<MessagesSummary, "skipped" | "drafts" | "warnings"> {
  const findContact = contactFinder(db);
  const me = whoAmI(staged.inMostConversations(), (p) => findContact(p) !== undefined);
  const summary = { logged: 0, duplicates: 0, ignored: 0, contacts: 0, leftUntracked: 0 };
  const touched = new Set<number>();
  // Oldest first: same-day conversations are ordered by id, and the last of them decides
  // whether a reply is still owed.
  for (const m of staged.chronological()) {
    const sent = m.direction ? m.direction === "sent" : keyOf(m.from) === me;
    const others = !sent ? [m.from] : m.direction ? m.to : m.to.filter((p) => keyOf(p) !== me);
    for (const other of others) {
      const contactId = findContact(other);
      if (contactId === undefined) {
        summary.ignored++;
        continue;
      }
      const sourceKey = `linkedin-message:${m.conversationId}:${m.sentAt}:${keyOf(m.from)}:${keyOf(other)}:${createHash("sha1")
        .update(m.content ?? "")
        .digest("hex")}`;
      const message = { contactId, happenedOn: localDateOf(new Date(m.sentAt)), note: m.content, direction: sent ? "sent" : "received", sourceKey } as const;
      if (!logImportedMessage(db, message, { now: ctx.now, today: ctx.today })) summary.duplicates++;
      else {
        summary.logged++;
        touched.add(contactId);
      }
    }
  }
  // A conversation starts tracking a connection imported without one, unless the latest is
  // more than a year old: a morning list of people last heard from in 2019 is not a list.
  const yearAgo = yearsBefore(ctx.today, 1);
  for (const id of touched) {
    if ((lastConversationOn(db, id) as string) >= yearAgo) updateContactState(db, id, { tracked: true }, ctx.now);
    else if (isTracked(db, id) === false) summary.leftUntracked++;
  }
  summary.contacts = touched.size;
  return summary;
}

/** Who a message was with, in the order every import uses (store/same-person.ts): by profile URL, else by exact name. */
function contactFinder(db: Database): (p: Person) => number | undefined {
  const samePerson = samePersonFinder(db);
  return (p) => samePerson.find(p)?.id;
}
