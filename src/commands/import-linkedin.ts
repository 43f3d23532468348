// `netlog import linkedin FILE`: LinkedIn's Connections.csv, safe to run again every month.
import type { Ctx } from "../context.js";
import type { CalendarDate } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import { NetlogError } from "../errors.js";
import { type Connection, parseConnections, type RowProblem } from "../formats/linkedin.js";
import type { Database } from "../store/db.js";
import { addTags, anyTagHasCadence, createContact, startTracking } from "../store/contacts.js";
import { statement } from "../store/statements.js";
import { cadenceFlag, tagsFlag } from "./fields.js";
import { readInputFile, refuseProblems } from "./input-file.js";
import { importMessages, type MessagesSummary } from "./import-messages.js";
import { isMessagesCsv } from "../formats/linkedin-messages.js";
import { recordChange } from "../store/journal.js";
import { basename } from "node:path";

export interface ImportOptions {
  file: string;
  every?: string;
  tag?: string[];
  skipInvalid?: boolean;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: RowProblem[];
  /** Of the created, how many are on the morning list (a cadence or a cadenced tag). */
  tracked: number;
}

const EXPECTED = "LinkedIn's Connections.csv (header: First Name,Last Name,URL,Email Address,Company,Position,Connected On)";

/** Connections.csv or messages.csv, told apart by their header. */
export async function importLinkedinFile(options: ImportOptions, ctx: Ctx): Promise<{ kind: "connections"; summary: ImportSummary } | { kind: "messages"; summary: MessagesSummary }> {
  const text = readInputFile(options.file, EXPECTED_ANY);
  if (isMessagesCsv(text)) return { kind: "messages", summary: importMessages(options.file, text, options.skipInvalid === true, ctx) };
  return { kind: "connections", summary: await importLinkedin(options, ctx, text) };
}

const EXPECTED_ANY = "LinkedIn's Connections.csv or messages.csv";

export async function importLinkedin(options: ImportOptions, ctx: Ctx, text = readInputFile(options.file, EXPECTED)): Promise<ImportSummary> {
  const cadenceDays = cadenceFlag(options.every);
  const tags = tagsFlag(options.tag);
  const parsed = parseConnections(text);
  if (!parsed) throw new NetlogError(`${options.file} is not ${EXPECTED}`, { hint: "export it from LinkedIn: Settings › Data privacy › Get a copy of your data › Connections" });
  refuseProblems(options.file, parsed.problems, options.skipInvalid === true, "rows");
  const db = ctx.db();
  return recordChange(
    db,
    { command: "import linkedin", now: ctx.now },
    () => {
      const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, skipped: parsed.problems, tracked: 0 };
      const tracked = cadenceDays !== null || anyTagHasCadence(db, tags);
      const progress = ctx.progress("Importing connections", parsed.connections.length);
      const createdNow = new Set<number>();
      parsed.connections.forEach((connection, i) => {
        const outcome = upsert(db, connection, { cadenceDays, tags, tracked, today: ctx.today, now: ctx.now, createdNow });
        summary[outcome]++;
        if (outcome === "created" && tracked) summary.tracked++;
        progress.tick(i + 1);
      });
      progress.finish();
      return summary;
    },
    (summary) => `${basename(options.file)}: ${summary.created} created, ${summary.updated} updated`,
  );
}

type Existing = { id: number; company: string | null; title: string | null; tracked: number; cadenceDays: number | null; linkedinUrl: string | null };

/**
 * The same person is matched by LinkedIn URL (normalised), then by email; never added twice.
 * Older exports have no URL and mostly no email: such a row matches the one contact of that
 * exact name, so running the import again does not duplicate it.
 */
function findExisting(db: Database, c: Connection, createdNow: ReadonlySet<number>): Existing | undefined {
  const columns = "SELECT id, company, title, tracked, cadence_days AS cadenceDays, linkedin_url AS linkedinUrl FROM contacts";
  if (c.linkedinUrl) {
    const byUrl = statement(db, `${columns} WHERE linkedin_url = ? ORDER BY id LIMIT 1`).get(c.linkedinUrl) as Existing | undefined;
    if (byUrl) return byUrl;
  }
  if (c.email) {
    // "email IS NOT NULL" lets SQLite use the partial index on lower(email).
    const byEmail = statement(db, `${columns} WHERE email IS NOT NULL AND lower(email) = lower(?) ORDER BY id LIMIT 1`).get(c.email) as Existing | undefined;
    if (byEmail) return byEmail;
  }
  // The one contact of that exact name that has no LinkedIn URL yet (an older export had none).
  // Not one created by this same file: two rows with one name are two people.
  const byName = statement(db, `${columns} WHERE name_key = ? AND linkedin_url IS NULL ORDER BY id LIMIT 2`).all(nameKey(c.name)) as Existing[];
  return byName.length === 1 && !createdNow.has(byName[0]!.id) ? byName[0] : undefined;
}

function upsert(
  db: Database,
  c: Connection,
  o: { cadenceDays: number | null; tags: string[]; tracked: boolean; today: CalendarDate; now: string; createdNow: Set<number> },
): "created" | "updated" | "unchanged" {
  const existing = findExisting(db, c, o.createdNow);
  if (existing) {
    // Importing again with --every or a cadenced --tag is how the untracked rest get tracked.
    const tracksNow = o.tracked && existing.tracked === 0;
    const gainsUrl = c.linkedinUrl !== null && existing.linkedinUrl === null;
    if (existing.company === c.company && existing.title === c.title && !tracksNow && !gainsUrl) return "unchanged";
    statement(db, "UPDATE contacts SET company = ?, title = ?, linkedin_url = coalesce(linkedin_url, ?), updated_at = ? WHERE id = ?").run(
      c.company,
      c.title,
      c.linkedinUrl,
      o.now,
      existing.id,
    );
    if (tracksNow) {
      startTracking(db, existing.id, o.cadenceDays);
      addTags(db, existing.id, o.tags);
    }
    return "updated";
  }
  const fields = { name: c.name, company: c.company, title: c.title, email: c.email, phone: null, linkedinUrl: c.linkedinUrl, location: null, met: "LinkedIn", notes: null, cadenceDays: o.cadenceDays };
  // Cadences start from when you connected, not from the import.
  o.createdNow.add(createContact(db, fields, o.tags, c.connectedOn ?? o.today, o.now, o.tracked));
  return "created";
}
