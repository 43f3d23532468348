// Backups, restore, doctor and undo as a person uses them: one run after another, real files.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("netlog doctor", async () => {
  it("exits 1 after its report when something is wrong, and 0 when all is well", async () => {
    const home = tempDir();
    const env = { HOME: home, TZ: "America/Los_Angeles" };
    const missing = await netlogInProcess(["doctor"], env);
    expect([missing.code, missing.stderr]).toEqual([1, "error: netlog doctor found a problem\nhint: each is marked ✗ above, with its fix\n"]);
    expect(missing.stdout).toContain("the default, ~/.local/share/netlog/netlog.db (no --db, NETLOG_DB or XDG_DATA_HOME)\n✗ database  no database at");
    await netlogInProcess(["contact", "add", "Elaine"], env);
    const ok = await netlogInProcess(["doctor", "--json"], env);
    expect([ok.code, ok.stderr, JSON.parse(ok.stdout).ok, JSON.parse(ok.stdout).chosen_by]).toEqual([0, "", true, "HOME"]);
    // The last connection to close removes the WAL and shared-memory files, so there are none to check.
    expect(JSON.parse(ok.stdout).checks.map((c: { name: string }) => c.name)).toEqual(["folder", "file", "schema", "integrity"]);
  });
});

describe("undo, backup and restore across runs", async () => {
  it("undoes in a later run what an earlier one wrote", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    await netlogInProcess(["--today", "2026-11-24", "add", "Elaine Longmire", "--new", "--via", "phone", "--note", "talked about her move"], env);
    await netlogInProcess(["--today", "2026-11-25", "add", "Elaine", "--via", "email", "--note", "sent the deck"], env);
    const undone = await netlogInProcess(["undo"], env);
    expect([undone.code, undone.stderr]).toEqual([0, ""]);
    expect(undone.stdout).toMatch(/^Undid add \(\d+ \w+ \d{4} \d\d:\d\d\): email with Elaine Longmire on 2026-11-25\n$/);
    const shown = JSON.parse((await netlogInProcess(["contact", "show", "Elaine", "--json"], env)).stdout);
    expect(shown.interactions.map((i: { note: string }) => i.note)).toEqual(["talked about her move"]);
    const list = JSON.parse((await netlogInProcess(["undo", "--list", "--json"], env)).stdout);
    expect(list.map((c: { command: string; undone_at: string | null }) => [c.command, c.undone_at !== null])).toEqual([
      ["add", true],
      ["add", false],
    ]);
  });

  it("keeps every file private whatever the umask, and restores only with --yes when there is no terminal", async () => {
    const dir = join(tempDir(), "netlog");
    const env = { NETLOG_DB: join(dir, "netlog.db"), TZ: "America/Los_Angeles" };
    const umask = process.umask(0);
    try {
      await netlogInProcess(["contact", "add", "Elaine Longmire"], env);
      expect((await netlogInProcess(["backup"], env)).code).toBe(0);
      await netlogInProcess(["contact", "add", "Sam Ortiz"], env);
      expect((await netlogInProcess(["export", "json", "--out", join(dir, "netlog.json")], env)).code).toBe(0);
      const backupFile = join(dir, readdirSync(dir).find((f) => f.startsWith("netlog.db.bak-"))!);

      expect(await netlogInProcess(["restore", backupFile], env)).toEqual({
        code: 2,
        stdout: "",
        stderr: `error: restore replaces every contact and conversation; pass --yes to go ahead\nhint: netlog restore ${backupFile} --yes (the current database is backed up first)\n`,
      });
      const restored = await netlogInProcess(["restore", backupFile, "--yes"], env);
      expect([restored.code, restored.stderr]).toEqual([0, ""]);
      expect(restored.stdout).toMatch(/^Restored 1 contact and 0 conversations from .*\nThe database as it was is in .*netlog\.db\.bak-before-restore-\d{4}-\d\d-\d\d\.\n$/);
      expect(JSON.parse((await netlogInProcess(["contact", "list", "--json"], env)).stdout).map((c: { name: string }) => c.name)).toEqual(["Elaine Longmire"]);
    } finally {
      process.umask(umask);
    }
    const files = readdirSync(dir).sort();
    expect(files).toEqual(["netlog.db", expect.stringMatching(/^netlog\.db\.bak-\d{4}-\d\d-\d\d$/), expect.stringMatching(/^netlog\.db\.bak-before-restore-/), "netlog.json"]);
    expect([mode(dir), ...files.map((f) => mode(join(dir, f)))]).toEqual(["700", "600", "600", "600", "600"]);
  });
});

describe("stored text on the terminal", async () => {
  it("never prints an escape code stored in a name, in any sentence", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    const name = "Ctrl\u001b[31mRed";
    const outputs = [];
    for (const args of [
      ["contact", "add", name],
      ["add", name, "--via", "phone"],
      ["snooze", "Ctrl", "2w"],
      ["follow-up", "Ctrl", "2026-12-24"],
      ["contact", "archive", "Ctrl"],
      ["undo", "--list"],
    ]) {
      outputs.push(await netlogInProcess(["--today", "2026-11-25", ...args], env));
    }
    expect(outputs.map((o) => o.code)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(outputs[2]!.stdout).toBe("Ctrl␛[31mRed is snoozed until Wed 9 Dec 2026.\n");
    expect(outputs.filter((o) => o.stdout.includes("\u001b"))).toEqual([]);
  });
});
