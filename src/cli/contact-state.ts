// The commands that change one thing about a contact (archive, snooze, pause, follow-up …) and
// answer with one sentence.
import type { StateChange } from "../reports/contact-state.js";

type StateCommands = typeof import("../commands/contact-state.js");

/** Runs one of commands/contact-state.ts's changes and words its result. */
export async function changeState(change: (state: StateCommands) => Promise<StateChange>): Promise<string> {
  const [state, { renderChange }] = await Promise.all([import("../commands/contact-state.js"), import("../render/review.js")]);
  // The sentence holds the contact's name: renderChange shows it through the neutraliser.
  return renderChange(await change(state));
}
