// `netlog search`: any word, in contacts and their conversations.
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "search",
    summary: "find contacts and conversations by any word",
    description:
      "Find contacts by words in their names, companies, titles, places, tags and notes, and in the notes of conversations. Ignores case and accents; the last word may be the start of one. Exits 1 when nothing matches.",
    arguments: [{ name: "<text...>", description: "the words to find (all of them, anywhere in a contact or its conversations)" }],
    options: [
      { flags: "--limit <n>", description: "show at most N contacts (default 20; 0 shows every match)" },
      { flags: "--json", description: "print JSON" },
    ],
    examples: ["netlog search bank spokane", "netlog search longm", 'netlog search "deck" --json'],
    async run({ args: [words], options }, ctx) {
      const [{ searchItems, nothingFound }, view] = await Promise.all([import("../commands/search.js"), import("../render/search.js")]);
      const report = await searchItems({ text: words.join(" "), limit: options.limit }, ctx);
      return { text: () => view.searchLines(report, ctx.style, ctx.today), json: () => view.searchJsonItems(report), failure: nothingFound(report) };
    },
  }),
];
