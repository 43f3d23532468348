// `netlog tag …`: cadences shared by every contact with a tag.
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "tag",
    summary: "tag cadences",
    description: "Give a tag a cadence: its contacts without their own use it.",
    examples: ["netlog tag set investors --every 30d", "netlog tag list"],
  }),
  defineCommand({
    path: "tag set",
    description: "Set a tag's cadence (the shortest of a contact's tags applies).",
    arguments: [{ name: "<tag>" }],
    options: [{ flags: "--every <cadence>", description: "10d, 2w, 3m, 1y, monthly, quarterly, or none" }],
    examples: ["netlog tag set investors --every 30d", "netlog tag set investors --every none"],
    async run({ args: [name], options }, ctx) {
      const [{ tagSet }, { renderTags }] = await Promise.all([import("../commands/tags.js"), import("../render/settings.js")]);
      return renderTags([await tagSet({ name, every: options.every }, ctx)]);
    },
  }),
  defineCommand({
    path: "tag list",
    description: "List tags with their cadence and how many contacts have them.",
    options: [{ flags: "--json", description: "print JSON" }],
    examples: ["netlog tag list", "netlog tag list --json"],
    async run(_invocation, ctx) {
      const [{ tagList }, view] = await Promise.all([import("../commands/tags.js"), import("../render/settings.js")]);
      const tags = await tagList(ctx);
      return { text: () => view.renderTags(tags), json: () => view.tagsJson(tags) };
    },
  }),
];
