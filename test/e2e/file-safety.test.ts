// What netlog does with the files it writes and the database's own files, run as a user would:
// devices, FIFOs and live databases at the target, full disks under stdout, a database opened
// while it was read-only, and what a killed netlog leaves behind.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, openSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, netlog } from "../helpers/cli.js";
import { onCleanup, tempDir } from "../helpers/ctx.js";
import { deviceFile } from "../helpers/devices.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";
import { portableNetlog } from "../helpers/portable-netlog.js";

const ENV = { TZ: "America/Los_Angeles" };
const TODAY = ["--today", "2026-11-25"];
const mode = (path: string) => statSync(path).mode & 0o777;

async function withElaine(): Promise<string> {
  const db = join(tempDir(), "netlog.db");
  expect(await netlogInProcess(["--db", db, ...TODAY, "contact", "add", "Elaine Longmire", "--every", "monthly"], ENV)).toMatchObject({ code: 0, stderr: "" });
  return db;
}

function refused(result: { code: number | null; stdout: string; stderr: string }, stderr: string): void {
  expect(result).toEqual({ code: 1, stdout: "", stderr });
}

describe("a target that is not a regular file", () => {
  it("export --out refuses a FIFO without opening it, and leaves it a FIFO", async () => {
    const db = await withElaine();
    const fifo = join(tempDir(), "fifo");
    execFileSync("mkfifo", [fifo]);
    // Opening a FIFO to write waits for a reader: a netlog that tried would hang until the timeout
    // (spawned, so that the timeout can end it).
    refused(
      netlog(["--db", db, "export", "csv", "--out", fifo], ENV),
      `error: ${fifo} is a FIFO (named pipe), not a regular file; it was left as it was\nhint: give --out the path of a file, or --out - for standard output\n`,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  needs("root").it("export --out and backup refuse a device, and leave it a device", async () => {
    const db = await withElaine();
    const zero = deviceFile("zero");
    const nul = deviceFile("null");
    refused(
      await netlogInProcess(["--db", db, "export", "vcard", "--out", zero], ENV),
      `error: ${zero} is a character device, not a regular file; it was left as it was\nhint: give --out the path of a file, or --out - for standard output\n`,
    );
    refused(
      await netlogInProcess(["--db", db, "backup", nul], ENV),
      `error: ${nul} is a character device, not a regular file; it was left as it was\nhint: name a new file, or a folder to put the backup in\n`,
    );
    expect([lstatSync(zero).isCharacterDevice(), lstatSync(nul).isCharacterDevice()]).toEqual([true, true]);
    // Nothing half-written beside them either.
    expect([readdirSync(join(zero, "..")), readdirSync(join(nul, ".."))]).toEqual([["zero"], ["null"]]);
  });

  // Spawned, as export's: a netlog that opened the FIFO would wait for ever.
  it("restore refuses a FIFO rather than waiting for a writer", async () => {
    const db = await withElaine();
    const fifo = join(tempDir(), "fifo");
    execFileSync("mkfifo", [fifo]);
    refused(
      netlog(["--db", db, "restore", fifo, "--yes"], ENV),
      `error: ${fifo} is a FIFO (named pipe), not a backup file\nhint: pass a file made by netlog backup (or a netlog.db.bak-… file beside the database)\n`,
    );
  });

  it("--out - is standard output", async () => {
    const db = await withElaine();
    const result = await netlogInProcess(["--db", db, "export", "csv", "--out", "-"], ENV);
    expect([result.code, result.stdout.split("\r\n")[1]?.split(",")[1], result.stderr]).toEqual([0, "Elaine Longmire", ""]);
  });
});

describe("backup over a database in use", () => {
  it("refuses a database with a -wal beside it, and changes neither", async () => {
    const a = await withElaine();
    const b = join(tempDir(), "B.db");
    expect(await netlogInProcess(["--db", b, ...TODAY, "contact", "add", "Bea Other"], ENV)).toMatchObject({ code: 0 });
    // A -wal left by a live or a killed writer holds writes the file does not have yet.
    writeFileSync(`${b}-wal`, "the latest writes");
    const before = [readFileSync(b), readFileSync(`${b}-wal`)];
    refused(
      await netlogInProcess(["--db", a, "backup", b], ENV),
      `error: ${b} is a database in use (B.db-wal is beside it); it was left as it was\nhint: name a new file, or a folder to put the backup in\n`,
    );
    expect([readFileSync(b), readFileSync(`${b}-wal`)]).toEqual(before);
  });
});

describe("the database's own files", () => {
  // Root can write a 0400 file, so the trap shows only for an ordinary user: as root, the test
  // runs a copy of netlog as nobody, in a folder nobody owns.
  it("a read-only open leaves nothing that stops a later write", () => {
    const folder = tempDir();
    const db = join(folder, "netlog.db");
    const bin = process.getuid?.() === 0 ? portableNetlog() : BIN;
    const asUser = (args: string[]) => {
      const argv = [process.execPath, bin, "--db", db, ...TODAY, ...args];
      const [command, ...rest] = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...argv] : argv;
      const run = spawnSync(command!, rest, { env: { PATH: "/usr/bin:/bin", HOME: folder, ...ENV }, cwd: folder, encoding: "utf8", timeout: 15_000 });
      return { code: run.status, stderr: run.stderr };
    };
    if (process.getuid?.() === 0) execFileSync("chown", ["65534:65534", folder]);
    expect(asUser(["contact", "add", "Elaine Longmire", "--every", "monthly"])).toEqual({ code: 0, stderr: "" });
    chmodSync(db, 0o400);
    // A reader cannot remove the -shm it made when it ends: it stays, with the file's 0400.
    expect(asUser(["due"])).toEqual({ code: 0, stderr: "" });
    chmodSync(db, 0o600);
    expect(asUser(["add", "Elaine Longmire", "--via", "phone", "--note", "after the chmod"])).toEqual({ code: 0, stderr: "" });
    expect(asUser(["log", "Elaine Longmire"]).code).toBe(0);
    for (const companion of [`${db}-wal`, `${db}-shm`]) if (existsSync(companion)) expect(mode(companion)).toBe(0o600);
  });

  it("an empty file at --db becomes a private database", async () => {
    const db = join(tempDir(), "made-by-touch.db");
    writeFileSync(db, "");
    chmodSync(db, 0o644);
    expect(await netlogInProcess(["--db", db, ...TODAY, "contact", "add", "Elaine Longmire"], ENV)).toMatchObject({ code: 0, stderr: "" });
    expect(mode(db)).toBe(0o600);
  });

  needs("root").it("a device at --db is refused before SQLite touches it", async () => {
    const nul = deviceFile("null");
    refused(
      await netlogInProcess(["--db", nul, "due"], ENV),
      `error: ${nul} is a character device, not a database file\nhint: pass --db with the path of a netlog database, or of a new file\n`,
    );
    expect(readdirSync(join(nul, ".."))).toEqual(["null"]);
  });
});

describe("what a killed netlog leaves behind", () => {
  // Spawned: the running netlog is this test process, not the one cleaning up.
  it("the next command removes the temporary files of a netlog that is gone, and keeps a running one's", async () => {
    const db = await withElaine();
    const folder = join(db, "..");
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const stale = [
      `.netlog.db.netlog-${gone}-0123456789ab.tmp`,
      `.netlog.db.netlog-${gone}-0123456789ab.tmp-journal`,
      `.netlog.db.restore-${gone}.tmp`,
      `.netlog.db.bak-2026-11-25.${gone}.tmp`,
    ];
    const running = `.netlog.db.netlog-${process.pid}-ba9876543210.tmp`;
    for (const name of [...stale, running]) writeFileSync(join(folder, name), "part of a copy");
    expect(netlog(["--db", db, ...TODAY, "due"], ENV)).toMatchObject({ code: 0, stderr: "" });
    expect(readdirSync(folder).filter((name) => name.includes(".tmp"))).toEqual([running]);
  });

  it("an export leaves no temporary file, and cleans up one a killed export left in that folder", async () => {
    const db = await withElaine();
    const out = join(tempDir(), "exports");
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(join(out, `.report.csv.netlog-${gone}-0123456789ab.tmp`), "half");
    writeFileSync(join(out, `report.csv.netlog-${gone}.tmp`), "half, from an older netlog");
    expect(await netlogInProcess(["--db", db, "export", "csv", "--out", join(out, "report.csv")], ENV)).toMatchObject({ code: 0, stderr: "" });
    expect([readdirSync(out), mode(join(out, "report.csv"))]).toEqual([["report.csv"], 0o600]);
  });
});

needs("root", "mount").describe("a full disk under stdout", () => {
  function tmpfs(size: string): string {
    const dir = join(tempDir(), "mnt");
    mkdirSync(dir);
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0755`, "tmpfs", dir]);
    onCleanup(() => execFileSync("umount", ["-l", dir]));
    return dir;
  }

  it("export json > file on a disk with room for part of it: exit 1 and an error line, not a silent short file", async () => {
    const db = await withElaine();
    const note = "a long conversation about the new branch. ".repeat(50);
    for (let i = 1; i <= 40; i++) {
      expect(
        await netlogInProcess(
          ["--db", db, ...TODAY, "add", "Elaine Longmire", "--via", "phone", "--date", `2026-10-${String((i % 28) + 1).padStart(2, "0")}`, "--note", `${i} ${note}`],
          ENV,
        ),
      ).toMatchObject({ code: 0 });
    }
    const mount = tmpfs("64k");
    const target = join(mount, "netlog.json");
    // As the shell's `netlog export json > file` does: the file is the process's stdout.
    const fd = openSync(target, "w");
    onCleanup(() => closeSync(fd));
    const run = spawnSync(process.execPath, [BIN, "--db", db, "export", "json"], {
      env: { PATH: "/usr/bin:/bin", ...ENV },
      cwd: tempDir(),
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
      timeout: 15_000,
    });
    expect([run.status, run.stderr]).toEqual([1, "error: cannot write the output: ENOSPC: no space left on device, write\nhint: check the disk or the file the output goes to\n"]);
    expect(statSync(target).size).toBeLessThan(80_000);
  });
});
