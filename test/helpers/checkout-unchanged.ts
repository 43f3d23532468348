// The suite must leave the checkout as it found it: a test that makes netlog write a file
// relative to the working directory (as `--db :memory:` once did, leaving a file named
// `:memory:` that was then committed) fails the run here. Ignored files count too, so a stray
// `netlog.db` cannot hide behind .gitignore; build output (dist/) is made before the first look.
import { execFileSync } from "node:child_process";

function status(): string | undefined {
  try {
    return execFileSync("git", ["status", "--porcelain", "--ignored", "--untracked-files=normal"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined; // not a git checkout (an unpacked tarball), or no git: nothing to compare
  }
}

export default function setup(): () => void {
  const before = status();
  return () => {
    const after = status();
    if (before === undefined || after === undefined || after === before) return;
    const was = new Set(before.split("\n"));
    const changed = after.split("\n").filter((line) => line !== "" && !was.has(line));
    const gone = before.split("\n").filter((line) => line !== "" && !after.split("\n").includes(line));
    const lines = [...changed.map((l) => `  now: ${l}`), ...gone.map((l) => `  was: ${l}`)];
    // vitest logs an error thrown here but still exits 0, so the failure is an exit code.
    process.exitCode = 1;
    process.stderr.write(
      `\nFAIL the test suite changed the checkout (git status --porcelain --ignored):\n${lines.join("\n")}\nA test must write only inside the temp folders it creates (or a file was changed while the suite ran).\n`,
    );
  };
}
