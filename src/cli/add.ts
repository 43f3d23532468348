// `netlog add`: log a conversation.
import type { AddOptions } from "../commands/add.js";
import { defineCommand, optionsFor } from "./spec.js";

export const commands = [
  defineCommand({
    path: "add",
    summary: "log a conversation",
    description: "Log a conversation with a contact. On a terminal, with no name, it asks for everything.",
    arguments: [{ name: "[name]", description: "who you talked to: full name, a unique start of it, or #ID" }],
    options: [
      { flags: "--via <channel>", description: "linkedin, inmail, email, phone, video, text, meeting, event, other (or call, coffee, sms …)" },
      { flags: "--note <text>", description: "what was said" },
      { flags: "--date <when>", description: "when: YYYY-MM-DD, today, yesterday, '3 days ago', 'last tuesday' (default: today)" },
      { flags: "--new", description: "create the contact if no one has exactly this name" },
      { flags: "--sent", description: "you wrote and await an answer (the default for linkedin, inmail, email, text)" },
      { flags: "--received", description: "they wrote to you" },
      { flags: "--two-way", description: "a back-and-forth (the default for phone, video, meeting, event, other)" },
      { flags: "--follow-up <when>", description: "a promised next step on this date: 'next friday', 'in 2 weeks', 2026-12-04" },
      { flags: "--follow-up-note <text>", description: "what the next step is" },
      { flags: "--keep-follow-up", description: "keep the open follow-up open, though you spoke (a sent or two-way conversation fulfils it)" },
    ],
    examples: [
      'netlog add "Elaine Longmire" --via phone --note "talked about her move"',
      'netlog add elaine --via coffee --date yesterday --follow-up "next friday" --follow-up-note "send the deck"',
      'netlog add "Sam Ortiz" --new --via inmail',
      'netlog add sam --via linkedin --received --note "replied, wants to talk in January"',
    ],
    async run({ args: [name], options }, ctx) {
      const [{ add }, view] = await Promise.all([import("../commands/add.js"), import("../render/logged.js")]);
      const logged = await add(optionsFor<AddOptions>()({ ...options, name }), ctx);
      return { text: () => view.renderLogged(logged, ctx.style, ctx.today), warning: view.closeMatchWarning(logged) };
    },
  }),
];
