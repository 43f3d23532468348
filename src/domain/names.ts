import transliterate from "@sindresorhus/transliterate";
import { distance } from "fastest-levenshtein";
import { asciiNameKey, isAscii } from "./ascii-name-key.js";

/**
 * Case-, accent- and spacing-insensitive form of a name: `Zoë  Ångström` → `zoe angstrom`,
 * `Søren`, `Straße`, `Łukasz` → `soren`, `strasse`, `lukasz`. Marks are stripped first so that
 * `ü` folds to `u` (what people type), not to the German `ue`; letters that Unicode does not
 * decompose (ø, ł, ß, æ) are transliterated. Scripts without a Latin form are kept as they are.
 */
export function nameKey(name: string): string {
  // Most names of an export are plain ASCII, where NFKD and transliteration change nothing but
  // ^ and `: folded so, 30,000 names take about 25 ms instead of 100 (an import folds each twice).
  if (isAscii(name)) return asciiNameKey(name);
  // Most others are ASCII once their marks are dropped (José, Zoë, Nguyễn), and need no
  // transliteration tables either, which take about 13 ms to build (a Tab press takes 25).
  const unmarked = withoutMarks(name);
  return isAscii(unmarked) ? asciiNameKey(unmarked) : transliterated(unmarked);
}

/** nameKey by Unicode's decomposition and the transliteration tables alone, for any text. */
export function transliteratedNameKey(name: string): string {
  return transliterated(withoutMarks(name));
}

/** Marks, and format characters such as zero-width spaces pasted from web pages, dropped. */
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;

function withoutMarks(name: string): string {
  return name.normalize("NFKD").replace(MARKS_AND_FORMAT, "");
}

function transliterated(unmarked: string): string {
  return transliterate(unmarked).toLowerCase().replace(/\s+/g, " ").trim();
}

export interface NameCandidate {
  name: string;
}

export type MatchKind = "exact" | "prefix" | "fuzzy" | "none";

export interface NameMatch<T> {
  kind: MatchKind;
  matches: T[];
}

/**
 * Finds who a typed name means, strictest rule first: the whole name, then the start of the
 * name or of any word in it (`elaine`, `longm`), then a close spelling (`elane longmire`).
 * Each rule returns every candidate it fits, so the caller can tell unique from ambiguous.
 */
export function matchName<T extends NameCandidate>(query: string, candidates: readonly T[]): NameMatch<T> {
  const q = nameKey(query);
  if (q === "") return { kind: "none", matches: [] };
  const keyed = candidates.map((c) => ({ c, key: nameKey(c.name) }));

  const exact = keyed.filter((k) => k.key === q);
  if (exact.length > 0) return { kind: "exact", matches: exact.map((k) => k.c) };

  const prefix = keyed.filter((k) => startsAtAWord(k.key, q));
  if (prefix.length > 0) return { kind: "prefix", matches: prefix.map((k) => k.c) };

  // Short queries match too much by spelling ("bob" ~ "rob"), so fuzzy needs four letters.
  if (q.length < 4) return { kind: "none", matches: [] };
  const allowed = Math.max(1, Math.floor(q.length / 5));
  // The difference in length is a lower bound of the edit distance: skip what cannot be close.
  const near = (text: string) => (Math.abs(text.length - q.length) <= allowed ? distance(q, text) : Infinity);
  const fuzzy = keyed.map((k) => ({ ...k, d: Math.min(near(k.key), ...k.key.split(" ").map(near)) })).filter((k) => k.d <= allowed);
  if (fuzzy.length === 0) return { kind: "none", matches: [] };
  const best = Math.min(...fuzzy.map((k) => k.d));
  return { kind: "fuzzy", matches: fuzzy.filter((k) => k.d === best).map((k) => k.c) };
}

/**
 * Built on first use, by a name typed in part: a pattern of Unicode properties took V8 a third
 * of a millisecond to build when the module loaded (--cpu-prof), on every add and log.
 */
let letterOrDigit: RegExp | undefined;

/** True when `q` starts the key or one of its later words ("longm" in "elaine longmire", "jane" in "mary-jane"). */
function startsAtAWord(key: string, q: string): boolean {
  letterOrDigit ??= /[\p{L}\p{N}]/u;
  for (let i = 0; i < key.length; i++) {
    if ((i === 0 || !letterOrDigit.test(key[i - 1]!)) && key.startsWith(q, i)) return true;
  }
  return false;
}
