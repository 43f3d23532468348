// `--limit N`, for due, log and search. A module of its own: fields.ts loads name matching,
// which `netlog due` must not pay for.
import { usageError } from "../errors.js";

/** `--limit N`: a whole number, 0 meaning no limit. `of` names what is counted, `all` what 0 gives. */
export function limitFlag(value: string, words: { of: string; all: string }): number {
  if (!/^\d{1,6}$/.test(value.trim())) throw usageError(`--limit: '${value}' is not a number of ${words.of}`, `use a whole number, or 0 for ${words.all}`);
  return Number(value);
}
