// `netlog import linkedin FILE`: LinkedIn's Connections.csv, safe to run again every month.
import type { ImportSummary, JobChange } from "../reports/import.js";
import type { Ctx } from "../context.js";
import type { CalendarDate } from "../domain/dates.js";
import type { IncomingContact } from "../domain/incoming.js";
import { NetlogError } from "../errors.js";
import { UnreadableCsv } from "../formats/csv-records.js";
import { connectionsHeaderLine, incomingConnection, isJobChange, readConnections, roleAfter } from "../formats/linkedin.js";
import type { Database } from "../store/db.js";
import { addTags, anyTagHasCadence, createContact, getContact, startTracking } from "../store/contacts.js";
import { recordRoleChange } from "../store/contact-roles.js";
import { updateFromConnection } from "../store/imports.js";
import { giveValue } from "../store/value-lists.js";
import { sameValue } from "../domain/value-lists.js";
import { type SamePersonFinder, samePersonFinder } from "../store/same-person.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { fileProgress, type InputFile, MIB, openInputFile } from "./input-file.js";
import { importMessages, type MessagesSummary } from "./import-messages.js";
import { importInvitations, type InvitationsSummary } from "./import-invitations.js";
import { INVITATIONS_HEADER, invitationsHeaderLine } from "../formats/linkedin-invitations.js";
import { RowProblems, unreadable } from "./row-problems.js";
import { CONVERSATIONS_HEADER, DIRECTIONS_HEADER, isMessagesCsv } from "../formats/linkedin-messages.js";
import { mojibakeWarning, mojibakeWatch } from "../formats/mojibake.js";
import { recordChangeAsync } from "../store/journal.js";
import { withStatementJournalsInMemory } from "../store/statement-journal.js";
import { basename } from "node:path";

export interface ImportOptions {
  file: string;
  every?: string;
  tag?: string[];
  skipInvalid?: boolean;
  /** For tests: the cap an endless pipe runs into. */
  maxBytes?: number;
}

export type { ImportSummary };

const CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const EXPECTED = `LinkedIn's Connections.csv (header: ${CONNECTIONS_HEADER})`;
const EXPECTED_ANY = "LinkedIn's Connections.csv, messages.csv or Invitations.csv";
const FROM_LINKEDIN = "from LinkedIn: Settings › Data privacy › Get a copy of your data";
/** Both files stream row by row, in little memory: the cap only bounds the time an endless pipe takes. */
const MAX_LINKEDIN_BYTES = 1024 * MIB;

export type LinkedinImport =
  | { kind: "connections"; summary: ImportSummary }
  | { kind: "messages"; summary: MessagesSummary }
  | { kind: "invitations"; summary: InvitationsSummary };

/** Connections.csv, messages.csv or Invitations.csv, told apart by their header. */
export async function importLinkedinFile(options: ImportOptions, ctx: Ctx): Promise<LinkedinImport> {
  const input = await openInputFile(options.file, EXPECTED_ANY, options.maxBytes ?? MAX_LINKEDIN_BYTES);
  try {
    if (isMessagesCsv(input.head)) return { kind: "messages", summary: await importMessages(options.file, input, options.skipInvalid === true, ctx) };
    const invitations = invitationsHeaderLine(input.head);
    if (invitations !== undefined) return { kind: "invitations", summary: await importInvitations(options.file, input, invitations, options.skipInvalid === true, ctx) };
    if (connectionsHeaderLine(input.head) === undefined)
      throw new NetlogError(`${options.file} is not ${EXPECTED_ANY}: its header is "${shortHeader(input.head)}"`, {
        hint:
          `expected Connections.csv (${CONNECTIONS_HEADER}), messages.csv (${CONVERSATIONS_HEADER},…, or ${DIRECTIONS_HEADER}) ` +
          `or Invitations.csv (${INVITATIONS_HEADER}) ${FROM_LINKEDIN}`,
      });
    return { kind: "connections", summary: await importConnections(options, ctx, input) };
  } finally {
    await input.close();
  }
}

export async function importLinkedin(options: ImportOptions, ctx: Ctx): Promise<ImportSummary> {
  const input = await openInputFile(options.file, EXPECTED, options.maxBytes ?? MAX_LINKEDIN_BYTES);
  try {
    return await importConnections(options, ctx, input);
  } finally {
    await input.close();
  }
}

/** Row by row as the file streams in, in the one transaction: one bad row and it is all rolled back. */
async function importConnections(options: ImportOptions, ctx: Ctx, input: InputFile): Promise<ImportSummary> {
  const cadenceDays = cadenceFlag(options.every);
  const tags = tagsFlag(options.tag);
  const headerLine = connectionsHeaderLine(input.head);
  if (headerLine === undefined)
    throw new NetlogError(`${options.file} is not ${EXPECTED}: its header is "${shortHeader(input.head)}"`, { hint: `export it ${FROM_LINKEDIN} › Connections` });
  const skipInvalid = options.skipInvalid === true;
  const db = ctx.db();
  const problems = new RowProblems(skipInvalid);
  const progress = fileProgress(ctx, input, "Importing connections");
  try {
    return await withStatementJournalsInMemory(db, () =>
      recordChangeAsync(
        db,
        { command: "import linkedin", now: ctx.now },
        async () => {
          const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, skipped: problems.kept, tracked: 0, warnings: [], jobChanges: [] };
          const mojibake = mojibakeWatch();
          const tracked = cadenceDays !== null || anyTagHasCadence(db, tags);
          const samePerson = samePersonFinder(db);
          for await (const item of readConnections(mojibake.watch(input.text()), headerLine, ctx.today)) {
            progress.tick();
            if ("reason" in item) problems.add(item);
            // After a bad row nothing will be kept: the rest is only read for its problems.
            else if (problems.none() || skipInvalid) {
              const outcome = upsert(db, incomingConnection(item), {
                cadenceDays,
                tags,
                tracked,
                today: ctx.today,
                now: ctx.now,
                samePerson,
                jobChanges: summary.jobChanges!,
              });
              summary[outcome]++;
              if (outcome === "created" && tracked) summary.tracked++;
            }
          }
          problems.refuse(options.file, "rows");
          const found = mojibake.found();
          if (found) summary.warnings!.push(mojibakeWarning(options.file, found));
          return summary;
        },
        (summary) => ({ kind: "import-contacts", file: basename(options.file), created: summary.created, updated: summary.updated }),
      ),
    );
  } catch (error) {
    throw error instanceof UnreadableCsv ? unreadable(options.file, error) : error;
  } finally {
    progress.finish();
  }
}

/** The file's first line that is not blank, cut after whole columns (or characters) past 72 characters. */
function shortHeader(head: string): string {
  const line =
    head
      .replace(/^\uFEFF/, "")
      .split(/\r?\n|\r/)
      .find((l) => l.trim() !== "") ?? "";
  if (line.length <= 72) return line;
  let kept = "";
  for (const cell of line.split(",")) {
    if (kept.length + cell.length + 1 > 72) break;
    kept += `${cell},`;
  }
  return kept === "" ? `${line.slice(0, 72)}…` : `${kept}…`;
}

function upsert(
  db: Database,
  c: IncomingContact,
  o: { cadenceDays: number | null; tags: string[]; tracked: boolean; today: CalendarDate; now: string; samePerson: SamePersonFinder; jobChanges: JobChange[] },
): "created" | "updated" | "unchanged" {
  // Who is who: store/same-person.ts, in the order every import uses. Older exports have no URL
  // and mostly no email: such a row is the one contact of that exact name, so running the
  // import again does not duplicate it.
  const existing = o.samePerson.find(c);
  if (existing) {
    // Importing again with --every or a cadenced --tag is how the untracked rest get tracked.
    const tracksNow = o.tracked && existing.tracked === 0;
    const gainsUrl = c.linkedinUrl !== null && existing.linkedinUrl === null;
    // The row's email, when the person shares it, is one more of theirs: never dropped.
    const gainsEmail =
      c.email !== null &&
      (existing.email === null || !sameValue("email", existing.email, c.email)) &&
      giveValue(db, existing.id, "email", { value: c.email, label: null }, o.now) !== "had";
    const role = roleAfter(existing, c);
    if (existing.company === role.company && existing.title === role.title && !tracksNow && !gainsUrl && !gainsEmail) return "unchanged";
    updateFromConnection(db, existing.id, { ...c, ...role }, o.now);
    if (isJobChange(existing, role)) {
      // The job history: netlog keeps the new job in the contact, and the move in contact_roles.
      recordRoleChange(db, existing.id, { noticedOn: o.today, ...role, previousCompany: existing.company, previousTitle: existing.title }, o.now);
      o.jobChanges.push({ name: getContact(db, existing.id)!.name, from: { company: existing.company, title: existing.title }, to: role });
    }
    if (tracksNow) {
      startTracking(db, existing.id, o.cadenceDays);
      addTags(db, existing.id, o.tags);
    }
    return "updated";
  }
  const fields = {
    name: c.name,
    company: c.company,
    title: c.title,
    email: c.email,
    phone: c.phone,
    linkedinUrl: c.linkedinUrl,
    location: c.location,
    met: c.met,
    notes: c.notes,
    cadenceDays: o.cadenceDays,
  };
  // Cadences start from when you connected, not from the import.
  createContact(db, fields, o.tags, c.connectedOn ?? o.today, o.now, o.tracked);
  return "created";
}
