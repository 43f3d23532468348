import type { Completions, Shell } from "../reports/complete.js";
import { bashReplies } from "../domain/shell-words.js";
import { oneLine } from "../text/one-line.js";

/**
 * What `netlog __complete` prints for the script of `shell`: `files` (and, for bash, the prefix
 * to look up) or `words` then one candidate a line; zsh and fish show `value<TAB>description`.
 */
export function renderCompletions(result: Completions, shell: Shell): string {
  if (result.kind === "files") return shell === "bash" ? `files\n${result.prefix}\n` : "files\n";
  if (result.candidates.length === 0) return "words\n";
  if (shell === "bash") {
    return `words\n${bashReplies(
      result.candidates.map(({ value }) => value),
      result.openQuote,
    )}\n`;
  }
  const lines = result.candidates.map(({ value, description }) => (description ? `${value}\t${oneLine(description)}` : value));
  return `words\n${lines.join("\n")}\n`;
}
