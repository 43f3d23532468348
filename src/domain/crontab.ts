// The crontab line that runs `netlog due` every morning, and putting it into (or taking it out
// of) a user's crontab without touching any other line.
import { shellWord } from "./shell-words.js";

/** Ends the line netlog manages, so that installing again replaces it and --remove finds it. */
export const NETLOG_MARK = "# added by netlog cron";

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** `8:00`, `08:00`, `18:30` on a 24-hour clock. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

export function formatTimeOfDay({ hour, minute }: TimeOfDay): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * A crontab line running `words` every day at `time`, with `env` set for it. Cron gives the
 * command to /bin/sh, so each word is quoted for sh; before that, cron turns an unescaped `%`
 * into a newline, so each `%` is escaped. Returns undefined for a word with a line break, which
 * no crontab line can hold.
 */
export function cronLine(time: TimeOfDay, env: Readonly<Record<string, string>>, words: readonly string[]): string | undefined {
  return cronLineOf(time, env, [words]);
}

/**
 * As cronLine, for several commands run one after the other (`;`: the next runs even when one
 * fails, whose error cron mails), each with `env`: an assignment before a command is that
 * command's alone.
 */
export function cronLineOf(time: TimeOfDay, env: Readonly<Record<string, string>>, commands: ReadonlyArray<readonly string[]>): string | undefined {
  if ([...Object.values(env), ...commands.flat()].some((word) => /[\n\r]/.test(word))) return undefined;
  // Only the value is quoted: sh reads `'TZ=x'` as a command name, not as an assignment.
  const assignments = Object.entries(env).map(([key, value]) => `${key}=${shellWord(value)}`);
  const command = commands.map((words) => [...assignments, ...words.map(shellWord)].join(" ")).join(" ; ");
  return `${time.minute} ${time.hour} * * * ${cronEscape(command)}  ${NETLOG_MARK}`;
}

/**
 * Cron drops the backslash of `\%` and keeps every other backslash, so a backslash that must
 * reach sh just before a `%` (only possible inside single quotes, in a path) is kept apart from
 * it by closing and reopening the quotes: `'a\%'` becomes `'a\''\%'`.
 */
function cronEscape(command: string): string {
  return command.replaceAll("\\%", "\\''%").replaceAll("%", "\\%");
}

export function isNetlogLine(line: string): boolean {
  return line.trimEnd().endsWith(NETLOG_MARK);
}

export type InstallOutcome = "added" | "replaced" | "unchanged";

/** The crontab with `line` in place of netlog's line (or added at the end); other lines as they were. */
export function withNetlogLine(crontab: string, line: string): { text: string; outcome: InstallOutcome } {
  const lines = splitLines(crontab);
  const ours = lines.filter(isNetlogLine);
  if (ours.length === 1 && ours[0] === line) return { text: crontab, outcome: "unchanged" };
  if (ours.length === 0) return { text: joinLines([...lines, line]), outcome: "added" };
  const first = lines.findIndex(isNetlogLine);
  const kept = lines.map((l, i) => (i === first ? line : l)).filter((l, i) => i === first || !isNetlogLine(l));
  return { text: joinLines(kept), outcome: "replaced" };
}

/** The crontab without netlog's line, and how many such lines there were. */
export function withoutNetlogLine(crontab: string): { text: string; removed: number } {
  const lines = splitLines(crontab);
  const kept = lines.filter((l) => !isNetlogLine(l));
  return { text: joinLines(kept), removed: lines.length - kept.length };
}

function splitLines(text: string): string[] {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return body === "" ? [] : body.split("\n");
}

/** cron ignores a last line without a line break ("premature EOF"), so every line ends with one. */
function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
