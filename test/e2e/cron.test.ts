// `netlog cron --install` against a fake crontab first on PATH: the tests never touch the real one.
// netlog runs in-process, but for the line cron itself runs, under cron's bare environment.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";

const MARK = "# added by netlog cron";

/** A folder holding a `crontab` that keeps the table in a file, and answers as cron's does. */
function fakeCrontabPath(): { bin: string; table: string } {
  const bin = tempDir();
  const table = join(tempDir(), "table");
  writeFileSync(
    join(bin, "crontab"),
    `#!/bin/sh
case "$1" in
  -l) if [ -f '${table}' ]; then cat '${table}'; else echo "no crontab for $(id -un)" >&2; exit 1; fi ;;
  -) cat > '${table}' ;;
  *) echo "fake crontab: $* is not supported" >&2; exit 2 ;;
esac
`,
  );
  chmodSync(join(bin, "crontab"), 0o755);
  return { bin, table };
}

function setUp(dbName = "netlog.db") {
  const db = join(tempDir(), dbName);
  const { bin, table } = fakeCrontabPath();
  const env = { PATH: `${bin}:/usr/bin:/bin`, TZ: "America/Los_Angeles", HOME: tempDir(), NETLOG_DB: db };
  return { db, table, env };
}

/** What cron gives /bin/sh: the command after the five time fields, `\%` read as `%`. */
const commandOf = (line: string) => line.split(" ").slice(5).join(" ").replaceAll("\\%", "%");

describe("netlog cron", async () => {
  it("prints a line with node, netlog and the database spelled out", async () => {
    const { db, env } = setUp();
    expect(await netlogInProcess(["cron"], env)).toEqual({
      code: 0,
      stderr: "",
      stdout: `0 8 * * * TZ=America/Los_Angeles ${process.execPath} ${realpathSync(BIN)} --db ${db} due  ${MARK}\n`,
    });
  });

  it("whose command runs netlog due under cron's bare environment, database path with spaces and % included", async () => {
    const { db, env } = setUp("my 100% netlog's.db");
    // Long ago: the line runs on the real clock, and Elaine is overdue whatever day that is.
    await netlogInProcess(["--today", "2020-01-06", "contact", "add", "Elaine Longmire", "--every", "1w"], env);
    const line = (await netlogInProcess(["cron"], env)).stdout.trimEnd();
    expect(line).toContain(`--db '${db.replaceAll("'", "'\\''").replaceAll("%", "\\%")}' due`);
    // No PATH, no NETLOG_DB, another HOME, no terminal: as cron runs it.
    const mailed = execFileSync("/bin/sh", ["-c", commandOf(line)], {
      env: { HOME: tempDir() },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(mailed).toMatch(/^1 person due today:\n {2}Elaine Longmire: \d+ days overdue\n {4}never contacted, added 6 Jan 2020\n$/);
  });

  it("--install adds the line once, keeping the other lines exactly; --remove takes it out", async () => {
    const { db, table, env } = setUp();
    const others = "MAILTO=me@example.com\n# weekly backup\n0 3 * * 0 netlog backup /mnt/backup/  \n";
    writeFileSync(table, others);
    const line = `30 7 * * * TZ=America/Los_Angeles ${process.execPath} ${realpathSync(BIN)} --db ${db} due  ${MARK}`;
    expect(await netlogInProcess(["cron", "--install", "--at", "7:30"], env)).toEqual({ code: 0, stderr: "", stdout: `Added to your crontab, every day at 07:30:\n  ${line}\n` });
    expect(await netlogInProcess(["cron", "--install", "--at", "07:30"], env)).toEqual({
      code: 0,
      stderr: "",
      stdout: `Already in your crontab, every day at 07:30:\n  ${line}\n`,
    });
    expect(readFileSync(table, "utf8")).toBe(`${others}${line}\n`);
    expect((await netlogInProcess(["cron", "--install"], env)).stdout).toBe(`Replaced netlog's line in your crontab, now every day at 08:00:\n  ${line.replace("30 7", "0 8")}\n`);
    expect(readFileSync(table, "utf8")).toBe(`${others}${line.replace("30 7", "0 8")}\n`);
    expect(await netlogInProcess(["cron", "--remove"], env)).toEqual({ code: 0, stderr: "", stdout: "Removed netlog's line from your crontab.\n" });
    expect(readFileSync(table, "utf8")).toBe(others);
    expect(await netlogInProcess(["cron", "--remove"], env)).toEqual({ code: 0, stderr: "", stdout: "Your crontab has no netlog line; nothing changed.\n" });
  });

  it("--install into a user's first crontab (crontab -l says there is none)", async () => {
    const { table, env } = setUp();
    expect((await netlogInProcess(["cron", "--install"], env)).code).toBe(0);
    expect(readFileSync(table, "utf8")).toMatch(new RegExp(`^0 8 \\* \\* \\* .* due  ${MARK}\n$`));
  });

  it("without a crontab program, fails with a hint and creates nothing", async () => {
    const { db, env } = setUp();
    expect(await netlogInProcess(["cron", "--install"], { ...env, PATH: tempDir() })).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "error: cannot find the crontab program\nhint: install cron (on Debian and Ubuntu: sudo apt-get install cron), or add the line that netlog cron prints to your scheduler\n",
    });
    expect(existsSync(db)).toBe(false);
  });

  it("refuses a time it cannot read, before running crontab", async () => {
    const { table, env } = setUp();
    expect(await netlogInProcess(["cron", "--install", "--at", "8pm"], env)).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: --at: '8pm' is not a time of day\nhint: write it as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30\n",
    });
    expect(existsSync(table)).toBe(false);
  });
});
