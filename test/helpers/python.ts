import { execFileSync } from "node:child_process";

/**
 * Runs Debian's Python (/usr/bin/python3, where python3-icalendar and python3-vobject live;
 * the python3 first on PATH may be another one) on a script, and parses the JSON it prints.
 */
export function debianPython(script: string, input: string): unknown {
  try {
    return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script], { input, encoding: "utf8", timeout: 15_000 }));
  } catch (error) {
    throw new Error(`/usr/bin/python3 failed (are python3-icalendar and python3-vobject installed?): ${(error as Error).message}`);
  }
}
