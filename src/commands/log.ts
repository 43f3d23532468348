// `netlog log [NAME]`: the conversations logged, newest first, with the ids `log edit` and `log rm` take.
import { limitFlag } from "./limit-flag.js";
import type { Ctx } from "../context.js";
import type { CalendarDate } from "../domain/dates.js";
import { parseWhen } from "./when-flag.js";
import { beginRead, countLog, endRead, iterateLog, largestLogId, listLog, lastLogDayOfEachMonth, loggedContactNames } from "../store/conversation-log.js";
import { channelFlag } from "./add.js";
import { existingContact } from "./resolve-contact.js";
import { LOG_NAME_WIDTH, type LogReport, type LogStream, logStreamOf } from "../reports/log.js";

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
  return readLog(await logQuery(options, ctx));
}

function readLog({ db, filter, limit, ...about }: LogQuery): LogReport {
  const entries = listLog(db, filter, limit);
  // Counted only when the list may have been cut.
  const total = limit > 0 && entries.length === limit ? countLog(db, filter) : entries.length;
  return { entries, total, ...about };
}

/**
 * log's report with its conversations read as they are written, for a pipe and --json that get
 * every match (300,000 took 540 MiB held at once). The columns are sized from what the indexes
 * give cheaply, so the text is the same as when every row was read first: the largest id; each
 * contact's name once; and of the dates, each month's last (a date is written `d MMM`, with the
 * year when not this year's, so a later day of the same month is never narrower). A list cut by
 * --limit is small: it is read first.
 */
export async function logStream(options: LogOptions, ctx: Ctx): Promise<LogStream> {
  const query = await logQuery(options, ctx);
  const { db, filter, limit, ...about } = query;
  if (limit > 0) return logStreamOf(readLog(query));
  ctx.readingEverything();
  // The columns and the rows from one state: a conversation logged meanwhile by another process
  // would be listed wider than its column.
  beginRead(db);
  const largest = largestLogId(db, filter);
  const columns = {
    ids: largest === null ? [] : [largest],
    dates: lastLogDayOfEachMonth(db, filter),
    names: about.contact ? null : loggedContactNames(db, filter, LOG_NAME_WIDTH),
  };
  return { entries: endRead(db, iterateLog(db, filter, 0)), columns, hidden: 0, ...about };
}

type LogQuery = Awaited<ReturnType<typeof logQuery>>;

/** The flags read and the contact found, once for either reading. */
async function logQuery(options: LogOptions, ctx: Ctx) {
  const since = options.since === undefined ? null : await sinceFlag(options.since, ctx.today);
  const channel = options.via === undefined ? null : channelFlag(options.via);
  const limit = options.limit !== undefined ? limitFlag(options.limit, { of: "conversations", all: "all of them" }) : options.json || !ctx.stdoutIsTTY ? 0 : TERMINAL_LIMIT;
  const db = ctx.db();
  const contact = options.name === undefined ? null : await existingContact(db, options.name, ctx);
  const filter = { contactId: contact?.id, since: since ?? undefined, channel: channel ?? undefined };
  return { db, filter, limit, contact, since, channel };
}

async function sinceFlag(text: string, today: CalendarDate): Promise<CalendarDate> {
  // As for a conversation's date: "friday" and "sep 10" mean the last ones. The list simply ends
  // today, so a later day gets its own hint rather than the one about logging.
  return parseWhen(text, today, { flag: "--since", allowFuture: false, futureHint: `conversations are listed up to today (${today}); try --since "2 weeks ago"` });
}
