import { describe, expect, it } from "vitest";
import { parseMailDate } from "../../src/formats/mail-date.js";
import { readMailHeaders } from "../../src/formats/mail-message.js";

describe("parseMailDate", () => {
  it.each([
    ["Tue, 3 Nov 2026 09:15:00 -0800", "2026-11-03T17:15:00.000Z"],
    ["Thu, 05 Nov 2026 08:30:00 +0100", "2026-11-05T07:30:00.000Z"],
    ["Thu, 5 Nov 2026 08:30:00 +0000 (UTC)", "2026-11-05T08:30:00.000Z"],
    ["Mon, 9 Nov 2026 13:00:00 GMT", "2026-11-09T13:00:00.000Z"],
    ["7 Nov 26 14:00 EST", "2026-11-07T19:00:00.000Z"],
    ["Sat, 7 Nov 1998 14:00:05 PDT", "1998-11-07T21:00:05.000Z"],
    ["7 Nov 98 14:00 -0500", "1998-11-07T19:00:00.000Z"],
    ["Wed, 4 Nov 2026 23:30:00 +05:30", "2026-11-04T18:00:00.000Z"],
    ["Wed,  4 Nov 2026 23:30:00 GMT+0100", "2026-11-04T22:30:00.000Z"],
    ["4-Nov-2026 10:00:00 +0000", "2026-11-04T10:00:00.000Z"],
    ["Wed, 4 November 2026 10:00:00 Z", "2026-11-04T10:00:00.000Z"],
    ["Wed, 4 Nov 2026 10:00:00", "2026-11-04T10:00:00.000Z"],
    ["Wed, 4 Nov 2026 10:00:00 A", "2026-11-04T10:00:00.000Z"],
    ["Tue Dec  1 18:05:32 2026", "2026-12-01T18:05:32.000Z"],
    ["Tue Dec  1 18:05:32 PST 2026", "2026-12-02T02:05:32.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseMailDate(text)?.toISOString()).toBe(iso);
  });

  it.each(["", "yesterday", "31 Feb 2026 10:00:00 +0000", "4 Nov 2026 25:00:00 +0000", "4 Foo 2026 10:00 +0000", "4 Nov 2026 10:00 +9900"])("refuses '%s'", (text) => {
    expect(parseMailDate(text)).toBeUndefined();
  });
});

describe("readMailHeaders", () => {
  it("unfolds headers and decodes names and subjects", () => {
    const h = readMailHeaders(
      Buffer.from(
        "From: =?iso-8859-1?Q?Jos=E9_=C1lvarez?= <Jose@Alvarez.example>\r\nTo: Elaine <elaine@x.example>,\r\n\tSam <sam@y.example>\r\n" +
          "Cc: sam@y.example, Team: a@t.example, b@t.example;\r\nSubject: =?UTF-8?B?Q2Fmw6kgbmV4dCB3ZWVrPw==?=\r\n =?UTF-8?Q?_soon?=\r\n" +
          "Message-ID: <abc@host>\r\nDate: Tue, 3 Nov 2026 09:15:00 -0800\r\n",
      ),
    );
    expect(h).toMatchObject({
      from: { address: "jose@alvarez.example", name: "José Álvarez" },
      recipients: [
        { address: "elaine@x.example", name: "Elaine" },
        { address: "sam@y.example", name: "Sam" },
        { address: "a@t.example", name: "" },
        { address: "b@t.example", name: "" },
      ],
      subject: "Café next week? soon",
      messageId: "abc@host",
      bulk: undefined,
    });
    expect(h.date?.toISOString()).toBe("2026-11-03T17:15:00.000Z");
  });

  it("reads raw UTF-8, and Latin-1 bytes that are not UTF-8", () => {
    expect(readMailHeaders(Buffer.from("From: Zoë <z@b.example>\n")).from?.name).toBe("Zoë");
    expect(readMailHeaders(Buffer.from("From: Jos\xe9 <j@a.example>\n", "latin1")).from?.name).toBe("José");
  });

  it.each([
    ["List-Id: <x.lists.example>", "list"],
    ["Precedence: bulk", "list"],
    ["Precedence: junk", "list"],
    ["Auto-Submitted: auto-replied", "automated"],
    ["Auto-Submitted: no", undefined],
    ["Reply-To: noreply@x.example", undefined],
  ])("tells %s", (line, bulk) => {
    expect(readMailHeaders(Buffer.from(`From: a@b.example\n${line}\n`)).bulk).toBe(bulk);
  });

  it.each([
    ["Message-ID: <>", undefined],
    ["Message-ID:   ", undefined],
    ["Message-ID: abc@host", "abc@host"],
    ["Message-Id: <x@h> (comment)", "x@h"],
  ])("takes %s as the id %s (an empty one is no id: every message of that mailer would be one)", (line, id) => {
    expect(readMailHeaders(Buffer.from(`From: a@b.example\n${line}\n`)).messageId).toBe(id);
  });

  it.each(["noreply@x.example", "no-reply@x.example", "MAILER-DAEMON@x.example", "do-not-reply+42@x.example"])("takes %s for a program", (from) => {
    expect(readMailHeaders(Buffer.from(`From: ${from}\n`)).bulk).toBe("automated");
  });
});
