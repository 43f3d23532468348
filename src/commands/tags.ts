import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import type { Database } from "../store/db.js";
import { nameKey } from "../domain/names.js";
import { cadenceFlag, tagName } from "./fields.js";
import { usageError } from "../errors.js";
import { recordChange } from "../store/journal.js";

export interface TagView {
  name: string;
  cadenceDays: number | null;
  contacts: number;
}

export async function tagList(ctx: Ctx): Promise<TagView[]> {
  return listTags(ctx.db());
}

function listTags(db: Database): TagView[] {
  return db
    .prepare(
      `SELECT t.name, t.cadence_days AS cadenceDays,
         (SELECT count(*) FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id WHERE ct.tag_id = t.id AND c.archived_at IS NULL) AS contacts
       FROM tags t ORDER BY t.key`,
    )
    .all() as TagView[];
}

/** `tag set NAME --every CADENCE` (or `--every none` to clear); creates the tag if needed. */
export async function tagSet(options: { name: string; every?: string }, ctx: Ctx): Promise<TagView> {
  const name = tagName(options.name);
  if (options.every === undefined) throw usageError("nothing to set", "pass --every CADENCE, or --every none to clear it");
  const cadence = options.every.trim().toLowerCase() === "none" ? null : cadenceFlag(options.every);
  const db = ctx.db();
  recordChange(
    db,
    { command: "tag set", now: ctx.now },
    () => {
      db.prepare("INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING").run(name, nameKey(name));
      db.prepare("UPDATE tags SET cadence_days = ? WHERE key = ?").run(cadence, nameKey(name));
    },
    () => `${name} every ${cadence === null ? "(none)" : `${cadence} days`}`,
  );
  const tag = listTags(db).find((t) => nameKey(t.name) === nameKey(name));
  if (!tag) throw new NetlogError(`could not set tag ${name}`);
  return tag;
}
