import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "./ctx.js";

const NUMBERS = { null: [1, 3], zero: [1, 5], full: [1, 7] } as const;

/**
 * A character device like /dev/null, /dev/zero or /dev/full, made with mknod in a temp folder,
 * so that a test never hands the machine's own devices to a program that writes. Needs root.
 */
export function deviceFile(kind: keyof typeof NUMBERS): string {
  const path = join(tempDir(), kind);
  const [major, minor] = NUMBERS[kind];
  execFileSync("mknod", [path, "c", String(major), String(minor)]);
  return path;
}
