// `netlog dismiss`, `snooze`, `pause` and `resume`: deal with today's list without a conversation.
import { changeState } from "./contact-state.js";
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "dismiss",
    summary: "deal with an item of today's list without a conversation",
    description:
      "Clear what today's item for a contact is about, without logging a conversation: an unanswered message needs no reply, a cadence round is skipped, a follow-up is let go, a suggestion is not offered again at this stage.",
    arguments: [{ name: "<name>" }],
    options: [
      { flags: "--note <text>", description: "why" },
      { flags: "--json", description: "print the result as JSON" },
    ],
    examples: ["netlog dismiss sam", 'netlog dismiss "Rémy Girard" --note "we only ever meet on video"', "netlog undo   # take a dismissal back"],
    async run({ args: [name], options }, ctx) {
      const [{ dismiss }, view] = await Promise.all([import("../commands/dismiss.js"), import("../render/dismiss.js")]);
      const result = await dismiss({ name, note: options.note }, ctx);
      return { text: () => view.renderDismissed(result, ctx.style, ctx.today), json: () => view.dismissedJson(result, ctx.today) };
    },
  }),
  defineCommand({
    path: "snooze",
    summary: "hide someone from due for a while",
    description: "Hide a contact (and its follow-ups) from netlog due until a date.",
    arguments: [{ name: "<name>" }, { name: "<until>", description: "2w, 3m, or a date: 2027-01-10, 'next month'" }],
    options: [{ flags: "--note <text>", description: "why" }],
    examples: ['netlog snooze elaine 2w --note "on parental leave"', "netlog snooze sam 2027-01-10"],
    run: ({ args: [name, until], options }, ctx) => changeState((state) => state.snooze({ name, until, note: options.note }, ctx)),
  }),
  defineCommand({
    path: "pause",
    summary: "stop a contact's cadence",
    description: "Stop reminders for a contact until you resume it (promised follow-ups still come due).",
    arguments: [{ name: "<name>" }],
    examples: ["netlog pause sam", "netlog resume sam"],
    run: ({ args: [name] }, ctx) => changeState((state) => state.setPaused({ name }, true, ctx)),
  }),
  defineCommand({
    path: "resume",
    summary: "restart a paused cadence",
    description: "Restart a paused contact's cadence, counting from today.",
    arguments: [{ name: "<name>" }],
    examples: ["netlog resume sam", "netlog --today 2027-01-04 resume sam   # counting from that day"],
    run: ({ args: [name] }, ctx) => changeState((state) => state.setPaused({ name }, false, ctx)),
  }),
];
