// nameKey (domain/names.ts) of a text that is all ASCII, without the transliteration tables: on
// plain ASCII that transliteration only drops ^ and ` (Unicode counts them as diacritics).
// test/unit/name-fold.test.ts holds the two equal on every ASCII character.

/** Whether nameKey may be asciiNameKey for this text. */
export function isAscii(text: string): boolean {
  return !/\P{ASCII}/u.test(text);
}

/** nameKey for text that is all ASCII. */
export function asciiNameKey(text: string): string {
  return text.replace(/[\^`]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}
