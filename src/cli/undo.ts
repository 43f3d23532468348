// `netlog undo`: put back what the last change wrote.
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "undo",
    summary: "revert the last change",
    description: "Put back what the last command that changed data wrote (an add, an import, a setting …). Run it again to go further back, up to 20 changes.",
    options: [
      { flags: "--list", description: "show the recent changes, newest first, without undoing anything" },
      { flags: "--json", description: "with --list: print JSON" },
    ],
    examples: ["netlog undo --list", "netlog undo"],
    async run({ options }, ctx) {
      const [{ undo, undoList }, view] = await Promise.all([import("../commands/undo.js"), import("../render/undo.js")]);
      if (!options.list) return view.renderUndone(await undo(ctx), ctx.style);
      const changes = await undoList(ctx);
      return { text: () => view.renderChanges(changes, ctx.style), json: () => view.changesJson(changes) };
    },
  }),
];
