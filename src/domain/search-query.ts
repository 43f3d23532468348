// What people type into `netlog search`, made into FTS5 queries that cannot be a syntax error,
// and the marked-up text FTS5 gives back, made into plain pieces a renderer can colour.

/**
 * One FTS5 query per word: a quoted string (quotes doubled), so `AND`, `NEAR(`, `*`, `-` or `:`
 * are words to look for, never operators. The last word is a prefix (`longm` finds Longmire):
 * people type the start of a name and stop. A word with no letter or digit (`"`, `*`, `-`) is
 * dropped: FTS5 would find no word in it.
 */
export function searchTerms(text: string): string[] {
  const words: string[] = [];
  // A control character ends a word: FTS5 reads a NUL inside quotes as the end of the query.
  for (const word of text.split(/[\s\p{Cc}]+/u)) {
    if (/[\p{L}\p{N}]/u.test(word) && !words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words.map((word, i) => `"${word.replaceAll('"', '""')}"${i === words.length - 1 ? "*" : ""}`);
}

/** Any of the words: what highlight() and snippet() mark. */
export function anyTerm(terms: readonly string[]): string {
  return terms.join(" OR ");
}

// Markers for highlight() and snippet(): control characters, which the neutraliser never lets
// through from stored text, so a renderer can tell them apart (see piecesOf for the exception).
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Splits FTS5's marked-up text into plain and matching pieces. `stored` is the text it was made
 * from: if that already holds a marker character, the marks cannot be told apart from it, and
 * the text comes back unmarked rather than marked wrongly.
 */
export function piecesOf(marked: string, stored: string): Piece[] {
  if (stored.includes(MATCH_START) || stored.includes(MATCH_END)) return [{ text: marked.replaceAll(MATCH_START, "").replaceAll(MATCH_END, ""), match: false }];
  const pieces: Piece[] = [];
  for (const [i, part] of marked.split(MATCH_START).entries()) {
    const end = part.indexOf(MATCH_END);
    if (i > 0 && end >= 0) pieces.push({ text: part.slice(0, end), match: true });
    const rest = i > 0 && end >= 0 ? part.slice(end + 1) : part;
    if (rest !== "") pieces.push({ text: rest, match: false });
  }
  return pieces;
}

/** Whether FTS5 marked anything in this text. */
export function hasMatch(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => p.match);
}
