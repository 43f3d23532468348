// `netlog due --notify` (in-process) with a notify-send of our own first on PATH, or none at all.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const TODAY = ["--today", "2026-11-25"];

/** A folder with a notify-send made of `body` (sh); it writes its arguments, one a line, to `log`. */
function fakeNotifySend(body: string): { bin: string; log: string } {
  const bin = tempDir();
  const log = join(tempDir(), "argv");
  writeFileSync(join(bin, "notify-send"), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n${body}\n`);
  chmodSync(join(bin, "notify-send"), 0o755);
  return { bin, log };
}

async function withDue(path: string) {
  const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles", HOME: tempDir(), PATH: path };
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--every", "1w"], env);
  await netlogInProcess(["--today", "2026-11-01", "contact", "add", "Sam Ortiz", "--every", "2w"], env);
  return env;
}

const DUE =
  "2 people due today:\n  Elaine Longmire (Jefferson Bank): 17 days overdue\n    never contacted, added 1 Nov\n  Sam Ortiz: 10 days overdue\n    never contacted, added 1 Nov\n";

describe("netlog due --notify", async () => {
  it("sends who is due to notify-send and prints exactly what netlog due prints", async () => {
    const { bin, log } = fakeNotifySend("exit 0");
    const env = await withDue(`${bin}:/usr/bin:/bin`);
    expect(await netlogInProcess(["due", ...TODAY], env)).toEqual({ code: 0, stdout: DUE, stderr: "" });
    expect(existsSync(log)).toBe(false);
    expect(await netlogInProcess(["due", "--notify", ...TODAY], env)).toEqual({ code: 0, stdout: DUE, stderr: "" });
    expect(readFileSync(log, "utf8")).toBe("--app-name=netlog\n--\nnetlog: 2 people due today\nElaine Longmire, Sam Ortiz\n");
  });

  it("sends nothing when nobody is due", async () => {
    const { bin, log } = fakeNotifySend("exit 0");
    const env = await withDue(`${bin}:/usr/bin:/bin`);
    expect(await netlogInProcess(["due", "--notify", "--today", "2026-11-02"], env)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(existsSync(log)).toBe(false);
  });

  it("without notify-send on PATH, says nothing about it", async () => {
    const env = await withDue(tempDir());
    expect(await netlogInProcess(["due", "--notify", ...TODAY], env)).toEqual({ code: 0, stdout: DUE, stderr: "" });
  });

  it("under cron (no session bus address), finds the desktop's bus in the user's runtime folder", async () => {
    const { bin, log } = fakeNotifySend('printf "%s\\n" "$DBUS_SESSION_BUS_ADDRESS" >> "$0.bus"');
    const runtime = tempDir();
    writeFileSync(join(runtime, "bus"), ""); // stands for the desktop session's bus socket
    const env = { ...(await withDue(`${bin}:/usr/bin:/bin`)), XDG_RUNTIME_DIR: runtime };
    expect(await netlogInProcess(["due", "--notify", ...TODAY], env)).toEqual({ code: 0, stdout: DUE, stderr: "" });
    expect(await netlogInProcess(["due", "--notify", ...TODAY], { ...env, DBUS_SESSION_BUS_ADDRESS: "unix:path=/elsewhere" })).toEqual({ code: 0, stdout: DUE, stderr: "" });
    expect(await netlogInProcess(["due", "--notify", ...TODAY], { ...env, XDG_RUNTIME_DIR: tempDir() })).toEqual({ code: 0, stdout: DUE, stderr: "" });
    expect(readFileSync(join(bin, "notify-send.bus"), "utf8")).toBe(`unix:path=${join(runtime, "bus")}\nunix:path=/elsewhere\n\n`);
    expect(existsSync(log)).toBe(true);
  });

  it("when notify-send fails, still prints the list and exits 0, with a warning on stderr", async () => {
    const { bin } = fakeNotifySend("echo 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2; exit 1");
    const env = await withDue(`${bin}:/usr/bin:/bin`);
    expect(await netlogInProcess(["due", "--notify", ...TODAY], env)).toEqual({
      code: 0,
      stdout: DUE,
      stderr: "warning: notify-send failed: Cannot autolaunch D-Bus without X11 $DISPLAY\n",
    });
  });

  it("does not wait for a notify-send that hangs", async () => {
    const { bin, log } = fakeNotifySend("exec sleep 60");
    const env = await withDue(`${bin}:/usr/bin:/bin`);
    const started = Date.now();
    expect(await netlogInProcess(["due", "--notify", ...TODAY], env)).toEqual({ code: 0, stdout: DUE, stderr: "warning: notify-send did not finish within 5 seconds\n" });
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(existsSync(log)).toBe(true);
  });
});
