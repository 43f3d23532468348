// `netlog backup` and `netlog restore`: a consistent copy of the database, and back.
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "backup",
    summary: "copy the database somewhere safe",
    description: "Copy the database, consistently even while another netlog writes, to FILE (0600). Without FILE: netlog.db.bak-DATE beside the database.",
    arguments: [{ name: "[file]", description: "where to write the copy (an existing backup there is replaced), or a folder to put it in" }],
    examples: ["netlog backup", "netlog backup ~/Dropbox/netlog.db", "crontab: 0 3 * * * NETLOG_DB=$HOME/.local/share/netlog/netlog.db netlog backup /mnt/backup/"],
    async run({ args: [file] }, ctx) {
      const [{ backup }, { renderBackup }] = await Promise.all([import("../commands/backup.js"), import("../render/backup.js")]);
      return renderBackup(await backup({ file }, ctx));
    },
  }),
  defineCommand({
    path: "restore",
    summary: "replace the database with a backup",
    description: "Check a backup (integrity, netlog schema, version), keep a copy of the current database, then put the backup's contents in its place.",
    arguments: [{ name: "<file>", description: "a file made by netlog backup, or a netlog.db.bak-… file" }],
    options: [{ flags: "--yes", description: "do not ask for confirmation (needed without a terminal)" }],
    examples: ["netlog restore ~/.local/share/netlog/netlog.db.bak-2026-11-20", "netlog restore backup.db --yes"],
    async run({ args: [file], options }, ctx) {
      const [{ restore }, { renderRestored }] = await Promise.all([import("../commands/backup.js"), import("../render/backup.js")]);
      return renderRestored(await restore({ file, yes: options.yes }, ctx));
    },
  }),
];
