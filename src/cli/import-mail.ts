// `netlog import mail PATH`: conversations from your mail (an mbox, a Maildir, .eml files).
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "import mail",
    summary: "log conversations from an mbox, a Maildir or .eml files",
    description:
      "Log each message between you (config set my-emails) and a contact as an email conversation on its day, sent or received; " +
      "run it again with newer mail: a message is never logged twice. Lists, automated senders and mail to many people are skipped; bodies are never read.",
    arguments: [{ name: "<path>", description: "an mbox file, a Maildir folder (cur/, new/, tmp/) or a folder of .eml files" }],
    options: [
      { flags: "--max-recipients <n>", description: "skip messages to more than N people (default: 10)" },
      { flags: "--subjects", description: "keep each message's subject as the conversation's note (default: no note)" },
      { flags: "--suggest", description: "import nothing: list the 20 people you write to most who are not contacts yet" },
      { flags: "--json", description: "print the summary as JSON" },
    ],
    examples: ["netlog config set my-emails me@example.com,me@work.example", "netlog import mail ~/mail/Sent.mbox --subjects", "netlog import mail ~/Maildir --suggest"],
    async run({ args: [path], options }, ctx) {
      const [{ importMail, suggestMail }, view] = await Promise.all([import("../commands/import-mail.js"), import("../render/import-mail.js")]);
      const { maxRecipients, subjects, suggest } = options;
      if (suggest) {
        const suggestions = await suggestMail({ path, maxRecipients }, ctx);
        return { text: () => view.renderMailSuggestions(suggestions), json: () => view.mailSuggestionsJson(suggestions) };
      }
      const summary = await importMail({ path, maxRecipients, subjects }, ctx);
      return { text: () => view.renderMailImport(path, summary, { onTerminal: ctx.stdoutIsTTY }), json: () => view.mailImportJson(summary) };
    },
  }),
];
