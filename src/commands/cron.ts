// `netlog cron`: the crontab line for the morning list, printed, installed or removed. The line
// spells everything out (node, netlog, the database, TZ) because cron runs it with no PATH and
// its own environment, where a default database would be a different, empty one.
import { resolve } from "node:path";
import type { Ctx } from "../context.js";
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { type TimeOfDay, cronLineOf, parseTimeOfDay, withNetlogLine, withoutNetlogLine } from "../domain/crontab.js";
import { NetlogError, usageError } from "../errors.js";
import type { CronResult } from "../reports/cron.js";

export interface CronOptions {
  at?: string;
  install?: boolean;
  remove?: boolean;
  /** A mailbox (mbox, Maildir, folder of .eml) for `netlog import mail` to read before `due`. */
  importMail?: string;
  /** A calendar (.ics) for `netlog import calendar` to read before `due`. */
  importCalendar?: string;
}

const DEFAULT_TIME: TimeOfDay = { hour: 8, minute: 0 };
const CRONTAB_TIMEOUT_MS = 10_000;

export async function cron(options: CronOptions, ctx: Ctx): Promise<CronResult> {
  if (options.install && options.remove) throw usageError("--install and --remove cannot go together", "netlog cron --install, or netlog cron --remove");
  if (options.remove) {
    const given = options.at !== undefined ? "--at" : options.importMail !== undefined ? "--import-mail" : options.importCalendar !== undefined ? "--import-calendar" : undefined;
    if (given) throw usageError(`${given} has no use with --remove`, "netlog cron --remove takes out netlog's line, whatever its time and imports");
    const { text, removed } = withoutNetlogLine(readCrontab(ctx));
    if (removed > 0) writeCrontab(text, ctx);
    return { action: "remove", removed };
  }
  const at = options.at === undefined ? DEFAULT_TIME : parseTimeOfDay(options.at);
  if (!at) throw usageError(`--at: '${options.at}' is not a time of day`, "write it as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30");
  const imports = importsBefore(options);
  const line = morningLine(at, imports, ctx);
  if (!options.install) return { action: "print", line, at };
  const current = readCrontab(ctx);
  const { text, outcome } = withNetlogLine(current, line);
  if (outcome !== "unchanged") writeCrontab(text, ctx);
  return { action: "install", outcome, line, at };
}

/**
 * The imports to run before `due`, by absolute path (cron starts in the home folder). A path that
 * is not there now is refused: the line would fail every morning.
 */
function importsBefore(options: CronOptions): string[][] {
  const imports: string[][] = [];
  for (const [flag, kind, path] of [
    ["--import-mail", "mail", options.importMail],
    ["--import-calendar", "calendar", options.importCalendar],
  ] as const) {
    if (path === undefined) continue;
    if (path.trim() === "")
      throw usageError(`${flag} needs a ${kind === "mail" ? "mailbox" : "file"}`, `e.g. netlog cron ${flag} ${kind === "mail" ? "~/Mail/INBOX" : "~/calendar.ics"}`);
    const absolute = resolve(path);
    const hint = `give the ${kind === "mail" ? "mbox file or Maildir folder" : ".ics file"} as it is on this machine`;
    if (!existsSync(absolute)) throw usageError(`${flag}: there is no ${absolute}`, hint);
    const wrong = kind === "mail" ? notMail(absolute) : notCalendar(absolute);
    if (wrong) throw usageError(`${flag}: ${absolute} is not ${wrong}`, hint);
    imports.push(["import", kind, absolute]);
  }
  return imports;
}

/**
 * Why a path is no mailbox, told as import mail tells it (src/commands/import-mail-source.ts);
 * undefined for one, or one that cannot be read now (import mail will say so each morning).
 */
function notMail(path: string): string | undefined {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      const names = readdirSync(path);
      return names.includes("cur") || names.includes("new") || names.some((n) => /\.eml$/i.test(n)) ? undefined : "a mailbox (no cur/ or new/ in it, and no .eml file)";
    }
    // A FIFO would be waited on here: import mail refuses what is no regular file itself.
    if (!stats.isFile()) return undefined;
    const head = firstBytes(path, 5);
    return head === "" || head === "From " ? undefined : 'a mailbox (an mbox file starts with a "From " line)';
  } catch {
    return undefined;
  }
}

/** Why a path is no calendar, as import calendar tells it; undefined for one, or one that cannot be read now. */
function notCalendar(path: string): string | undefined {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return "a calendar (it is a folder)";
    if (!stats.isFile()) return undefined;
    return /^\uFEFF?\s*BEGIN:VCALENDAR\b/i.test(firstBytes(path, 256)) ? undefined : "a calendar (it does not start with BEGIN:VCALENDAR)";
  } catch {
    return undefined;
  }
}

function firstBytes(path: string, length: number): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0)).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

function morningLine(at: TimeOfDay, imports: readonly string[][], ctx: Ctx): string {
  const { node, script } = ctx.invocation();
  const db = resolve(ctx.dbLocation().path);
  const netlog = (words: readonly string[]) => [node, script, "--db", db, ...words];
  const line = cronLineOf(at, ctx.timeZone ? { TZ: ctx.timeZone } : {}, [...imports.map(netlog), netlog(["due"])]);
  if (line === undefined)
    throw new NetlogError("a path or TZ holds a line break, which a crontab line cannot", { hint: `move the database to a path without one (it is ${JSON.stringify(db)})` });
  return line;
}

function readCrontab(ctx: Ctx): string {
  const result = crontab(["-l"], undefined, ctx);
  if (result.code === 0) return result.stdout;
  // Every cron says so, and exits 1, for a user who has no crontab yet.
  if (/no crontab for/i.test(result.stderr)) return "";
  throw crontabFailed("crontab -l", result);
}

function writeCrontab(text: string, ctx: Ctx): void {
  const result = crontab(["-"], text, ctx);
  if (result.code !== 0) throw crontabFailed("crontab -", result);
}

function crontab(args: string[], input: string | undefined, ctx: Ctx): { code: number | null; stdout: string; stderr: string } {
  const result = ctx.runProgram("crontab", args, { input, timeoutMs: CRONTAB_TIMEOUT_MS });
  if (result.kind === "missing") {
    throw new NetlogError("cannot find the crontab program", {
      hint: "install cron (on Debian and Ubuntu: sudo apt-get install cron), or add the line that netlog cron prints to your scheduler",
    });
  }
  if (result.kind === "timeout")
    throw new NetlogError(`crontab ${args.join(" ")} did not finish within ${CRONTAB_TIMEOUT_MS / 1000} seconds`, { hint: "your crontab was left as it was; try again" });
  return result;
}

function crontabFailed(what: string, result: { code: number | null; stderr: string }): NetlogError {
  const said = result.stderr.trim().split("\n")[0] || `exit status ${result.code ?? "unknown"}`;
  return new NetlogError(`${what} failed: ${said}`, { hint: "your crontab was left as it was; check that you may use cron (/etc/cron.allow, /etc/cron.deny)" });
}
