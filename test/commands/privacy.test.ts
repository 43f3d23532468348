// netlog keeps other people's details on this machine. The layer check (.dependency-cruiser.cjs:
// no-network, programs-start-only-in-main) keeps network modules and child_process out of the
// imports; this runs the everyday commands and checks what they do: no fetch, no WebSocket, and
// no program started but for the one asked for (notify-send for due --notify).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tempDir, testCtx } from "../helpers/ctx.js";
import { runCli } from "../helpers/run-cli.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("privacy", () => {
  it("the everyday commands reach no network and start no program", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("no network")));
    const socket = vi.fn();
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("WebSocket", socket);
    const started: string[] = [];
    const ctx = testCtx({ today: "2026-11-25", programs: { "notify-send": () => (started.push("notify-send"), { kind: "exited", code: 0, stdout: "", stderr: "" }) } });
    const dir = tempDir();
    writeFileSync(join(dir, "Connections.csv"), "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Bell,,,Acme,CEO,01 Jan 2024\n");
    const runs = [
      ["contact", "add", "Elaine Longmire", "--every", "monthly"],
      ["add", "Elaine", "--via", "phone", "--note", "talked about her move", "--date", "2026-10-01"],
      ["import", "linkedin", join(dir, "Connections.csv")],
      ["due"],
      ["due", "--json"],
      ["search", "elaine"],
      ["stats"],
      ["log"],
      ["export", "json", "--out", join(dir, "all.json")],
      ["export", "csv", "--out", join(dir, "all.csv")],
      ["export", "vcard", "--out", join(dir, "all.vcf")],
      ["export", "ics", "--out", join(dir, "all.ics")],
      ["backup", join(dir, "backup.db")],
      ["due", "--notify"],
    ];
    for (const argv of runs) expect([argv.join(" "), (await runCli(ctx, argv)).error?.message]).toEqual([argv.join(" "), undefined]);
    expect([fetch.mock.calls.length, socket.mock.calls.length, started]).toEqual([0, 0, ["notify-send"]]);
  });
});
