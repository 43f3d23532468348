// nameKey (domain/names.ts) of a text that is all ASCII, without the transliteration tables: on
// plain ASCII that transliteration only drops ^ and ` (Unicode counts them as diacritics).
// test/unit/name-fold.test.ts holds the two equal on every ASCII character.

/**
 * A UTF-16 unit outside ASCII: any code point outside it has one, a lone surrogate too. Written as
 * a range, not `\P{ASCII}`: the build (esbuild) turned that literal into `new RegExp(...)`, made
 * again at every call, and a Tab press offering 1,857 names spent 14 M instructions (callgrind)
 * testing them with it.
 */
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether nameKey may be asciiNameKey for this text. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** nameKey for text that is all ASCII. */
export function asciiNameKey(text: string): string {
  return text.replace(/[\^`]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}
