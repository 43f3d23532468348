// `netlog export …`: everything back out, in formats other programs read.
import type { Ctx } from "../context.js";
import { defineCommand, type Output, type TextChunks } from "./spec.js";

const OUT = { flags: "--out <file>", description: "write to FILE instead of stdout (- is stdout)" } as const;
const JSON_SUMMARY = { flags: "--json", description: "with --out: print what was written as JSON" } as const;

type Written = { format: "json" | "csv" | "vcard"; contacts: number } | { format: "ics"; events: number };

/** `--json` describes the file written; on stdout the export itself is the output. Checked first. */
async function refuseJsonOnStdout(options: { out?: string; json?: boolean }): Promise<void> {
  if (options.json && (options.out === undefined || options.out === "-")) {
    throw (await import("../errors.js")).usageError("--json describes the file written with --out", "add --out FILE, or leave out --json: on stdout the export is the output");
  }
}

/** Every export: text to stdout, or to --out, written privately and atomically; either as it is produced when in pieces. */
async function exported(options: { out?: string }, text: string | TextChunks, written: Written, ctx: Ctx): Promise<string | Output> {
  const { out } = options;
  if (out === undefined || out === "-") return typeof text === "string" ? text : { text: () => text };
  // Text made as it is written is every contact's: long, and nobody reads it from a pipe.
  if (typeof text !== "string") ctx.outputIsLong();
  (await import("../commands/output-file.js")).writeOutputFile(out, text);
  const { exportWrittenJson } = await import("../render/export.js");
  return { text: () => "", json: () => exportWrittenJson({ ...written, out }) };
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
    description: "Every contact (with its emails, phones, links and dates), conversation, tag, follow-up, dismissal and setting, with uuids (netlog import json reads it back).",
    options: [OUT, JSON_SUMMARY],
    examples: ["netlog export json > netlog.json", "netlog export json --out ~/backups/netlog.json"],
    async run({ options }, ctx) {
      await refuseJsonOnStdout(options);
      const [{ exportJsonItems }, { toJsonOutput }] = await Promise.all([import("../commands/json-transfer.js"), import("../render/json.js")]);
      const { data, contacts } = await exportJsonItems(ctx);
      return exported(options, toJsonOutput(data), { format: "json", contacts }, ctx);
    },
  }),
  defineCommand({
    path: "export csv",
    description: "Contacts with last contact and next due date, one row each, for spreadsheets.",
    options: [OUT, JSON_SUMMARY],
    examples: ["netlog export csv --out contacts.csv", "netlog export csv | column -s, -t | less -S"],
    async run({ options }, ctx) {
      await refuseJsonOnStdout(options);
      const [{ exportContactItems }, { contactsCsvPieces }] = await Promise.all([import("../commands/export.js"), import("../render/export.js")]);
      const { contacts, count } = await exportContactItems(ctx);
      return exported(options, contactsCsvPieces(contacts), { format: "csv", contacts: count }, ctx);
    },
  }),
  defineCommand({
    path: "export vcard",
    description: "Every contact as a vCard 4.0, with netlog's uuid as UID.",
    options: [OUT, JSON_SUMMARY],
    examples: ["netlog export vcard --out contacts.vcf", "netlog export vcard > ~/Dropbox/contacts.vcf"],
    async run({ options }, ctx) {
      await refuseJsonOnStdout(options);
      const { chunks, contacts } = await (await import("../commands/vcard.js")).exportVcardChunks(ctx);
      return exported(options, chunks, { format: "vcard", contacts }, ctx);
    },
  }),
  defineCommand({
    path: "export vdir",
    description:
      "Every contact on your lists as a card of its own, DIR/<uuid>.vcf, for khard and for vdirsyncer to sync to a CardDAV server. Unchanged cards are left alone; a card changed in the folder is never overwritten.",
    arguments: [{ name: "<dir>", description: "the folder (created if missing); netlog touches only the cards it wrote there" }],
    options: [{ flags: "--json", description: "print what was written as JSON" }],
    examples: ["netlog export vdir ~/.local/share/contacts/netlog", "vdirsyncer sync      # then to the CardDAV server"],
    async run({ args: [dir] }, ctx) {
      const [{ exportVdir }, view] = await Promise.all([import("../commands/export-vdir.js"), import("../render/vdir.js")]);
      const result = await exportVdir({ dir }, ctx);
      return { text: () => view.renderVdirExported(result), json: () => view.vdirExportedJson(result) };
    },
  }),
  defineCommand({
    path: "export ics",
    description: "An all-day event per upcoming touch-base and follow-up, and a yearly one per birthday, with stable UIDs, for a calendar to subscribe to.",
    options: [{ flags: "--days <n>", description: "how far ahead (default 90)" }, OUT, JSON_SUMMARY],
    examples: ["netlog export ics --out ~/Calendars/netlog.ics", "netlog export ics --days 30"],
    async run({ options }, ctx) {
      await refuseJsonOnStdout(options);
      const [{ exportCalendar }, { calendarIcs }] = await Promise.all([import("../commands/export.js"), import("../render/export.js")]);
      const calendar = await exportCalendar({ days: options.days }, ctx);
      return exported(options, calendarIcs(calendar), { format: "ics", events: calendar.items.length + calendar.birthdays.length }, ctx);
    },
  }),
];
