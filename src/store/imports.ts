// The SQL of `netlog import linkedin` (Connections.csv) and `netlog import vcard`: finding the
// contact a row or card is, and updating it. Which match wins is the importer's to decide.
import type { Database } from "better-sqlite3";
import { nameKey } from "../domain/names.js";
import { statement } from "./statements.js";

/** What an imported connection is compared with. */
export interface ConnectionMatch {
  id: number;
  company: string | null;
  title: string | null;
  /** 0 or 1, as stored. */
  tracked: number;
  cadenceDays: number | null;
  linkedinUrl: string | null;
}

const CONNECTION = "SELECT id, company, title, tracked, cadence_days AS cadenceDays, linkedin_url AS linkedinUrl FROM contacts";

/** The id the next contact created gets: every contact at or above it was created after this call. */
export function nextContactId(db: Database): number {
  return (statement(db, "SELECT coalesce(max(id), 0) + 1 AS id FROM contacts").get() as { id: number }).id;
}

export function connectionByLinkedinUrl(db: Database, url: string): ConnectionMatch | undefined {
  return statement(db, `${CONNECTION} WHERE linkedin_url = ? ORDER BY id LIMIT 1`).get(url) as ConnectionMatch | undefined;
}

export function connectionByEmail(db: Database, email: string): ConnectionMatch | undefined {
  // "email IS NOT NULL" lets SQLite use the partial index on lower(email).
  return statement(db, `${CONNECTION} WHERE email IS NOT NULL AND lower(email) = lower(?) ORDER BY id LIMIT 1`).get(email) as ConnectionMatch | undefined;
}

/** Up to two contacts of that name without a LinkedIn URL, oldest first: enough to tell whether there is just one. */
export function connectionsNamedWithoutUrl(db: Database, name: string): ConnectionMatch[] {
  return statement(db, `${CONNECTION} WHERE name_key = ? AND linkedin_url IS NULL ORDER BY id LIMIT 2`).all(nameKey(name)) as ConnectionMatch[];
}

/** Up to two contacts of that name, with a URL or without, oldest first. */
export function connectionsNamed(db: Database, name: string): ConnectionMatch[] {
  return statement(db, `${CONNECTION} WHERE name_key = ? ORDER BY id LIMIT 2`).all(nameKey(name)) as ConnectionMatch[];
}

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

/** What an imported card is compared with. */
export interface CardMatch {
  id: number;
  company: string | null;
  title: string | null;
  /** 0 or 1, as stored. */
  tracked: number;
}

const CARD = "SELECT id, company, title, tracked FROM contacts";

/** Every contact with a phone number, newest first. */
export function contactsWithPhone(db: Database): Array<CardMatch & { phone: string }> {
  return statement(db, "SELECT id, company, title, tracked, phone FROM contacts WHERE phone IS NOT NULL ORDER BY id DESC").all() as Array<CardMatch & { phone: string }>;
}

export function cardMatchByEmail(db: Database, email: string): CardMatch | undefined {
  return statement(db, `${CARD} WHERE email IS NOT NULL AND lower(email) = lower(?) LIMIT 1`).get(email) as CardMatch | undefined;
}

export function cardMatchByLinkedinUrl(db: Database, url: string): CardMatch | undefined {
  return statement(db, `${CARD} WHERE linkedin_url = ? LIMIT 1`).get(url) as CardMatch | undefined;
}

/**
 * A card's company and title as the importer merged them; its email and phone fill ours only
 * when we have none. `updated_at` moves only when `changed`.
 */
export function updateFromCard(
  db: Database,
  id: number,
  card: { company: string | null; title: string | null; email: string | null; phone: string | null },
  o: { changed: boolean; now: string },
): void {
  statement(
    db,
    "UPDATE contacts SET company = ?, title = ?, email = coalesce(email, ?), phone = coalesce(phone, ?), updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?",
  ).run(card.company, card.title, card.email, card.phone, Number(o.changed), o.now, id);
}
