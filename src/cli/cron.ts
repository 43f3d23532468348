// `netlog cron`: the crontab line that runs `netlog due` every morning.
import type { CronOptions } from "../commands/cron.js";
import { defineCommand, optionsFor } from "./spec.js";

export const commands = [
  defineCommand({
    path: "cron",
    summary: "run netlog due every morning",
    description: "Print the crontab line that runs netlog due every morning, with node, netlog and the database spelled out (cron has no PATH), or put it in your crontab.",
    options: [
      { flags: "--at <time>", description: "when, as HH:MM on a 24-hour clock (default: 08:00)" },
      { flags: "--install", description: "add the line to your crontab, in place of netlog's earlier one" },
      { flags: "--remove", description: "take netlog's line out of your crontab" },
      { flags: "--import-mail <path>", description: "first run netlog import mail on this mbox or Maildir" },
      { flags: "--import-calendar <file>", description: "first run netlog import calendar on this .ics file" },
    ],
    examples: ["netlog cron", "netlog cron --install --at 07:30", "netlog cron --install --import-mail ~/Mail/INBOX --import-calendar ~/calendar.ics", "netlog cron --remove"],
    async run({ options }, ctx) {
      const [{ cron }, { renderCron }] = await Promise.all([import("../commands/cron.js"), import("../render/cron.js")]);
      return renderCron(await cron(optionsFor<CronOptions>()(options), ctx));
    },
  }),
];
