import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createTemporary, removeTemporary, writeAll, writeFileSafely } from "../../src/store/safe-file.js";
import { tempDir } from "../helpers/ctx.js";

const fixedRandom = vi.hoisted(() => ({ bytes: undefined as Buffer | undefined }));
vi.mock("../../src/store/random.js", async (original) => {
  const random = await original<typeof import("../../src/store/random.js")>();
  return { ...random, randomBytes: (n: number) => fixedRandom.bytes ?? random.randomBytes(n) };
});

describe("the temporary file", () => {
  it("has a name no one can guess beforehand, with the pid that made it", () => {
    const target = join(tempDir(), "report.csv");
    const names = [createTemporary(target), createTemporary(target)].map((temp) => {
      removeTemporary(temp);
      return temp.path.slice(target.length - "report.csv".length);
    });
    expect(names[0]).not.toEqual(names[1]);
    for (const name of names) expect(name).toMatch(new RegExp(`^\\.report\\.csv\\.netlog-${process.pid}-[0-9a-f]{12}\\.tmp$`));
  });

  it("is never opened through a symlink planted at its name", () => {
    const folder = tempDir();
    const victim = join(folder, "bashrc");
    writeFileSync(victim, "alias ll='ls -l'\n");
    fixedRandom.bytes = Buffer.from("0123456789ab", "hex");
    try {
      symlinkSync(victim, join(folder, `.report.csv.netlog-${process.pid}-0123456789ab.tmp`));
      expect(() => writeFileSafely(join(folder, "report.csv"), (temp) => writeAll(temp.fd, "uuid,name\r\n"))).toThrow(/EEXIST/);
    } finally {
      fixedRandom.bytes = undefined;
    }
    expect([readFileSync(victim, "utf8"), lstatSync(join(folder, "report.csv"), { throwIfNoEntry: false })]).toEqual(["alias ll='ls -l'\n", undefined]);
  });
});

describe("writeFileSafely", () => {
  it("writes a 0600 file whatever the umask, and leaves nothing else behind", () => {
    const folder = tempDir();
    const target = join(folder, "out.json");
    const umask = process.umask(0);
    try {
      expect(writeFileSafely(target, (temp) => writeAll(temp.fd, "{}\n"))).toBe(true);
    } finally {
      process.umask(umask);
    }
    expect([statSync(target).mode & 0o777, readFileSync(target, "utf8"), readdirSync(folder)]).toEqual([0o600, "{}\n", ["out.json"]]);
  });

  it("keeps the old file whole when writing the new one fails", () => {
    const folder = tempDir();
    const target = join(folder, "out.json");
    writeFileSync(target, "old");
    expect(() =>
      writeFileSafely(target, (temp) => {
        writeAll(temp.fd, "half of the new");
        throw new Error("disk gone");
      }),
    ).toThrow("disk gone");
    expect([readFileSync(target, "utf8"), readdirSync(folder)]).toEqual(["old", ["out.json"]]);
  });

  it("with keepExisting, keeps a file already there and says so", () => {
    const folder = tempDir();
    const target = join(folder, "netlog.db.bak-v6-2026-11-25");
    writeFileSync(target, "first");
    expect(writeFileSafely(target, (temp) => writeAll(temp.fd, "second"), { keepExisting: true })).toBe(false);
    expect([readFileSync(target, "utf8"), readdirSync(folder)]).toEqual(["first", ["netlog.db.bak-v6-2026-11-25"]]);
  });
});
