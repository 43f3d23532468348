import type { CronResult } from "../reports/cron.js";
import { formatTimeOfDay } from "../domain/crontab.js";

/** The bare line when printing (to paste or pipe into crontab), else what changed in the crontab. */
export function renderCron(result: CronResult): string {
  if (result.action === "print") return `${result.line}\n`;
  if (result.action === "remove") return result.removed > 0 ? "Removed netlog's line from your crontab.\n" : "Your crontab has no netlog line; nothing changed.\n";
  const when = `every day at ${formatTimeOfDay(result.at)}`;
  const said = { added: `Added to your crontab, ${when}:`, replaced: `Replaced netlog's line in your crontab, now ${when}:`, unchanged: `Already in your crontab, ${when}:` }[
    result.outcome
  ];
  return `${said}\n  ${result.line}\n`;
}
