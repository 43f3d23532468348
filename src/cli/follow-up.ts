// `netlog follow-up …`: promised next steps.
import { changeState } from "./contact-state.js";
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "follow-up",
    summary: "promise a next step",
    description: "Record a promised next step: due on its date, done when you next log a conversation in which you spoke.",
    arguments: [{ name: "<name>" }, { name: "<when>", description: "next friday, in 2 weeks, tomorrow, 2026-12-04" }, { name: "[note]", description: "what the next step is" }],
    examples: ['netlog follow-up elaine "next friday" "send the deck"', "netlog follow-up list", "netlog follow-up done elaine"],
    run: ({ args: [name, when, note] }, ctx) => changeState((state) => state.followUp({ name, when, note }, ctx)),
  }),
  defineCommand({
    path: "follow-up done",
    description: "Mark a contact's follow-up done without logging a conversation.",
    arguments: [{ name: "<name>" }],
    examples: ["netlog follow-up done elaine", 'netlog follow-up done "Elaine Longmire"'],
    run: ({ args: [name] }, ctx) => changeState((state) => state.followUpDone({ name }, ctx)),
  }),
  defineCommand({
    path: "follow-up list",
    description: "List the open follow-ups, soonest first, with their dates and notes.",
    options: [{ flags: "--json", description: "print JSON" }],
    examples: ["netlog follow-up list", "netlog follow-up list --json"],
    async run(_invocation, ctx) {
      const [{ followUpList }, view] = await Promise.all([import("../commands/follow-up-list.js"), import("../render/follow-ups.js")]);
      const report = await followUpList(ctx);
      return {
        async text() {
          await (await import("../render/width.js")).loadWidthsFor(report.open.flatMap((o) => [o.contact.name, o.followUp.note]));
          return view.renderFollowUps(report, ctx.style, ctx.stdoutIsTTY, ctx.columns);
        },
        json: () => view.followUpsJson(report),
      };
    },
  }),
];
