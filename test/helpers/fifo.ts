import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { onCleanup, tempDir } from "./ctx.js";

/** A named pipe in a temp folder, and a shell writing `script`'s output into it; killed after the test. */
export function fifoFrom(script: string): string {
  const path = join(tempDir(), "pipe");
  execFileSync("mkfifo", [path]);
  const writer: ChildProcess = spawn("sh", ["-c", `{ ${script}; } > "$1"`, "sh", path], { stdio: "ignore" });
  onCleanup(() => writer.exitCode === null && writer.kill());
  return path;
}
