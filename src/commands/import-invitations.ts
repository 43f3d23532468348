// LinkedIn's Invitations.csv: each invitation sent or received WITH a note, with a contact, becomes
// a linkedin conversation on the day it was sent, and is never imported twice. An invitation
// without a note says nothing worth a conversation: it is counted. No contact is ever made here.
import type { InvitationsSummary } from "../reports/import.js";
import type { Ctx } from "../context.js";
import { yearsBefore } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import { UnreadableCsv } from "../formats/csv-records.js";
import { readInvitations } from "../formats/linkedin-invitations.js";
import { mojibakeWarning, mojibakeWatch } from "../formats/mojibake.js";
import { updateContactState } from "../store/contacts.js";
import { isTracked, lastConversationOn, logImportedMessage } from "../store/imported-messages.js";
import { recordChangeAsync } from "../store/journal.js";
import { samePersonFinder } from "../store/same-person.js";
import { fileProgress, type InputFile } from "./input-file.js";
import { RowProblems, unreadable } from "./row-problems.js";
import { basename } from "node:path";

export type { InvitationsSummary };

/** All in the one transaction, row by row as the file streams in: one bad row and nothing is written. */
export async function importInvitations(file: string, input: InputFile, headerLine: number, skipInvalid: boolean, ctx: Ctx): Promise<InvitationsSummary> {
  const db = ctx.db();
  const problems = new RowProblems(skipInvalid);
  const progress = fileProgress(ctx, input, "Importing invitations");
  try {
    return await recordChangeAsync(
      db,
      { command: "import linkedin", now: ctx.now },
      async () => {
        const summary = { logged: 0, duplicates: 0, notFound: 0, withoutMessage: 0, contacts: 0, leftUntracked: 0 };
        const mojibake = mojibakeWatch();
        const samePerson = samePersonFinder(db);
        const touched = new Set<number>();
        for await (const item of readInvitations(mojibake.watch(input.text()), headerLine, ctx.today)) {
          progress.tick();
          if ("reason" in item) problems.add(item);
          else if (!(problems.none() || skipInvalid)) continue;
          else if (item.message === null) summary.withoutMessage++;
          else {
            // By profile URL, then by exact name: store/same-person.ts, as every import.
            const contactId = samePerson.find(item.with)?.id;
            if (contactId === undefined) {
              summary.notFound++;
              continue;
            }
            const key = item.with.linkedinUrl ?? `name:${nameKey(item.with.name!)}`;
            const logged = logImportedMessage(
              db,
              { contactId, happenedOn: item.sentOn, note: item.message, direction: item.direction, sourceKey: `invitation:${key}:${item.sentAt}` },
              { now: ctx.now, today: ctx.today },
            );
            if (!logged) summary.duplicates++;
            else {
              summary.logged++;
              touched.add(contactId);
            }
          }
        }
        problems.refuse(file, "rows");
        // As messages.csv: a conversation starts tracking a connection imported without one,
        // unless the latest is more than a year old.
        const yearAgo = yearsBefore(ctx.today, 1);
        for (const id of touched) {
          if ((lastConversationOn(db, id) as string) >= yearAgo) updateContactState(db, id, { tracked: true }, ctx.now);
          else if (isTracked(db, id) === false) summary.leftUntracked++;
        }
        summary.contacts = touched.size;
        const found = mojibake.found();
        return { ...summary, skipped: problems.kept, warnings: found ? [mojibakeWarning(file, found)] : [] };
      },
      (summary) => ({ kind: "import-messages", file: basename(file), logged: summary.logged }),
    );
  } catch (error) {
    throw error instanceof UnreadableCsv ? unreadable(file, error) : error;
  } finally {
    progress.finish();
  }
}
