// An import with nothing new prints nothing for cron, but a person at a terminal is told what
// was read and why nothing came of it, never left with silence.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contactAdd } from "../../src/commands/contact-add.js";
import { importCalendar } from "../../src/commands/import-calendar.js";
import { importMail } from "../../src/commands/import-mail.js";
import { configSet } from "../../src/commands/settings.js";
import { renderCalendarImport } from "../../src/render/import.js";
import { renderMailImport } from "../../src/render/import-mail.js";
import { testCtx } from "../helpers/ctx.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe("an import with nothing new", () => {
  it("import mail: nothing without a terminal; on one, what was read and what --suggest would show", async () => {
    const ctx = testCtx({ today: "2026-11-25" });
    await configSet({ key: "my-emails", value: "me@example.com" }, ctx);
    await contactAdd({ name: "Nobody In The Mail", email: ["nobody@example.org"] }, ctx);
    const summary = await importMail({ path: fixture("mail/year.mbox") }, ctx);
    expect(renderMailImport("year.mbox", summary)).toBe("");
    expect(renderMailImport("year.mbox", summary, { onTerminal: true })).toBe(
      `Nothing new in year.mbox: ${summary.messages} messages read, none with a contact of yours.\n` +
        "netlog import mail year.mbox --suggest lists the people you write to who are not contacts yet.\n",
    );
  });

  it("import calendar: nothing without a terminal; on one, that it was all there already", async () => {
    const ctx = testCtx({ today: "2026-12-04" });
    await contactAdd({ name: "Elaine Longmire", email: ["elaine@example.com"] }, ctx);
    await importCalendar({ file: fixture("calendar/google/basic.ics") }, ctx);
    const again = await importCalendar({ file: fixture("calendar/google/basic.ics") }, ctx);
    expect(renderCalendarImport("basic.ics", again)).toBe("");
    expect(renderCalendarImport("basic.ics", again, { onTerminal: true })).toMatch(/^Nothing new in basic\.ics\.\nLeft out: 8 already imported, /);
  });
});
