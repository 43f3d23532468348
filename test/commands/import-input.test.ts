// What every importer reads: files and pipes, with a cap on the bytes actually read (stat says 0
// for a device or a pipe: `import json /dev/zero` once grew to 11 GB), and never a device.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactList } from "../../src/commands/contact-list.js";
import { importGoogle } from "../../src/commands/import-google.js";
import { importLinkedinFile } from "../../src/commands/import-linkedin.js";
import { importJson } from "../../src/commands/json-transfer.js";
import { importVcard } from "../../src/commands/vcard.js";
import { snapshot, tempDir, testCtx } from "../helpers/ctx.js";
import { deviceFile } from "../helpers/devices.js";
import { fifoFrom } from "../helpers/fifo.js";
import { needs } from "../helpers/needs.js";

const TODAY = "2026-11-25";
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
const MIB = 1024 * 1024;
const GOOGLE_HEADER = "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value\n";

type Importer = (file: string, ctx: ReturnType<typeof testCtx>, maxBytes?: number) => Promise<unknown>;
const IMPORTERS: Array<[string, Importer]> = [
  ["import json", (file, ctx, maxBytes) => importJson({ file, maxBytes }, ctx)],
  ["import linkedin", (file, ctx, maxBytes) => importLinkedinFile({ file, maxBytes }, ctx)],
  ["import vcard", (file, ctx, maxBytes) => importVcard({ file, maxBytes }, ctx)],
  ["import google", (file, ctx, maxBytes) => importGoogle({ file, maxBytes }, ctx)],
];

/** Text that starts like each kind of file and then never ends. */
const ENDLESS: Record<string, string> = {
  "import json": `printf '{"format": "netlog-export", "version": 1, "settings": {}, "tags": [], "contacts": [ '; yes ' '`,
  "import linkedin": `printf '${HEADER}'; yes ',,,,Acme,,05 Mar 2024'`,
  "import vcard": "printf 'BEGIN:VCARD\\nVERSION:3.0\\nFN:Ann Lee\\n'; yes 'NOTE:more'",
  "import google": `printf '${GOOGLE_HEADER}'; yes 'Ann,,Lee,Acme,,,Friends,,'`,
};

const EXPORT = JSON.stringify({
  format: "netlog-export",
  version: 1,
  settings: {},
  tags: [],
  contacts: [
    { uuid: "c1", name: "Ann Lee", added_on: "2026-01-05", paused: 0, tracked: 1, created_at: "2026-01-05T12:00:00.000Z", updated_at: "2026-01-05T12:00:00.000Z", tags: [] },
  ],
  interactions: [],
  follow_ups: [],
});
const WHOLE: Record<string, string> = {
  "import json": EXPORT,
  "import linkedin": `${HEADER}Ann,Lee,,,,,05 Mar 2024\n`,
  "import vcard": "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEND:VCARD\n",
  "import google": `${GOOGLE_HEADER}Ann,,Lee,,,,,,\n`,
};

describe.each(IMPORTERS)("netlog %s reading its file", (command, run) => {
  it("reads a named pipe, which is what `netlog import json <(…)` reads", async () => {
    const ctx = testCtx({ today: TODAY });
    const path = join(tempDir(), "whole");
    writeFileSync(path, WHOLE[command]!);
    await run(fifoFrom(`cat "${path}"`), ctx);
    expect((await contactList({}, ctx)).map((s) => s.contact.name)).toEqual(["Ann Lee"]);
  });

  it("stops a pipe that never ends at the cap, with a clear error, and writes nothing", async () => {
    const ctx = testCtx({ today: TODAY });
    const before = snapshot(ctx.db());
    const pipe = fifoFrom(ENDLESS[command]!);
    await expect(run(pipe, ctx, MIB)).rejects.toMatchObject({
      message: `${pipe} is larger than 1 MiB; nothing was imported`,
      hint: expect.stringContaining("netlog imports at most 1 MiB from one file"),
      exitCode: 1,
    });
    expect(snapshot(ctx.db())).toEqual(before);
  });

  it("refuses a regular file over the cap before reading it or opening the database", async () => {
    const ctx = testCtx({ today: TODAY });
    const path = join(tempDir(), "big");
    writeFileSync(path, WHOLE[command]!.padEnd(MIB + 1, "\n"));
    await expect(run(path, ctx, MIB)).rejects.toMatchObject({ message: `${path} is larger than 1 MiB; nothing was imported` });
    expect(ctx.opens).toBe(0);
  });

  needs("root").it("refuses a character device like /dev/zero at once, and opens no database", async () => {
    const ctx = testCtx({ today: TODAY });
    const zero = deviceFile("zero");
    await expect(run(zero, ctx)).rejects.toMatchObject({
      message: `${zero} is a character device, not a regular file; nothing was imported`,
      hint: expect.stringContaining("netlog reads files and pipes, not devices"),
    });
    expect(ctx.opens).toBe(0);
  });
});
