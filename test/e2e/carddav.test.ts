// Contacts on a phone through CardDAV, end to end with the real programs: netlog's vdir synced by
// vdirsyncer to a Radicale server on 127.0.0.1, a second vdir synced from the same collection
// standing in for the phone. A card changed or deleted on the "phone" comes back to netlog, and a
// change made in netlog reaches the "phone".
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tempDir } from "../helpers/ctx.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";

const TODAY = "2026-11-25";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function listening(port: number, within: number): Promise<void> {
  const until = Date.now() + within;
  while (Date.now() < until) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => resolve(socket.end() !== undefined));
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`radicale did not listen on ${port}`);
}

needs("radicale", "vdirsyncer", "khard").describe("netlog's contacts on a CardDAV server, through vdirsyncer", () => {
  const base = tempDir();
  const laptop = join(base, "laptop");
  const phone = join(base, "phone");
  const vdir = join(laptop, "netlog");
  const env = { NETLOG_DB: join(base, "netlog.db"), HOME: base };
  let server: ChildProcess | undefined;
  let config = "";

  const netlog = async (...args: string[]) => {
    const result = await netlogInProcess(["--today", TODAY, ...args], env);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    return result.stdout;
  };
  const vdirsyncer = (...args: string[]) =>
    execFileSync("vdirsyncer", ["-c", config, ...args], {
      encoding: "utf8",
      input: "y\ny\ny\n",
      cwd: base,
      env: { PATH: "/usr/bin:/bin", HOME: base, LANG: "C.UTF-8" },
      timeout: 60_000,
    });
  const phoneCard = (name: string) => {
    const folder = join(phone, "netlog");
    const file = readdirSync(folder).find((f) => readFileSync(join(folder, f), "utf8").includes(`FN:${name}`));
    return join(folder, file!);
  };

  beforeAll(async () => {
    const port = await freePort();
    const storage = join(base, "storage");
    mkdirSync(storage);
    mkdirSync(phone);
    // No config file (Debian's asks for a reverse proxy's user); no auth: only this machine reaches it.
    server = spawn("radicale", ["--config", "", "--server-hosts", `127.0.0.1:${port}`, "--auth-type", "none", "--storage-filesystem-folder", storage], {
      cwd: base,
      env: { PATH: "/usr/bin:/bin", HOME: base },
      stdio: "ignore",
    });
    await listening(port, 20_000);
    const storageOf = (name: string, path: string) =>
      `[storage ${name}_local]\ntype = "filesystem"\npath = "${path}/"\nfileext = ".vcf"\n\n[storage ${name}_server]\ntype = "carddav"\nurl = "http://127.0.0.1:${port}/"\nusername = "netlog"\npassword = "netlog"\n`;
    config = join(base, "vdirsyncer.conf");
    writeFileSync(
      config,
      `[general]\nstatus_path = "${join(base, "status")}/"\n\n` +
        `[pair laptop]\na = "laptop_local"\nb = "laptop_server"\ncollections = ["from a"]\n\n${storageOf("laptop", laptop)}\n` +
        `[pair phone]\na = "phone_local"\nb = "phone_server"\ncollections = ["from b"]\n\n${storageOf("phone", phone)}`,
    );
  }, 30_000);

  afterAll(() => {
    server?.kill();
    rmSync(base, { recursive: true, force: true });
  });

  it("sends the contacts up, takes back a card changed and one deleted on the phone, and sends a change down", async () => {
    await netlog("contact", "add", "Elaine Longmire", "--company", "Jefferson Bank", "--email", "elaine@jeffersonbank.example");
    await netlog("contact", "add", "Sam Ortiz", "--phone", "+1 509 555 0101");
    // Her other address, two phones and a website, from the address book she was in before.
    const before = join(base, "before.vcf");
    writeFileSync(
      before,
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elaine Longmire\r\nEMAIL;TYPE=WORK,pref:elaine@jeffersonbank.example\r\nEMAIL;TYPE=HOME:elaine@home.example\r\n" +
        "TEL;TYPE=WORK:+1 509 555 0100\r\nTEL;TYPE=CELL:+1 509 555 0199\r\nURL:https://elaine.example\r\nEND:VCARD\r\n",
    );
    await netlog("import", "vcard", before);
    await netlog("add", "Elaine", "--via", "phone", "--note", "talked about her move");
    expect(await netlog("export", "vdir", vdir)).toBe(`Wrote 2 cards to ${vdir}; 0 unchanged, 0 removed.\n`);
    vdirsyncer("discover", "laptop");
    vdirsyncer("sync", "laptop");
    vdirsyncer("discover", "phone");
    vdirsyncer("sync", "phone");
    expect(readdirSync(join(phone, "netlog")).filter((f) => f.endsWith(".vcf"))).toHaveLength(2);

    // On the phone: Elaine moved to Northwind as CFO, and her home address is gone; Sam was deleted.
    const elaine = phoneCard("Elaine Longmire");
    const onPhone = readFileSync(elaine, "utf8");
    expect(onPhone).toMatch(/^EMAIL;TYPE=home:elaine@home\.example\r?$/m);
    writeFileSync(elaine, onPhone.replace(/^ORG:Jefferson Bank(\r?)$/m, "ORG:Northwind Bank$1\nTITLE:CFO$1").replace(/^EMAIL;TYPE=home:elaine@home\.example\r?\n/m, ""));
    rmSync(phoneCard("Sam Ortiz"));
    vdirsyncer("sync", "phone");
    vdirsyncer("sync", "laptop");
    expect(await netlog("import", "vdir", vdir)).toBe(`Imported ${vdir}: 0 created, 1 updated, 0 unchanged, 1 archived.\n`);
    const shown = JSON.parse(await netlog("contact", "show", "Elaine", "--json"));
    expect([shown.company, shown.title, shown.interactions.length]).toEqual(["Northwind Bank", "CFO", 1]);
    // Her home address is gone here too; the rest stays.
    const exported = await netlog("export", "vcard");
    expect(exported).not.toContain("elaine@home.example");
    expect(exported).toMatch(/^EMAIL;TYPE=work:elaine@jeffersonbank\.example\r$/m);
    expect(exported).toMatch(/^URL:https:\/\/elaine\.example\r$/m);
    expect(JSON.parse(await netlog("contact", "list", "--all", "--json")).map((c: { name: string; archived: boolean }) => [c.name, c.archived])).toEqual([
      ["Elaine Longmire", false],
      ["Sam Ortiz", true],
    ]);

    // In netlog: her new phone number; it reaches the phone, beside the other.
    await netlog("contact", "edit", "Elaine", "--phone", "+1 509 555 0111");
    await netlog("export", "vdir", vdir);
    vdirsyncer("sync", "laptop");
    vdirsyncer("sync", "phone");
    const synced = readFileSync(phoneCard("Elaine Longmire"), "utf8");
    expect(synced).toMatch(/^TEL[;:].*\+1 509 555 0111\r?$/m);
    expect(synced).toMatch(/^TEL;TYPE=cell;VALUE=TEXT:\+1 509 555 0199\r?$/m);
    expect(synced).toMatch(/^URL:https:\/\/elaine\.example\r?$/m);

    // And khard reads the laptop's folder as an address book.
    writeFileSync(join(base, "khard.conf"), `[addressbooks]\n[[netlog]]\npath = ${vdir}\n`);
    const listed = execFileSync("khard", ["-c", join(base, "khard.conf"), "list", "--parsable"], {
      encoding: "utf8",
      env: { PATH: "/usr/bin:/bin", HOME: base, LANG: "C.UTF-8" },
      cwd: base,
    });
    expect(
      listed
        .split("\n")
        .filter((l) => l.includes("\t"))
        .map((l) => l.split("\t")[1]),
    ).toEqual(["Elaine Longmire"]);
  }, 90_000);
});
