// `netlog export …`: everything back out, in formats other programs read.
import { defineCommand } from "./spec.js";

const OUT = { flags: "--out <file>", description: "write to FILE instead of stdout (- is stdout)" } as const;

/** Every export: text to stdout, or to --out, written privately and atomically. */
async function exported(out: string | undefined, text: string): Promise<string> {
  if (out === undefined || out === "-") return text;
  (await import("../commands/output-file.js")).writeOutputFile(out, text);
  return "";
}

export const commands = [
  defineCommand({
    path: "export",
    summary: "take your data anywhere",
    description: "Export your data to stdout, or to --out FILE (created 0600).",
    examples: ["netlog export json --out ~/backups/netlog.json", "netlog export csv --out contacts.csv"],
  }),
  defineCommand({
    path: "export json",
    description: "Every contact, conversation, tag, follow-up and setting, with uuids (netlog import json reads it back).",
    options: [OUT],
    examples: ["netlog export json > netlog.json", "netlog export json --out ~/backups/netlog.json"],
    async run({ options }, ctx) {
      const [{ exportJson }, { toJsonText }] = await Promise.all([import("../commands/json-transfer.js"), import("../render/json.js")]);
      return exported(options.out, toJsonText(await exportJson(ctx)));
    },
  }),
  defineCommand({
    path: "export csv",
    description: "Contacts with last contact and next due date, one row each, for spreadsheets.",
    options: [OUT],
    examples: ["netlog export csv --out contacts.csv", "netlog export csv | column -s, -t | less -S"],
    async run({ options }, ctx) {
      const [{ exportContacts }, { contactsCsv }] = await Promise.all([import("../commands/export.js"), import("../render/export.js")]);
      return exported(options.out, contactsCsv(await exportContacts(ctx)));
    },
  }),
  defineCommand({
    path: "export vcard",
    description: "Every contact as a vCard 4.0, with netlog's uuid as UID.",
    options: [OUT],
    examples: ["netlog export vcard --out contacts.vcf", "netlog export vcard > ~/Dropbox/contacts.vcf"],
    async run({ options }, ctx) {
      return exported(options.out, await (await import("../commands/vcard.js")).exportVcard(ctx));
    },
  }),
  defineCommand({
    path: "export ics",
    description: "An all-day event per upcoming touch-base and follow-up, with stable UIDs, for a calendar to subscribe to.",
    options: [{ flags: "--days <n>", description: "how far ahead (default 90)" }, OUT],
    examples: ["netlog export ics --out ~/Calendars/netlog.ics", "netlog export ics --days 30"],
    async run({ options }, ctx) {
      const [{ exportCalendar }, { calendarIcs }] = await Promise.all([import("../commands/export.js"), import("../render/export.js")]);
      return exported(options.out, calendarIcs(await exportCalendar({ days: options.days }, ctx)));
    },
  }),
];
