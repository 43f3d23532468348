// Tab completion folds every contact's name as the commands match names (nameKey), but nameKey's
// transliteration tables take longer to build (about 17 ms) than the rest of a Tab press. On
// plain ASCII that transliteration only drops ^ and ` (Unicode counts them as diacritics), so
// ASCII-only input is folded here and anything else goes to nameKey. The unit test
// test/unit/name-fold.test.ts holds the two equal on every ASCII character.

/** nameKey for text that is all ASCII. */
export function asciiNameKey(text: string): string {
  return text.replace(/[\^`]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A fold equal to nameKey for every one of `texts`, loading nameKey only when it is needed. */
export async function nameFoldFor(texts: readonly string[]): Promise<(text: string) => string> {
  if (texts.every((text) => !/\P{ASCII}/u.test(text))) return asciiNameKey;
  return (await import("../domain/names.js")).nameKey;
}
