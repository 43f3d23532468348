// What some tests need from the machine beyond Node and npm: programs, Debian's Python modules,
// root; whether this machine has them, and how to get them. test/helpers/needs.ts skips or fails
// the tests that need them, and test/helpers/skip-summary.ts sums up what was skipped.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

declare module "vitest" {
  interface TaskMeta {
    /** Set on a group that was skipped: the reasons, one per missing need. */
    missingNeeds?: MissingNeed[];
  }
}

export interface MissingNeed {
  need: NeedName;
  /** Why it is missing, e.g. "tmux is not on PATH". */
  reason: string;
  /** The Debian package that provides it, if one does. */
  debian?: string;
}

interface Need {
  /** Where the need is met; otherwise why not. */
  check(): true | string;
  debian?: string;
}

const program = (name: string, debian: string, path?: string): Need => ({
  check: () => (path ? isExecutable(path) : onPath(name)) || `${path ?? name} is not ${path ? "there" : "on PATH"}`,
  debian,
});

const debianPythonModule = (module: string, debian: string): Need => ({
  check() {
    const run = spawnSync("/usr/bin/python3", ["-c", `import ${module}`], { stdio: "ignore", timeout: 15_000, env: { PYTHONDONTWRITEBYTECODE: "1" } });
    return run.status === 0 || `/usr/bin/python3 cannot import ${module}`;
  },
  debian,
});

/** Every outside need of the suite, and the Debian package that meets it. */
const NEEDS = {
  tmux: program("tmux", "tmux"),
  faketime: program("faketime", "faketime"),
  zsh: program("zsh", "zsh"),
  fish: program("fish", "fish"),
  // The benchmark reads peak memory from GNU time, not the shell's time keyword.
  "gnu-time": program("time", "time", "/usr/bin/time"),
  mount: program("mount", "mount"),
  // netlog.1 is checked by the formatter man(1) uses.
  groff: program("groff", "groff-base"),
  chattr: program("chattr", "e2fsprogs"),
  python3: program("python3", "python3", "/usr/bin/python3"),
  "python3-icalendar": debianPythonModule("icalendar", "python3-icalendar"),
  "python3-vobject": debianPythonModule("vobject", "python3-vobject"),
  // khard, the address book of the terminal, reads netlog's vdir as a user's would.
  khard: program("khard", "khard"),
  // A CardDAV server of its own and the sync tool between it and a vdir: a phone's address book, end to end.
  radicale: program("radicale", "radicale"),
  vdirsyncer: program("vdirsyncer", "vdirsyncer"),
  // Headless LibreOffice Calc opens the CSV export as a person would, to prove no cell is a formula.
  libreoffice: program("soffice", "libreoffice-calc-nogui"),
  // Read-only and full disks are tmpfs mounts, an unwritable file is chattr +i (permission bits
  // do not stop root) and a device is made with mknod: each needs root.
  root: { check: () => process.getuid?.() === 0 || "the suite is not running as root" },
} satisfies Record<string, Need>;

export type NeedName = keyof typeof NEEDS;

const checked = new Map<NeedName, true | string>();

/** The needs among `names` that this machine does not meet, each with its reason. */
export function missing(names: readonly NeedName[]): MissingNeed[] {
  return names.flatMap((need) => {
    if (!checked.has(need)) checked.set(need, NEEDS[need].check());
    const result = checked.get(need)!;
    return result === true ? [] : [{ need, reason: result, debian: (NEEDS[need] as Need).debian }];
  });
}

/**
 * CI must check everything: CI (set by .ci/run and every CI service) or NETLOG_TEST_STRICT=1
 * turns a missing need into a failure. NETLOG_TEST_STRICT=0 allows skipping even under CI.
 */
export function strict(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NETLOG_TEST_STRICT !== undefined && env.NETLOG_TEST_STRICT !== "") return env.NETLOG_TEST_STRICT !== "0";
  return env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
}

/** The one line that meets every need in `lacking`: the Debian packages, then root. */
export function howToMeet(lacking: readonly MissingNeed[]): string {
  const packages = [...new Set(lacking.flatMap((m) => (m.debian ? [m.debian] : [])))].sort();
  const steps = [packages.length ? `apt-get install ${packages.join(" ")}` : "", lacking.some((m) => m.need === "root") ? "run npm test as root" : ""];
  return steps.filter(Boolean).join(", then ");
}

function onPath(name: string): boolean {
  return programPath(name) !== undefined;
}

/** Where `name` is on the PATH the suite runs with, for spawning it under a PATH of its own. */
export function programPath(name: string): string | undefined {
  return (process.env.PATH ?? "").split(delimiter).flatMap((dir) => (dir !== "" && isExecutable(join(dir, name)) ? [join(dir, name)] : []))[0];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
