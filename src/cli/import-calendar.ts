// `netlog import calendar`: meetings from a calendar export, logged and planned.
import type { CalendarImportOptions } from "../commands/import-calendar.js";
import { defineCommand, optionsFor } from "./spec.js";

export const commands = [
  defineCommand({
    path: "import calendar",
    summary: "Log the meetings with contacts of an iCalendar export, and plan the ones to come; run it again with a newer export to update.",
    description:
      "Log each meeting of an iCalendar file (Google Calendar, Outlook, Thunderbird) that a contact attended or organized as a conversation on its day, " +
      "and remember the ones still to come as planned meetings; run it again with a newer export: nothing is logged twice.",
    arguments: [{ name: "<file>", description: "a .ics file: an exported calendar, or one invitation" }],
    options: [{ flags: "--json", description: "print the summary as JSON (also when nothing changed)" }],
    notes:
      "Contacts are found by any of their emails; other people are counted, never added. A Meet, Zoom or\n" +
      "Teams link makes it a video call, a dial-in alone a phone call, anything else a meeting. Cancelled\n" +
      "events and declined invitations are left out. With nothing new, it prints nothing (for cron).",
    examples: ["netlog import calendar ~/Downloads/calendar.ics", "netlog import calendar invite.ics --json"],
    async run({ args: [file], options }, ctx) {
      const [{ importCalendar }, view] = await Promise.all([import("../commands/import-calendar.js"), import("../render/import.js")]);
      const summary = await importCalendar(optionsFor<Omit<CalendarImportOptions, "maxBytes">>()({ file, ...options }), ctx);
      return { text: () => view.renderCalendarImport(file, summary, { onTerminal: ctx.stdoutIsTTY }), json: () => view.calendarJson(summary) };
    },
  }),
];
