// `netlog config …`: the settings stored in the database.
import { defineCommand } from "./spec.js";

const KEY = { name: "<key>", description: "default-cadence, reply-window, daily-limit, birthday-notice or my-emails" } as const;

export const commands = [
  defineCommand({
    path: "config",
    summary: "settings",
    description: "Settings, stored in the database: default-cadence, reply-window, daily-limit, birthday-notice, my-emails.",
    examples: ["netlog config list", "netlog config set daily-limit 5", "netlog config set birthday-notice 7d", "netlog config set my-emails me@example.com,me@work.example"],
  }),
  defineCommand({
    path: "config set",
    description: "Change a setting; VALUE 'default' restores the default.",
    arguments: [KEY, { name: "<value>" }],
    examples: ["netlog config set default-cadence 60d", "netlog config set reply-window 10d", "netlog config set daily-limit 5"],
    async run({ args: [key, value] }, ctx) {
      const [{ configSet }, { renderSettings }] = await Promise.all([import("../commands/settings.js"), import("../render/settings.js")]);
      return renderSettings([await configSet({ key, value }, ctx)]);
    },
  }),
  defineCommand({
    path: "config get",
    description: "Show one setting.",
    arguments: [KEY],
    options: [{ flags: "--json", description: "print JSON" }],
    examples: ["netlog config get default-cadence", "netlog config get reply-window --json"],
    async run({ args: [key] }, ctx) {
      const [{ configGet }, view] = await Promise.all([import("../commands/settings.js"), import("../render/settings.js")]);
      const setting = await configGet({ key }, ctx);
      return { text: () => view.renderSettings([setting]), json: () => view.settingJson(setting) };
    },
  }),
  defineCommand({
    path: "config list",
    description: "Show every setting.",
    options: [{ flags: "--json", description: "print JSON" }],
    examples: ["netlog config list", "netlog config list --json"],
    async run(_invocation, ctx) {
      const [{ configList }, view] = await Promise.all([import("../commands/settings.js"), import("../render/settings.js")]);
      const settings = await configList(ctx);
      return { text: () => view.renderSettings(settings), json: () => view.settingsJson(settings) };
    },
  }),
];
