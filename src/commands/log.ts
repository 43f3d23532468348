// `netlog log [NAME]`: the conversations logged, newest first, with the ids `log edit` and `log rm` take.
import { limitFlag } from "./limit-flag.js";
import type { Ctx } from "../context.js";
import type { CalendarDate } from "../domain/dates.js";
import { parseWhen } from "./when-flag.js";
import { countLog, listLog } from "../store/conversation-log.js";
import { channelFlag } from "./add.js";
import { existingContact } from "./resolve-contact.js";
import type { LogReport } from "../reports/log.js";

export interface LogOptions {
  name?: string;
  since?: string;
  via?: string;
  limit?: string;
  json?: boolean;
}

/** How many conversations a person sees on a terminal without --limit: a screenful. */
export const TERMINAL_LIMIT = 20;

/**
 * A terminal shows the latest TERMINAL_LIMIT; a pipe and --json get every match (a script
 * counting lines must not be cut short), unless --limit says otherwise.
 */
export async function log(options: LogOptions, ctx: Ctx): Promise<LogReport> {
  const since = options.since === undefined ? null : await sinceFlag(options.since, ctx.today);
  const channel = options.via === undefined ? null : channelFlag(options.via);
  const limit = options.limit !== undefined ? limitFlag(options.limit, { of: "conversations", all: "all of them" }) : options.json || !ctx.stdoutIsTTY ? 0 : TERMINAL_LIMIT;
  const db = ctx.db();
  const contact = options.name === undefined ? null : await existingContact(db, options.name, ctx);
  const filter = { contactId: contact?.id, since: since ?? undefined, channel: channel ?? undefined };
  const entries = listLog(db, filter, limit);
  // Counted only when the list may have been cut.
  const total = limit > 0 && entries.length === limit ? countLog(db, filter) : entries.length;
  return { entries, total, contact, since, channel };
}

async function sinceFlag(text: string, today: CalendarDate): Promise<CalendarDate> {
  // As for a conversation's date: "friday" and "sep 10" mean the last ones. The list simply ends
  // today, so a later day gets its own hint rather than the one about logging.
  return parseWhen(text, today, { flag: "--since", allowFuture: false, futureHint: `conversations are listed up to today (${today}); try --since "2 weeks ago"` });
}
