// `netlog import linkedin Invitations.csv`: the notes sent with invitations to connect, logged as
// conversations with the contacts they were with.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importLinkedinFile } from "../../src/commands/import-linkedin.js";
import { undo } from "../../src/commands/undo.js";
import { invitationsJson, renderInvitationsImport } from "../../src/render/import.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";
const ME = "https://www.linkedin.com/in/alex-rivera-netlog";
const TODAY = "2026-11-25";

function file(text: string): string {
  const path = join(tempDir(), "Invitations.csv");
  writeFileSync(path, text);
  return path;
}

async function withConnections() {
  const ctx = testCtx({ today: TODAY });
  await importLinkedinFile({ file: fixture("Connections.csv") }, ctx);
  return ctx;
}

const logged = (ctx: ReturnType<typeof testCtx>) =>
  ctx
    .db()
    .prepare("SELECT c.name, i.happened_on, i.channel, i.direction, i.note, i.source_key FROM conversations i JOIN contacts c ON c.id = i.contact_id ORDER BY i.id")
    .raw()
    .all() as unknown[][];

describe("netlog import linkedin Invitations.csv", () => {
  it("logs each invitation with a note as a linkedin conversation with its contact, counts the others, and never twice", async () => {
    const ctx = await withConnections();
    const contactsBefore = ctx.db().prepare("SELECT count(*) FROM contacts").pluck().get();
    const result = await importLinkedinFile({ file: fixture("linkedin/Invitations.csv") }, ctx);
    expect(result.kind).toBe("invitations");
    if (result.kind !== "invitations") return;
    expect(renderInvitationsImport("Invitations.csv", result.summary)).toBe(
      "Imported Invitations.csv: 2 invitations with a note logged with 2 contacts, 0 already imported, 1 with people who are not contacts, 1 without a note (not logged), 0 skipped.\n" +
        "2 contacts last heard from more than a year ago are not on your morning list; netlog contact edit NAME --every CADENCE (or a conversation, netlog add NAME) puts one on it.\n",
    );
    expect(logged(ctx)).toEqual([
      [
        "Elaine Longmire",
        "2024-03-05",
        "linkedin",
        "sent",
        "Hi Elaine, good to meet you at the Spokane lending breakfast. Let's stay in touch.",
        "invitation:https://www.linkedin.com/in/elaine-longmire:2024-03-05 09:12",
      ],
      [
        "Sam Ortiz",
        "2023-01-12",
        "linkedin",
        "received",
        "Alex, I saw your talk on small-business loans.\nWould love to connect.",
        "invitation:https://www.linkedin.com/in/sam-ortiz:2023-01-12 23:47",
      ],
    ]);
    // Priya, who is not a contact, is counted and not made one.
    expect(ctx.db().prepare("SELECT count(*) FROM contacts").pluck().get()).toBe(contactsBefore);

    const again = await importLinkedinFile({ file: fixture("linkedin/Invitations.csv") }, ctx);
    expect(again.kind === "invitations" && invitationsJson(again.summary)).toEqual({
      logged: 0,
      duplicates: 2,
      not_found: 1,
      without_message: 1,
      contacts: 0,
      left_untracked: 0,
      skipped: [],
    });
    expect(logged(ctx)).toHaveLength(2);
    expect(result.summary.warnings).toEqual([]);
  });

  it("undo takes the logged invitations back", async () => {
    const ctx = await withConnections();
    await importLinkedinFile({ file: fixture("linkedin/Invitations.csv") }, ctx);
    await undo(ctx);
    expect(logged(ctx)).toEqual([]);
  });

  it("takes the day written as the day, in the local time zone: a note sent just after midnight stays on its day", async () => {
    const ctx = await withConnections();
    const path = file(`${HEADER}Elaine Longmire,Alex Rivera,"11/20/26, 12:03 AM",Coffee soon?,INCOMING,https://www.linkedin.com/in/elaine-longmire,${ME}\n`);
    const result = await importLinkedinFile({ file: path }, ctx);
    expect(result.summary).toMatchObject({ logged: 1, leftUntracked: 0 });
    expect(logged(ctx).map((r) => r.slice(0, 4))).toEqual([["Elaine Longmire", "2026-11-20", "linkedin", "received"]]);
    // A recent conversation puts the imported connection on the morning list, as messages.csv does.
    expect(ctx.db().prepare("SELECT tracked FROM contacts WHERE name = 'Elaine Longmire'").pluck().get()).toBe(1);
  });

  it("finds a contact without a profile URL by name, and reads the header after a notes preamble", async () => {
    const ctx = testCtx({ today: TODAY });
    await importLinkedinFile({ file: fixture("Connections-old.csv") }, ctx);
    const path = file(`Notes:\n"Some notes"\n\n${HEADER}Kim Lee,Alex Rivera,"8/3/20, 5:00 PM",Hi!,INCOMING,https://www.linkedin.com/in/kim-lee-1,${ME}\n`);
    expect((await importLinkedinFile({ file: path }, ctx)).summary).toMatchObject({ logged: 1, contacts: 1 });
    expect(logged(ctx).map((r) => [r[0], r[1], r[5]])).toEqual([["Kim Lee", "2020-08-03", "invitation:https://www.linkedin.com/in/kim-lee-1:2020-08-03 17:00"]]);
  });

  it("is all or nothing: a bad row and nothing is written, with its line; --skip-invalid logs the rest", async () => {
    const ctx = await withConnections();
    const path = file(
      `${HEADER}Elaine Longmire,Alex Rivera,"11/20/26, 9:00 AM",Hi,INCOMING,https://www.linkedin.com/in/elaine-longmire,${ME}\n` +
        `Sam Ortiz,Alex Rivera,yesterday,Hi,INCOMING,https://www.linkedin.com/in/sam-ortiz,${ME}\n` +
        `Sam Ortiz,Alex Rivera,"11/20/26, 9:00 AM",Hi,SIDEWAYS,https://www.linkedin.com/in/sam-ortiz,${ME}\n` +
        `Sam Ortiz,Alex Rivera,"12/20/26, 9:00 AM",Hi,INCOMING,https://www.linkedin.com/in/sam-ortiz,${ME}\n` +
        `Sam Ortiz,Alex Rivera,"2/30/26, 9:00 AM",Hi,INCOMING,https://www.linkedin.com/in/sam-ortiz,${ME}\n` +
        `,Alex Rivera,"11/20/26, 9:00 AM",Hi,INCOMING,,${ME}\n`,
    );
    const before = snapshot(ctx.db());
    await expect(importLinkedinFile({ file: path }, ctx)).rejects.toMatchObject({
      message:
        `${path}: line 3: 'yesterday' is not a date like 1/29/26, 2:37 PM; line 4: 'SIDEWAYS' is not a direction (INCOMING or OUTGOING); ` +
        `line 5: '12/20/26, 9:00 AM' is in the future (today is 2026-11-25) (and 2 more); nothing was imported`,
      hint: "fix those rows, or pass --skip-invalid to import the rest",
      exitCode: 1,
    });
    expect(snapshot(ctx.db())).toEqual(before);
    const kept = await importLinkedinFile({ file: path, skipInvalid: true }, ctx);
    expect(kept.kind === "invitations" && renderInvitationsImport("i.csv", kept.summary).split("\n").slice(0, 6)).toEqual([
      "Imported i.csv: 1 invitation with a note logged with 1 contact, 0 already imported, 0 with people who are not contacts, 0 without a note (not logged), 5 skipped.",
      "  skipped line 3: 'yesterday' is not a date like 1/29/26, 2:37 PM",
      "  skipped line 4: 'SIDEWAYS' is not a direction (INCOMING or OUTGOING)",
      "  skipped line 5: '12/20/26, 9:00 AM' is in the future (today is 2026-11-25)",
      "  skipped line 6: '2/30/26, 9:00 AM' is not a date like 1/29/26, 2:37 PM",
      "  skipped line 7: no name or profile URL of who it was from",
    ]);
  });

  it("warns of a file that looks like mojibake, and still imports it", async () => {
    const ctx = await withConnections();
    const path = file(`${HEADER}Alex Rivera,JosÃ© Ãlvarez,"2/1/22, 4:05 PM",OlÃ¡,OUTGOING,${ME},https://www.linkedin.com/in/jose-alvarez\n`);
    const result = await importLinkedinFile({ file: path }, ctx);
    expect(result.summary).toMatchObject({ logged: 1 });
    expect(result.summary.warnings).toEqual([expect.stringContaining(`${path} looks like UTF-8 read as Windows-1252`)]);
  });
});
