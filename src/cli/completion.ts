// `netlog completion SHELL`, and the hidden commands the scripts and the docs call.
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "completion",
    summary: "complete with Tab in bash, zsh and fish",
    description: "Print a script that makes Tab complete netlog's commands, flags, channels and contact names.",
    arguments: [{ name: "<shell>", description: "bash, zsh or fish", choices: ["bash", "zsh", "fish"] }],
    examples: [
      "source <(netlog completion bash)        # in ~/.bashrc",
      "source <(netlog completion zsh)         # in ~/.zshrc, after compinit",
      "netlog completion fish > ~/.config/fish/completions/netlog.fish",
    ],
    async run({ args: [shell] }, ctx) {
      return (await import("../render/completion-scripts.js")).completionScript(shell, ctx.invocation());
    },
  }),
  // What the completion scripts call on each Tab: `netlog __complete SHELL -- WORD...`.
  defineCommand({
    path: "__complete",
    hidden: true,
    arguments: [{ name: "<shell>" }, { name: "[words...]" }],
    async run({ args: [shell, words], program }, ctx) {
      // A Tab press offers what fits, or nothing: never an error in the middle of the user's line.
      try {
        const [{ complete, completionRequest, SHELLS }, { renderCompletions }] = await Promise.all([import("../commands/complete.js"), import("../render/completions.js")]);
        const known = SHELLS.find((s) => s === shell);
        if (!known) return "";
        const request = completionRequest(known, words);
        return renderCompletions(await complete(program, request.before, request.current, request.openQuote, ctx), known);
      } catch {
        return "";
      }
    },
  }),
  // What `npm run docs` puts into docs/reference.md.
  defineCommand({
    path: "__reference",
    hidden: true,
    async run({ program }) {
      return `${(await import("../render/reference.js")).commandReference(program)}\n`;
    },
  }),
];
