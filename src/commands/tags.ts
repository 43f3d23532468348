import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import { nameKey } from "../domain/names.js";
import { cadenceFlag, tagName } from "./fields.js";
import { usageError } from "../errors.js";
import { recordChange } from "../store/journal.js";
import { listTags, setTagCadence, type TagSummary } from "../store/tags.js";

export type TagView = TagSummary;

export async function tagList(ctx: Ctx): Promise<TagView[]> {
  return listTags(ctx.db());
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
    () => setTagCadence(db, name, cadence),
    () => ({ kind: "tag-set", name, cadenceDays: cadence }),
  );
  const tag = listTags(db).find((t) => nameKey(t.name) === nameKey(name));
  if (!tag) throw new NetlogError(`could not set tag ${name}`);
  return tag;
}
