// The SQL of `netlog tag`: tags with their cadence and how many listed contacts carry them.
import type { Database } from "better-sqlite3";
import { nameKey } from "../domain/names.js";

export interface TagSummary {
  name: string;
  cadenceDays: number | null;
  /** Contacts with the tag that are not archived. */
  contacts: number;
}

/** Every tag, by its folded name. */
export function listTags(db: Database): TagSummary[] {
  return db
    .prepare(
      `SELECT t.name, t.cadence_days AS cadenceDays,
         (SELECT count(*) FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id WHERE ct.tag_id = t.id AND c.archived_at IS NULL) AS contacts
       FROM tags t ORDER BY t.key`,
    )
    .all() as TagSummary[];
}

/** Sets (or, with null, clears) a tag's cadence; creates the tag, spelled `name`, if no tag folds the same. */
export function setTagCadence(db: Database, name: string, cadenceDays: number | null): void {
  db.prepare("INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING").run(name, nameKey(name));
  db.prepare("UPDATE tags SET cadence_days = ? WHERE key = ?").run(cadenceDays, nameKey(name));
}
