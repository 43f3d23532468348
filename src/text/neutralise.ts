// The one way stored text reaches a person: every view and every prompt shows names, companies,
// notes and tags through neutralise (one line) or neutraliseLines (notes shown as paragraphs).
// Such text arrives from any import, so it may hold what a terminal would obey or hide:
//
// - C0 controls and DEL become their Unicode control pictures (ESC → ␛, BEL → ␇, DEL → ␡): an
//   escape sequence is then printable text, so `\e]52;…\a` can no longer write the clipboard
//   (OSC 52), `\e]0;…` rename the window or `\e[2J` clear the screen, and the person sees that
//   the name holds one.
// - Line breaks and tabs become a space in one line; a lone CR would otherwise move the cursor
//   back and let the rest of a name overwrite what came before it.
// - C1 controls (U+0080–U+009F: 0x9B is CSI, 0x9D OSC to some terminals), the bidi controls
//   (embeddings, overrides, isolates, LRM, RLM, ALM: an RLO reverses the rest of the line) and
//   the other default-ignorable characters (zero-width space, word joiner, BOM, Mongolian vowel
//   separator, Hangul fillers, the soft hyphen, the interlinear annotation marks) become a token
//   such as ⟨U+202E⟩. They are invisible, so two names that differ by one look the same; and
//   terminals disagree on their width (xterm draws a soft hyphen, string-width counts none, a
//   Hangul filler is a wide blank), so lines measured with them would not fit.
// - Kept, because real names need them and they hide nothing: ZWNJ and ZWJ between two letters,
//   marks or emoji (Persian writes می‌خواهم with a ZWNJ; 👩‍💻 is a ZWJ sequence), a variation selector
//   right after a visible character (❤️, 1️⃣, CJK ideographic variants), and the tag characters of
//   a flag such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿. Elsewhere these are shown as tokens too.
// - A lone surrogate (not text at all) becomes U+FFFD, as any UTF-8 output would write it.
//
// Every token is made of characters one column wide (control pictures, ⟨ ⟩, ASCII), which
// render/width.ts measures without string-width, so a neutralised line is measured as it is drawn.
// --json never comes here: it keeps the exact stored text.

/**
 * Latin text holds nothing to neutralise, and is told cheaply: the patterns of Unicode properties
 * below take V8 about 1.5 ms to build and run first (a Tab press takes 30), so each is built on
 * its first use, which other text alone brings. Latin here is printable ASCII, Latin-1's
 * printable characters but the soft hyphen (U+00AD, default-ignorable), and Latin Extended-A
 * and -B (U+0100–U+024F: letters only).
 */
const ONLY_PRINTABLE_LATIN = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f]*$/;

function lazily(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= make());
}

/** Characters that may need work; text without any is returned as it is, cheaply. */
const SUSPECT = lazily(() => /[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}\p{Cs}\ufff9-\ufffb]/u);

/** Line breaks, as one line shows them and neutraliseLines splits on them. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u2028\u2029]/;

/** What a ZWNJ or ZWJ may stand between to be kept. */
const JOINS = lazily(() => /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u);
/** What a variation selector may follow to be kept: a visible character. */
const VARIES = lazily(() => /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u);
const VARIATION_SELECTOR = /[\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

/** ⟨U+202E⟩: an invisible or dangerous character, named. */
export function token(codePoint: number): string {
  return `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}⟩`;
}

/** `text` safe for one line of a terminal: nothing in it is obeyed, hidden or able to break the line. */
export function neutralise(text: string): string {
  if (ONLY_PRINTABLE_LATIN.test(text) || !SUSPECT().test(text)) return text;
  return neutraliseLine(text.split(LINE_BREAK).join(" "));
}

/** Text shown as paragraphs (a contact's notes): its own line breaks kept, each line neutralised. */
export function neutraliseLines(text: string): string[] {
  return text.split(LINE_BREAK).map(neutraliseLine);
}

function neutraliseLine(line: string): string {
  if (ONLY_PRINTABLE_LATIN.test(line) || !SUSPECT().test(line)) return line;
  const chars = Array.from(line);
  let out = "";
  let inFlag = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const code = char.codePointAt(0)!;
    // A flag's tag characters follow 🏴 and end with CANCEL TAG (U+E007F).
    const isTag = code >= 0xe0020 && code <= 0xe007f;
    inFlag = isTag && (inFlag || chars[i - 1]?.codePointAt(0) === BLACK_FLAG);
    out += shown(char, code, chars[i - 1], chars[i + 1], inFlag);
    if (code === CANCEL_TAG) inFlag = false;
  }
  return out;
}

function shown(char: string, code: number, before: string | undefined, after: string | undefined, inFlag: boolean): string {
  if (code === 0x09) return " ";
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
  if (!SUSPECT().test(char)) return char;
  if (code === 0x200c || code === 0x200d) return before !== undefined && after !== undefined && JOINS().test(before) && JOINS().test(after) ? char : token(code);
  if (VARIATION_SELECTOR.test(char)) return before !== undefined && VARIES().test(before) && !VARIATION_SELECTOR.test(before) ? char : token(code);
  if (inFlag) return char;
  return token(code);
}
