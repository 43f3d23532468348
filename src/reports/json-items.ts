// An array in a --json value whose items are read as they are written: `netlog log --json`
// lists every conversation, and holding 300,000 of them as objects took 540 MiB. The JSON
// printer (render/json.ts toJsonChunks) writes it exactly as JSON.stringify writes an array.

/** The items of a JSON array, produced one by one; iterated once. */
export class JsonItems<T = unknown> {
  constructor(readonly items: Iterable<T>) {}
}

/** `items` turned one by one by `turn`, never all held at once. */
export function* mapItems<T, U>(items: Iterable<T>, turn: (item: T) => U): Generator<U> {
  for (const item of items) yield turn(item);
}
