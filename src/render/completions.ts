import type { Completions, Shell } from "../reports/complete.js";
import { bashReplies } from "../domain/shell-words.js";
import { oneLine } from "../text/one-line.js";

/**
 * What `netlog __complete` prints for the script of `shell`: `files` (and, for bash, the prefix
 * to look up) or `words` then one candidate a line; zsh and fish show `value<TAB>description`.
 */
export function renderCompletions(result: Completions, shell: Shell): string {
  if (result.kind === "files") return shell === "bash" ? `files\n${result.prefix}\n` : "files\n";
  const { candidates, names } = result;
  // bash shows no descriptions; the names have none, and are not copied when they come alone.
  const described = candidates.map(({ value, description }) => (shell === "bash" || !description ? value : `${value}\t${oneLine(description)}`));
  const lines = described.length === 0 ? names : [...described, ...names];
  if (lines.length === 0) return "words\n";
  return `words\n${shell === "bash" ? bashReplies(lines, result.openQuote) : lines.join("\n")}\n`;
}
