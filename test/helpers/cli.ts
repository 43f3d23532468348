import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tempDir } from "./ctx.js";

export const BIN = fileURLToPath(new URL("../../bin/netlog.js", import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Runs bin/netlog.js as a user's shell would, with only the environment given (plus a PATH
 * that finds node), stdin from /dev/null and no terminal, in an empty temp folder: whatever a
 * relative path makes it write lands there, never in the checkout.
 */
export function netlog(args: readonly string[], env: Record<string, string>): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: "/usr/bin:/bin", ...env },
    cwd: tempDir(),
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 15_000,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
