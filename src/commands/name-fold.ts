// Tab completion folds every contact's name as the commands match names (nameKey), but nameKey's
// transliteration tables take longer to build (about 17 ms) than the rest of a Tab press. So
// ASCII-only input is folded by asciiNameKey (domain/ascii-name-key.ts) and anything else goes to
// nameKey. The unit test test/unit/name-fold.test.ts holds the two equal on every ASCII character.
// Both are imported when a name is folded: a static import would make the module a chunk of its
// own, shared with nameKey's, which --version would then load too (test/e2e/bundle.test.ts).

/** A fold equal to nameKey for every one of `texts`, loading nameKey only when it is needed. */
export async function nameFoldFor(texts: readonly string[]): Promise<(text: string) => string> {
  const { asciiNameKey, isAscii } = await import("../domain/ascii-name-key.js");
  if (texts.every(isAscii)) return asciiNameKey;
  return (await import("../domain/names.js")).nameKey;
}
