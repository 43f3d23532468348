// A leaf of its own so that `netlog __complete`, run on every Tab, gets it without the views'
// date helpers (render/text.ts loads date-fns).
import { neutralise } from "./neutralise.js";

/** Text as one line, neutralised, its runs of spaces and line breaks one space each. */
export function oneLine(text: string): string {
  return neutralise(text).replace(/\s+/g, " ").trim();
}
