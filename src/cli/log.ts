// `netlog log`: list conversations; `log edit` and `log rm` correct them.
import type { LogOptions } from "../commands/log.js";
import type { LogEditOptions } from "../commands/log-change.js";
import { defineCommand, optionsFor } from "./spec.js";

const VIA = "linkedin, inmail, email, phone, video, text, meeting, event, other (or call, coffee, sms …)";

export const commands = [
  defineCommand({
    path: "log",
    summary: "list, correct or remove logged conversations",
    description: "List conversations, newest first, with the ids that log edit and log rm take. Without NAME: everyone's.",
    arguments: [{ name: "[name]", description: "only this contact's: full name, a unique start of it, or #ID" }],
    options: [
      { flags: "--since <when>", description: "only from this date on: 2026-09-01, '2 weeks ago', 'last monday'" },
      { flags: "--via <channel>", description: "only this channel (also call, coffee, sms …)" },
      { flags: "--limit <n>", description: "show at most N (default on a terminal: 20; 0 shows all)" },
      { flags: "--json", description: "print JSON (every match unless --limit is given)" },
    ],
    examples: ["netlog log", "netlog log elaine --since '3 months ago'", "netlog log --via coffee --limit 0", "netlog log edit 412 --date yesterday", "netlog log rm 412"],
    async run({ args: [name], options }, ctx) {
      const [{ logStream }, view] = await Promise.all([import("../commands/log.js"), import("../render/log.js")]);
      const report = await logStream(optionsFor<LogOptions>()({ ...options, name }), ctx);
      return { text: () => view.logLines(report, ctx.style, ctx.today, ctx.stdoutIsTTY), json: () => view.logJsonItems(report) };
    },
  }),
  defineCommand({
    path: "log edit",
    description: "Correct a conversation's date, channel, note or who spoke. On a terminal, with no flags, it asks, showing the current values.",
    arguments: [{ name: "<id>", description: "the conversation's id, as netlog log shows it" }],
    options: [
      { flags: "--date <when>", description: "when it happened: YYYY-MM-DD, yesterday, '3 days ago', 'last tuesday'" },
      { flags: "--via <channel>", description: VIA },
      { flags: "--note <text>", description: "the new note ('' removes it)" },
      { flags: "--sent", description: "you wrote and await an answer" },
      { flags: "--received", description: "they wrote to you" },
      { flags: "--two-way", description: "a back-and-forth" },
    ],
    examples: [
      "netlog log edit 412 --date 2026-11-20",
      'netlog log edit 412 --via phone --note "talked about her move"',
      "netlog log edit 412      # on a terminal: asks, showing the current values",
    ],
    async run({ args: [id], options }, ctx) {
      const [{ logEdit }, view] = await Promise.all([import("../commands/log-change.js"), import("../render/log.js")]);
      const edited = await logEdit(optionsFor<LogEditOptions>()({ ...options, id }), ctx);
      return view.renderEdited(edited, ctx.style, ctx.today);
    },
  }),
  defineCommand({
    path: "log rm",
    description: "Remove a conversation (netlog undo brings it back).",
    arguments: [{ name: "<id>", description: "the conversation's id, as netlog log shows it" }],
    examples: ["netlog log rm 412", "netlog log elaine --limit 1   # find the id first", "netlog undo                   # put it back"],
    async run({ args: [id] }, ctx) {
      const [{ logRm }, view] = await Promise.all([import("../commands/log-change.js"), import("../render/log.js")]);
      return view.renderRemoved(await logRm({ id }, ctx), ctx.style, ctx.today);
    },
  }),
];
