import type { Completions, Shell } from "../reports/complete.js";
import { bashReply } from "../domain/shell-words.js";
import { oneLine } from "../text/one-line.js";

/**
 * What `netlog __complete` prints for the script of `shell`: `files` (and, for bash, the prefix
 * to look up) or `words` then one candidate a line; zsh and fish show `value<TAB>description`.
 */
export function renderCompletions(result: Completions, shell: Shell): string {
  if (result.kind === "files") return shell === "bash" ? `files\n${result.prefix}\n` : "files\n";
  const lines = result.candidates.map(({ value, description }) => {
    if (shell === "bash") return bashReply(value, result.openQuote);
    return description ? `${value}\t${oneLine(description)}` : value;
  });
  return `${["words", ...lines].join("\n")}\n`;
}
