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
  if (candidates.length === 0 && names.length === 0) return "words\n";
  if (shell === "bash") {
    const values = candidates.map(({ value }) => value);
    return `words\n${bashReplies(values.length === 0 ? names : [...values, ...names], result.openQuote)}\n`;
  }
  const lines = candidates.map(({ value, description }) => (description ? `${value}\t${oneLine(description)}` : value));
  return `words\n${(lines.length === 0 ? names : [...lines, ...names]).join("\n")}\n`;
}
