// The order of names on the morning list, as a key that SQLite orders the same way (by bytes):
// the list is cut in the store (store/schedules.ts) and in the engine (domain/due.ts compareDue),
// and both must agree on who comes first. It follows what an English collator at base strength
// with numeric ordering did before: case and accents do not count (`élise` = `Elise`), and
// numbers count as numbers (`Item 9` before `Item 10`).

/** Digit runs are padded to this many digits, so that byte order is numeric order. */
const NUMBER_WIDTH = 20;

const keys = new Map<string, string>();

/** Combining marks. Made here, once: esbuild writes this literal as `new RegExp(...)`, which a call would make again. */
const MARKS = /\p{M}/gu;

export function nameOrderKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // ASCII letters and spaces only, as most names are: nothing to decompose.
    const folded = /^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : name.normalize("NFKD").replace(MARKS, "").toLowerCase();
    key = folded.replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, "").padStart(NUMBER_WIDTH, "0"));
    keys.set(name, key);
  }
  return key;
}

/** Byte order of UTF-8, as SQLite's BINARY collation compares: code point order, not UTF-16's. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
