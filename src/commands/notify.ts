// `netlog due --notify`: the due list as a desktop notification too, where notify-send exists.
import type { Ctx, ProgramResult } from "../context.js";

const NOTIFY_TIMEOUT_MS = 5_000;

/**
 * Sends the notification (render/notification.ts words it), and returns a warning when
 * notify-send failed. Nobody due, or no notify-send on PATH (a server, a container), is not
 * worth a word; a hung notification service is cut off after a few seconds, so cron's run
 * still ends.
 */
export function sendNotification(notification: { title: string; body: string } | undefined, ctx: Ctx): string | undefined {
  if (!notification) return undefined;
  // `--` so that a name starting with "-" is never read as an option.
  const args = ["--app-name=netlog", "--", notification.title, notification.body];
  let result: ProgramResult;
  try {
    result = ctx.runProgram("notify-send", args, { timeoutMs: NOTIFY_TIMEOUT_MS });
  } catch (error) {
    return `notify-send could not run: ${(error as Error).message}`;
  }
  if (result.kind === "missing" || (result.kind === "exited" && result.code === 0)) return undefined;
  if (result.kind === "timeout") return `notify-send did not finish within ${NOTIFY_TIMEOUT_MS / 1000} seconds`;
  const said = result.stderr.trim().split("\n")[0];
  return `notify-send failed${said ? `: ${said}` : ` (exit status ${result.code ?? "unknown"})`}`;
}
