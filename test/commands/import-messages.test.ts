import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contactList } from "../../src/commands/contact-list.js";
import { contactShow } from "../../src/commands/contact-show.js";
import { due } from "../../src/commands/due.js";
import { importLinkedin, importLinkedinFile } from "../../src/commands/import-linkedin.js";
import { messagesJson, renderMessagesImport } from "../../src/render/import.js";
import { dueJson } from "../../src/render/json.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { fifoFrom } from "../helpers/fifo.js";
import { netlogInProcess } from "../helpers/in-process.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const OLD_HEADER = "FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER";

async function connected() {
  const ctx = testCtx({ today: "2026-11-25" });
  await importLinkedin({ file: fixture("Connections.csv") }, ctx);
  return ctx;
}

describe("netlog import linkedin messages.csv", () => {
  it("logs each message with a connection on its local date, sent or received, and starts tracking them", async () => {
    const ctx = await connected();
    const result = await importLinkedinFile({ file: fixture("messages.csv") }, ctx);
    expect(result.kind).toBe("messages");
    expect(renderMessagesImport("messages.csv", result.summary as never)).toBe(
      "Imported messages.csv: 3 messages logged with 2 contacts, 0 already imported, 1 with people who are not contacts, 0 skipped.\n",
    );
    const elaine = await contactShow({ name: "Elaine Longmire" }, ctx);
    // 05:30 UTC on 4 Sep is 22:30 on 3 Sep in Los Angeles.
    expect(elaine.conversations.map((i) => [i.date, i.channel, i.direction, i.note])).toEqual([
      ["2026-09-03", "linkedin", "received", "Thanks for reaching out, happy to chat"],
      ["2026-09-03", "linkedin", "sent", 'Hi Elaine, loved your post on "branch banking"'],
    ]);
    // Sam never answered, but his message was long past its reply window when it was imported:
    // history, not a reply to chase. Both come due a cadence (90 days) after they last spoke.
    expect(dueJson(await due({ within: "14d" }, ctx)).map((i) => [i.name, i.reason, i.due_on, i.last_contact?.date])).toEqual([
      ["Elaine Longmire", "cadence", "2026-12-02", "2026-09-03"],
      ["Sam Ortiz", "cadence", "2026-12-09", "2026-09-10"],
    ]);
  });

  it("puts nobody last heard from more than a year ago on the list, and says how to track them", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(
      path,
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n" +
        "c1,Me Myself,https://www.linkedin.com/in/me-myself,Elaine Longmire,https://www.linkedin.com/in/elaine-longmire,2019-04-02 17:00:00 UTC,Coffee next week?\n" +
        "c2,Me Myself,https://www.linkedin.com/in/me-myself,Sam Ortiz,https://www.linkedin.com/in/sam-ortiz,2026-11-20 17:00:00 UTC,Hi Sam\n" +
        "c3,Me Myself,https://www.linkedin.com/in/me-myself,José Álvarez,,2026-11-24 17:00:00 UTC,Hola\n",
    );
    const result = await importLinkedinFile({ file: path }, ctx);
    expect(renderMessagesImport("messages.csv", result.summary as never)).toBe(
      "Imported messages.csv: 3 messages logged with 3 contacts, 0 already imported, 0 with people who are not contacts, 0 skipped.\n" +
        "1 contact last heard from more than a year ago is not on your morning list; netlog contact edit NAME --every CADENCE (or a conversation, netlog add NAME) puts one on it.\n",
    );
    // Sam's message of 20 Nov is within its reply window: a reminder comes when it ends, on 27 Nov.
    expect(dueJson(await due({ on: "2026-11-27" }, ctx)).map((i) => [i.name, i.reason, i.due_on])).toEqual([["Sam Ortiz", "no_reply", "2026-11-27"]]);
    expect((await contactList({}, ctx)).map((s) => [s.contact.name, s.contact.tracked])).toEqual([
      ["Elaine Longmire", false],
      ["José Álvarez", true],
      ["Sam Ortiz", true],
    ]);
  });

  it("adds nothing when imported again", async () => {
    const ctx = await connected();
    await importLinkedinFile({ file: fixture("messages.csv") }, ctx);
    const before = snapshot(ctx.db());
    const again = await importLinkedinFile({ file: fixture("messages.csv") }, ctx);
    expect(again.summary).toMatchObject({ logged: 0, duplicates: 3, ignored: 1 });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("refuses a row without a readable date, with its line, and writes nothing", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(path, "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,Me,,Elaine Longmire,,yesterday,hi\n");
    const before = snapshot(ctx.db());
    await expect(importLinkedinFile({ file: path }, ctx)).rejects.toMatchObject({
      message: `${path}: line 2: 'yesterday' is not a date like 2024-03-05 14:22:10 UTC; nothing was imported`,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });
});

describe("netlog import linkedin messages.csv, dates", () => {
  it.each([
    ["a message from the future", "2999-01-01 10:00:00 UTC", "line 2: '2999-01-01 10:00:00 UTC' is in the future (today is 2026-11-25)"],
    ["a message past the years netlog keeps", "3001-01-01 10:00:00 UTC", "line 2: '3001-01-01 10:00:00 UTC' is not a date like 2024-03-05 14:22:10 UTC"],
  ])("refuses %s, with its line, and writes nothing", async (_, date, message) => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(path, `CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,Elaine Longmire,,Me,,${date},hi\n`);
    const before = snapshot(ctx.db());
    await expect(importLinkedinFile({ file: path }, ctx)).rejects.toMatchObject({ message: `${path}: ${message}; nothing was imported` });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  // 06:00 UTC on 26 Nov is still 25 Nov in Los Angeles: today, not the future.
  it("takes a message sent today in your time zone, though it is tomorrow in UTC", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(path, "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,Elaine Longmire,,Me,,2026-11-26 06:00:00 UTC,hi\n");
    expect((await importLinkedinFile({ file: path }, ctx)).summary).toMatchObject({ logged: 1 });
  });
});

describe("netlog import linkedin messages.csv, large", () => {
  it("stages a file of many read blocks on disk and logs every message, oldest first", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const [from, to] = i % 2 ? ["Elaine Longmire", "Me Myself"] : ["Me Myself", "Elaine Longmire"];
      return `c${i % 7},${from},,${to},,2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")} 17:00:00 UTC,message ${i}\n`;
    });
    writeFileSync(path, `CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n${rows.join("")}`);
    const result = await importLinkedinFile({ file: path }, ctx);
    expect(result.summary).toMatchObject({ logged: 20_000, contacts: 1, ignored: 0 });
    const elaine = await contactShow({ name: "Elaine Longmire" }, ctx);
    expect(elaine.conversations.length).toBe(20_000);
    // Newest first: of the messages of the latest day, all sent at one instant, the one of the
    // last line (i = 19907: i % 9 = 8, i % 28 = 27; odd, so from Elaine) was logged last.
    expect([elaine.conversations[0]!.date, elaine.conversations[0]!.note, elaine.conversations[0]!.direction]).toEqual(["2026-09-28", "message 19907", "received"]);
  });

  it("stops a pipe of messages that never ends at the cap, with a clear error, and writes nothing", async () => {
    const ctx = await connected();
    const before = snapshot(ctx.db());
    const pipe = fifoFrom(
      "printf 'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\\n'; yes 'c1,Elaine Longmire,,Me,,2026-01-01 10:00:00 UTC,hello'",
    );
    await expect(importLinkedinFile({ file: pipe, maxBytes: 1024 * 1024 }, ctx)).rejects.toMatchObject({ message: `${pipe} is larger than 1 MiB; nothing was imported` });
    expect(snapshot(ctx.db())).toEqual(before);
  });
});

describe("netlog import linkedin messages.csv, odd files", () => {
  it("keeps names with commas apart from the URLs they go with, and finds you in a file of one conversation", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(
      path,
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n" +
        'c1,Me Myself,https://www.linkedin.com/in/me,"Elaine Longmire, MBA,Sam Ortiz","https://www.linkedin.com/in/elaine-longmire,https://www.linkedin.com/in/sam-ortiz",2026-09-03 17:00:00 UTC,Intro: you two should meet\n',
    );
    const result = await importLinkedinFile({ file: path }, ctx);
    expect(result.summary).toMatchObject({ logged: 2, contacts: 2, ignored: 0 });
    expect((await contactShow({ name: "Sam Ortiz" }, ctx)).conversations.map((i) => [i.direction, i.note])).toEqual([["sent", "Intro: you two should meet"]]);
  });
});

describe("netlog import linkedin messages.csv, finding the same person", () => {
  it("takes a different profile URL for a different person, though the name is a contact's", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(
      path,
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n" +
        "c1,Me Myself,https://www.linkedin.com/in/me,Elaine Longmire,https://www.linkedin.com/in/another-elaine,2026-09-03 17:00:00 UTC,Hello other Elaine\n" +
        "c2,Me Myself,https://www.linkedin.com/in/me,Sam Ortiz,https://www.linkedin.com/in/sam-ortiz,2026-09-04 17:00:00 UTC,Hi Sam\n",
    );
    expect((await importLinkedinFile({ file: path }, ctx)).summary).toMatchObject({ logged: 1, contacts: 1, ignored: 1 });
    expect((await contactShow({ name: "Elaine Longmire" }, ctx)).conversations).toEqual([]);
  });
});

describe("netlog import linkedin messages.csv, as the export is now", () => {
  it("leaves out unsent drafts, counts them, and reads the recipients of a group message separated by ;", async () => {
    const ctx = await connected();
    const result = await importLinkedinFile({ file: fixture("linkedin/messages-2024.csv") }, ctx);
    expect(renderMessagesImport("messages.csv", result.summary as never)).toBe(
      "Imported messages.csv: 4 messages logged with 2 contacts, 0 already imported, 0 with people who are not contacts, 0 skipped, 2 drafts skipped.\n",
    );
    expect(messagesJson(result.summary as never)).toEqual({ logged: 4, duplicates: 0, ignored: 0, contacts: 2, left_untracked: 0, drafts: 2, skipped: [] });
    expect((await contactShow({ name: "Sam Ortiz" }, ctx)).conversations.map((i) => [i.date, i.direction, i.note])).toEqual([["2026-10-02", "sent", "Lunch on Friday, you two?"]]);
    expect((await contactShow({ name: "José Álvarez" }, ctx)).conversations).toEqual([]);
    // The drafts of 20 and 22 Nov were never sent: no "no reply" to chase when their windows end.
    expect(dueJson(await due({ on: "2026-11-30" }, ctx)).filter((i) => i.reason === "no_reply")).toEqual([]);
  });
});

describe("netlog import linkedin messages.csv, the oldest layout", () => {
  it("reads FROM,TO,…,DIRECTION,FOLDER: INCOMING or OUTGOING tells who wrote, and the names who it was with", async () => {
    const ctx = await connected();
    const result = await importLinkedinFile({ file: fixture("linkedin/messages-2019.csv") }, ctx);
    expect(renderMessagesImport("messages.csv", result.summary as never)).toBe(
      "Imported messages.csv: 3 messages logged with 2 contacts, 0 already imported, 1 with people who are not contacts, 0 skipped.\n" +
        "2 contacts last heard from more than a year ago are not on your morning list; netlog contact edit NAME --every CADENCE (or a conversation, netlog add NAME) puts one on it.\n",
    );
    // 02:08 UTC on 6 Nov 2019 is 18:08 on 5 Nov in Los Angeles.
    expect((await contactShow({ name: "Elaine Longmire" }, ctx)).conversations.map((i) => [i.date, i.direction, i.note])).toEqual([
      ["2019-11-05", "received", "👍"],
      ["2019-11-05", "sent", "Coffee next week, Elaine?"],
    ]);
    // No content: the subject is the note.
    expect((await contactShow({ name: "Sam Ortiz" }, ctx)).conversations.map((i) => [i.date, i.direction, i.note])).toEqual([["2019-11-04", "sent", "Hello"]]);
    const again = await importLinkedinFile({ file: fixture("linkedin/messages-2019.csv") }, ctx);
    expect(again.summary).toMatchObject({ logged: 0, duplicates: 3, ignored: 1 });
  });

  it("takes its header in any case, and refuses a direction that is neither, with its line", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(path, "From,To,Date,Subject,Content,Direction,Folder\nElaine Longmire,Me,2026-11-01T10:00:00,,hi,SIDEWAYS,INBOX\n");
    await expect(importLinkedinFile({ file: path }, ctx)).rejects.toMatchObject({
      message: `${path}: line 2: 'SIDEWAYS' is not a direction (INCOMING or OUTGOING); nothing was imported`,
    });
    writeFileSync(path, "From,To,Date,Subject,Content,Direction,Folder\nElaine Longmire,Me,2026-11-01T10:00:00,,hi,incoming,INBOX\n");
    expect((await importLinkedinFile({ file: path }, ctx)).summary).toMatchObject({ logged: 1, contacts: 1 });
  });

  it("is not refused for lack of a conversation id", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(path, `${OLD_HEADER}\nMe,Sam Ortiz,2026-11-01T10:00:00,,hi,OUTGOING,INBOX\n`);
    expect((await importLinkedinFile({ file: path }, ctx)).summary).toMatchObject({ logged: 1, contacts: 1 });
  });
});

describe("netlog import linkedin, a file of neither layout", () => {
  it("names the header it found, shortened, and the layouts it knows", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    const path = join(tempDir(), "contacts.csv");
    writeFileSync(path, `Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi\nA,B\n`);
    await expect(importLinkedinFile({ file: path }, ctx)).rejects.toMatchObject({
      message: `${path} is not LinkedIn's Connections.csv, messages.csv or Invitations.csv: its header is "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,…"`,
      hint:
        "expected Connections.csv (First Name,Last Name,URL,Email Address,Company,Position,Connected On), messages.csv " +
        "(CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,…, or FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER) " +
        "or Invitations.csv (From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl) " +
        "from LinkedIn: Settings › Data privacy › Get a copy of your data",
    });
    expect(ctx.opens).toBe(0);
  });
});

describe("netlog import linkedin, mojibake", () => {
  it("warns of messages.csv that went through Windows-1252, names an example, and imports it as it is", async () => {
    const ctx = await connected();
    const path = join(tempDir(), "messages.csv");
    writeFileSync(path, "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,Elaine Longmire,,Me,,2026-11-01 10:00:00 UTC,Ã€ bientÃ´t\n");
    const result = await importLinkedinFile({ file: path }, ctx);
    expect(result.summary).toMatchObject({
      logged: 1,
      warnings: [`${path} looks like UTF-8 read as Windows-1252 and saved again: "Ã€" is likely "À"; imported as it is`],
    });
  });

  it("warns of a Connections.csv so, on stderr as a warning line, and still imports it", async () => {
    const dir = tempDir();
    const path = join(dir, "Connections.csv");
    writeFileSync(path, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJosÃ©,Ãlvarez,,,Banco Sol,,01 Feb 2022\n");
    const run = await netlogInProcess(["import", "linkedin", path, "--today", "2026-11-25"], { NETLOG_DB: join(dir, "netlog.db") });
    expect(run).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Imported .*: 1 created, 0 updated, 0 unchanged, 0 skipped\.\n/),
      stderr: `warning: ${path} looks like UTF-8 read as Windows-1252/Latin-1 and saved again: "JosÃ©" is likely "José"; imported as it is\n`,
    });
  });

  it("says nothing of a clean file", async () => {
    const ctx = await connected();
    expect((await importLinkedinFile({ file: fixture("messages.csv") }, ctx)).summary.warnings).toEqual([]);
    expect((await importLinkedin({ file: fixture("Connections.csv") }, testCtx({ today: "2026-11-25" }))).warnings).toEqual([]);
  });
});
