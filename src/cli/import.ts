// `netlog import …`: contacts and conversations from other programs.
import type { GoogleImportOptions } from "../commands/import-google.js";
import type { ImportOptions } from "../commands/import-linkedin.js";
import type { VcardImportOptions } from "../commands/vcard.js";
import { defineCommand, optionsFor } from "./spec.js";

const NEW_CONTACTS = [
  { flags: "--every <cadence>", description: "track the new contacts with this cadence" },
  { flags: "--tag <tag>", description: "tag the new contacts (repeatable); a tag with a cadence tracks them", repeatable: true },
] as const;

export const commands = [
  defineCommand({
    path: "import",
    summary: "bring contacts in",
    description: "Import contacts from other programs.",
    examples: ["netlog import linkedin ~/Downloads/Connections.csv", "netlog import vcard ~/contacts.vcf", "netlog import json netlog.json"],
  }),
  defineCommand({
    path: "import linkedin",
    description: "Import LinkedIn's Connections.csv, messages.csv or Invitations.csv; run it again with a newer export to update.",
    arguments: [{ name: "<file>", description: "Connections.csv, messages.csv or Invitations.csv from LinkedIn's data export" }],
    options: [
      ...NEW_CONTACTS,
      { flags: "--skip-invalid", description: "import the good rows and list the bad ones (default: a bad row stops the import)" },
      { flags: "--json", description: "print the summary as JSON" },
    ],
    examples: [
      "netlog import linkedin ~/Downloads/Connections.csv",
      "netlog import linkedin Connections.csv --tag linkedin --every 6m",
      "netlog import linkedin ~/Downloads/Invitations.csv",
    ],
    async run({ args: [file], options }, ctx) {
      const [{ importLinkedinFile }, view] = await Promise.all([import("../commands/import-linkedin.js"), import("../render/import.js")]);
      const result = await importLinkedinFile(optionsFor<Omit<ImportOptions, "maxBytes">>()({ file, ...options }), ctx);
      // On stderr, with --json too: the import ran, but the file may hold garbled names.
      const warning = result.summary.warnings?.join("; ") || undefined;
      if (result.kind === "messages") return { text: () => view.renderMessagesImport(file, result.summary), json: () => view.messagesJson(result.summary), warning };
      if (result.kind === "invitations") return { text: () => view.renderInvitationsImport(file, result.summary), json: () => view.invitationsJson(result.summary), warning };
      return { text: () => view.renderImport(file, result.summary), json: () => view.importJson(result.summary), warning };
    },
  }),
  defineCommand({
    path: "import vcard",
    description: "Import vCards (2.1, 3.0 or 4.0, several per file); run it again to update, matching by uuid, LinkedIn URL, email, phone or name.",
    arguments: [{ name: "<file>", description: "a .vcf file" }],
    options: [
      ...NEW_CONTACTS,
      { flags: "--skip-invalid", description: "import the good cards and list the bad ones" },
      { flags: "--json", description: "print the summary as JSON" },
    ],
    examples: ["netlog import vcard ~/contacts.vcf --tag phonebook", "netlog import vcard work.vcf --every quarterly --skip-invalid"],
    async run({ args: [file], options }, ctx) {
      const [{ importVcard }, view] = await Promise.all([import("../commands/vcard.js"), import("../render/import.js")]);
      const summary = await importVcard(optionsFor<Omit<VcardImportOptions, "maxBytes">>()({ file, ...options }), ctx);
      return { text: () => view.renderImport(file, summary), json: () => view.importJson(summary) };
    },
  }),
  defineCommand({
    path: "import google",
    summary: "Import Google Contacts' CSV export (current or older layout); run it again to update.",
    description:
      "Import Google Contacts' CSV export (Google CSV, current or older layout): names, organization, title, every email, phone and website with its label, " +
      "notes, the birthday, and labels as tags; run it again to update, matching as import vcard does.",
    arguments: [{ name: "<file>", description: "contacts.csv from contacts.google.com › Export › Google CSV" }],
    options: [
      ...NEW_CONTACTS,
      { flags: "--skip-invalid", description: "import the good rows and list the bad ones (default: a bad row stops the import)" },
      { flags: "--json", description: "print the summary as JSON" },
    ],
    examples: ["netlog import google ~/Downloads/contacts.csv --tag google", "netlog import google contacts.csv --every quarterly --skip-invalid"],
    async run({ args: [file], options }, ctx) {
      const [{ importGoogle }, view] = await Promise.all([import("../commands/import-google.js"), import("../render/import.js")]);
      const summary = await importGoogle(optionsFor<Omit<GoogleImportOptions, "maxBytes">>()({ file, ...options }), ctx);
      return { text: () => view.renderImport(file, summary), json: () => view.importJson(summary), warning: summary.warnings?.join("; ") || undefined };
    },
  }),
  defineCommand({
    path: "import vdir",
    description:
      "Take back what changed in a folder netlog export vdir wrote (on a phone, synced down by vdirsyncer): a changed card updates its contact, a new card becomes one, a deleted card archives it.",
    arguments: [{ name: "<dir>", description: "the folder export vdir writes" }],
    options: [{ flags: "--json", description: "print the summary as JSON" }],
    examples: ["netlog import vdir ~/.local/share/contacts/netlog", "vdirsyncer sync && netlog import vdir DIR && netlog export vdir DIR && vdirsyncer sync"],
    async run({ args: [dir] }, ctx) {
      const [{ importVdir }, view] = await Promise.all([import("../commands/import-vdir.js"), import("../render/vdir.js")]);
      const result = await importVdir({ dir }, ctx);
      return { text: () => view.renderVdirImported(result), json: () => view.vdirImportedJson(result) };
    },
  }),
  defineCommand({
    path: "import json",
    description: "Restore a netlog export into an empty database, or merge it by uuid into this one.",
    arguments: [{ name: "<file>", description: "a file written by netlog export json" }],
    options: [{ flags: "--json", description: "print what was added as JSON" }],
    examples: ["netlog import json ~/backups/netlog.json", "netlog --db ~/new.db import json ~/backups/netlog.json"],
    async run({ args: [file] }, ctx) {
      const [{ importJson }, view] = await Promise.all([import("../commands/json-transfer.js"), import("../render/import.js")]);
      const counts = await importJson({ file }, ctx);
      return { text: () => view.renderJsonImport(file, counts), json: () => view.jsonImportJson(counts) };
    },
  }),
];
