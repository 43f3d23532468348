// Cron and a person can start netlog at the same moment, on a database neither has created yet.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, netlog } from "../helpers/cli.js";
import { tempDir } from "../helpers/ctx.js";

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: "/usr/bin:/bin", TZ: "America/Los_Angeles" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("first use by several processes at once", () => {
  it("creates and migrates the database once, and every command succeeds", async () => {
    for (let trial = 0; trial < 4; trial++) {
      const db = join(tempDir(), "netlog.db");
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => run(["--db", db, "--today", "2026-11-25", "contact", "add", `Person ${i}`])),
      );
      expect(results).toEqual(Array.from({ length: 12 }, () => ({ code: 0, stderr: "" })));
      const names = JSON.parse(netlog(["--db", db, "contact", "list", "--json"], {}).stdout).map((c: { name: string }) => c.name);
      expect(names).toEqual(Array.from({ length: 12 }, (_, i) => `Person ${i}`).sort());
    }
  });
});
