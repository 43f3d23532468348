// The suite must leave the machine as it found it: every temp folder a test makes
// (test/helpers/ctx.ts tempDir, netlog-test-*) is removed after that test, with what it held (a
// tmux server's socket, a mounted tmpfs). A folder of this run still there at the end means a
// cleanup did not run, and fails the run, naming it. Folders of other runs are left alone.
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";

const ours = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith("netlog-test-")));

export default function setup(): () => void {
  const before = ours();
  return () => {
    const left = [...ours()].filter((name) => !before.has(name));
    if (left.length === 0) return;
    // vitest logs an error thrown here but still exits 0, so the failure is an exit code.
    process.exitCode = 1;
    process.stderr.write(
      `\nFAIL the test suite left ${left.length} temp folder(s) in ${tmpdir()}: ${left.slice(0, 5).join(", ")}${left.length > 5 ? ", …" : ""}\nA test's cleanup did not run (test/helpers/cleanups.ts).\n`,
    );
  };
}
