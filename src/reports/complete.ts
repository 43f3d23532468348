// The report src/commands/complete.ts returns and its views in src/render/ read: a leaf both import.
import type { Quote } from "../domain/shell-words.js";

export type Shell = "bash" | "zsh" | "fish";

export interface Candidate {
  value: string;
  description: string;
}

export type Completions = { kind: "words"; candidates: Candidate[]; openQuote: Quote | undefined } | { kind: "files"; prefix: string };
