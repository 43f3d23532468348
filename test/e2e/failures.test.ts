// When netlog cannot use its database (not a database, damaged, read-only, disk full, locked),
// the user gets one `error:` line and one `hint:` line, exit 1, and the file stays as it was.
// The tests run as root, where permission bits stop nothing: read-only and full disks are
// made with tmpfs mounts and `chattr +i` instead.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statfsSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { onCleanup, tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";

const ENV = { TZ: "America/Los_Angeles" };
const TODAY = ["--today", "2026-11-25"];
const STACK_TRACE = /\n\s+at /;

/**
 * The bytes of the database and of its WAL. A missing and an empty WAL hold the same nothing
 * (SQLite may leave an empty one behind after a failed open), so both read as "".
 */
function bytes(db: string): { db: string; wal: string } {
  const digest = (path: string) => `${readFileSync(path).length} bytes, sha256 ${createHash("sha256").update(readFileSync(path)).digest("hex")}`;
  const wal = `${db}-wal`;
  return { db: digest(db), wal: existsSync(wal) && readFileSync(wal).length > 0 ? digest(wal) : "" };
}

/** netlog in-process: what fails here is the disk or another program, not the process. */
function cli(db: string, args: readonly string[]) {
  return netlogInProcess(["--db", db, ...TODAY, ...args], ENV);
}

/** A netlog database made by netlog: Elaine, and `notes` conversations with her. */
async function elaineDb(db: string, notes: string[] = []): Promise<void> {
  expect(await cli(db, ["contact", "add", "Elaine Longmire", "--every", "monthly"])).toMatchObject({ code: 0, stderr: "" });
  for (const [i, note] of notes.entries()) {
    expect(await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--date", `2026-11-${String(i + 1).padStart(2, "0")}`, "--note", note])).toMatchObject({
      code: 0,
      stderr: "",
    });
  }
}

/**
 * A tmpfs of `size` mounted on a new folder, which is unmounted after the test, whether it passed
 * or not, and before its temp folder is removed.
 */
function tmpfs(size: string): string {
  const dir = join(tempDir(), "mnt");
  mkdirSync(dir);
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0755`, "tmpfs", dir]);
  onCleanup(() => {
    try {
      execFileSync("umount", [dir]);
    } catch {
      execFileSync("umount", ["-l", dir]);
    }
  });
  return dir;
}

function expectRefusal(result: { code: number | null; stdout: string; stderr: string }, stderr: string): void {
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result).toEqual({ code: 1, stdout: "", stderr });
}

describe("a file that is not a netlog database", () => {
  it.each([[["due"]], [["add", "Sam Ortiz", "--new", "--via", "phone", "--note", "hello"]], [["contact", "list", "--json"]]])(
    "a PDF given as --db: netlog %j says so and leaves it alone",
    async (args) => {
      const pdf = join(tempDir(), "report.pdf");
      writeFileSync(
        pdf,
        Buffer.concat([
          Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "latin1"),
          Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x80, 0x7f]),
          Buffer.alloc(3000, 0xa5),
        ]),
      );
      const before = bytes(pdf);
      expectRefusal(await cli(pdf, args), `error: this file is not an SQLite database: ${pdf}\nhint: pass --db with the path of a netlog database, or a new file\n`);
      expect(bytes(pdf)).toEqual(before);
      expect(existsSync(`${pdf}-journal`)).toBe(false);
    },
  );
});

describe("a damaged netlog database", () => {
  /**
   * Writes 0xFF over the b-tree page header and cell pointers of the first leaf page of `table`.
   * (Bytes in the middle of a page often land in free space, which nothing reads: SQLite's own
   * integrity_check still says ok then, so that is no damage a user could meet.)
   */
  function damage(db: string, table: string): number {
    const raw = new BetterSqlite3(db, { readonly: true });
    const page = raw.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path LIMIT 1").pluck().get(table) as number;
    const pageSize = raw.pragma("page_size", { simple: true }) as number;
    raw.close();
    const fd = openSync(db, "r+");
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (page - 1) * pageSize);
    closeSync(fd);
    const check = new BetterSqlite3(db, { readonly: true });
    try {
      expect(() => check.pragma("integrity_check")).toThrow(/malformed/);
    } catch {
      expect(check.pragma("integrity_check")).not.toEqual([{ integrity_check: "ok" }]);
    } finally {
      check.close();
    }
    return page;
  }

  const notes = Array.from({ length: 6 }, (_, i) => `call ${i + 1}: ${"we talked at length about the Spokane branch. ".repeat(60)}`);

  const addCall = ["add", "Elaine Longmire", "--via", "phone", "--note", "new call"];
  // due and add read each contact's summary (contact_history), not old conversations: damage
  // there is met by contact show, export and netlog doctor. The follow-up index is first read
  // by add after the conversation is written, which proves that write is rolled back.
  it.each([
    ["contacts", ["due"]],
    ["contacts", addCall],
    ["contact_history", ["due"]],
    ["contact_history", addCall],
    ["conversations", ["contact", "show", "Elaine Longmire", "--json"]],
    ["conversations", ["export", "json"]],
    ["follow_ups_open", addCall],
  ])("damage in %s: netlog %j says the file is damaged, and writes nothing to it", { timeout: 30_000 }, async (table, args) => {
    const db = join(tempDir(), "netlog.db");
    await elaineDb(db, notes);
    expect(existsSync(`${db}-wal`)).toBe(false);
    damage(db, table);
    const before = bytes(db);
    expectRefusal(await cli(db, args), `error: the database file is damaged: ${db}\nhint: netlog restore FILE puts a backup back (netlog.db.bak-… files beside the database)\n`);
    expect(bytes(db), "netlog reported an error, so the file must be as it was").toEqual(before);
  });
});

describe("a database netlog cannot write", () => {
  needs("root", "mount").it("on a read-only file system: add and due fail with one error line, and the file stays as it was", { timeout: 30_000 }, async () => {
    const mount = tmpfs("1m");
    const db = join(mount, "netlog.db");
    await elaineDb(db, ["hello"]);
    const before = bytes(db);
    execFileSync("mount", ["-o", "remount,ro", mount]);
    // SQLite says only "cannot open": netlog names the read-only folder.
    const stderr = `error: the database's folder cannot be written (a read-only disk or folder): ${db}\nhint: netlog writes its -wal and -shm files beside the database: move it to a writable folder, or make this one writable\n`;
    expectRefusal(await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--note", "second call"]), stderr);
    expectRefusal(await cli(db, ["due", "--on", "2027-06-01"]), stderr);
    expect(bytes(db)).toEqual(before);
  });

  needs("root", "chattr").it("an immutable file (chattr +i, which stops root too): add fails with one error line, and the file stays as it was", { timeout: 30_000 }, async () => {
    const db = join(tempDir(), "netlog.db");
    await elaineDb(db, ["hello"]);
    chmodSync(db, 0o444);
    const before = bytes(db);
    execFileSync("chattr", ["+i", db]);
    // Before the temp folder is removed, which the immutable file would stop.
    onCleanup(() => execFileSync("chattr", ["-i", db]));
    expectRefusal(
      await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--note", "second call"]),
      `error: the database cannot be written (read-only file or folder): ${db}\nhint: check the permissions of the file and its folder\n`,
    );
    expect(bytes(db)).toEqual(before);
  });
});

needs("root", "mount").describe("a full disk", () => {
  const bigNote = "all about the new branch. ".repeat(4000); // 104 kB, more than is left

  /** Fills the file system, leaving `leave` bytes free (0: until writing fails). */
  function fill(dir: string, leave: number): void {
    const filler = join(dir, "filler");
    if (leave > 0) {
      const { bavail, bsize } = statfsSync(dir);
      writeFileSync(filler, Buffer.alloc(bavail * bsize - leave));
      return;
    }
    const fd = openSync(filler, "w");
    try {
      for (;;) writeSync(fd, Buffer.alloc(4096));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
    } finally {
      closeSync(fd);
    }
  }

  it("with 48 KiB left, a 104 kB note: 'the disk is full', nothing saved, and it works once there is room", { timeout: 30_000 }, async () => {
    const mount = tmpfs("1m");
    const db = join(mount, "netlog.db");
    await elaineDb(db, ["hello"]);
    const before = bytes(db);
    fill(mount, 48 * 1024);
    expectRefusal(await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--note", bigNote]), `error: the disk is full: ${db}\nhint: free some space; nothing was saved\n`);
    expect(bytes(db)).toEqual(before);
    rmSync(join(mount, "filler"));
    expect(await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--note", bigNote])).toMatchObject({ code: 0, stderr: "" });
  });

  it("with not a byte left: add fails with one error line, and the file stays as it was", { timeout: 30_000 }, async () => {
    const mount = tmpfs("1m");
    const db = join(mount, "netlog.db");
    await elaineDb(db, ["hello"]);
    const before = bytes(db);
    fill(mount, 0);
    // SQLite cannot even create its shared-memory index, which it reports as an I/O error.
    expectRefusal(
      await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--note", "second call"]),
      `error: the disk is full: ${db}\nhint: free some space; nothing was saved\n`,
    );
    expect(bytes(db)).toEqual(before);
  });
});

describe("a database another program keeps locked", () => {
  it("add waits the busy timeout (5 s), then says the database is busy, and changes nothing", { timeout: 40_000 }, async () => {
    const db = join(tempDir(), "netlog.db");
    await elaineDb(db, ["hello"]);
    const before = bytes(db);
    // Another program holds a write transaction open until its stdin closes.
    const sqlite = createRequire(import.meta.url).resolve("better-sqlite3");
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require(${JSON.stringify(sqlite)}))(${JSON.stringify(db)});
         db.exec("BEGIN EXCLUSIVE");
         process.stdout.write("locked\\n");
         process.stdin.on("end", () => { db.exec("ROLLBACK"); db.close(); }).resume();`,
      ],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    const killer = setTimeout(() => holder.kill("SIGKILL"), 35_000);
    const exited = new Promise<number | null>((resolve) => holder.on("close", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
        holder.on("close", () => reject(new Error("the lock holder ended early")));
      });
      const started = Date.now();
      const result = await cli(db, ["add", "Elaine Longmire", "--via", "phone", "--note", "second call"]);
      const waited = Date.now() - started;
      expectRefusal(result, `error: the database is busy: another netlog, or another program, is writing to it: ${db}\nhint: try again in a moment\n`);
      expect(waited).toBeGreaterThanOrEqual(4_900);
      expect(waited).toBeLessThan(12_000);
      expect(bytes(db)).toEqual(before);
    } finally {
      holder.stdin.end();
      expect(await exited).toBe(0);
      clearTimeout(killer);
    }
    expect(bytes(db)).toEqual(before);
  });
});
