// `netlog review`: today's list on a terminal, one person at a time.
import { defineCommand } from "./spec.js";

export const commands = [
  defineCommand({
    path: "review",
    summary: "go through today's list, one person at a time",
    description: "Walk today's list on a terminal, one person at a time: log a conversation, snooze, dismiss, pause, archive or skip each with one key.",
    notes: "Keys: l log, s snooze, d dismiss, p pause, a archive, n next (Enter), q quit.",
    examples: ["netlog review", "netlog due      # the same list, printed"],
    async run(_invocation, ctx) {
      const [{ review }, dueView, loggedView, dismissView, reviewView, { loadWidthsFor }] = await Promise.all([
        import("../commands/review.js"),
        import("../render/due.js"),
        import("../render/logged.js"),
        import("../render/dismiss.js"),
        import("../render/review.js"),
        import("../render/width.js"),
      ]);
      // review shows people one at a time, after reading the list: widths for any text.
      await loadWidthsFor(["\u4e00"]);
      const report = await review(ctx, {
        item: (item, position, total) => dueView.renderReviewItem(item, position, total, ctx.today, ctx.style, ctx.columns),
        logged: (logged) => loggedView.renderLogged(logged, ctx.style, ctx.today),
        changed: (change) => reviewView.renderChange(change),
        dismissed: (dismissal) => dismissView.renderDismissed(dismissal, ctx.style, ctx.today),
      });
      return reviewView.renderReviewed(report);
    },
  }),
];
