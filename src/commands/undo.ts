// `netlog undo`: puts back what the last data-changing command wrote.
import type { Ctx } from "../context.js";
import { NetlogError } from "../errors.js";
import type { Change } from "../reports/journal.js";
import { recentChanges, undoLastChange } from "../store/journal.js";

export async function undo(ctx: Ctx): Promise<Change> {
  const change = undoLastChange(ctx.db(), ctx.now);
  if (!change) {
    throw new NetlogError("nothing to undo", { hint: "netlog undo --list shows the recent changes and which are already undone" });
  }
  return change;
}

export async function undoList(ctx: Ctx): Promise<Change[]> {
  return recentChanges(ctx.db());
}
