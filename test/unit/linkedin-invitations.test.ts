import { describe, expect, it } from "vitest";
import { invitationsHeaderLine, readInvitations } from "../../src/formats/linkedin-invitations.js";

const HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";

async function read(sentAt: string) {
  async function* text() {
    yield `${HEADER}\nA B,Me,"${sentAt}",hi,INCOMING,https://www.linkedin.com/in/a-b,\n`;
  }
  const items = [];
  for await (const item of readInvitations(text(), 1, "2026-11-25")) items.push(item);
  return items[0]!;
}

describe("Invitations.csv's Sent At, local time as written", () => {
  it.each([
    ["1/29/26, 2:37 PM", "2026-01-29", "2026-01-29 14:37"],
    ["1/29/26, 12:05 AM", "2026-01-29", "2026-01-29 00:05"],
    ["1/29/26, 12:05 PM", "2026-01-29", "2026-01-29 12:05"],
    ["11/5/2019, 9:00 am", "2019-11-05", "2019-11-05 09:00"],
    ["3/8/26, 2:30\u202fAM", "2026-03-08", "2026-03-08 02:30"],
    ["3/8/26 2:30:15 PM", "2026-03-08", "2026-03-08 14:30"],
    // A two-digit year later than this one is of the century before: 99 is 1999, not 2099.
    ["12/31/99, 11:59 PM", "1999-12-31", "1999-12-31 23:59"],
    ["1/1/00, 12:00 AM", "2000-01-01", "2000-01-01 00:00"],
  ])("reads %s as %s", async (text, on, at) => {
    expect(await read(text)).toMatchObject({ sentOn: on, sentAt: at, direction: "received", with: { name: "A B", linkedinUrl: "https://www.linkedin.com/in/a-b" } });
  });

  it.each(["2026-01-29 14:37:00 UTC", "13/1/26, 2:37 PM", "2/29/25, 1:00 PM", "1/29/26, 13:37 PM", "1/29/26, 0:37 AM", "1/29/26"])("refuses %s", async (text) => {
    expect(await read(text)).toEqual({ line: 2, reason: `'${text}' is not a date like 1/29/26, 2:37 PM` });
  });
});

describe("Invitations.csv's header", () => {
  it("is found on its line, after a preamble, in any case, and not in messages.csv's oldest layout", () => {
    expect(invitationsHeaderLine(`\uFEFF${HEADER}\r\nx`)).toBe(1);
    expect(invitationsHeaderLine(`Notes:\n"..."\n\n${HEADER.toUpperCase()}\n`)).toBe(4);
    expect(invitationsHeaderLine("FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n")).toBeUndefined();
  });
});
