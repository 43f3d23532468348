import { describe, expect, it } from "vitest";
import { cron } from "../../src/commands/cron.js";
import { renderCron } from "../../src/render/cron.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type FakeProgram, tempDir, testCtx } from "../helpers/ctx.js";

/** A crontab program over a string: `-l` (exit 1, "no crontab for …" when there is none) and `-`. */
function fakeCrontab(initial: string | undefined) {
  const state = { text: initial, writes: 0 };
  const program: FakeProgram = (args, input) => {
    if (args[0] === "-l")
      return state.text === undefined ? { kind: "exited", code: 1, stdout: "", stderr: "no crontab for sam\n" } : { kind: "exited", code: 0, stdout: state.text, stderr: "" };
    if (args[0] === "-") {
      state.text = input;
      state.writes++;
      return { kind: "exited", code: 0, stdout: "", stderr: "" };
    }
    throw new Error(`unexpected crontab ${args.join(" ")}`);
  };
  return { state, programs: { crontab: program } };
}

const line = (dbPath: string, time = "0 8") => `${time} * * * /usr/bin/node /opt/netlog/bin/netlog.js --db ${dbPath} due  # added by netlog cron`;

describe("netlog cron", () => {
  it("prints the line, at 08:00 unless --at says otherwise, with TZ when the user set one", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    expect(renderCron(await cron({}, ctx))).toBe(`${line(ctx.dbPath)}\n`);
    expect(renderCron(await cron({ at: "18:45" }, { ...ctx, timeZone: "America/Los_Angeles" }))).toBe(
      `45 18 * * * TZ=America/Los_Angeles /usr/bin/node /opt/netlog/bin/netlog.js --db ${ctx.dbPath} due  # added by netlog cron\n`,
    );
    expect(ctx.opens).toBe(0);
  });

  it("with --import-mail and --import-calendar, imports before due on the same line, each with the database and TZ", async () => {
    const ctx = { ...testCtx({ today: "2026-11-25" }), timeZone: "America/Los_Angeles" };
    const dir = tempDir();
    const [mail, calendar] = [join(dir, "Mail", "INBOX"), join(dir, "work cal.ics")];
    mkdirSync(join(mail, "cur"), { recursive: true });
    writeFileSync(calendar, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const run = (...words: string[]) => `TZ=America/Los_Angeles /usr/bin/node /opt/netlog/bin/netlog.js --db ${ctx.dbPath} ${words.join(" ")}`;
    expect(renderCron(await cron({ importMail: mail, importCalendar: calendar }, ctx))).toBe(
      `0 8 * * * ${run("import mail", mail)} ; ${run("import calendar", `'${calendar}'`)} ; ${run("due")}  # added by netlog cron\n`,
    );
  });

  it.each([
    [{ importMail: "/nonexistent/Maildir" }, "--import-mail: there is no /nonexistent/Maildir"],
    [{ importCalendar: "" }, "--import-calendar needs a file"],
  ])("refuses %j before touching the crontab", async (options, message) => {
    const ctx = testCtx({ today: "2026-11-25" });
    await expect(cron(options, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
  });

  it("refuses a path that is not what its import reads, which would fail every morning", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const dir = tempDir();
    const [ics, mbox, photos] = [join(dir, "work.ics"), join(dir, "Sent.mbox"), join(dir, "photos")];
    writeFileSync(ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    writeFileSync(mbox, "From me Mon Jan  1 00:00:00 2026\nFrom: me@example.com\n\nhi\n");
    mkdirSync(photos);
    for (const [options, message] of [
      [{ importMail: ics }, `--import-mail: ${ics} is not a mailbox (an mbox file starts with a "From " line)`],
      [{ importMail: photos }, `--import-mail: ${photos} is not a mailbox (no cur/ or new/ in it, and no .eml file)`],
      [{ importCalendar: mbox }, `--import-calendar: ${mbox} is not a calendar (it does not start with BEGIN:VCALENDAR)`],
      [{ importCalendar: photos }, `--import-calendar: ${photos} is not a calendar (it is a folder)`],
    ] as const)
      await expect(cron(options, ctx)).rejects.toMatchObject({ message, exitCode: 2 });
    expect(renderCron(await cron({ importMail: mbox, importCalendar: ics }, ctx))).toContain(" import calendar ");
  });

  it("installs the line into no crontab, then leaves it alone, then replaces it with a new time", async () => {
    const { state, programs } = fakeCrontab(undefined);
    const ctx = testCtx({ today: "2026-11-25", programs });
    expect(renderCron(await cron({ install: true }, ctx))).toBe(`Added to your crontab, every day at 08:00:\n  ${line(ctx.dbPath)}\n`);
    expect(state).toEqual({ text: `${line(ctx.dbPath)}\n`, writes: 1 });
    expect(renderCron(await cron({ install: true }, ctx))).toBe(`Already in your crontab, every day at 08:00:\n  ${line(ctx.dbPath)}\n`);
    expect(state.writes).toBe(1);
    expect(renderCron(await cron({ install: true, at: "7:05" }, ctx))).toBe(`Replaced netlog's line in your crontab, now every day at 07:05:\n  ${line(ctx.dbPath, "5 7")}\n`);
    expect(state).toEqual({ text: `${line(ctx.dbPath, "5 7")}\n`, writes: 2 });
  });

  it("keeps every other line of the crontab exactly", async () => {
    const others = "SHELL=/bin/bash\n# nightly\n0 3 * * * netlog backup /mnt/b/   \n\n";
    const { state, programs } = fakeCrontab(others);
    const ctx = testCtx({ today: "2026-11-25", programs });
    await cron({ install: true }, ctx);
    expect(state.text).toBe(`${others}${line(ctx.dbPath)}\n`);
    expect(renderCron(await cron({ remove: true }, ctx))).toBe("Removed netlog's line from your crontab.\n");
    expect(state.text).toBe(others);
    expect(renderCron(await cron({ remove: true }, ctx))).toBe("Your crontab has no netlog line; nothing changed.\n");
    expect(state.writes).toBe(2);
  });

  it.each([
    [{ at: "25:00" }, "--at: '25:00' is not a time of day", "write it as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30"],
    [{ at: "8am", install: true }, "--at: '8am' is not a time of day", "write it as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30"],
    [{ install: true, remove: true }, "--install and --remove cannot go together", "netlog cron --install, or netlog cron --remove"],
    [{ remove: true, at: "09:00" }, "--at has no use with --remove", "netlog cron --remove takes out netlog's line, whatever its time and imports"],
    [{ remove: true, importMail: "/tmp" }, "--import-mail has no use with --remove", "netlog cron --remove takes out netlog's line, whatever its time and imports"],
  ])("refuses %j without running crontab", async (options, message, hint) => {
    const runs: string[][] = [];
    const ctx = testCtx({ today: "2026-11-25", programs: { crontab: (args) => (runs.push([...args]), { kind: "exited", code: 0, stdout: "", stderr: "" }) } });
    await expect(cron(options, ctx)).rejects.toMatchObject({ message, hint, exitCode: 2 });
    expect(runs).toEqual([]);
  });

  it("says to install cron when there is no crontab program", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await expect(cron({ install: true }, ctx)).rejects.toMatchObject({
      message: "cannot find the crontab program",
      hint: "install cron (on Debian and Ubuntu: sudo apt-get install cron), or add the line that netlog cron prints to your scheduler",
      exitCode: 1,
    });
  });

  it("writes nothing when crontab -l fails for another reason", async () => {
    let writes = 0;
    const ctx = testCtx({
      today: "2026-11-25",
      programs: {
        crontab: (args) => (
          args[0] === "-" && writes++,
          { kind: "exited", code: 1, stdout: "", stderr: "You (sam) are not allowed to use this program (crontab)\nSee crontab(1) for more information\n" }
        ),
      },
    });
    await expect(cron({ install: true }, ctx)).rejects.toMatchObject({
      message: "crontab -l failed: You (sam) are not allowed to use this program (crontab)",
      hint: "your crontab was left as it was; check that you may use cron (/etc/cron.allow, /etc/cron.deny)",
    });
    expect(writes).toBe(0);
  });
});
