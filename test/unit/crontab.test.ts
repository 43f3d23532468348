import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { NETLOG_MARK, cronLine, cronLineOf, parseTimeOfDay, withNetlogLine, withoutNetlogLine } from "../../src/domain/crontab.js";

/**
 * What cron hands to /bin/sh for a line's command: an unescaped `%` ends the command (the rest
 * is stdin) and `\%` becomes `%`, every other backslash is kept (cron's do_command.c).
 */
function asCronRunsIt(line: string): string {
  const command = line.split(" ").slice(5).join(" ");
  let out = "";
  for (let i = 0; i < command.length; i++) {
    if (command[i] === "\\" && command[i + 1] === "%") out += command[++i];
    else if (command[i] === "\\") out += command[i] + (command[++i] ?? "");
    else if (command[i] === "%") break;
    else out += command[i];
  }
  return out;
}

describe("parseTimeOfDay", () => {
  it.each([
    ["08:00", { hour: 8, minute: 0 }],
    ["8:00", { hour: 8, minute: 0 }],
    ["23:59", { hour: 23, minute: 59 }],
    [" 0:05 ", { hour: 0, minute: 5 }],
  ])("%j", (text, time) => expect(parseTimeOfDay(text)).toEqual(time));

  it.each(["24:00", "8", "8am", "08:60", "08:5", "-1:00", "", "08:00:00"])("refuses %j", (text) => expect(parseTimeOfDay(text)).toBeUndefined());
});

describe("cronLine", () => {
  it("runs at the minute and hour given, with TZ, and ends with netlog's mark", () => {
    expect(cronLine({ hour: 7, minute: 30 }, { TZ: "Europe/Paris" }, ["/usr/bin/node", "/opt/netlog/bin/netlog.js", "--db", "/home/u/netlog.db", "due"])).toBe(
      `30 7 * * * TZ=Europe/Paris /usr/bin/node /opt/netlog/bin/netlog.js --db /home/u/netlog.db due  ${NETLOG_MARK}`,
    );
  });

  it("quotes for sh and escapes % for cron", () => {
    expect(cronLine({ hour: 8, minute: 0 }, {}, ["/opt/my apps/node", "/home/u/100%/netlog.db"])).toBe(`0 8 * * * '/opt/my apps/node' '/home/u/100\\%/netlog.db'  ${NETLOG_MARK}`);
  });

  it.each([["a space"], ["it's"], ["100%"], ["back\\%slash"], ["two\\\\%"], ["$HOME and `id` and $(id)"], ["~/x.db"], ["# not a comment"], ["tab\there"], ["é ü 日本"]])(
    "a path %j reaches the program exactly, through cron and /bin/sh",
    (path) => {
      const line = cronLine({ hour: 8, minute: 0 }, { TZ: "Asia/Tokyo" }, [process.execPath, "-e", "console.log(JSON.stringify([process.env.TZ, process.argv[1]]))", path])!;
      const printed = execFileSync("/bin/sh", ["-c", asCronRunsIt(line)], { encoding: "utf8", env: {}, timeout: 10_000 });
      expect(JSON.parse(printed)).toEqual(["Asia/Tokyo", path]);
    },
  );

  it("runs several commands one after the other, each with the environment, the next even when one fails", () => {
    const print = (word: string) => [process.execPath, "-e", "console.log(process.env.TZ, process.argv[1]); process.exitCode = process.argv[1] === 'first' ? 1 : 0", word];
    const line = cronLineOf({ hour: 8, minute: 0 }, { TZ: "Asia/Tokyo" }, [print("first"), print("second 100%")])!;
    const printed = execFileSync("/bin/sh", ["-c", asCronRunsIt(line)], { encoding: "utf8", env: {}, timeout: 10_000 });
    expect(printed).toBe("Asia/Tokyo first\nAsia/Tokyo second 100%\n");
  });

  it("refuses a word with a line break, which a crontab line cannot hold", () => {
    expect(cronLine({ hour: 8, minute: 0 }, {}, ["/usr/bin/node", "/tmp/a\nb.db"])).toBeUndefined();
  });
});

describe("putting the line into a crontab", () => {
  const ours = `0 8 * * * /usr/bin/node /opt/netlog/bin/netlog.js --db /d.db due  ${NETLOG_MARK}`;
  const theirs = "MAILTO=me@example.com\n# m h dom mon dow command\n30 2 * * 1 /usr/local/bin/backup  --all # netlog\n\n";

  it("adds it to an empty crontab, and after every other line", () => {
    expect(withNetlogLine("", ours)).toEqual({ text: `${ours}\n`, outcome: "added" });
    expect(withNetlogLine(theirs, ours)).toEqual({ text: `${theirs}${ours}\n`, outcome: "added" });
  });

  it("ends a last line that lacked a line break, so cron reads it", () => {
    expect(withNetlogLine("@reboot /bin/true", ours).text).toBe(`@reboot /bin/true\n${ours}\n`);
  });

  it("replaces its earlier line in place, and leaves the same line alone", () => {
    const before = `${theirs}${ours.replace("0 8", "15 6")}\n* * * * * /bin/true\r\n`;
    expect(withNetlogLine(before, ours)).toEqual({ text: `${theirs}${ours}\n* * * * * /bin/true\r\n`, outcome: "replaced" });
    expect(withNetlogLine(`${theirs}${ours}\n`, ours)).toEqual({ text: `${theirs}${ours}\n`, outcome: "unchanged" });
  });

  it("keeps one line where there were two", () => {
    expect(withNetlogLine(`${ours}\n${theirs}${ours}\n`, ours)).toEqual({ text: `${ours}\n${theirs}`, outcome: "replaced" });
  });

  it("removes it and nothing else", () => {
    expect(withoutNetlogLine(`${theirs}${ours}\n`)).toEqual({ text: theirs, removed: 1 });
    expect(withoutNetlogLine(theirs)).toEqual({ text: theirs, removed: 0 });
    expect(withoutNetlogLine(`${ours}\n`)).toEqual({ text: "", removed: 1 });
  });
});
