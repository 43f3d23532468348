// `netlog review`: today's list, one person at a time, each dealt with by one key. Every action
// is the same undoable write as its own command (add, snooze, dismiss, pause, archive).
import type { Ctx } from "../context.js";
import { isMessageChannel } from "../domain/channels.js";
import type { DueItem } from "../domain/due.js";
import { usageError } from "../errors.js";
import type { Logged } from "../reports/add.js";
import type { StateChange } from "../reports/contact-state.js";
import type { Dismissal } from "../reports/dismiss.js";
import { add } from "./add.js";
import { setArchived, setPaused, snooze } from "./contact-state.js";
import { dismiss } from "./dismiss.js";
import { due } from "./due.js";
import type { ReviewReport } from "../reports/review.js";

export type ReviewAction = "log" | "snooze" | "dismiss" | "pause" | "archive" | "next" | "quit";

/** How each outcome is shown: the views of the commands review stands in for. */
export interface ReviewViews {
  item(item: DueItem, position: number, total: number): string;
  logged(logged: Logged): string;
  changed(change: StateChange): string;
  dismissed(dismissal: Dismissal): string;
}

export async function review(ctx: Ctx, views: ReviewViews): Promise<ReviewReport> {
  const prompter = ctx.prompter;
  if (!prompter)
    throw usageError("review asks what to do with each person, so it needs a terminal", "netlog due prints today's list; netlog add, snooze or dismiss act on one person");
  const report = await due({}, ctx);
  // The coming birthdays after the people due, as the list shows them; one of a person already
  // on the list is left out, as dismissing that person deals with their other item first.
  const listed = new Set([...report.shown, ...report.suggestions].map((item) => item.contact.id));
  const birthdays = report.shownBirthdays.filter((item) => !listed.has(item.contact.id));
  const items = [...report.shown, ...birthdays, ...report.suggestions];
  let changes = 0;
  try {
    for (const [index, item] of items.entries()) {
      prompter.show(views.item(item, index + 1, items.length));
      const action = await prompter.reviewAction(item.reason);
      if (action === "quit") break;
      if (action === "next") continue;
      prompter.show((await act(action, `#${item.contact.id}`, ctx))(views));
      changes++;
    }
  } catch (error) {
    // Ctrl-C at a question: what was done before stays done, and main.ts says so.
    if (error instanceof Error && error.name === "ExitPromptError") Object.assign(error, { kept: changes });
    throw error;
  }
  return { total: items.length, changes };
}

async function act(action: Exclude<ReviewAction, "next" | "quit">, name: string, ctx: Ctx): Promise<(views: ReviewViews) => string> {
  const prompter = ctx.prompter!;
  switch (action) {
    case "log": {
      const via = await prompter.channel();
      const direction = isMessageChannel(via) ? await prompter.direction(via) : "both";
      const note = await prompter.note();
      const logged = await add({ name, via, note, sent: direction === "sent", received: direction === "received", twoWay: direction === "both" }, ctx);
      return (views) => views.logged(logged);
    }
    case "snooze": {
      const until = await prompter.snoozeUntil();
      const change = await snooze({ name, until }, ctx);
      return (views) => views.changed(change);
    }
    case "dismiss": {
      const dismissal = await dismiss({ name }, ctx);
      return (views) => views.dismissed(dismissal);
    }
    case "pause": {
      const change = await setPaused({ name }, true, ctx);
      return (views) => views.changed(change);
    }
    case "archive": {
      const change = await setArchived({ name }, true, ctx);
      return (views) => views.changed(change);
    }
  }
}
