// import mail on mail written by Python's mailbox module (test/fixtures/mail/README.md).
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { snapshot, tempDir } from "../helpers/ctx.js";
import { fifoFrom } from "../helpers/fifo.js";
import { netlogInProcess } from "../helpers/in-process.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/mail/${name}`, import.meta.url));
const TODAY = "2026-11-25";

/** A database with your addresses set and the contacts of the fixtures; `run` runs netlog on it with a fixed today. */
async function mailbox(contacts: string[][] = INBOX_CONTACTS) {
  const dir = tempDir();
  const dbPath = join(dir, "netlog.db");
  const run = (...args: string[]) => netlogInProcess([...args, "--today", TODAY], { NETLOG_DB: dbPath });
  expect((await run("config", "set", "my-emails", "me@example.com,me@work.example")).code).toBe(0);
  for (const [name, ...emails] of contacts) expect((await run("contact", "add", name!, ...emails.flatMap((e) => ["--email", e]))).code).toBe(0);
  const db = () => {
    const handle = openDatabase(dbPath, TODAY);
    try {
      return snapshot(handle);
    } finally {
      handle.close();
    }
  };
  return { dir, run, db };
}

const INBOX_CONTACTS = [
  ["Elaine Longmire", "elaine@longmire.example"],
  ["Sam Ortiz", "sam.ortiz@ortiz.example", "sam@gmail.example"],
  ["José Álvarez", "jose@alvarez.example"],
  ["Zoë Brandt", "zoe@brandt.example"],
];

async function conversations(run: (...args: string[]) => Promise<{ stdout: string }>, name: string) {
  const shown = JSON.parse((await run("contact", "show", name, "--json")).stdout);
  return shown.interactions.map((c: { date: string; channel: string; direction: string; note: string | null }) => [c.date, c.channel, c.direction, c.note]);
}

describe("netlog import mail, an mbox", () => {
  it("logs each message with a contact on its local date, sent or received, and counts the others", async () => {
    const { run } = await mailbox();
    expect(await run("import", "mail", fixture("inbox.mbox"))).toEqual({
      code: 0,
      stderr: "",
      stdout:
        `Imported mail from ${fixture("inbox.mbox")}: 6 conversations logged with 4 contacts; 6 skipped ` +
        "(1 mailing list message, 2 automated, 1 to more than 10 people, 1 with no contact, 1 without a date).\n",
    });
    // Thunderbird's folded To: to Elaine and to Sam's second address, 08:00 UTC: midnight in Los Angeles.
    expect(await conversations(run, "Elaine Longmire")).toEqual([
      ["2026-11-06", "email", "sent", null],
      ["2026-11-03", "email", "sent", null],
    ]);
    // "7 Nov 26 14:00 EST": an obsolete date, 11:00 in Los Angeles.
    expect(await conversations(run, "Sam Ortiz")).toEqual([
      ["2026-11-07", "email", "received", null],
      ["2026-11-06", "email", "sent", null],
    ]);
    // Outlook's 08:30 +0100 on 5 Nov is 23:30 on 4 Nov in Los Angeles.
    expect(await conversations(run, "José Álvarez")).toEqual([["2026-11-04", "email", "received", null]]);
    expect(await conversations(run, "Zoë Brandt")).toEqual([["2026-11-12", "email", "received", null]]);
  });

  it("keeps decoded subjects as notes with --subjects, and gives its counts as JSON", async () => {
    const { run } = await mailbox();
    const result = await run("import", "mail", fixture("inbox.mbox"), "--subjects", "--json");
    expect(JSON.parse(result.stdout)).toEqual({
      messages: 11,
      logged: 6,
      contacts: 4,
      duplicates: 0,
      lists: 1,
      automated: 2,
      too_many_recipients: 1,
      no_contact: 1,
      undated: 1,
      left_untracked: 0,
    });
    expect(await conversations(run, "Elaine Longmire")).toEqual([
      ["2026-11-06", "email", "sent", "Lunch on Thursday?"],
      ["2026-11-03", "email", "sent", "Café next week?"],
    ]);
    expect(await conversations(run, "José Álvarez")).toEqual([["2026-11-04", "email", "received", "RE: Quarterly numbers"]]);
  });

  it("takes the message to many people with a higher --max-recipients", async () => {
    const { run } = await mailbox();
    const result = JSON.parse((await run("import", "mail", fixture("inbox.mbox"), "--max-recipients", "12", "--json")).stdout);
    expect(result).toMatchObject({ logged: 7, too_many_recipients: 0, no_contact: 1 });
  });

  it("prints nothing when imported again, and adds nothing; --json says why", async () => {
    const { run, db } = await mailbox();
    await run("import", "mail", fixture("inbox.mbox"));
    const before = db();
    expect(await run("import", "mail", fixture("inbox.mbox"))).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(db()).toEqual(before);
    expect(JSON.parse((await run("import", "mail", fixture("inbox.mbox"), "--json")).stdout)).toMatchObject({ logged: 0, duplicates: 6 });
  });

  it("reads a CRLF mbox, and counts a message dated after today as one without a date", async () => {
    const { dir, run } = await mailbox();
    const path = join(dir, "crlf.mbox");
    const message = (date: string, id: string) =>
      `From me Fri Nov 20 17:00:00 2026\r\nFrom: Elaine <elaine@longmire.example>\r\nTo: me@example.com\r\nDate: ${date}\r\nMessage-ID: <${id}>\r\n\r\nhi\r\n`;
    // 07:00 UTC on 26 Nov is still 25 Nov, today, in Los Angeles; 09:00 is tomorrow.
    writeFileSync(path, `${message("Thu, 26 Nov 2026 07:00:00 +0000", "a@x")}\r\n${message("Thu, 26 Nov 2026 09:00:00 +0000", "b@x")}`);
    expect(JSON.parse((await run("import", "mail", path, "--json")).stdout)).toMatchObject({ messages: 2, logged: 1, undated: 1 });
    expect(await conversations(run, "Elaine Longmire")).toEqual([["2026-11-25", "email", "received", null]]);
  });

  it("is undone as one change", async () => {
    const { run, db } = await mailbox();
    const before = db();
    await run("import", "mail", fixture("inbox.mbox"));
    expect((await run("undo")).code).toBe(0);
    expect(db()).toEqual(before);
  });
});

describe("netlog import mail, a year of mail with 10 contacts", () => {
  const PEOPLE = Array.from({ length: 10 }, (_, i) => [`Person ${i}`, `p${i}@corp${i}.example`]);
  const MONTHS = [[2025, 11], [2025, 12], ...Array.from({ length: 10 }, (_, m) => [2026, m + 1])] as const;
  /** The day in Los Angeles, by Intl: an oracle apart from netlog's own date code. */
  const laDay = (utc: number) => new Date(utc).toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" });

  it("logs their conversations with the right dates and directions; importing it again adds nothing", async () => {
    const { run, db } = await mailbox(PEOPLE);
    expect((await run("import", "mail", fixture("year.mbox"))).stdout).toBe(`Imported mail from ${fixture("year.mbox")}: 240 conversations logged with 10 contacts; 0 skipped.\n`);
    for (const [i] of [[0], [3], [9]] as const) {
      const expected = MONTHS.flatMap(([y, m], n) => {
        const sent = Date.UTC(y, m - 1, 1 + ((i * 2 + n) % 27), 17, 0);
        // Answered at 07:30 UTC the next day: the same day in Los Angeles in winter, the next in summer.
        return [
          [laDay(sent), "email", "sent", null],
          [laDay(sent + 14.5 * 3600_000), "email", "received", null],
        ];
      }).reverse();
      expect(await conversations(run, `Person ${i}`)).toEqual(expected);
    }
    const before = db();
    expect(await run("import", "mail", fixture("year.mbox"))).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(db()).toEqual(before);
  });

  it("without my-emails, names the likeliest of your addresses and the command to set it, and changes nothing", async () => {
    const { run, db } = await mailbox(PEOPLE);
    expect((await run("config", "set", "my-emails", "default")).code).toBe(0);
    const before = db();
    expect(await run("import", "mail", fixture("year.mbox"))).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `error: netlog does not know which addresses are yours; the most frequent senders in ${fixture("year.mbox")}: ` +
        "me@example.com (120), p0@corp0.example (12), p1@corp1.example (12); nothing was imported\n" +
        "hint: netlog config set my-emails me@example.com (your other addresses after commas), then import again\n",
    });
    expect(db()).toEqual(before);
  });
});

describe("netlog import mail, a Maildir and .eml files", () => {
  it("reads cur/ and new/, takes a message in both once, and a reply clears a no-reply reminder", async () => {
    const { dir, run } = await mailbox();
    const sent = join(dir, "sent.mbox");
    writeFileSync(
      sent,
      "From me Fri Nov 20 17:00:00 2026\nFrom: me@example.com\nTo: Elaine <elaine@longmire.example>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nMessage-ID: <ask@example.com>\n\nCoffee?\n",
    );
    await run("import", "mail", sent);
    const due = async () => JSON.parse((await run("due", "--on", "2026-11-27", "--json")).stdout).map((d: { name: string; reason: string }) => [d.name, d.reason]);
    expect(await due()).toEqual([["Elaine Longmire", "no_reply"]]);
    expect((await run("import", "mail", fixture("Maildir"))).stdout).toBe(
      `Imported mail from ${fixture("Maildir")}: 2 conversations logged with 2 contacts; 1 skipped (1 already logged).\n`,
    );
    expect(await due()).toEqual([]);
    expect(await conversations(run, "Elaine Longmire")).toEqual([
      ["2026-11-24", "email", "received", null],
      ["2026-11-20", "email", "sent", null],
    ]);
    // The To's encoded-word name is decoded, and the day is Los Angeles's.
    expect(await conversations(run, "Zoë Brandt")).toEqual([["2026-11-25", "email", "sent", null]]);
  });

  it("reads a folder's .eml files (CRLF), each Message-ID once, and nothing else in it", async () => {
    const { run } = await mailbox();
    expect(JSON.parse((await run("import", "mail", fixture("eml"), "--json")).stdout)).toMatchObject({ messages: 1, logged: 1, duplicates: 1 });
    expect(await conversations(run, "Elaine Longmire")).toEqual([["2026-11-24", "email", "received", null]]);
  });

  it("takes the same message in a Maildir and an mbox as one", async () => {
    const { run } = await mailbox();
    await run("import", "mail", fixture("eml"));
    expect(JSON.parse((await run("import", "mail", fixture("Maildir"), "--json")).stdout)).toMatchObject({ logged: 1, duplicates: 2 });
  });
});

describe("netlog import mail --suggest", () => {
  it("lists who you write to most who is not a contact, with the line that adds them, and changes nothing", async () => {
    const { dir, run, db } = await mailbox([["Elaine Longmire", "elaine@longmire.example"]]);
    const path = join(dir, "sent.mbox");
    const message = (to: string, id: number) => `From me x\nFrom: me@example.com\nTo: ${to}\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nMessage-ID: <${id}@x>\n\nhi\n`;
    writeFileSync(
      path,
      [
        message("Sam O'Brien <sam@obrien.example>, Elaine <elaine@longmire.example>", 1),
        message("sam@obrien.example", 2),
        message("=?UTF-8?Q?Zo=C3=AB?= <zoe@brandt.example>", 3),
        message("bare@nobody.example", 4),
        message("me@work.example", 5),
      ].join("\n"),
    );
    const before = db();
    expect(await run("import", "mail", path, "--suggest")).toEqual({
      code: 0,
      stderr: "",
      stdout:
        "People you write to who are not contacts yet (messages you sent them):\n" +
        "2  sam@obrien.example\n   netlog contact add 'Sam O'\\''Brien' --email sam@obrien.example\n" +
        "1  bare@nobody.example\n   netlog contact add bare --email bare@nobody.example\n" +
        "1  zoe@brandt.example\n   netlog contact add 'Zoë' --email zoe@brandt.example\n",
    });
    expect(JSON.parse((await run("import", "mail", path, "--suggest", "--json")).stdout)[0]).toEqual({
      address: "sam@obrien.example",
      name: "Sam O'Brien",
      count: 2,
      command: "netlog contact add 'Sam O'\\''Brien' --email sam@obrien.example",
    });
    expect(db()).toEqual(before);
  });
  it("prints a line that adds a person whose name starts with a dash, which would otherwise read as an option", async () => {
    const { dir, run } = await mailbox([]);
    const path = join(dir, "sent.mbox");
    writeFileSync(path, 'From me x\nFrom: me@example.com\nTo: "--help" <dash@x.example>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nMessage-ID: <1@x>\n\nhi\n');
    const [suggestion] = JSON.parse((await run("import", "mail", path, "--suggest", "--json")).stdout);
    expect(suggestion.command).toBe("netlog contact add --email dash@x.example -- --help");
    // What a shell hands netlog from that line (no quotes to undo in it); --today first, as nothing may follow the name.
    const first = (...args: string[]) => netlogInProcess(["--today", TODAY, ...args], { NETLOG_DB: join(dir, "netlog.db") });
    expect((await first(...suggestion.command.split(" ").slice(1))).stdout).toMatch(/^Added --help\./);
    expect(JSON.parse((await first("contact", "show", "--json", "--", "--help")).stdout)).toMatchObject({ name: "--help", email: "dash@x.example" });
  });
});

describe("netlog import mail, bad input", () => {
  const bad = (make: (dir: string) => string) => make;
  it.each([
    ["a missing path", bad((d) => join(d, "nothing.mbox")), "does not exist", "give the path of an mbox file"],
    [
      "a folder that is no Maildir and holds no .eml",
      bad((d) => {
        mkdirSync(join(d, "photos"));
        writeFileSync(join(d, "photos", "a.jpg"), "x");
        return join(d, "photos");
      }),
      "is neither a Maildir folder (no cur/ or new/ in it) nor a folder of .eml files; nothing was imported",
      "give the path of an mbox file",
    ],
    [
      "a binary file",
      bad((d) => {
        writeFileSync(join(d, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
        return join(d, "photo.png");
      }),
      'is not an mbox file: it does not start with a "From " line',
      "expected an mbox file",
    ],
    ["a FIFO", bad(() => fifoFrom(`cat '${fixture("inbox.mbox")}'`)), "is a FIFO (named pipe), not a regular file; nothing was imported", "give the path of"],
  ])("refuses %s with a hint, and changes nothing", async (_, make, message, hint) => {
    const { dir, run, db } = await mailbox();
    const path = make(dir);
    const before = db();
    const result = await run("import", "mail", path);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`error: ${path} ${message}`);
    expect(result.stderr).toMatch(new RegExp(`\\nhint: ${hint.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(db()).toEqual(before);
  });

  it("refuses a Maildir whose cur/ cannot be read, rather than import its new/ alone as if that were all", async () => {
    const { dir, run, db } = await mailbox();
    const maildir = join(dir, "Maildir");
    mkdirSync(join(maildir, "new"), { recursive: true });
    writeFileSync(join(maildir, "new", "1"), "From: elaine@longmire.example\nTo: me@example.com\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nMessage-ID: <n1@x>\n\nhi\n");
    // Unreadable as a folder is to anyone (tests run as root, whom chmod 000 does not stop): a link to itself.
    symlinkSync("cur", join(maildir, "cur"));
    const before = db();
    const result = await run("import", "mail", maildir);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toMatch(new RegExp(`^error: ${join(maildir, "cur")} cannot be read: .*; nothing was imported\nhint: check its permissions\n$`));
    expect(db()).toEqual(before);
  });

  it("reads an empty file as an mbox of no messages (a mail program's INBOX after its mail was moved): under cron, nothing to say every morning", async () => {
    const { dir, run, db } = await mailbox();
    const path = join(dir, "INBOX");
    writeFileSync(path, "");
    const before = db();
    expect(await run("import", "mail", path)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(JSON.parse((await run("import", "mail", path, "--json")).stdout)).toMatchObject({ messages: 0, logged: 0 });
    expect(db()).toEqual(before);
  });

  it("refuses a --max-recipients that is no number of people", async () => {
    const { run } = await mailbox();
    expect(await run("import", "mail", fixture("inbox.mbox"), "--max-recipients", "0")).toMatchObject({
      code: 2,
      stderr: "error: --max-recipients: '0' is not a number of people\nhint: a whole number, at least 1 (default 10)\n",
    });
  });
});
