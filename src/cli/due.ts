// `netlog due`: the morning list. It runs every day, from cron too: it loads only its own modules.
import type { Ctx } from "../context.js";
import type { DueReport } from "../reports/due.js";
import type { DueOptions } from "../commands/due.js";
import { defineCommand, optionsFor } from "./spec.js";

export const commands = [
  defineCommand({
    path: "due",
    summary: "who to touch base with",
    description: "List the people you haven't touched base with lately, most overdue first.",
    options: [
      { flags: "--on <date>", description: "who is due on this date instead of today" },
      { flags: "--limit <n>", description: "show at most N people (default: the daily-limit setting, 5; 0 shows everyone)" },
      { flags: "--all", description: "show everyone due, not today's share (the same as --limit 0)" },
      { flags: "--within <days>", description: "also list who comes due in the next days, e.g. 7d" },
      { flags: "--json", description: "print JSON (all due contacts unless --limit is given)" },
      { flags: "--notify", description: "also show a desktop notification (notify-send), when someone is due" },
    ],
    examples: ["netlog due", "netlog due --all", "netlog due --within 7d", "netlog due --on 'next monday'", "netlog due --json --limit 3"],
    async run({ options }, ctx) {
      const [{ due }, view, { dueJson }] = await Promise.all([import("../commands/due.js"), import("../render/due.js"), import("../render/json.js")]);
      const { notify: alsoNotify, ...wanted } = options;
      const report = await due(optionsFor<DueOptions>()(wanted), ctx, { shareOnly: options.json !== true });
      const warning = alsoNotify ? await notify(report, ctx) : undefined;
      return {
        async text() {
          await (await import("../render/width.js")).loadWidthsFor(
            view.shownTexts([...report.shown, ...report.shownBirthdays, ...report.suggestions, ...report.upcoming, ...(report.next ? [report.next] : [])]),
          );
          return view.renderDue(report, ctx.style, ctx.stdoutIsTTY, ctx.columns);
        },
        json: () => dueJson(report),
        warning,
      };
    },
  }),
];

/** Shows the list on the desktop too; what went wrong there is a warning, not a failure. */
async function notify(report: DueReport, ctx: Ctx): Promise<string | undefined> {
  const [{ sendNotification }, { dueNotification }] = await Promise.all([import("../commands/notify.js"), import("../render/notification.js")]);
  return sendNotification(dueNotification(report), ctx);
}
