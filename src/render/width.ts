// Widths as a terminal shows them: a wide character (CJK, most emoji) takes two columns, a
// combining mark none. Lines are measured and cut here, as plain text, before any colour.
import stringWidth from "string-width";

/** The width of a line without terminal: cron's mail, a pipe, a file. */
export const DEFAULT_WIDTH = 80;

export function displayWidth(text: string): number {
  return stringWidth(text);
}

let segmenter: Intl.Segmenter | undefined;

/**
 * `text` cut to at most `max` columns, ending in … when cut; never splits a character, and ends
 * on a whole word unless that would throw away more than half of what fits.
 */
export function cutToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return "";
  let out = "";
  let used = 0;
  let next = "";
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(text)) {
    const w = displayWidth(segment);
    if (used + w > max - 1) {
      next = segment;
      break;
    }
    out += segment;
    used += w;
  }
  const lastSpace = out.lastIndexOf(" ");
  const wordEnd = next === " " || lastSpace < out.length / 2 ? out : out.slice(0, lastSpace);
  return `${wordEnd.trimEnd()}…`;
}
