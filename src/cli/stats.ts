// `netlog stats`: is the networking working?
import type { StatsOptions } from "../commands/stats.js";
import { defineCommand, optionsFor } from "./spec.js";

export const commands = [
  defineCommand({
    path: "stats",
    summary: "is your networking working?",
    description: "Conversations per month and per channel, where the contacts on your list stand, who has waited longest, and how many relationships reached a call or a meeting.",
    options: [
      { flags: "--since <when>", description: "count from the start of this month (2026-01, '6 months ago'; default: the last 12 months)" },
      { flags: "--json", description: "print JSON" },
    ],
    examples: ["netlog stats", "netlog stats --since 2026-01", "netlog stats --json"],
    async run({ options }, ctx) {
      const [{ stats }, view] = await Promise.all([import("../commands/stats.js"), import("../render/stats.js")]);
      const report = await stats(optionsFor<StatsOptions>()(options), ctx);
      return { text: () => view.renderStats(report, ctx.style), json: () => view.statsJson(report) };
    },
  }),
];
