// node:crypto, loaded on the first id or name made rather than on every run: `netlog due`, which
// makes none, saved its 2–3 ms of loading.
import { createRequire } from "node:module";

let crypto: typeof import("node:crypto") | undefined;
const loaded = () => (crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto"));

/** A new RFC 4122 version 4 UUID, as crypto.randomUUID makes it. */
export function randomUUID(): string {
  return loaded().randomUUID();
}

/** `size` random bytes, as crypto.randomBytes gives them. */
export function randomBytes(size: number): Buffer {
  return loaded().randomBytes(size);
}
