// Widths as a terminal shows them: a wide character (CJK, most emoji) takes two columns, a
// combining mark none. Lines are measured and cut here, as plain text, before any colour.

/** The width of a line without terminal: cron's mail, a pipe, a file. */
export const DEFAULT_WIDTH = 80;

/**
 * Latin text (ASCII, Latin-1 and Latin Extended, no combining marks), the punctuation netlog
 * writes itself (dashes, quotes, …, •) and the characters of neutralise's tokens (control
 * pictures such as ␛, and ⟨ ⟩): one column per code point.
 * Most names and notes are. Other text is measured by string-width, whose import builds Unicode
 * tables and an Intl.Segmenter (about 20 ms and 3 MiB of a morning list), so it is imported only
 * when such text is to be shown: views that measure call loadWidthsFor first.
 */
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2400-\u2421\u27e8\u27e9]*$/;

let measure: ((text: string) => number) | undefined;

/** Makes displayWidth ready for `texts`: imports string-width if any of them is not Latin. */
export async function loadWidthsFor(texts: Iterable<string | null | undefined>): Promise<void> {
  if (measure) return;
  for (const text of texts) {
    if (text && !NARROW.test(text)) {
      measure = (await import("string-width")).default;
      return;
    }
  }
}

export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  if (!measure) throw new Error(`displayWidth: call loadWidthsFor first, for ${JSON.stringify(text)}`);
  return measure(text);
}

let segmenter: Intl.Segmenter | undefined;

/**
 * `text` cut to at most `max` columns, ending in … when cut; never splits a character, and ends
 * on a whole word unless that would throw away more than half of what fits.
 */
export function cutToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return "";
  if (NARROW.test(text)) return wordEnd(text.slice(0, max - 1), text[max - 1] ?? "");
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
  return wordEnd(out, next);
}

/** `out…`, ending on a whole word unless that would throw away more than half of it. */
function wordEnd(out: string, next: string): string {
  const lastSpace = out.lastIndexOf(" ");
  const kept = next === " " || lastSpace < out.length / 2 ? out : out.slice(0, lastSpace);
  return `${kept.trimEnd()}…`;
}
