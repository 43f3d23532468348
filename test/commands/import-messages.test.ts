import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contactShow } from "../../src/commands/contact-show.js";
import { due } from "../../src/commands/due.js";
import { importLinkedin, importLinkedinFile } from "../../src/commands/import-linkedin.js";
import { renderMessagesImport } from "../../src/render/import.js";
import { dueJson } from "../../src/render/json.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

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
    expect(elaine.interactions.map((i) => [i.date, i.channel, i.direction, i.note])).toEqual([
      ["2026-09-03", "linkedin", "received", "Thanks for reaching out, happy to chat"],
      ["2026-09-03", "linkedin", "sent", 'Hi Elaine, loved your post on "branch banking"'],
    ]);
    // Sam never answered: after the import, due knows when you last spoke and that he owes a reply.
    // Elaine answered, so she comes due a cadence (90 days) after 3 Sep: 2 Dec.
    expect(dueJson(await due({ within: "7d" }, ctx)).map((i) => [i.name, i.reason, i.due_on, i.last_contact?.date])).toEqual([
      ["Sam Ortiz", "no_reply", "2026-09-17", "2026-09-10"],
      ["Elaine Longmire", "cadence", "2026-12-02", "2026-09-03"],
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
    expect((await contactShow({ name: "Sam Ortiz" }, ctx)).interactions.map((i) => [i.direction, i.note])).toEqual([["sent", "Intro: you two should meet"]]);
  });
});
