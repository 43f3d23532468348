import { execFileSync } from "node:child_process";
import { tempDir } from "./ctx.js";

/**
 * Runs Debian's Python (/usr/bin/python3, where python3-icalendar and python3-vobject live;
 * the python3 first on PATH may be another one) on a script, and parses the JSON it prints.
 * It runs in a temp folder and writes no bytecode, so it leaves nothing behind, even as root in
 * the system's module folders. Tests that call it declare the module they read with (needs.ts).
 */
export function debianPython(script: string, input: string): unknown {
  return JSON.parse(
    execFileSync("/usr/bin/python3", ["-c", script], {
      input,
      encoding: "utf8",
      timeout: 15_000,
      cwd: tempDir(),
      env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8", PYTHONDONTWRITEBYTECODE: "1" },
    }),
  );
}
