// What `netlog __complete` prints, for the fast path (fast-path.ts): the same functions as the
// command in src/cli/completion.ts, over the tree the build wrote instead of the live program.
// The build puts it into fast-path.cjs itself: a Tab press loads as few files as it can.
import { readFileSync } from "node:fs";
import { completeIn, completionRequest, SHELLS } from "./commands/complete.js";
import type { CommandNode } from "./commands/completion-tree.js";
import { renderCompletions } from "./render/completions.js";
import { resolveDbLocation } from "./store/paths.js";

/** The completions of `words` for `shell`, names read from `--db` or where the environment says. */
export async function completionsFor(shell: string, words: readonly string[], db: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  // A Tab press offers what fits, or nothing: never an error in the middle of the user's line.
  try {
    const known = SHELLS.find((s) => s === shell);
    if (!known) return "";
    const tree = JSON.parse(readFileSync(new URL("./completion-tree.json", import.meta.url), "utf8")) as CommandNode;
    const request = completionRequest(known, words);
    return renderCompletions(await completeIn(tree, request.before, request.current, request.openQuote, () => resolveDbLocation(db, env).path), known);
  } catch {
    return "";
  }
}
