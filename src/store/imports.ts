// The SQL of `netlog import linkedin` (Connections.csv) and `netlog import vcard` updating the
// contact a row or card was found to be (store/same-person.ts finds it).
import type { Database } from "better-sqlite3";
import { statement } from "./statements.js";

/** A connection's company and title replace ours; its URL fills ours only when we have none. */
export function updateFromConnection(db: Database, id: number, c: { company: string | null; title: string | null; linkedinUrl: string | null }, now: string): void {
  statement(db, "UPDATE contacts SET company = ?, title = ?, linkedin_url = coalesce(linkedin_url, ?), updated_at = ? WHERE id = ?").run(
    c.company,
    c.title,
    c.linkedinUrl,
    now,
    id,
  );
}

/**
 * A card's company and title as the importer merged them (its emails, phones and links are given
 * by store/value-lists.ts). `updated_at` moves only when `changed`.
 */
export function updateFromCard(db: Database, id: number, card: { company: string | null; title: string | null }, o: { changed: boolean; now: string }): void {
  statement(db, "UPDATE contacts SET company = ?, title = ?, updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?").run(
    card.company,
    card.title,
    Number(o.changed),
    o.now,
    id,
  );
}
