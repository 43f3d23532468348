// The report src/commands/complete.ts returns and its views in src/render/ read: a leaf both import.
import type { Quote } from "../domain/shell-words.js";

export type Shell = "bash" | "zsh" | "fish";

export interface Candidate {
  value: string;
  description: string;
}

/**
 * Words that fit at the cursor: commands, flags and values with their descriptions, then the
 * contacts' names, which have none. The names stay bare strings: a Tab press may offer thousands.
 */
export type Completions = { kind: "words"; candidates: Candidate[]; names: string[]; openQuote: Quote | undefined } | { kind: "files"; prefix: string };
