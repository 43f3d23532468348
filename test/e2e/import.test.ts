import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";
import { deviceFile } from "../helpers/devices.js";
import { netlogInProcess } from "../helpers/in-process.js";
import { needs } from "../helpers/needs.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/Connections.csv", import.meta.url));

describe("netlog import linkedin from the command line", async () => {
  it("imports, reports, and imports again without duplicates; --json gives the counts", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    const first = await netlogInProcess(["import", "linkedin", FIXTURE, "--every", "1y", "--today", "2026-11-25"], env);
    expect([first.code, first.stderr, first.stdout.split("\n")[0]]).toEqual([0, "", `Imported ${FIXTURE}: 3 created, 0 updated, 0 unchanged, 0 skipped.`]);
    const again = await netlogInProcess(["import", "linkedin", FIXTURE, "--json"], env);
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 3, tracked: 0, skipped: [], job_changes: [] });
  });

  it("imports Invitations.csv by its header, and a newer Connections.csv's job changes, in text and --json", async () => {
    const dir = tempDir();
    const env = { NETLOG_DB: join(dir, "netlog.db"), TZ: "America/Los_Angeles" };
    expect((await netlogInProcess(["import", "linkedin", FIXTURE, "--today", "2026-11-25"], env)).code).toBe(0);
    const invitations = fileURLToPath(new URL("../fixtures/linkedin/Invitations.csv", import.meta.url));
    const shown = await netlogInProcess(["import", "linkedin", invitations, "--today", "2026-11-25"], env);
    expect([shown.code, shown.stderr, shown.stdout.split("\n")[0]]).toEqual([
      0,
      "",
      `Imported ${invitations}: 2 invitations with a note logged with 2 contacts, 0 already imported, 1 with people who are not contacts, 1 without a note (not logged), 0 skipped.`,
    ]);
    const again = await netlogInProcess(["import", "linkedin", invitations, "--json", "--today", "2026-11-25"], env);
    expect(JSON.parse(again.stdout)).toEqual({ logged: 0, duplicates: 2, not_found: 1, without_message: 1, contacts: 0, left_untracked: 0, skipped: [] });
    const newer = join(dir, "Connections.csv");
    writeFileSync(
      newer,
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nElaine,Longmire,https://www.linkedin.com/in/elaine-longmire,,Numerica,VP Lending,05 Mar 2024\n",
    );
    const changed = await netlogInProcess(["import", "linkedin", newer, "--json", "--today", "2026-12-01"], env);
    expect(JSON.parse(changed.stdout).job_changes).toEqual([
      { name: "Elaine Longmire", from: { company: "Jefferson Bank", title: "Branch Manager, Spokane" }, to: { company: "Numerica", title: "VP Lending" } },
    ]);
    const profile = await netlogInProcess(["contact", "show", "Elaine", "--today", "2026-12-01"], env);
    expect(profile.stdout).toContain("  Jobs      Branch Manager, Spokane, Jefferson Bank → VP Lending, Numerica (noticed 1 Dec)\n");
  });

  it("refuses a wrong file with exit 1 and one error line, naming what it found and what it expected", async () => {
    const dir = tempDir();
    const file = join(dir, "contacts.csv");
    writeFileSync(file, "name,email\nA,a@b.example\n");
    const result = await netlogInProcess(["import", "linkedin", file], { NETLOG_DB: join(dir, "netlog.db") });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `error: ${file} is not LinkedIn's Connections.csv, messages.csv or Invitations.csv: its header is "name,email"\n` +
        "hint: expected Connections.csv (First Name,Last Name,URL,Email Address,Company,Position,Connected On), messages.csv " +
        "(CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,…, or FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER) " +
        "or Invitations.csv (From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl) " +
        "from LinkedIn: Settings › Data privacy › Get a copy of your data\n",
    });
  });
});

describe("netlog import json from a pipe or a device", async () => {
  it("reads its own export through bash's process substitution, <(…), which is a pipe", async () => {
    const env = { NETLOG_DB: join(tempDir(), "netlog.db"), TZ: "America/Los_Angeles" };
    expect((await netlogInProcess(["import", "linkedin", FIXTURE, "--today", "2026-11-25"], env)).code).toBe(0);
    const exported = join(tempDir(), "export.json");
    expect((await netlogInProcess(["export", "json", "--out", exported], env)).code).toBe(0);
    const target = { ...env, NETLOG_DB: join(tempDir(), "restored.db") };
    const script = `"${process.execPath}" "${BIN}" import json <(cat "$1")`;
    // stdin not a socket, and --norc: else Debian's bash takes itself for a login over ssh and reads ~/.bashrc.
    const result = spawnSync("/bin/bash", ["--norc", "--noprofile", "-c", script, "bash", exported], {
      env: { PATH: "/usr/bin:/bin", ...target },
      cwd: tempDir(),
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 15_000,
    });
    expect([result.status, result.stderr, result.stdout]).toEqual([0, "", expect.stringMatching(/^Imported \/dev\/fd\/\d+: 3 contacts, 0 conversations, 0 follow-ups added/)]);
  });

  needs("root").it("refuses a character device at once, with one error line and nothing written", async () => {
    const zero = deviceFile("zero");
    const result = await netlogInProcess(["import", "json", zero], { NETLOG_DB: join(tempDir(), "netlog.db") });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: ${zero} is a character device, not a regular file; nothing was imported\nhint: give the path of a file written by netlog export json; netlog reads files and pipes, not devices\n`,
    });
  });
});
