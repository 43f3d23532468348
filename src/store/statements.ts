import type { Database, Statement } from "better-sqlite3";

type Mode = "object" | "raw";
const caches = new WeakMap<Database, Record<Mode, Map<string, Statement>>>();

/**
 * Keyed by the text itself, not by a key made from it: a string built per call (`mode + text`)
 * is hashed again on every call, and for the few long statements an import runs per row that
 * hashing cost more than the lookup.
 */
function cached(db: Database, mode: Mode, text: string, prepare: () => Statement): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { object: new Map(), raw: new Map() }));
  let prepared = cache[mode].get(text);
  if (!prepared) cache[mode].set(text, (prepared = prepare()));
  return prepared;
}

/**
 * The prepared statement for `text` on `db`, compiled once per connection: an import of 30,000
 * rows runs the same few statements 30,000 times. Only for statements used in their default
 * mode (no pluck, raw or expand, which would change them for every caller).
 */
export function statement(db: Database, text: string): Statement {
  return cached(db, "object", text, () => db.prepare(text));
}

/** Like `statement`, for statements whose rows come back as arrays of column values. */
export function rawStatement(db: Database, text: string): Statement {
  return cached(db, "raw", text, () => db.prepare(text).raw(true));
}

/**
 * A SELECT list from `{ name: expression }` (each aliased to its name), and a reader that gives
 * the values of a raw row, in that order, their names. For a statement with many columns over
 * many rows: better-sqlite3 builds a row object property by property, which for the 31 columns
 * of the morning list's query cost more than the query (7,500 rows: 45 ms of CPU as arrays, 85
 * as objects). A named row here is a view on the array: read its fields, do not spread it.
 */
export function namedColumns<Row>(columns: { [K in keyof Row & string]: string }): { select: string; read: (values: unknown[]) => Row } {
  const names = Object.keys(columns) as Array<keyof Row & string>;
  class View {
    constructor(readonly values: unknown[]) {}
  }
  names.forEach((name, index) => {
    Object.defineProperty(View.prototype, name, {
      get(this: View) {
        return this.values[index];
      },
    });
  });
  return {
    select: names.map((name) => `${columns[name]} AS ${name}`).join(",\n    "),
    read: (values) => new View(values) as unknown as Row,
  };
}
